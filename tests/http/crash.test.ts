// Crash safety over HTTP: concurrent clients review through an outbox (a review keeps its id and
// is sent again until the server acknowledges it) while the server is killed with SIGKILL and
// started again. Afterwards every acknowledged review has exactly one log and each card's state
// counts exactly its logs. Runs its own server on the project's database (the shared one stays up).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { DEMO_PASSWORD } from "./client";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.HTTP_CRASH_PORT ?? Number(process.env.HTTP_TEST_PORT) + 20);
const base = `http://127.0.0.1:${port}`;
const CLIENTS = 8;
const REVIEWS_PER_CLIENT = 20;

function startServer(): ChildProcess {
  return spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: root,
      env: { ...process.env, NEXTAUTH_URL: base, JOB_WORKER: "off" },
      stdio: "ignore",
    },
  );
}

async function waitUp(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/signin`, { signal: AbortSignal.timeout(2000) })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not come up");
}

async function signUpAndIn(email: string): Promise<string> {
  const prisma = await db();
  const { hashPassword } = await import("@/lib/auth/password");
  await prisma.user.create({
    data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), role: "learner", newPerDay: 9999 },
  });
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

let server: ChildProcess | null = null;
afterAll(async () => {
  server?.kill("SIGKILL");
  await disconnectDb();
});

describe("kill -9 during concurrent reviews", () => {
  it("every acknowledged review has exactly one log and a matching state", async () => {
    server = startServer();
    await waitUp();
    const email = `crash-${Date.now()}@example.test`;
    const cookie = await signUpAndIn(email);
    const queue = (await (
      await fetch(`${base}/api/v1/study/queue?deck=iran-russia&limit=200`, { headers: { cookie } })
    ).json()) as { cards: { cardId: string }[] };
    expect(queue.cards.length).toBeGreaterThanOrEqual(CLIENTS * 2);
    const acked = new Map<string, string>(); // review id -> card id
    let kills = 0;
    let failedSends = 0;
    let ackedBeforeKill = 0;
    let ackedAfterLastRestart = 0;
    let restartedTwice = false;

    async function client(n: number) {
      // Each client has its own cards, so no two clients race on one card's version.
      const mine = queue.cards.filter((_, i) => i % CLIENTS === n).map((c) => c.cardId);
      for (let k = 0; k < REVIEWS_PER_CLIENT; k++) {
        const cardId = mine[k % mine.length]!;
        const id = crypto.randomUUID();
        for (let attempt = 0; ; attempt++) {
          try {
            const res = await fetch(`${base}/api/v1/reviews`, {
              method: "POST",
              headers: { cookie, "content-type": "application/json" },
              body: JSON.stringify({ id, cardId, rating: 3, durationMs: 700 }),
              signal: AbortSignal.timeout(10_000),
            });
            if (res.status === 200) {
              acked.set(id, cardId);
              if (kills === 0) ackedBeforeKill++;
              if (restartedTwice) ackedAfterLastRestart++;
              break;
            }
            expect(res.status, await res.text()).toBeLessThan(500);
          } catch {
            // The server is down: retry the same id, like the study page's outbox.
            failedSends++;
          }
          if (attempt > 400) throw new Error("review never acknowledged");
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }

    // Kills at a third and at two thirds of the acknowledged reviews, not at fixed times: on a fast,
    // idle machine the whole run can end before a timed second kill.
    const total = CLIENTS * REVIEWS_PER_CLIENT;
    const killer = (async () => {
      for (const share of [1 / 3, 2 / 3]) {
        while (acked.size < Math.floor(total * share)) await new Promise((r) => setTimeout(r, 10));
        server.kill("SIGKILL");
        kills++;
        await new Promise((r) => setTimeout(r, 300));
        server = startServer();
        await waitUp();
      }
      restartedTwice = true;
    })();
    await Promise.all([...Array.from({ length: CLIENTS }, (_, n) => client(n)), killer]);
    expect(kills).toBe(2);
    // The kills really fell inside the run: reviews were acknowledged before the first and after
    // the last, and clients had sends fail and retried them.
    console.log(
      `crash: ${acked.size} reviews, ${failedSends} failed sends retried, ${ackedBeforeKill} acknowledged before the first kill, ${ackedAfterLastRestart} after the last restart`,
    );
    expect(ackedBeforeKill).toBeGreaterThan(0);
    expect(ackedAfterLastRestart).toBeGreaterThan(0);
    expect(failedSends).toBeGreaterThan(0);
    expect(acked.size).toBe(CLIENTS * REVIEWS_PER_CLIENT);

    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id } });
    const logIds = new Set(logs.map((l) => l.id));
    for (const id of acked.keys()) expect(logIds.has(id), `log of acknowledged review ${id}`).toBe(true);
    // Nothing counted twice: one log per review id made, and no logs beyond the ones sent.
    expect(logs.length).toBe(acked.size);
    const perCard = new Map<string, number>();
    for (const l of logs) perCard.set(l.cardId, (perCard.get(l.cardId) ?? 0) + 1);
    const states = await prisma.cardState.findMany({ where: { userId: user.id, cardId: { in: [...perCard.keys()] } } });
    expect(states.length).toBe(perCard.size);
    for (const s of states) expect(s.reps, `reps of ${s.cardId}`).toBe(perCard.get(s.cardId));
  });
});
