// The job worker: claims jobs from lib/db/jobs and runs their handlers, one at a time, keeping
// the lease fresh while a job runs. It runs in its own process (lib/jobs/worker-main.ts, started
// by instrumentation.ts), so a long generation never holds up the web process's requests.
import { claimJob, completeJob, extendLease, failJob, type JobRow } from "@/lib/db/jobs";

/** A handler gets the job's payload and the claim (which attempt this is, of how many). */
export type JobHandlers = Record<string, (payload: unknown, job: JobRow) => Promise<void>>;

export const LEASE_MS = 60_000;

/** Runs one due job if there is one; true when it did. */
export async function runOneJob(worker: string, handlers: JobHandlers, now = () => new Date()): Promise<boolean> {
  const job = await claimJob(worker, Object.keys(handlers), now(), LEASE_MS);
  if (!job) return false;
  const keepLease = setInterval(
    () => void extendLease(job.id, worker, now(), LEASE_MS).catch(() => undefined),
    LEASE_MS / 3,
  );
  try {
    await handlers[job.kind]!(job.payload, job);
    await completeJob(job.id, worker);
  } catch (e) {
    await failJob(job.id, worker, e instanceof Error ? e.message : String(e), now());
  } finally {
    clearInterval(keepLease);
  }
  return true;
}

/** Polls for jobs until `signal` aborts. */
export async function runWorker(
  worker: string,
  handlers: JobHandlers,
  signal: AbortSignal,
  idleMs = 250,
): Promise<void> {
  while (!signal.aborted) {
    let ran = false;
    try {
      ran = await runOneJob(worker, handlers);
    } catch (e) {
      console.error("job worker:", e);
    }
    if (!ran) await new Promise((r) => setTimeout(r, idleMs));
  }
}
