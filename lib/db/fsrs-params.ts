// Fitted FSRS weights and optimiser runs. FsrsParameters keeps every adopted fit (a user's or a
// class's); the weights in force for a user are copied to User.fsrsParams, the column the review and
// queue hot paths already read, so scheduling needs no extra query. Precedence: the user's own active
// fit, else the fit of a class they are in, else the FSRS-6 defaults (null).
import type { OptimiseResult } from "@/lib/srs/optimiser";
import { NotFound } from "@/lib/errors";
import { db, type Tx } from "./client";
import { jobByPayload } from "./jobs";
import { optimiseResultSchema, parseJsonColumn, weightsSchema } from "./json-columns";

export type ParameterSource = "own" | "class" | "default";
export type ParameterSetView = {
  id: string;
  weights: number[];
  source: string;
  reviewCount: number;
  logLoss: number | null;
  rmse: number | null;
  baselineLogLoss: number | null;
  baselineRmse: number | null;
  active: boolean;
  createdAt: string;
};
export type RunStatus = "queued" | "running" | "adopted" | "kept" | "failed";
export type RunView = {
  id: string;
  status: RunStatus;
  progress: number;
  reviewCount: number;
  result: OptimiseResult | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};
type Owner = { userId: string } | { classId: string };

/** The job kind that fits a run (lib/optimiser/job.ts); its payload is { runId }. */
export const OPTIMISE_JOB = "fsrs-optimise";
export const optimiseJobPayload = (runId: string) => ({ runId });

const weightsOf = (row: { weights: string }) => parseJsonColumn(row.weights, weightsSchema, "FsrsParameters.weights");

type ParamRow = {
  id: string;
  weights: string;
  source: string;
  reviewCount: number;
  logLoss: number | null;
  rmse: number | null;
  baselineLogLoss: number | null;
  baselineRmse: number | null;
  active: boolean;
  createdAt: Date;
};
function toSetView(r: ParamRow): ParameterSetView {
  return { ...r, weights: weightsOf(r), createdAt: r.createdAt.toISOString() };
}
type RunRow = {
  id: string;
  status: string;
  progress: number;
  reviewCount: number;
  result: string | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};
function toRunView(r: RunRow): RunView {
  return {
    id: r.id,
    status: r.status as RunStatus,
    progress: r.progress,
    reviewCount: r.reviewCount,
    result: r.result ? parseJsonColumn(r.result, optimiseResultSchema, "FsrsOptimisation.result") : null,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
  };
}

/** The weights in force for a user by the precedence rule, and where they come from. */
async function resolveWeights(
  tx: Tx,
  userId: string,
): Promise<{ source: ParameterSource; weights: number[] | null; parametersId: string | null }> {
  const own = await tx.fsrsParameters.findFirst({ where: { userId, active: true }, orderBy: { createdAt: "desc" } });
  if (own) return { source: "own", weights: weightsOf(own), parametersId: own.id };
  const classIds = (await tx.enrollment.findMany({ where: { userId }, select: { classId: true } })).map(
    (e) => e.classId,
  );
  if (classIds.length > 0) {
    const pooled = await tx.fsrsParameters.findFirst({
      where: { classId: { in: classIds }, active: true },
      orderBy: { createdAt: "desc" },
    });
    if (pooled) return { source: "class", weights: weightsOf(pooled), parametersId: pooled.id };
  }
  return { source: "default", weights: null, parametersId: null };
}

/** Copies the weights in force to User.fsrsParams (what the scheduler reads). */
export async function applyWeightsInForce(tx: Tx, userId: string): Promise<void> {
  const { weights } = await resolveWeights(tx, userId);
  await tx.user.update({ where: { id: userId }, data: { fsrsParams: weights ? JSON.stringify(weights) : null } });
}

/** A student who just joined a class starts on its fitted weights, unless they have their own. */
export async function onStudentJoined(userId: string): Promise<void> {
  const prisma = await db();
  await prisma.$transaction((tx) => applyWeightsInForce(tx, userId));
}

export async function weightsInForce(userId: string) {
  const prisma = await db();
  return prisma.$transaction((tx) => resolveWeights(tx, userId));
}

export async function parameterHistory(owner: Owner): Promise<ParameterSetView[]> {
  const prisma = await db();
  const rows = await prisma.fsrsParameters.findMany({ where: owner, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map(toSetView);
}

export async function latestRun(owner: Owner): Promise<RunView | null> {
  const prisma = await db();
  const row = await prisma.fsrsOptimisation.findFirst({ where: owner, orderBy: { createdAt: "desc" } });
  return row ? toRunView(row) : null;
}

/**
 * The run in progress for this owner, if any. A run is lost when its job is over (done or failed
 * for good, e.g. its worker died on the last attempt) or gone while the run still says queued or
 * running: it is marked failed and not returned.
 */
export async function runInProgress(owner: Owner, now: Date): Promise<RunView | null> {
  const prisma = await db();
  const row = await prisma.fsrsOptimisation.findFirst({
    where: { ...owner, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
  if (!row) return null;
  const job = await jobByPayload(OPTIMISE_JOB, optimiseJobPayload(row.id));
  if (!job || job.status === "done" || job.status === "failed") {
    await prisma.fsrsOptimisation.updateMany({
      where: { id: row.id, status: { in: ["queued", "running"] } },
      data: { status: "failed", error: job?.error ?? "The run stopped without finishing.", finishedAt: now },
    });
    return null;
  }
  return toRunView(row);
}

/** Who a run fits (a user or a class), when it was asked for, and whether it is still to do. */
export async function runToDo(runId: string): Promise<{ owner: Owner; requestedAt: Date; open: boolean } | null> {
  const prisma = await db();
  const row = await prisma.fsrsOptimisation.findUnique({ where: { id: runId } });
  if (!row) return null;
  const owner: Owner = row.classId ? { classId: row.classId } : { userId: row.userId ?? "" };
  return { owner, requestedAt: row.createdAt, open: row.status === "queued" || row.status === "running" };
}

/** A new attempt of a run (its job was taken again after a crash or a failure): progress from 0. */
export async function restartRun(runId: string): Promise<void> {
  const prisma = await db();
  await prisma.fsrsOptimisation.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "running", progress: 0 },
  });
}

export async function createRun(owner: Owner, requestedBy: string, reviewCount: number, now: Date): Promise<RunView> {
  const prisma = await db();
  const row = await prisma.fsrsOptimisation.create({
    data: { ...owner, requestedBy, reviewCount, status: "queued", createdAt: now },
  });
  return toRunView(row);
}

export async function setRunProgress(runId: string, progress: number): Promise<void> {
  const prisma = await db();
  await prisma.fsrsOptimisation.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "running", progress: Math.max(0, Math.min(0.99, progress)) },
  });
}

export async function failRun(runId: string, message: string, now: Date): Promise<void> {
  const prisma = await db();
  await prisma.fsrsOptimisation.update({
    where: { id: runId },
    data: { status: "failed", error: message.slice(0, 500), finishedAt: now },
  });
}

/**
 * Records a finished run. Adopted weights become the owner's active set (the previous one stays,
 * inactive, to go back to) and every affected user's weights in force are refreshed, in one
 * transaction; weights that lost are kept in the run's result only.
 */
export async function completeRun(runId: string, result: OptimiseResult, now: Date): Promise<RunView> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const run = await tx.fsrsOptimisation.findUnique({ where: { id: runId } });
    if (!run) throw NotFound("That optimiser run");
    const owner: Owner = run.classId ? { classId: run.classId } : { userId: run.userId ?? "" };
    let parametersId: string | null = null;
    if (result.decision.adopt) {
      await tx.fsrsParameters.updateMany({ where: { ...owner, active: true }, data: { active: false } });
      const created = await tx.fsrsParameters.create({
        data: {
          ...owner,
          weights: JSON.stringify(result.weights),
          source: run.classId ? "class" : "fitted",
          reviewCount: result.reviews,
          logLoss: result.heldOut.fitted.logLoss,
          rmse: result.heldOut.fitted.rmse,
          baselineLogLoss: result.heldOut.current.logLoss,
          baselineRmse: result.heldOut.current.rmse,
          active: true,
          createdAt: now,
        },
      });
      parametersId = created.id;
      const users = run.classId
        ? (await tx.enrollment.findMany({ where: { classId: run.classId }, select: { userId: true } })).map(
            (e) => e.userId,
          )
        : [run.userId ?? ""];
      for (const userId of users) await applyWeightsInForce(tx, userId);
    }
    const row = await tx.fsrsOptimisation.update({
      where: { id: runId },
      data: {
        status: result.decision.adopt ? "adopted" : "kept",
        progress: 1,
        result: JSON.stringify(result),
        finishedAt: now,
        parametersId,
      },
    });
    return toRunView(row);
  });
}

/** Go back: make one of the user's earlier fits active again, or (null) drop to class or default weights. */
export async function useParameters(userId: string, parametersId: string | null): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    if (parametersId !== null) {
      const found = await tx.fsrsParameters.findFirst({ where: { id: parametersId, userId } });
      if (!found) throw NotFound("Those parameters");
    }
    await tx.fsrsParameters.updateMany({ where: { userId, active: true }, data: { active: false } });
    if (parametersId !== null) await tx.fsrsParameters.update({ where: { id: parametersId }, data: { active: true } });
    await applyWeightsInForce(tx, userId);
  });
}

export async function autoOptimiseEnabled(userId: string): Promise<boolean> {
  const prisma = await db();
  const row = await prisma.fsrsPreference.findUnique({ where: { userId } });
  return row?.autoOptimise ?? false;
}

export async function setAutoOptimise(userId: string, on: boolean): Promise<void> {
  const prisma = await db();
  await prisma.fsrsPreference.upsert({
    where: { userId },
    create: { userId, autoOptimise: on },
    update: { autoOptimise: on },
  });
}

/** When the owner's last run started (for "fit again after N new reviews"). */
export async function lastRunStartedAt(owner: Owner): Promise<Date | null> {
  const prisma = await db();
  const row = await prisma.fsrsOptimisation.findFirst({
    where: { ...owner, status: { in: ["adopted", "kept"] } },
    orderBy: { createdAt: "desc" },
  });
  return row?.createdAt ?? null;
}
