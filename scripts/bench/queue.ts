// npm run bench:queue — the study-queue read at scale, on SQLite (BENCH_USERS × BENCH_CARDS card
// states, default 1000 × 1000 = 1 M, fresh file) and on PostgreSQL when TEST_POSTGRES_URL is set
// (BENCH_PG_USERS × BENCH_CARDS, default 10,000 × 1000 = 10 M, loaded by one INSERT … SELECT and
// kept between runs in the database sourcedeck_bench_queue_<n>; BENCH_FRESH=1 rebuilds it). Per engine:
// the plans of the hot statements, a raw-driver read of one user's due states (the floor), the
// in-process getStudyQueue (and the former read of whole due states, getStudyQueueFromRows, for
// the ratio between them), and GET /api/v1/study/queue over HTTP at 1 and BENCH_CLIENTS clients.
//   BENCH_SECONDS (default 8), BENCH_CLIENTS (default 8), BENCH_PORT (default 3201),
//   BENCH_ENGINES (default "sqlite,postgresql").
import {
  drive,
  withCpu,
  ensureBuild,
  loadLine,
  postgresEngine,
  ratioLine,
  sqliteEngine,
  startServer,
  stopServer,
  selectEngine,
  type Engine,
} from "./harness";
import { KeepAliveClient } from "./http-client";
import { signIn } from "./http-session";
import { summarise } from "./stats";

const CARDS = Number(process.env.BENCH_CARDS ?? 1000);
const SQLITE_USERS = Number(process.env.BENCH_USERS ?? 1000);
const PG_USERS = Number(process.env.BENCH_PG_USERS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const SIGNED_IN = 32;
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgresql").split(",");
const PASSWORD = "bench-password-123";
const USER_PREFIX = "bench-user-";

async function seedFixture(engine: Engine, users: number): Promise<{ deckId: string; reused: boolean }> {
  const { db } = await import("@/lib/db/client");
  const prisma = await db();
  const existing = await prisma.deck.findUnique({ where: { slug: "bench" }, select: { id: true } });
  if (existing && (await prisma.cardState.count()) === users * CARDS) return { deckId: existing.id, reused: true };
  if (existing) throw new Error("a half-made benchmark fixture: rerun with BENCH_FRESH=1");
  const { syncContentDeck } = await import("@/lib/db/content-sync");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUsers, fillReviewStatesPostgres, fillReviewStatesSqlite } = await import(
    "@/lib/db/bench-fixtures"
  );
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
  const { deckId } = await syncContentDeck({
    slug: "bench",
    title: "Benchmark deck",
    sources: [{ key: "bench", title: "Bench", author: "Bench", date: "2025" }],
    facts,
  });
  const passwordHash = await hashPassword(PASSWORD);
  await createBenchUsers(
    Array.from({ length: users }, (_, i) => ({
      id: `${USER_PREFIX}${i}`,
      email: `user-${i}@bench.test`,
      passwordHash,
      newPerDay: 20,
      maxReviewsPerDay: 200,
    })),
  );
  // Every user has every card in review, due from 10 days ago to 30 days ahead.
  if (engine.provider === "sqlite") await fillReviewStatesSqlite(deckId, USER_PREFIX);
  else await fillReviewStatesPostgres(engine.url, deckId, USER_PREFIX);
  return { deckId, reused: false };
}

async function benchEngine(engine: Engine, users: number) {
  console.log(
    `\n== ${engine.provider}: ${users.toLocaleString("en")} users × ${CARDS} cards, ${SECONDS} s per run; ${loadLine()}`,
  );
  await selectEngine(engine);
  const t0 = performance.now();
  const { deckId, reused } = await seedFixture(engine, users);
  const { db, disconnectDb } = await import("@/lib/db/client");
  const states = await (await db()).cardState.count();
  console.log(
    `${reused ? "reused" : "seeded"} ${states.toLocaleString("en")} card states in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const userIds = Array.from({ length: users }, (_, i) => `${USER_PREFIX}${i}`);
  const emails = Array.from({ length: SIGNED_IN }, (_, i) => `user-${(i * 7919) % users}@bench.test`);

  // The plans the queue read runs on, at this size.
  const { explainHot } = await import("@/lib/db/driver");
  const sql = await import("@/lib/db/hot-sql");
  const dayEnd = new Date(Date.now() + 86_400_000);
  const probe = {
    userId: userIds[1],
    deckId,
    dayEnd,
    readUntil: dayEnd,
    now: new Date(),
    dayStart: new Date(Date.now() - 86_400_000),
    newPerDay: 20,
    deckRef: "bench",
  };
  for (const [label, st] of [
    ["deck, settings, candidate states, today's reviews, new cards (one read)", sql.queueReadSql],
    ["the inputs alone (read again when the day settings were not the expected ones)", sql.queueInputsSql],
  ] as const) {
    const plan = await explainHot(st, probe, { analyze: engine.provider === "postgresql" });
    console.log(`plan, ${label}:\n  ${plan.join("\n  ")}`);
  }

  const ceiling = await import("@/lib/db/bench-ceiling");
  const rawSample =
    engine.provider === "sqlite"
      ? ceiling.sqliteQueueCeiling(engine.url.replace(/^file:/, ""), userIds, deckId, SECONDS)
      : await ceiling.pgQueueCeiling(engine.url, userIds, deckId, SECONDS, 1);
  const raw = summarise("raw driver: one user's due states", rawSample.latencies, SECONDS, 0);

  const { getStudyQueue, getStudyQueueFromRows } = await import("@/lib/db/queue");
  const inproc1 = await withCpu(() =>
    drive(1, SECONDS, async (_c, n) => {
      await getStudyQueue(userIds[(n * 7919) % users]!, "bench", new Date(), 20);
      return true;
    }),
  );
  const in1 = summarise("in-process getStudyQueue (1 client)", inproc1.latencies, SECONDS, inproc1.errors);
  const inprocN = await drive(CLIENTS, SECONDS, async (client, n) => {
    await getStudyQueue(userIds[(client * 7919 + n * 104729) % users]!, "bench", new Date(), 20);
    return true;
  });
  const inN = summarise(`in-process getStudyQueue (${CLIENTS} clients)`, inprocN.latencies, SECONDS, inprocN.errors);
  // The former read (every due state read whole, then buildQueue), in the same run: the step's gain.
  const former1 = await withCpu(() =>
    drive(1, SECONDS, async (_c, n) => {
      await getStudyQueueFromRows(userIds[(n * 7919) % users]!, "bench", new Date(), 20);
      return true;
    }),
  );
  const f1 = summarise("in-process, former read (1 client)", former1.latencies, SECONDS, former1.errors);
  await disconnectDb();

  const server = await startServer(engine, PORT);
  let h1;
  let hN;
  let httpCpu: { cpuMsPerOp: number; postgresMsPerOp?: number } = { cpuMsPerOp: NaN };
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const cookies = await Promise.all(emails.map((e) => signIn(base, e, PASSWORD)));
    // One kept-alive connection per client (http-client.ts), asking for the signed-in users in turn.
    const clients = Array.from({ length: CLIENTS }, () => new KeepAliveClient(PORT, ""));
    const get = async (client: number, n: number) =>
      (
        await clients[client]!.request(
          "GET",
          "/api/v1/study/queue?deck=bench&limit=20",
          undefined,
          cookies[n % cookies.length],
        )
      ).ok;
    // Next loads a route's modules on its first request: a few reads first, out of the CPU figure.
    for (let i = 0; i < 10; i++) await get(0, i);
    const r1 = await withCpu(() => drive(1, SECONDS, (_c, n) => get(0, n)), server.pid);
    httpCpu = r1;
    h1 = summarise("HTTP GET /api/v1/study/queue (1 client)", r1.latencies, SECONDS, r1.errors);
    const rN = await drive(CLIENTS, SECONDS, (client, n) => get(client, client + n * CLIENTS));
    hN = summarise(`HTTP GET /api/v1/study/queue (${CLIENTS} clients)`, rN.latencies, SECONDS, rN.errors);
    for (const client of clients) client.close();
  } finally {
    stopServer(server);
  }
  console.log(ratioLine("HTTP (1) / in-process (1)", h1.perSecond, in1.perSecond));
  console.log(ratioLine(`HTTP (${CLIENTS}) / in-process (${CLIENTS})`, hN.perSecond, inN.perSecond));
  console.log(ratioLine("in-process (1) / raw due-states read", in1.perSecond, raw.perSecond));
  console.log(ratioLine("in-process (1) / former read (1)", in1.perSecond, f1.perSecond));
  console.log(
    `in-process p95 at 1 client: ${in1.p95ms} ms (former read ${f1.p95ms} ms); CPU ms per read ${inproc1.cpuMsPerOp.toFixed(3)} (former ${former1.cpuMsPerOp.toFixed(3)})`,
  );
  const pgPart =
    engine.provider === "postgresql" && httpCpu.postgresMsPerOp !== undefined
      ? ` (+ postgres ${httpCpu.postgresMsPerOp.toFixed(3)})`
      : "";
  console.log(
    `CPU ms per queue read at 1 client: in-process ${inproc1.cpuMsPerOp.toFixed(3)}, HTTP server ${httpCpu.cpuMsPerOp.toFixed(3)}${pgPart}`,
  );
  console.log(
    `HTTP p95 at 1 client: ${h1.p95ms} ms (target ≤ 5 ms); at ${CLIENTS} clients: ${hN.p95ms} ms; ${loadLine()}`,
  );
  await engine.cleanup();
}

async function main() {
  ensureBuild();
  if (ENGINES.includes("sqlite")) await benchEngine(sqliteEngine("queue"), SQLITE_USERS);
  const pgUrl = process.env.TEST_POSTGRES_URL;
  if (ENGINES.includes("postgresql") && pgUrl) {
    const name = `sourcedeck_bench_queue_${PG_USERS}x${CARDS}`;
    const { adminQuery } = await import("./harness");
    if (process.env.BENCH_FRESH === "1") await adminQuery(pgUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await benchEngine(await postgresEngine(pgUrl, name, true), PG_USERS);
  } else if (ENGINES.includes("postgresql"))
    console.log("\n(PostgreSQL skipped: set TEST_POSTGRES_URL to bench it too)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
