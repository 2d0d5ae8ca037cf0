// Gives each integration project a fresh, migrated database: a new SQLite file, or a new
// Postgres database created beside TEST_POSTGRES_URL's and dropped afterwards.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

function migrate(env: Record<string, string | undefined>) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, ...env }, stdio: "pipe" });
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const env = project.config.env as Record<string, string | undefined>;
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set for ${project.name}`);
    return value;
  };
  if (env.DB_PROVIDER === "postgresql") {
    const dbName = new URL(required("DATABASE_URL")).pathname.slice(1);
    await withAdmin(required("ADMIN_DATABASE_URL"), (c) => c.query(`CREATE DATABASE "${dbName}"`));
    migrate(env);
    return async () => {
      await withAdmin(required("ADMIN_DATABASE_URL"), (c) =>
        c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`),
      );
    };
  }
  const file = required("DATABASE_URL").replace(/^file:/, "");
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  migrate(env);
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  };
}
