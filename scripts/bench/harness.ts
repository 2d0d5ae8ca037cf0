// What the benchmarks share: fresh databases per engine, a closed-loop driver of concurrent
// clients, `next start` servers on 127.0.0.1, the machine's load, and ratio lines.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";

export const root = process.cwd();
export const BENCH_SECRET = "bench-secret-0123456789-abcdefghijklmnop";

export type Engine = { provider: "sqlite" | "postgresql"; url: string; cleanup: () => Promise<void> };

export function sqliteEngine(name: string): Engine {
  mkdirSync(path.join(root, ".bench"), { recursive: true });
  const file = path.join(root, ".bench", `${name}.db`);
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return { provider: "sqlite", url: `file:${file}`, cleanup: async () => {} };
}

export function databaseUrlNamed(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new database beside TEST_POSTGRES_URL's, dropped by cleanup (kept when `keep`). */
export async function postgresEngine(
  adminUrl: string,
  name = `sourcedeck_bench_${Date.now().toString(36)}`,
  keep = false,
): Promise<Engine> {
  const exists = (await adminQuery(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount;
  if (!exists) await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    provider: "postgresql",
    url: databaseUrlNamed(adminUrl, name),
    cleanup: async () => {
      if (!keep) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Points this process's lib/db at the engine and applies the migrations. */
export async function selectEngine(engine: Engine): Promise<void> {
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  process.env.DB_PROVIDER = engine.provider;
  process.env.DATABASE_URL = engine.url;
  // The environment is parsed once and cached (lib/env): forget it, or the next client keeps the old engine.
  const { forgetServerEnv } = await import("@/lib/env");
  forgetServerEnv();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
}

export function ensureBuild(): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("no production build yet: running next build");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
}

/** Runs `clients` loops of `op` for `seconds` after a short warm-up; returns the latencies in ms. */
export async function drive(clients: number, seconds: number, op: (client: number, n: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  let allOps = 0;
  const warmupEnd = Date.now() + 1500;
  let end = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; ; n++) {
        const t = performance.now();
        const ok = await op(client, n);
        allOps++;
        const now = Date.now();
        if (now < warmupEnd) continue;
        end ||= now + seconds * 1000;
        if (now > end) break;
        if (ok) latencies.push(performance.now() - t);
        else errors++;
      }
    }),
  );
  return { latencies, errors, allOps };
}

type ProcStat = { pid: number; ppid: number; comm: string; cpu: number };

export function processes(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const f = stat.slice(close + 2).split(" ");
      out.push({ pid: Number(d), ppid: Number(f[1]), comm, cpu: (Number(f[11]) + Number(f[12])) / 100 });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** CPU seconds used so far by the process tree under `rootPid`, and by all postgres processes. */
export function cpuSplit(rootPid: number): { app: number; postgres: number } {
  const all = processes();
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  const sum = (f: (p: ProcStat) => boolean) => all.filter(f).reduce((acc, p) => acc + p.cpu, 0);
  return { app: sum((p) => tree.has(p.pid)), postgres: sum((p) => p.comm.startsWith("postgres")) };
}

/** Runs `work` and returns its result with the CPU ms per operation it cost: of this process, or of
 *  a server's process tree. On a shared, oversubscribed machine these move less than wall times. */
export async function withCpu<T extends { allOps: number }>(work: () => Promise<T>, serverPid?: number) {
  const own0 = process.cpuUsage();
  const tree0 = serverPid ? cpuSplit(serverPid) : undefined;
  const result = await work();
  const own = process.cpuUsage(own0);
  const tree1 = serverPid ? cpuSplit(serverPid) : undefined;
  const ops = Math.max(1, result.allOps);
  return {
    ...result,
    cpuMsPerOp:
      serverPid && tree0 && tree1 ? ((tree1.app - tree0.app) * 1000) / ops : (own.user + own.system) / 1000 / ops,
    postgresMsPerOp: tree0 && tree1 ? ((tree1.postgres - tree0.postgres) * 1000) / ops : undefined,
  };
}

export function serverEnv(engine: Engine, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DB_PROVIDER: engine.provider,
    DATABASE_URL: engine.url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // The job worker is a child of the server: its start (tsx compiling it) and its polling would
    // count as the server's CPU per request. The benches measure requests; jobs are not in them.
    JOB_WORKER: process.env.JOB_WORKER ?? "off",
  };
}

export async function waitForServer(port: number, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/auth/csrf`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server on 127.0.0.1:${port} after ${seconds} s`);
}

/** `next start` on 127.0.0.1:port in its own process group (stopServer ends the group), of the
 *  build in `appDir` (default: this checkout). */
export async function startServer(
  engine: Engine,
  port: number,
  extraEnv: Record<string, string> = {},
  appDir = root,
): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") runs the server under node
  // with those flags, for profiling it under the bench's load; otherwise through npx as usual.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean);
  const args = ["start", "-H", "127.0.0.1", "-p", String(port)];
  const [command, argv] = nodeArgs?.length
    ? [process.execPath, [...nodeArgs, path.join(appDir, "node_modules", "next", "dist", "bin", "next"), ...args]]
    : ["npx", ["next", ...args]];
  const server = spawn(command, argv, {
    cwd: appDir,
    env: { ...serverEnv(engine, port), ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForServer(port);
  return server;
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
}

/** CPU time (s) of the whole machine since boot: busy and I/O wait, from /proc/stat. */
export function machineCpu(): { busy: number; iowait: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = cpu;
  const hz = 100;
  return {
    busy: (user + nice + system + irq + softirq + steal) / hz,
    iowait: iowait / hz,
    total: (user + nice + system + idle + iowait + irq + softirq + steal) / hz,
  };
}

export function ratioLine(label: string, value: number, ceiling: number): string {
  return `${label.padEnd(48)} ${(value / Math.max(1e-9, ceiling)).toFixed(2)}  (${Math.round(value)}/s of ${Math.round(ceiling)}/s)`;
}

export function shuffled<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** The content deck and `userCount` users who may review it without daily limits. */
export async function seedReviewUsers(userCount: number, prefix: string, password: string) {
  const { loadAllDecks } = await import("@/lib/content/files");
  const { syncContentDeck } = await import("@/lib/db/content-sync");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createBenchUsers, deckCards } = await import("@/lib/db/bench-fixtures");
  const { decks } = loadAllDecks();
  const deck = decks.find((d) => d.slug === "iran-russia") ?? decks[0];
  if (!deck) throw new Error("no deck under content/");
  const { deckId } = await syncContentDeck(deck);
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: userCount }, (_, i) => `${prefix}-${i}@bench.test`);
  const users = await createBenchUsers(
    emails.map((email) => ({ email, passwordHash, newPerDay: 100000, maxReviewsPerDay: 100000 })),
  );
  const cards = await deckCards(deckId);
  return { users, cards, cardIds: cards.map((c) => c.id), deckSlug: deck.slug };
}
