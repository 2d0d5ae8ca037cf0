// npm run bench:scale — scale-out on PostgreSQL: 1, 2 and 4 app instances (node:cluster workers
// running Next's production server behind the primary's round-robin, scripts/bench/cluster-server.mjs)
// sharing one PostgreSQL database; BENCH_CLIENTS concurrent clients POST reviews for BENCH_SECONDS
// per step. Prints reviews/s and latency per step, and where the machine's CPU went (app instances,
// PostgreSQL, the load generator, I/O wait), so the resource that sets the ceiling is a figure too.
//   Needs TEST_POSTGRES_URL. BENCH_INSTANCES (default "1,2,4"), BENCH_SECONDS (default 8),
//   BENCH_CLIENTS (default 32), BENCH_PORT (default 3202), PG_POOL_SIZE per instance (default 6).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import {
  cpuSplit,
  drive,
  ensureBuild,
  loadLine,
  machineCpu,
  postgresEngine,
  seedReviewUsers,
  serverEnv,
  shuffled,
  stopServer,
  selectEngine,
  waitForServer,
  type Engine,
} from "./harness";
import { KeepAliveClient } from "./http-client";
import { signIn } from "./http-session";
import { summarise } from "./stats";

const STEPS = (process.env.BENCH_INSTANCES ?? "1,2,4").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const POOL = process.env.PG_POOL_SIZE ?? "6";
const PASSWORD = "bench-password-123";

async function startCluster(engine: Engine, instances: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/bench/cluster-server.mjs"], {
    env: { ...serverEnv(engine, PORT), INSTANCES: String(instances), PORT: String(PORT), PG_POOL_SIZE: POOL },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForServer(PORT, 120);
  return server;
}

async function main() {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("bench:scale runs on PostgreSQL: set TEST_POSTGRES_URL");
  ensureBuild();
  const engine = await postgresEngine(adminUrl);
  console.log(
    `== postgresql scale-out: ${CLIENTS} clients, ${SECONDS} s per step, ${cpus().length} CPUs, pool ${POOL} per instance; ${loadLine()}`,
  );
  await selectEngine(engine);
  const seeded = await seedReviewUsers(CLIENTS, "scale", PASSWORD);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  const rows: string[] = [];
  try {
    for (const instances of STEPS) {
      const server = await startCluster(engine, instances);
      try {
        const base = `http://127.0.0.1:${PORT}`;
        const cookies = await Promise.all(seeded.users.map((u) => signIn(base, u.email, PASSWORD)));
        const orders = seeded.users.map((_, i) => shuffled(seeded.cardIds, i + instances * 100));
        const m0 = machineCpu();
        const c0 = cpuSplit(server.pid!);
        const b0 = process.cpuUsage();
        // One kept-alive connection per client (http-client.ts): the cluster hands out connections.
        const conns = cookies.map((cookie) => new KeepAliveClient(PORT, cookie));
        const r = await drive(CLIENTS, SECONDS, async (client, n) => {
          const order = orders[client]!;
          const res = await conns[client]!.request("POST", "/api/v1/reviews", {
            id: randomUUID(),
            cardId: order[n % order.length],
            rating: 1 + (n % 4),
            durationMs: 3000,
          });
          return res.ok;
        });
        for (const c of conns) c.close();
        const m1 = machineCpu();
        const c1 = cpuSplit(server.pid!);
        const b1 = process.cpuUsage(b0);
        // The counters include the warm-up: shares, not absolute figures.
        const wall = m1.total - m0.total;
        const pct = (x: number) => `${((100 * x) / wall).toFixed(0)}%`;
        const s = summarise(`${instances} instance(s)`, r.latencies, SECONDS, r.errors);
        const app = c1.app - c0.app;
        const postgres = c1.postgres - c0.postgres;
        const generator = (b1.user + b1.system) / 1e6;
        const others = Math.max(0, m1.busy - m0.busy - app - postgres - generator);
        const split =
          `CPU of ${cpus().length} cores: busy ${pct(m1.busy - m0.busy)}, iowait ${pct(m1.iowait - m0.iowait)}; ` +
          `app ${pct(app)}, postgres ${pct(postgres)}, load generator ${pct(generator)}, other processes ${pct(others)}`;
        // What one review costs in CPU, and so what these cores would carry if the app, PostgreSQL and
        // the load generator had them to themselves (the CPU-bound ceiling of this machine).
        const ops = Math.max(1, r.allOps);
        const perReview = ((app + postgres + generator) * 1000) / ops;
        const ceiling = Math.round((cpus().length * 1000) / perReview);
        console.log(`  ${split}`);
        console.log(
          `  CPU ms per review: app ${((app * 1000) / ops).toFixed(2)}, postgres ${((postgres * 1000) / ops).toFixed(2)}, ` +
            `load generator ${((generator * 1000) / ops).toFixed(2)} -> CPU-bound ceiling of ${cpus().length} free cores ≈ ${ceiling}/s`,
        );
        rows.push(
          `| ${instances} | ${s.perSecond} | ${s.p50ms} | ${s.p99ms} | ${s.errors} | ${split} | ≈ ${ceiling}/s |`,
        );
      } finally {
        stopServer(server);
        await new Promise((res) => setTimeout(res, 1500));
      }
    }
  } finally {
    await engine.cleanup();
  }
  console.log(
    `\n| instances | reviews/s | p50 ms | p99 ms | errors | where the CPU went | CPU-bound ceiling |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join("\n")}`,
  );
  console.log(loadLine());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
