// The optimiser run as a job (lib/jobs): the web process records a queued run and its job
// (start.ts); the job worker takes the job, reads the history as it is then, fits in a worker
// thread of its own process (so its event loop keeps the lease fresh and writes the progress), and
// records the result. A worker that dies leaves the job's lease to run out, and the job, taken
// again, starts the run over; a fit that throws is tried again up to the job's attempts, and the
// run is marked failed only after the last one.
import { z } from "zod";
import { completeRun, failRun, restartRun, runToDo, setRunProgress } from "@/lib/db/fsrs-params";
import type { JobRow } from "@/lib/db/jobs";
import { fitInput } from "./fit-input";
import { runOptimiseInWorker } from "./run-worker";

const payloadSchema = z.object({ runId: z.string().min(1) });

export async function runOptimiserJob(payload: unknown, job: Pick<JobRow, "attempts" | "maxAttempts">): Promise<void> {
  const { runId } = payloadSchema.parse(payload);
  const run = await runToDo(runId);
  if (!run?.open) return; // finished by an earlier attempt, or deleted with its owner
  await restartRun(runId);
  try {
    const { records, current, day } = await fitInput(run.owner);
    // The fit is of the history as of the request (its held-back split and study days), as when it ran at once.
    const result = await runOptimiseInWorker(
      { records, current, day, now: run.requestedAt.toISOString() },
      // Progress writes are fire-and-forget: a lost one only makes the bar lag.
      (f) => void setRunProgress(runId, f).catch(() => {}),
    );
    await completeRun(runId, result, new Date());
  } catch (e) {
    if (job.attempts >= job.maxAttempts)
      await failRun(runId, e instanceof Error ? e.message : String(e), new Date()).catch(() => {});
    throw e;
  }
}
