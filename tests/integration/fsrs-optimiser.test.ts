import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import {
  completeRun,
  createRun,
  latestRun,
  parameterHistory,
  useParameters,
  weightsInForce,
} from "@/lib/db/fsrs-params";
import { seedSimulatedHistory } from "@/lib/db/review-fixtures";
import { pooledClassRecords } from "@/lib/db/review-history";
import { joinClass, createClass } from "@/lib/db/classes";
import { claimJob, getJob, jobByPayload } from "@/lib/db/jobs";
import { OPTIMISE_JOB, optimiseJobPayload } from "@/lib/db/fsrs-params";
import { jobHandlers } from "@/lib/jobs/handlers";
import { LEASE_MS, runOneJob } from "@/lib/jobs/worker";
import { getStudySettings } from "@/lib/db/settings";
import { AppError } from "@/lib/errors";
import { startClassOptimisation, startOptimisation } from "@/lib/optimiser/start";
import type { OptimiseResult } from "@/lib/srs/optimiser";
import { makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-01-05T09:00:00Z");
const NOW = new Date("2026-07-01T12:00:00Z");
// A learner whose first memories last about four times longer than the defaults assume.
const LONG_MEMORY = [
  1.5, 5.0, 9.0, 30.0, 6.0, 0.9, 3.2, 0.005, 2.3, 0.1, 0.7, 1.2, 0.05, 0.25, 1.4, 0.7, 1.6, 0.6, 0.08, 0.06, 0.12,
];

const fact = (id: string): Fact => ({
  id,
  kind: "concept",
  prompt: `What is ${id}?`,
  answer: `A ${id}`,
  variants: [],
  explanation: `About ${id}.`,
  source: "doc",
  section: "One",
  tags: [],
  reverse: false,
});

async function deckWith(n: number, slug: string) {
  const r = await syncContentDeck({
    slug,
    title: slug,
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: n }, (_, i) => fact(`${slug}-${i}`)),
  });
  return r.deckId;
}

function fakeResult(adopt: boolean, weights: number[]): OptimiseResult {
  const m = { logLoss: 0.3, rmse: 0.05 };
  return {
    reviews: 500,
    items: 600,
    heldOut: { reviews: 100, fitted: m, current: { logLoss: 0.31, rmse: 0.06 } },
    allHistory: { adopted: m, current: m },
    weights,
    currentWeights: [],
    decision: { adopt, reason: "test" },
    optimalRetention: null,
    millis: { fit: 1, total: 1 },
  };
}
const W_A = LONG_MEMORY;
const W_B = LONG_MEMORY.map((w, i) => (i === 0 ? 1.0 : w));

/** What the job worker does: runs every job that is due at `at` (the fits of the runs started). */
async function runDueJobs(at = NOW): Promise<number> {
  let ran = 0;
  while (await runOneJob("test-worker", jobHandlers, () => at)) ran++;
  return ran;
}

beforeEach(resetDatabase);
afterAll(disconnectDb);

describe("optimiser", () => {
  it("refuses a user with too few reviews with a 422 and changes nothing", async () => {
    const user = await makeUser();
    const deckId = await deckWith(10, "few");
    await seedSimulatedHistory({ userId: user.id, deckId, start: T0, days: 20, newPerDay: 2, seed: 1 });
    const err = await startOptimisation(user.id, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("unprocessable");
    expect((err as AppError).message).toMatch(/at least 400 reviews/);
    expect(await latestRun({ userId: user.id })).toBeNull();
    expect((await getStudySettings(user.id)).fsrsParams).toBeNull();
  });

  it("fits in a worker, adopts a better fit, and the scheduler then reads it", async () => {
    const user = await makeUser();
    const deckId = await deckWith(150, "many");
    const written = await seedSimulatedHistory({
      userId: user.id,
      deckId,
      start: T0,
      days: 170,
      newPerDay: 3,
      seed: 4,
      truthWeights: LONG_MEMORY,
    });
    expect(written).toBeGreaterThan(700);
    const { run, started } = await startOptimisation(user.id, NOW);
    expect(started).toBe(true);
    expect(run.status).toBe("queued");
    // A second request while it runs reports the same run instead of starting another.
    const again = await startOptimisation(user.id, NOW);
    expect(again.started).toBe(false);
    expect(again.run.id).toBe(run.id);
    // The request only queued it: the fit is the job worker's.
    const job = await jobByPayload(OPTIMISE_JOB, optimiseJobPayload(run.id));
    expect(job?.status).toBe("queued");
    expect((await latestRun({ userId: user.id }))?.status).toBe("queued");
    expect(await runDueJobs()).toBe(1);
    expect((await getJob(job?.id ?? ""))?.status).toBe("done");
    const finished = await latestRun({ userId: user.id });
    expect(finished?.status).toBe("adopted");
    const r = finished?.result;
    expect(r?.heldOut.fitted.logLoss).toBeLessThan(r?.heldOut.current.logLoss ?? 0);
    const settings = await getStudySettings(user.id);
    expect(settings.fsrsParams).toEqual(r?.weights);
    expect((await weightsInForce(user.id)).source).toBe("own");
  }, 120_000);

  it("keeps the current weights when the fit is not better, and can go back to an earlier fit", async () => {
    const user = await makeUser();
    const first = await createRun({ userId: user.id }, user.id, 500, NOW);
    await completeRun(first.id, fakeResult(true, W_A), NOW);
    expect((await getStudySettings(user.id)).fsrsParams).toEqual(W_A);

    const losing = await createRun({ userId: user.id }, user.id, 500, NOW);
    const kept = await completeRun(losing.id, fakeResult(false, W_B), new Date(NOW.getTime() + 1000));
    expect(kept.status).toBe("kept");
    expect((await getStudySettings(user.id)).fsrsParams).toEqual(W_A);
    expect(await parameterHistory({ userId: user.id })).toHaveLength(1);

    const second = await createRun({ userId: user.id }, user.id, 600, NOW);
    await completeRun(second.id, fakeResult(true, W_B), new Date(NOW.getTime() + 2000));
    expect((await getStudySettings(user.id)).fsrsParams).toEqual(W_B);
    const history = await parameterHistory({ userId: user.id });
    expect(history.map((h) => h.active)).toEqual([true, false]);

    await useParameters(user.id, history[1]?.id ?? "");
    expect((await getStudySettings(user.id)).fsrsParams).toEqual(W_A);
    await useParameters(user.id, null);
    expect((await getStudySettings(user.id)).fsrsParams).toBeNull();

    const stranger = await makeUser();
    await expect(useParameters(stranger.id, history[0]?.id ?? "")).rejects.toThrow(/not found/);
  });

  it("a new student of a class with fitted weights starts on them, until they have their own", async () => {
    const teacher = await makeUser("instructor");
    const cls = await createClass(teacher.id, "Class");
    const prisma = await db();
    await prisma.fsrsParameters.create({
      data: { classId: cls.id, weights: JSON.stringify(W_A), source: "class", active: true },
    });
    const student = await makeUser();
    await joinClass(student.id, cls.joinCode, NOW);
    expect((await getStudySettings(student.id)).fsrsParams).toEqual(W_A);
    expect((await weightsInForce(student.id)).source).toBe("class");
    const own = await createRun({ userId: student.id }, student.id, 500, NOW);
    await completeRun(own.id, fakeResult(true, W_B), NOW);
    expect((await getStudySettings(student.id)).fsrsParams).toEqual(W_B);
    await useParameters(student.id, null);
    expect((await getStudySettings(student.id)).fsrsParams).toEqual(W_A);
  });

  it("fits a class on its students' pooled reviews and only its instructor may ask", async () => {
    const teacher = await makeUser("instructor");
    const cls = await createClass(teacher.id, "Pooled");
    const deckId = await deckWith(80, "pooled");
    for (const seed of [1, 2, 3]) {
      const s = await makeUser();
      await joinClass(s.id, cls.joinCode, NOW);
      await seedSimulatedHistory({
        userId: s.id,
        deckId,
        start: T0,
        days: 150,
        newPerDay: 2,
        seed,
        truthWeights: LONG_MEMORY,
      });
    }
    const outsider = await makeUser("instructor");
    await expect(startClassOptimisation(outsider.id, cls.id, NOW)).rejects.toBeInstanceOf(AppError);
    await startClassOptimisation(teacher.id, cls.id, NOW);
    await runDueJobs();
    const run = await latestRun({ classId: cls.id });
    expect(["adopted", "kept"]).toContain(run?.status);
    expect(run?.reviewCount).toBeGreaterThanOrEqual(400);
  }, 120_000);

  it("a run whose worker died is fitted again when its job's lease runs out", async () => {
    const user = await makeUser();
    const deckId = await deckWith(150, "crash");
    await seedSimulatedHistory({ userId: user.id, deckId, start: T0, days: 170, newPerDay: 3, seed: 5 });
    const { run } = await startOptimisation(user.id, NOW);
    // A worker takes the job and dies without a word.
    expect(await claimJob("dead-worker", [OPTIMISE_JOB], NOW, LEASE_MS)).not.toBeNull();
    expect(await runDueJobs(new Date(NOW.getTime() + 1000))).toBe(0); // still leased
    expect((await startOptimisation(user.id, NOW)).run.id).toBe(run.id); // and still the run in progress
    expect(await runDueJobs(new Date(NOW.getTime() + LEASE_MS + 1000))).toBe(1);
    expect(["adopted", "kept"]).toContain((await latestRun({ userId: user.id }))?.status);
  }, 120_000);

  it("a fit that keeps failing is retried, then its run is marked failed and the weights stay", async () => {
    const user = await makeUser();
    const deckId = await deckWith(150, "fails");
    await seedSimulatedHistory({ userId: user.id, deckId, start: T0, days: 170, newPerDay: 3, seed: 6 });
    const { run } = await startOptimisation(user.id, NOW);
    // The history is gone by the time the job runs: every attempt throws.
    const prisma = await db();
    await prisma.reviewLog.deleteMany({ where: { userId: user.id } });
    const job = await jobByPayload(OPTIMISE_JOB, optimiseJobPayload(run.id));
    expect(await runDueJobs(NOW)).toBe(1);
    expect((await getJob(job?.id ?? ""))?.status).toBe("queued"); // to be tried again
    expect((await latestRun({ userId: user.id }))?.status).toBe("running");
    expect(await runDueJobs(new Date(NOW.getTime() + 10_000))).toBe(1);
    expect(await runDueJobs(new Date(NOW.getTime() + 60_000))).toBe(1);
    expect((await getJob(job?.id ?? ""))?.status).toBe("failed");
    const failed = await latestRun({ userId: user.id });
    expect(failed?.status).toBe("failed");
    expect(failed?.error).toMatch(/reviews/);
    expect((await getStudySettings(user.id)).fsrsParams).toBeNull();
  }, 120_000);

  it("a run whose job failed for good (its worker died on the last attempt) is reported failed", async () => {
    const user = await makeUser();
    const run = await createRun({ userId: user.id }, user.id, 500, NOW);
    const prisma = await db();
    await prisma.job.create({
      data: {
        kind: OPTIMISE_JOB,
        payload: JSON.stringify(optimiseJobPayload(run.id)),
        status: "failed",
        error: "The worker stopped",
      },
    });
    expect((await latestRun({ userId: user.id }))?.status).toBe("queued");
    const { fsrsOverview } = await import("@/lib/optimiser/overview");
    const overview = await fsrsOverview(user.id, NOW);
    expect(overview.latestRun?.status).toBe("failed");
    expect(overview.latestRun?.error).toMatch(/worker stopped/);
  });

  it("deleting a class or a user deletes its fitted parameters, runs and preference", async () => {
    const prisma = await db();
    const teacher = await makeUser("instructor");
    const student = await makeUser();
    const cls = await createClass(teacher.id, "Gone soon");
    await joinClass(student.id, cls.joinCode, NOW);
    const fitOf = (owner: { userId: string } | { classId: string }) =>
      prisma.fsrsParameters.create({ data: { ...owner, weights: JSON.stringify(W_A), active: true } });
    await fitOf({ classId: cls.id });
    await fitOf({ userId: student.id });
    await createRun({ classId: cls.id }, teacher.id, 500, NOW);
    await createRun({ userId: student.id }, student.id, 500, NOW);
    await prisma.fsrsPreference.create({ data: { userId: student.id, autoOptimise: true } });
    const left = async () => ({
      classFits: await prisma.fsrsParameters.count({ where: { classId: cls.id } }),
      classRuns: await prisma.fsrsOptimisation.count({ where: { classId: cls.id } }),
      userFits: await prisma.fsrsParameters.count({ where: { userId: student.id } }),
      userRuns: await prisma.fsrsOptimisation.count({ where: { userId: student.id } }),
      preferences: await prisma.fsrsPreference.count({ where: { userId: student.id } }),
    });
    expect(await left()).toEqual({ classFits: 1, classRuns: 1, userFits: 1, userRuns: 1, preferences: 1 });
    await prisma.class.delete({ where: { id: cls.id } });
    expect(await left()).toEqual({ classFits: 0, classRuns: 0, userFits: 1, userRuns: 1, preferences: 1 });
    await prisma.user.delete({ where: { id: student.id } });
    expect(await left()).toEqual({ classFits: 0, classRuns: 0, userFits: 0, userRuns: 0, preferences: 0 });
  });

  it("pools a class's reviews with each student's own study-day rule", async () => {
    const prisma = await db();
    const teacher = await makeUser("instructor");
    const cls = await createClass(teacher.id, "Zones");
    const deckId = await deckWith(10, "zones");
    const zones = [
      { timeZone: "Pacific/Auckland", dayStartHour: 2 },
      { timeZone: "America/Los_Angeles", dayStartHour: 6 },
    ];
    const ids: string[] = [];
    for (const [i, zone] of zones.entries()) {
      const s = await makeUser();
      await prisma.user.update({ where: { id: s.id }, data: zone });
      await joinClass(s.id, cls.joinCode, NOW);
      await seedSimulatedHistory({ userId: s.id, deckId, start: T0, days: 5, newPerDay: 2, seed: i + 1 });
      ids.push(s.id);
    }
    const records = await pooledClassRecords(cls.id);
    expect(records.length).toBeGreaterThan(0);
    for (const [i, id] of ids.entries()) {
      const own = records.filter((r) => r.cardId.startsWith(`${id}:`));
      expect(own.length).toBeGreaterThan(0);
      for (const r of own) expect(r.day).toEqual(zones[i]);
    }
  });
});
