// npm run bench:review — reviews per second and latency of POST /api/v1/reviews over HTTP (next
// start, real sessions, BENCH_CLIENTS concurrent clients and 1 client), of recordReview in-process,
// and of a raw-driver loop measured in the same run (lib/db/bench-ceiling.ts), with the ratios
// between them; on a fresh SQLite database, and on PostgreSQL too when TEST_POSTGRES_URL is set.
//   BENCH_SECONDS (default 8) per run, BENCH_CLIENTS (default 16), BENCH_PORT (default 3200);
//   BENCH_NEXT_PATH=1 also runs the HTTP part with the fast path off (lib/http/fast-api.ts);
//   SQLITE_CHECKPOINTS=auto runs the server with SQLite's automatic checkpoints (lib/db/driver.ts).
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import {
  drive,
  ensureBuild,
  withCpu,
  loadLine,
  postgresEngine,
  ratioLine,
  seedReviewUsers,
  shuffled,
  sqliteEngine,
  startServer,
  stopServer,
  selectEngine,
  type Engine,
} from "./harness";
import { KeepAliveClient } from "./http-client";
import { signIn } from "./http-session";
import { summarise } from "./stats";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PASSWORD = "bench-password-123";

const seed = (n: number, prefix: string) => seedReviewUsers(n, prefix, PASSWORD);
type Seeded = Awaited<ReturnType<typeof seed>>;

/** Every (user, card) pair of the seed, users interleaved, each user's cards in its own order. */
function targetsOf(s: Seeded) {
  const orders = s.users.map((_, i) => shuffled(s.cards, i + 1001));
  const out = [];
  for (let n = 0; n < s.cards.length; n++)
    for (const [i, u] of s.users.entries()) {
      const c = orders[i]![n]!;
      out.push({ userId: u.id, cardId: c.id, deckId: c.deckId, factId: c.factId });
    }
  return out;
}

async function httpRun(
  base: string,
  seeded: Seeded,
  cookies: string[],
  clients: number,
  label: string,
  serverPid: number,
) {
  const orders = seeded.users.map((_, i) => shuffled(seeded.cardIds, i + 1));
  // One kept-alive connection per client (http-client.ts), as a reviewer's tab has.
  const port = Number(new URL(base).port);
  const conns = cookies.slice(0, clients).map((cookie) => new KeepAliveClient(port, cookie));
  const r = await withCpu(
    () =>
      drive(clients, SECONDS, async (client, n) => {
        const order = orders[client]!;
        const res = await conns[client]!.request("POST", "/api/v1/reviews", {
          id: randomUUID(),
          cardId: order[n % order.length],
          rating: 1 + (n % 4),
          durationMs: 3000,
        });
        return res.ok;
      }),
    serverPid,
  );
  for (const c of conns) c.close();
  return {
    ...summarise(label, r.latencies, SECONDS, r.errors),
    cpuMsPerOp: r.cpuMsPerOp,
    postgresMsPerOp: r.postgresMsPerOp,
  };
}

const cpuOf = <T>(work: () => T) => {
  const c0 = process.cpuUsage();
  const result = work();
  const c = process.cpuUsage(c0);
  return { result, cpuMs: (c.user + c.system) / 1000 };
};

/**
 * Starts a phase from a checkpointed log: the WAL copied into the database file and emptied
 * (SQLite), or a CHECKPOINT (PostgreSQL), so that a phase does not pay for the checkpoint of the
 * phase before it (the 1-client run came right after the 16-client burst). The reviews measured are
 * the same durable reviews over HTTP; the server keeps its own checkpoints during the phase.
 */
async function checkpointBefore(engine: Engine): Promise<void> {
  if (engine.provider === "sqlite") {
    const conn = new Database(engine.url.replace(/^file:/, ""));
    try {
      conn.pragma("busy_timeout = 5000");
      conn.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: engine.url });
  await client.connect();
  try {
    await client.query("CHECKPOINT");
  } catch {
    // Not allowed to this role: the phase starts as it is.
  } finally {
    await client.end();
  }
}

/** A server of this build on the engine, signed-in clients, a warm-up, then the two HTTP runs. */
async function httpPart(engine: Engine, httpSeed: Seeded, extraEnv: Record<string, string>, tag: string) {
  const server = await startServer(engine, PORT, extraEnv);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const cookies = await Promise.all(httpSeed.users.map((u) => signIn(base, u.email, PASSWORD)));
    // Next loads a route's modules on its first request: a few reviews first, so the CPU per review
    // measured below is the steady state's, not the module loading's.
    for (let i = 0; i < 10; i++)
      await (
        await fetch(`${base}/api/v1/reviews`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookies[0]! },
          body: JSON.stringify({ id: randomUUID(), cardId: httpSeed.cardIds[i], rating: 3, durationMs: 1000 }),
        })
      ).arrayBuffer();
    const label = (clients: number) => `HTTP POST /api/v1/reviews (${clients} client${clients > 1 ? "s" : ""}${tag})`;
    await checkpointBefore(engine);
    const http = await httpRun(base, httpSeed, cookies, CLIENTS, label(CLIENTS), server.pid!);
    await checkpointBefore(engine);
    const http1 = await httpRun(base, httpSeed, cookies, 1, label(1), server.pid!);
    return { http, http1 };
  } finally {
    stopServer(server);
    // The next server takes the same port.
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function benchEngine(engine: Engine) {
  console.log(`\n== ${engine.provider}: ${CLIENTS} concurrent clients, ${SECONDS} s per run; ${loadLine()}`);
  await selectEngine(engine);
  const httpSeed = await seed(CLIENTS, "http");
  const inprocSeed = await seed(CLIENTS, "inproc");
  const rawSeed = await seed(CLIENTS, "raw");

  // 1. The raw driver ceiling: the least a durable review costs here.
  const ceiling = await import("@/lib/db/bench-ceiling");
  const targets = targetsOf(rawSeed);
  let raw;
  let raw1;
  let rawCpu;
  if (engine.provider === "sqlite") {
    const { result: s, cpuMs } = cpuOf(() =>
      ceiling.sqliteReviewCeiling(engine.url.replace(/^file:/, ""), targets, SECONDS),
    );
    raw = summarise("raw better-sqlite3 loop (1 connection)", s.latencies, SECONDS, 0);
    raw1 = raw;
    rawCpu = cpuMs / Math.max(1, s.latencies.length);
  } else {
    const c0 = process.cpuUsage();
    const s = await ceiling.pgReviewCeiling(engine.url, targets, SECONDS, CLIENTS);
    const c = process.cpuUsage(c0);
    raw = summarise(`raw pg loop (${CLIENTS} connections)`, s.latencies, SECONDS, 0);
    rawCpu = (c.user + c.system) / 1000 / Math.max(1, s.latencies.length);
    const s1 = await ceiling.pgReviewCeiling(engine.url, targets.slice().reverse(), SECONDS, 1);
    raw1 = summarise("raw pg loop (1 connection)", s1.latencies, SECONDS, 0);
  }

  // 2. The repository function in-process (no HTTP, no session): the app's own ceiling.
  const { recordReview } = await import("@/lib/db/reviews");
  const orders = inprocSeed.users.map((_, i) => shuffled(inprocSeed.cardIds, i + 101));
  const r = await withCpu(() =>
    drive(CLIENTS, SECONDS, async (client, n) => {
      const order = orders[client]!;
      try {
        await recordReview({
          userId: inprocSeed.users[client]!.id,
          reviewId: randomUUID(),
          cardId: order[n % order.length]!,
          rating: (1 + (n % 4)) as 1 | 2 | 3 | 4,
          durationMs: 3000,
          now: new Date(),
        });
        return true;
      } catch {
        return false;
      }
    }),
  );
  const inproc = summarise(`in-process recordReview (${CLIENTS} clients)`, r.latencies, SECONDS, r.errors);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();

  // 3. Over HTTP: many clients for throughput, one for latency; with BENCH_NEXT_PATH=1 also with
  // the fast path off (API_FAST_PATH=off: every request through Next's router), in the same run.
  const { http, http1 } = await httpPart(engine, httpSeed, {}, "");
  const viaNext =
    process.env.BENCH_NEXT_PATH === "1"
      ? await httpPart(engine, httpSeed, { API_FAST_PATH: "off" }, ", via Next")
      : null;
  console.log(ratioLine(`HTTP (${CLIENTS}) / raw driver ceiling`, http.perSecond, raw.perSecond));
  console.log(ratioLine(`HTTP (${CLIENTS}) / in-process`, http.perSecond, inproc.perSecond));
  console.log(ratioLine(`in-process / raw driver ceiling`, inproc.perSecond, raw.perSecond));
  console.log(ratioLine(`HTTP (1) / raw driver (1 connection)`, http1.perSecond, raw1.perSecond));
  const pgPart = (v: number | undefined) =>
    engine.provider === "postgresql" && v !== undefined ? ` (+ postgres ${v.toFixed(3)})` : "";
  console.log(
    `CPU ms per review (node process; postgres beside): raw ${rawCpu.toFixed(3)}, in-process ${r.cpuMsPerOp.toFixed(3)}, HTTP server ${http.cpuMsPerOp.toFixed(3)}${pgPart(http.postgresMsPerOp)}`,
  );
  console.log(ratioLine(`HTTP / raw, per CPU-second of the app process`, 1000 / http.cpuMsPerOp, 1000 / rawCpu));
  console.log(`HTTP p99 at 1 client: ${http1.p99ms} ms (target ≤ 10 ms); ${loadLine()}`);
  console.log("(each HTTP phase starts from a checkpointed log: SQLite WAL copied and emptied, PostgreSQL CHECKPOINT)");
  if (viaNext) {
    console.log(ratioLine(`HTTP (${CLIENTS}) via Next / raw driver ceiling`, viaNext.http.perSecond, raw.perSecond));
    console.log(ratioLine(`HTTP (${CLIENTS}) fast path / via Next`, http.perSecond, viaNext.http.perSecond));
    console.log(
      `via Next: CPU ms per review ${viaNext.http.cpuMsPerOp.toFixed(3)}${pgPart(viaNext.http.postgresMsPerOp)}, p99 at 1 client ${viaNext.http1.p99ms} ms`,
    );
  }
  await engine.cleanup();
}

async function main() {
  ensureBuild();
  await benchEngine(sqliteEngine("review"));
  if (process.env.TEST_POSTGRES_URL) await benchEngine(await postgresEngine(process.env.TEST_POSTGRES_URL));
  else console.log("\n(PostgreSQL skipped: set TEST_POSTGRES_URL to bench it too)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
