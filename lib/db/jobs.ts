// The job table: long work queued by the web process and done by a job worker (lib/jobs), on
// either engine. A claim is a compare-and-set on (status, attempts), so two workers, on one
// machine or on several app instances sharing PostgreSQL, never take the same job; a claim holds
// a lease, and a job whose lease ran out (its worker crashed or was killed) is claimed again,
// up to maxAttempts.
import { db } from "./client";

export type JobRow = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

export async function enqueueJob(
  kind: string,
  payload: unknown,
  opts: { maxAttempts?: number; now?: Date } = {},
): Promise<string> {
  const prisma = await db();
  const row = await prisma.job.create({
    data: {
      kind,
      payload: JSON.stringify(payload),
      maxAttempts: opts.maxAttempts ?? 3,
      runAfter: opts.now ?? new Date(),
    },
  });
  return row.id;
}

/** Takes the oldest job of these kinds that is due, or whose lease ran out; null when there is none. */
export async function claimJob(worker: string, kinds: string[], now: Date, leaseMs: number): Promise<JobRow | null> {
  const prisma = await db();
  for (let tries = 0; tries < 5; tries++) {
    const candidate = await prisma.job.findFirst({
      where: {
        kind: { in: kinds },
        OR: [
          { status: "queued", runAfter: { lte: now } },
          { status: "running", leaseUntil: { lt: now } },
        ],
      },
      orderBy: { createdAt: "asc" },
    });
    if (!candidate) return null;
    if (candidate.attempts >= candidate.maxAttempts) {
      await prisma.job.updateMany({
        where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
        data: {
          status: "failed",
          error: candidate.error ?? "The worker stopped while doing this job, too many times.",
          leaseUntil: null,
        },
      });
      continue;
    }
    const claimed = await prisma.job.updateMany({
      where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
      data: {
        status: "running",
        attempts: candidate.attempts + 1,
        leaseUntil: new Date(now.getTime() + leaseMs),
        worker,
      },
    });
    if (claimed.count === 1) {
      return {
        id: candidate.id,
        kind: candidate.kind,
        payload: JSON.parse(candidate.payload),
        attempts: candidate.attempts + 1,
        maxAttempts: candidate.maxAttempts,
      };
    }
    // Another worker took it first: look again.
  }
  return null;
}

export async function extendLease(id: string, worker: string, now: Date, leaseMs: number): Promise<void> {
  const prisma = await db();
  await prisma.job.updateMany({
    where: { id, worker, status: "running" },
    data: { leaseUntil: new Date(now.getTime() + leaseMs) },
  });
}

export async function completeJob(id: string, worker: string): Promise<void> {
  const prisma = await db();
  await prisma.job.updateMany({ where: { id, worker, status: "running" }, data: { status: "done", leaseUntil: null } });
}

/** A failed attempt: queued again after a growing pause while attempts remain, else failed. */
export async function failJob(id: string, worker: string, error: string, now: Date): Promise<void> {
  const prisma = await db();
  const row = await prisma.job.findUnique({ where: { id } });
  if (!row || row.worker !== worker || row.status !== "running") return;
  const retry = row.attempts < row.maxAttempts;
  await prisma.job.updateMany({
    where: { id, worker, status: "running", attempts: row.attempts },
    data: retry
      ? {
          status: "queued",
          runAfter: new Date(now.getTime() + 1000 * 2 ** row.attempts),
          leaseUntil: null,
          error: error.slice(0, 2000),
        }
      : { status: "failed", leaseUntil: null, error: error.slice(0, 2000) },
  });
}

export async function getJob(id: string) {
  const prisma = await db();
  return prisma.job.findUnique({ where: { id } });
}

/** The job made with exactly this payload (jobs that point at a row of their own, e.g. { runId }). */
export async function jobByPayload(kind: string, payload: unknown) {
  const prisma = await db();
  return prisma.job.findFirst({ where: { kind, payload: JSON.stringify(payload) }, orderBy: { createdAt: "desc" } });
}
