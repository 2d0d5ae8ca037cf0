// The one Prisma client of the process, bound to the engine DB_PROVIDER names. Both providers'
// clients are generated (scripts/db-generate.sh); their model APIs are identical, so the rest of
// lib/db is typed against the SQLite one.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";

export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function dbProvider(): DbProvider {
  return process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  if (dbProvider() === "sqlite") return "file:./dev.db";
  throw new Error("DATABASE_URL is not set (DB_PROVIDER=postgresql needs a postgres:// URL)");
}

async function createClient(): Promise<Db> {
  const url = databaseUrl();
  if (dbProvider() === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) }) });
    return client as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // WAL lets readers run beside the writer. synchronous=FULL fsyncs every commit: a review that
  // was answered "saved" survives a power cut; measured cost is small next to Prisma's own.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await client.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

const globalForDb = globalThis as unknown as { sourcedeckDb?: Promise<Db> };

/** The shared client; created on first use (so importing lib/db never opens a connection). */
export function db(): Promise<Db> {
  globalForDb.sourcedeckDb ??= createClient();
  return globalForDb.sourcedeckDb;
}

export async function disconnectDb(): Promise<void> {
  const pending = globalForDb.sourcedeckDb;
  globalForDb.sourcedeckDb = undefined;
  // The hot paths' own driver connections (driver.ts) go with the client.
  const { closeDrivers } = await import("./driver");
  await closeDrivers();
  if (pending) await (await pending).$disconnect();
}
