// Starting optimiser runs: checks, a run row with progress, then optimise() in a worker thread.
// startOptimisation is the seam for the job system: it could enqueue the same OptimiseJob instead.
import { Unprocessable } from "@/lib/errors";
import {
  completeRun,
  createRun,
  failRun,
  lastRunStartedAt,
  runInProgress,
  setRunProgress,
  autoOptimiseEnabled,
  type RunView,
} from "@/lib/db/fsrs-params";
import { pooledClassRecords, reviewRecords, schedulingReviewsSince } from "@/lib/db/review-history";
import { getStudySettings } from "@/lib/db/settings";
import { getTaughtClass } from "@/lib/db/classes";
import { trainingItems, type DayOptions, type ReviewRecord } from "@/lib/srs/history";
import { AUTO_EVERY, optimiserReadiness } from "@/lib/srs/optimiser";
import { runOptimiseInWorker } from "./run-worker";

export type Started = { run: RunView; started: boolean; done: Promise<void> };

const NOTHING = Promise.resolve();

async function launch(
  owner: { userId: string } | { classId: string },
  requestedBy: string,
  records: ReviewRecord[],
  current: number[] | null,
  day: DayOptions,
  now: Date,
): Promise<Started> {
  const running = await runInProgress(owner, now);
  if (running) return { run: running, started: false, done: NOTHING };
  const ready = optimiserReadiness(trainingItems(records, day));
  if (!ready.enough) {
    throw Unprocessable(
      `Optimising needs at least ${ready.needed} reviews of cards seen again on a later day; there are ${ready.reviews} so far. Nothing was changed.`,
    );
  }
  const run = await createRun(owner, requestedBy, ready.reviews, now);
  // Progress writes are fire-and-forget: a lost one only makes the bar lag.
  const done = runOptimiseInWorker(
    { records, current, day, now: now.toISOString() },
    (f) => void setRunProgress(run.id, f).catch(() => {}),
  )
    .then(async (result) => {
      await completeRun(run.id, result, new Date(now.getTime() + result.millis.total));
    })
    .catch(async (e: unknown) => {
      console.error("optimiser run failed", e);
      await failRun(run.id, e instanceof Error ? e.message : String(e), new Date()).catch(() => {});
    });
  return { run, started: true, done };
}

/** Starts fitting the user's own weights, or reports the run already going; 422 with too few reviews. */
export async function startOptimisation(userId: string, now = new Date()): Promise<Started> {
  const settings = await getStudySettings(userId);
  const records = await reviewRecords(userId);
  return launch({ userId }, userId, records, settings.fsrsParams, settings, now);
}

/** Fits one set of weights on the pooled reviews of a class's students (its instructor only). */
export async function startClassOptimisation(
  instructorId: string,
  classId: string,
  now = new Date(),
): Promise<Started> {
  await getTaughtClass(instructorId, classId);
  const records = await pooledClassRecords(classId);
  // The pooled history has no one time zone; study days in UTC with a 04:00 start are close enough.
  return launch({ classId }, instructorId, records, null, { timeZone: "UTC", dayStartHour: 4 }, now);
}

/** With automatic re-fitting on, starts a run once AUTO_EVERY new reviews have come in since the last. */
export async function maybeAutoOptimise(userId: string, now = new Date()): Promise<Started | null> {
  if (!(await autoOptimiseEnabled(userId))) return null;
  const since = await lastRunStartedAt({ userId });
  if ((await schedulingReviewsSince(userId, since)) < AUTO_EVERY) return null;
  try {
    return await startOptimisation(userId, now);
  } catch {
    return null; // too few reviews: nothing to do yet
  }
}
