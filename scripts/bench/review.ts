// npm run bench:review — reviews per second and latency, over HTTP (next start, concurrent
// clients, real sessions) and in-process (the repository call alone: the ceiling), on a fresh
// SQLite database, and on PostgreSQL too when TEST_POSTGRES_URL is set.
//   BENCH_SECONDS (default 10) per run, BENCH_CLIENTS (default 16) concurrent clients.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { signIn } from "./http-session";
import { summarise } from "./stats";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PASSWORD = "bench-password-123";
const root = process.cwd();

type Engine = { provider: "sqlite" | "postgresql"; url: string; cleanup: () => Promise<void> };

async function sqliteEngine(): Promise<Engine> {
  mkdirSync(path.join(root, ".bench"), { recursive: true });
  const file = path.join(root, ".bench", "review.db");
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return { provider: "sqlite", url: `file:${file}`, cleanup: async () => {} };
}

async function postgresEngine(adminUrl: string): Promise<Engine> {
  const name = `sourcedeck_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    provider: "postgresql",
    url: url.toString(),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function selectEngine(engine: Engine) {
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  process.env.DB_PROVIDER = engine.provider;
  process.env.DATABASE_URL = engine.url;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
}

async function seed(userCount: number, prefix: string) {
  const { loadAllDecks } = await import("@/lib/content/files");
  const { syncContentDeck } = await import("@/lib/db/content-sync");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUsers, deckCardIds } = await import("@/lib/db/bench-fixtures");
  const { decks } = loadAllDecks();
  const deck = decks.find((d) => d.slug === "iran-russia") ?? decks[0];
  if (!deck) throw new Error("No deck under content/ to benchmark with.");
  const { deckId } = await syncContentDeck(deck);
  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: userCount }, (_, i) => `${prefix}-${i}@bench.test`);
  const users = await createBenchUsers(emails.map((email) => ({ email, passwordHash, newPerDay: 100000, maxReviewsPerDay: 100000 })));
  const cardIds = await deckCardIds(deckId);
  return { users, cardIds };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    const ai = a[i] as T;
    a[i] = a[j] as T;
    a[j] = ai;
  }
  return a;
}

/** Runs `clients` loops of `op` for SECONDS after a short warm-up; returns latencies in ms. */
async function drive(clients: number, op: (client: number, n: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnd = Date.now() + 1500;
  let measureStart = 0;
  let measureEnd = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let n = 0;
      for (;;) {
        const t = performance.now();
        const ok = await op(client, n++);
        const now = Date.now();
        if (now >= warmupEnd) {
          if (!measureStart) {
            measureStart = now;
            measureEnd = now + SECONDS * 1000;
          }
          if (now > measureEnd) break;
          if (ok) latencies.push(performance.now() - t);
          else errors++;
        }
      }
    }),
  );
  return { latencies, errors };
}

async function startServer(engine: Engine): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: {
      ...process.env,
      DB_PROVIDER: engine.provider,
      DATABASE_URL: engine.url,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnop",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/api/auth/csrf`);
      if (r.ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not come up in 60 s");
}

function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

async function benchEngine(engine: Engine) {
  console.log(`\n== ${engine.provider}: ${CLIENTS} concurrent clients, ${SECONDS} s per run`);
  await selectEngine(engine);
  const httpSeed = await seed(CLIENTS, "http");
  const inprocSeed = await seed(CLIENTS, "inproc");

  const server = await startServer(engine);
  let http;
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const cookies = await Promise.all(httpSeed.users.map((u) => signIn(base, u.email, PASSWORD)));
    const orders = httpSeed.users.map((_, i) => shuffled(httpSeed.cardIds, i + 1));
    const r = await drive(CLIENTS, async (client, n) => {
      const order = orders[client] ?? [];
      const res = await fetch(`${base}/api/v1/reviews`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: cookies[client] ?? "" },
        body: JSON.stringify({ id: randomUUID(), cardId: order[n % order.length]!, rating: 1 + (n % 4), durationMs: 3000 }),
      });
      await res.arrayBuffer();
      return res.ok;
    });
    http = summarise(`HTTP POST /api/v1/reviews`, r.latencies, SECONDS, r.errors);
  } finally {
    stopServer(server);
  }

  const { recordReview } = await import("@/lib/db/reviews");
  const orders = inprocSeed.users.map((_, i) => shuffled(inprocSeed.cardIds, i + 101));
  const r = await drive(CLIENTS, async (client, n) => {
    const order = orders[client] ?? [];
    try {
      await recordReview({ userId: inprocSeed.users[client]!.id, reviewId: randomUUID(), cardId: order[n % order.length]!, rating: (1 + (n % 4)) as 1 | 2 | 3 | 4, durationMs: 3000, now: new Date() });
      return true;
    } catch {
      return false;
    }
  });
  const inproc = summarise(`in-process recordReview (ceiling)`, r.latencies, SECONDS, r.errors);
  console.log(`HTTP / in-process throughput: ${(http.perSecond / Math.max(1, inproc.perSecond)).toFixed(2)}`);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  await engine.cleanup();
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("no production build yet: running next build");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  await benchEngine(await sqliteEngine());
  if (process.env.TEST_POSTGRES_URL) await benchEngine(await postgresEngine(process.env.TEST_POSTGRES_URL));
  else console.log("\n(PostgreSQL skipped: set TEST_POSTGRES_URL to bench it too)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
