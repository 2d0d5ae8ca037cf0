// Starting optimiser runs: checks, then a queued run row and its job. The fit itself is done by
// the job worker (job.ts), never in the web process; the run row carries its progress.
import { Unprocessable } from "@/lib/errors";
import {
  OPTIMISE_JOB,
  autoOptimiseEnabled,
  createRun,
  lastRunStartedAt,
  optimiseJobPayload,
  runInProgress,
  type RunView,
} from "@/lib/db/fsrs-params";
import { enqueueJob } from "@/lib/db/jobs";
import { schedulingReviewsSince } from "@/lib/db/review-history";
import { getTaughtClass } from "@/lib/db/classes";
import { trainingItems } from "@/lib/srs/history";
import { AUTO_EVERY, optimiserReadiness } from "@/lib/srs/optimiser";
import { fitInput, type FitOwner } from "./fit-input";

export type Started = { run: RunView; started: boolean };

async function launch(owner: FitOwner, requestedBy: string, now: Date): Promise<Started> {
  const running = await runInProgress(owner, now);
  if (running) return { run: running, started: false };
  const { records, day } = await fitInput(owner);
  const ready = optimiserReadiness(trainingItems(records, day));
  if (!ready.enough) {
    throw Unprocessable(
      `Optimising needs at least ${ready.needed} reviews of cards seen again on a later day; there are ${ready.reviews} so far. Nothing was changed.`,
    );
  }
  const run = await createRun(owner, requestedBy, ready.reviews, now);
  await enqueueJob(OPTIMISE_JOB, optimiseJobPayload(run.id), { now });
  return { run, started: true };
}

/** Starts fitting the user's own weights, or reports the run already going; 422 with too few reviews. */
export async function startOptimisation(userId: string, now = new Date()): Promise<Started> {
  return launch({ userId }, userId, now);
}

/** Fits one set of weights on the pooled reviews of a class's students (its instructor only). */
export async function startClassOptimisation(
  instructorId: string,
  classId: string,
  now = new Date(),
): Promise<Started> {
  await getTaughtClass(instructorId, classId);
  return launch({ classId }, instructorId, now);
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
