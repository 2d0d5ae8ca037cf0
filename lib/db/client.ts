// The one Prisma client of the process, bound to the engine DB_PROVIDER names. Both providers'
// clients are generated (scripts/db-generate.sh); their model APIs are identical, so the rest of
// lib/db is typed against the SQLite one.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { serverEnv } from "@/lib/env";

export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function dbProvider(): DbProvider {
  return serverEnv().dbProvider;
}

export function databaseUrl(): string {
  return serverEnv().databaseUrl;
}

async function createClient(): Promise<Db> {
  const url = databaseUrl();
  if (dbProvider() === "postgresql") {
    const client = new PostgresClient({
      adapter: new PrismaPg({ connectionString: url, max: serverEnv().pgPoolSize }),
    });
    return client as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // WAL lets readers run beside the writer. synchronous=FULL fsyncs every commit: a review that
  // was answered "saved" survives a power cut; measured cost is small next to Prisma's own.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await client.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  // Above the WAL's bound under the hot writes' own checkpoints (sqlite-writer.ts: ~3300 frames of
  // reviews), so a Prisma commit beside the reviews does not checkpoint on the event loop; a process
  // writing through Prisma only still checkpoints itself (every ~16 MB of WAL).
  await client.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 4000");
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
