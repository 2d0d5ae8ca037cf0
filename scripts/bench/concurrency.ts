// npm run bench:concurrency — the latency tail of many concurrent reviewers over HTTP (next start,
// real sessions, the job worker running beside the server as in production): BENCH_CLIENTS
// reviewers (default 200), each its own user on its own cards, post reviews back to back for
// BENCH_SECONDS (default 20), reading their study queue every QUEUE_EVERY reviews as the study
// page does. Prints p50/p95/p99/max, errors and the share of requests over 2 s and 10 s, on a
// fresh SQLite database, and on PostgreSQL beside it when TEST_POSTGRES_URL is set. With
// BENCH_BASELINE_DIR (a checkout with its own build) the SQLite runs alternate between that build and
// this one, BENCH_ROUNDS times (default 1), so both meet the same machine load.
//   BENCH_PORT (default 3220), BENCH_PG_PREFIX (the PostgreSQL database's name prefix).
//   Run `npx next build` first after changing the app (it builds only when there is no build).
import { randomUUID } from "node:crypto";
import { KeepAliveClient, type HttpSample } from "./http-client";
import {
  cpuSplit,
  ensureBuild,
  loadLine,
  postgresEngine,
  seedReviewUsers,
  selectEngine,
  shuffled,
  sqliteEngine,
  startServer,
  stopServer,
  type Engine,
} from "./harness";
import { signIn } from "./http-session";
import { percentile } from "./stats";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3220);
const QUEUE_EVERY = 10;
const WARMUP_MS = 3000;
// A request still unanswered after this counts as an error (and as over 10 s).
const REQUEST_TIMEOUT_MS = 60_000;
const PASSWORD = "bench-password-123";
// The PostgreSQL run's own database (dropped afterwards) is named with this prefix.
const PG_PREFIX = process.env.BENCH_PG_PREFIX ?? "sourcedeck_bench_";

type Sample = HttpSample;

/** One reviewer's browser: a single keep-alive connection of its own, as a tab has (fetch's shared
 *  pool would hand one reviewer's freed connection to the next caller and leave others waiting on
 *  new connections, which no browser does). */
class Reviewer extends KeepAliveClient {
  constructor(port: number, cookie: string) {
    super(port, cookie, REQUEST_TIMEOUT_MS);
  }
}

type Row = {
  label: string;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  over2s: number;
  over10s: number;
  errors: number;
  /** The statuses of the errors (0: no answer). */
  errorStatuses: string;
};

function summary(label: string, samples: Sample[], seconds: number): Row {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const share = (limit: number) => (100 * ms.filter((m) => m > limit).length) / Math.max(1, ms.length);
  return {
    label,
    perSecond: ms.length / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
    over2s: share(2000),
    over10s: share(10_000),
    errors: samples.filter((s) => !s.ok).length,
    errorStatuses: [...new Set(samples.filter((s) => !s.ok).map((s) => s.status))].join(","),
  };
}

function printRow(r: Row, extra = ""): void {
  const ms = (v: number) => v.toFixed(0).padStart(6);
  console.log(
    `${r.label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(5)}/s  p50 ${ms(r.p50)} ms  p95 ${ms(r.p95)} ms  p99 ${ms(r.p99)} ms  max ${ms(r.max)} ms  >2 s ${r.over2s.toFixed(2).padStart(6)} %  >10 s ${r.over10s.toFixed(2).padStart(6)} %  errors ${r.errors}${r.errors ? ` (status ${r.errorStatuses})` : ""}${extra}`,
  );
}

/** One run: a fresh database, a server of the build in appDir, CLIENTS reviewers. */
async function benchRun(engine: Engine, name: string, appDir?: string): Promise<Row> {
  console.log(`\n== ${name}: ${CLIENTS} concurrent reviewers for ${SECONDS} s; ${loadLine()}`);
  await selectEngine(engine);
  const seeded = await seedReviewUsers(CLIENTS, "tail", PASSWORD);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  const server = await startServer(engine, PORT, {}, appDir);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    // Sign-ins hash a password each: a few at a time, not all 200 at once.
    const cookies: string[] = [];
    for (let i = 0; i < seeded.users.length; i += 8)
      cookies.push(...(await Promise.all(seeded.users.slice(i, i + 8).map((u) => signIn(base, u.email, PASSWORD)))));
    const reviewers = cookies.map((cookie) => new Reviewer(PORT, cookie));
    const queuePath = `/api/v1/study/queue?deck=${seeded.deckSlug}&limit=20`;
    // Every reviewer opens its connection with a first queue read; the measured window starts
    // WARMUP_MS after all of them are answered, so it shows the steady state. The first answers
    // are printed apart: 200 connections at once is what a restart or a reconnect wave costs.
    const connectStart = performance.now();
    const firsts = await Promise.all(reviewers.map((r) => r.request("GET", queuePath)));
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const reviews: Sample[] = [];
    const queues: Sample[] = [];
    const perClient = new Array<number>(CLIENTS).fill(0);
    const measureFrom = Date.now() + WARMUP_MS;
    const end = measureFrom + SECONDS * 1000;
    const inWindow = (began: number) => began >= measureFrom && began < end;
    let cpuFrom = 0;
    let cpuTo = 0;
    const cpuAt = (ms: number, set: (v: number) => void) =>
      setTimeout(() => set(cpuSplit(server.pid!).app), ms - Date.now());
    const cpuTimers = [cpuAt(measureFrom, (v) => (cpuFrom = v)), cpuAt(end, (v) => (cpuTo = v))];
    await Promise.all(
      reviewers.map(async (reviewer, client) => {
        const cards = shuffled(seeded.cardIds, client + 1);
        for (let n = 0; Date.now() < end; n++) {
          const began = Date.now();
          const sample = await reviewer.request("POST", "/api/v1/reviews", {
            id: randomUUID(),
            cardId: cards[n % cards.length],
            rating: 1 + (n % 4),
            durationMs: 3000,
          });
          if (inWindow(began)) {
            reviews.push(sample);
            perClient[client]!++;
          }
          if (n % QUEUE_EVERY === QUEUE_EVERY - 1) {
            const qBegan = Date.now();
            const q = await reviewer.request("GET", queuePath);
            if (inWindow(qBegan)) queues.push(q);
          }
        }
      }),
    );
    cpuTimers.forEach(clearTimeout);
    for (const r of reviewers) r.close();
    const cpuMsPerRequest = ((cpuTo - cpuFrom) * 1000) / Math.max(1, reviews.length + queues.length);
    printRow(summary("first queue reads (200 connect)", firsts, connectSeconds));
    const row = summary(`POST /api/v1/reviews`, reviews, SECONDS);
    printRow(row, `  (${reviews.length} requests; server CPU ${cpuMsPerRequest.toFixed(1)} ms per request)`);
    printRow(summary("GET study/queue", queues, SECONDS), `  (${queues.length} requests)`);
    const shares = [...perClient].sort((a, b) => a - b);
    console.log(
      `reviews per reviewer: min ${shares[0]}, median ${shares[Math.floor(shares.length / 2)]}, max ${shares.at(-1)}; ${loadLine()}`,
    );
    return { ...row, label: name };
  } finally {
    stopServer(server);
    await engine.cleanup();
  }
}

async function main() {
  ensureBuild();
  // BENCH_BASELINE_DIR: another checkout with its own build (e.g. the commit before a change):
  // SQLite runs alternate between it and this one, BENCH_ROUNDS times, so both meet the same load.
  const baseline = process.env.BENCH_BASELINE_DIR;
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const rows: Row[] = [];
  for (let round = 1; round <= rounds; round++) {
    const tag = rounds > 1 ? ` #${round}` : "";
    if (baseline) rows.push(await benchRun(sqliteEngine("concurrency"), `sqlite, baseline${tag}`, baseline));
    rows.push(await benchRun(sqliteEngine("concurrency"), `sqlite${baseline ? ", this build" : ""}${tag}`));
  }
  if (process.env.TEST_POSTGRES_URL) {
    const name = `${PG_PREFIX}${Date.now().toString(36)}`;
    rows.push(await benchRun(await postgresEngine(process.env.TEST_POSTGRES_URL, name), "postgresql"));
  } else console.log("\n(PostgreSQL skipped: set TEST_POSTGRES_URL to bench it too)");
  console.log(`\nPOST /api/v1/reviews at ${CLIENTS} clients (target: p99 < 2000 ms)`);
  for (const r of rows) printRow(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
