// npm run bench:queue — the study-queue read at scale: a fresh SQLite database with BENCH_USERS
// users × BENCH_CARDS cards of card states (default 1000 × 1000 = 1 M), then GET
// /api/v1/study/queue over HTTP (next start, real sessions) and getStudyQueue in-process.
//   BENCH_SECONDS (default 10), BENCH_CLIENTS (default 8) concurrent clients.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { signIn } from "./http-session";
import { summarise } from "./stats";

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const CARDS = Number(process.env.BENCH_CARDS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const SIGNED_IN = Math.min(USERS, 32);
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const PASSWORD = "bench-password-123";
const root = process.cwd();
const file = path.join(root, ".bench", "queue.db");

async function prepare() {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  process.env.DB_PROVIDER = "sqlite";
  process.env.DATABASE_URL = `file:${file}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
  const { syncContentDeck } = await import("@/lib/db/content-sync");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUsers, fillReviewStatesSqlite } = await import("@/lib/db/bench-fixtures");
  const t0 = performance.now();
  // Concept facts with long answers make one card each: CARDS cards.
  const facts = Array.from({ length: CARDS }, (_, i) => ({
    id: `bench-fact-${i}`,
    kind: "concept" as const,
    prompt: `Benchmark question number ${i}?`,
    answer: `A benchmark answer that is long enough to need no typing, number ${i}`,
    variants: [],
    explanation: `Benchmark fact ${i}.`,
    source: "bench",
    section: "Benchmark",
    tags: [],
    reverse: false,
  }));
  const { deckId } = await syncContentDeck({ slug: "bench", title: "Benchmark deck", sources: [{ key: "bench", title: "Bench", author: "Bench", date: "2025" }], facts });
  const passwordHash = await hashPassword(PASSWORD);
  const users = Array.from({ length: USERS }, (_, i) => ({ id: `bench-user-${i}`, email: `user-${i}@bench.test`, passwordHash, newPerDay: 20, maxReviewsPerDay: 200 }));
  await createBenchUsers(users);
  // Every user has every card in review, a few percent of them due today.
  const states = await fillReviewStatesSqlite(deckId, "bench-user-");
  console.log(`seeded ${USERS} users × ${CARDS} cards = ${states.toLocaleString("en")} card states in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { userIds: users.map((u) => u.id), emails: users.map((u) => u.email) };
}

async function drive(clients: number, op: (client: number, n: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnd = Date.now() + 1500;
  let end = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; ; n++) {
        const t = performance.now();
        const ok = await op(client, n);
        const now = Date.now();
        if (now < warmupEnd) continue;
        end ||= now + SECONDS * 1000;
        if (now > end) break;
        if (ok) latencies.push(performance.now() - t);
        else errors++;
      }
    }),
  );
  return { latencies, errors };
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: { ...process.env, NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, NEXTAUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnop", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/auth/csrf`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not come up in 60 s");
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const { userIds, emails } = await prepare();
  const server = await startServer();
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const cookies = await Promise.all(emails.slice(0, SIGNED_IN).map((e) => signIn(base, e, PASSWORD)));
    const r = await drive(CLIENTS, async (client, n) => {
      const res = await fetch(`${base}/api/v1/study/queue?deck=bench&limit=20`, { headers: { cookie: cookies[(client + n * CLIENTS) % cookies.length] ?? "" } });
      await res.arrayBuffer();
      return res.ok;
    });
    summarise(`HTTP GET /api/v1/study/queue`, r.latencies, SECONDS, r.errors);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  const { getStudyQueue } = await import("@/lib/db/queue");
  const r = await drive(CLIENTS, async (client, n) => {
    await getStudyQueue(userIds[(client * 7919 + n) % userIds.length]!, "bench", new Date(), 20);
    return true;
  });
  summarise(`in-process getStudyQueue`, r.latencies, SECONDS, r.errors);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
