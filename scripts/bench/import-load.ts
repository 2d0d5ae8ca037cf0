// npm run bench:import-load: review and queue latency over HTTP while a 10 MB text is imported
// (generation runs in the job worker), against idle. Starts `next start` over the existing build
// (run `npx next build` first) on a fresh SQLite database, or PostgreSQL with DB_PROVIDER and
// DATABASE_URL set. Target: during the import within 2× of idle.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { signIn } from "./http-session";
import { percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.BENCH_PORT ?? 3197);
const base = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DB_PROVIDER: process.env.DB_PROVIDER ?? "sqlite",
  DATABASE_URL: process.env.DATABASE_URL ?? `file:${path.join(root, ".test-dbs", "bench-import.db")}`,
  NEXTAUTH_URL: base,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};

// About 9.5 MB (just under the 10 MB file limit) of plain prose in the project's own words: varied dated and numbered sentences.
function tenMegabytes(): string {
  const places = ["the northern port", "the river delta", "the mountain pass", "the coastal plain", "the old capital"];
  const things = ["a rail line", "a grain silo", "a power station", "a customs post", "a pipeline"];
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 9.5 * 1024 * 1024; i++) {
    const line = `In ${1900 + (i % 120)} the council of ${places[i % 5]} opened ${things[(i * 7) % 5]} costing ${(i % 900) + 10} million, and ${(i % 40) + 2} engineers worked on it for ${(i % 11) + 1} years.`;
    lines.push(i % 12 === 11 ? `${line}\n\nSection ${i}\n` : line);
    size += line.length + 1;
  }
  return lines.join(" ");
}

async function measure(
  cookie: string,
  deck: string,
  until: () => boolean,
  max: number,
): Promise<{ queue: number[]; review: number[] }> {
  const queue: number[] = [];
  const review: number[] = [];
  while (queue.length < max && until()) {
    let t = performance.now();
    const q = await fetch(`${base}/api/v1/study/queue?deck=${deck}&limit=5`, { headers: { cookie } });
    const body = (await q.json()) as { cards?: { cardId: string }[] };
    if (!q.ok) throw new Error(`queue answered ${q.status}: ${JSON.stringify(body)}`);
    queue.push(performance.now() - t);
    const card = body.cards?.[0];
    if (!card) continue;
    t = performance.now();
    const r = await fetch(`${base}/api/v1/reviews`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ id: crypto.randomUUID(), cardId: card.cardId, rating: 3, durationMs: 500 }),
    });
    await r.arrayBuffer();
    review.push(performance.now() - t);
  }
  return { queue, review };
}

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms  p95 ${percentile(s, 95).toFixed(1)} ms  (${xs.length})`;
};

async function main() {
  if (env.DB_PROVIDER === "sqlite")
    for (const s of ["", "-wal", "-shm"]) rmSync(env.DATABASE_URL!.replace(/^file:/, "") + s, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    { cwd: root, env, stdio: "ignore" },
  );
  try {
    for (let i = 0; i < 120; i++) {
      if (
        await fetch(`${base}/signin`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    // Enough new cards a day for every review the benchmark makes.
    Object.assign(process.env, { DB_PROVIDER: env.DB_PROVIDER, DATABASE_URL: env.DATABASE_URL });
    const { db, disconnectDb } = await import("@/lib/db/client");
    await (await db()).user.update({ where: { email: "learner@sourcedeck.test" }, data: { newPerDay: 9999 } });
    await disconnectDb();
    const learner = await signIn(base, "learner@sourcedeck.test", "sourcedeck-demo");
    const teacher = await signIn(base, "instructor@sourcedeck.test", "sourcedeck-demo");
    const decks = (await (await fetch(`${base}/api/v1/decks`, { headers: { cookie: learner } })).json()) as {
      slug: string;
      cards: number;
    }[];
    const deck = decks.find((d) => d.cards > 0)?.slug ?? "iran-russia";
    const sample = await (
      await fetch(`${base}/api/v1/study/queue?deck=${deck}&limit=5`, { headers: { cookie: learner } })
    ).text();
    console.log(`deck ${deck}; queue answer starts ${sample.slice(0, 160)}`);
    await measure(learner, deck, () => true, 20); // warm-up
    const idle = await measure(learner, deck, () => true, 100);
    const form = new FormData();
    form.append("files", new Blob([tenMegabytes()], { type: "text/plain" }), "ten-megabytes.txt");
    const t0 = performance.now();
    const up = await fetch(`${base}/api/v1/imports`, { method: "POST", headers: { cookie: teacher }, body: form });
    const { id } = (await up.json()) as { id: string };
    console.log(`upload answered ${up.status} in ${(performance.now() - t0).toFixed(0)} ms`);
    let processing = true;
    const poll = (async () => {
      while (processing) {
        const s = (await (await fetch(`${base}/api/v1/imports/${id}`, { headers: { cookie: teacher } })).json()) as {
          status: string;
        };
        if (s.status !== "processing") processing = false;
        else await new Promise((r) => setTimeout(r, 300));
      }
    })();
    const busy = await measure(learner, deck, () => processing, 100_000);
    await poll;
    console.log(`import finished after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`queue  idle: ${fmt(idle.queue)}\nqueue  during import: ${fmt(busy.queue)}`);
    console.log(`review idle: ${fmt(idle.review)}\nreview during import: ${fmt(busy.review)}`);
    const p95 = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        95,
      );
    console.log(
      `p95 ratio during/idle: queue ${(p95(busy.queue) / p95(idle.queue)).toFixed(2)}×, review ${(p95(busy.review) / p95(idle.review)).toFixed(2)}×`,
    );
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
