// Starts the production server (`next start` over the existing build, built first if there is
// none) on a fresh, migrated and seeded database of the project's engine, for the tests that speak
// real HTTP: the fuzz test, the upload limits, the sign-in throttle over the wire.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../..");

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${url} did not answer within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(project.config.env as Record<string, string>),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const port = Number(env.HTTP_TEST_PORT);
  const baseUrl = `http://127.0.0.1:${port}`;
  let dropDatabase = async () => {};
  if (env.DB_PROVIDER === "postgresql") {
    const dbName = new URL(env.DATABASE_URL!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: env.ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: env.ADMIN_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const file = env.DATABASE_URL!.replace(/^file:/, "");
    mkdirSync(path.dirname(file), { recursive: true });
    for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: root, env, stdio: "pipe" });
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || env.HTTP_TEST_BUILD === "1") {
    execFileSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
  }
  // node itself (not npx), so the pid is the server's and the tests can read its memory.
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: root,
      env: { ...env, NEXTAUTH_URL: baseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[server ${env.DB_PROVIDER}] ${d.toString()}`));
  await waitForServer(`${baseUrl}/signin`, child, 60_000);
  project.provide("baseUrl", baseUrl);
  project.provide("serverPid", child.pid ?? 0);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill("SIGKILL");
    await dropDatabase();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverPid: number;
  }
}
