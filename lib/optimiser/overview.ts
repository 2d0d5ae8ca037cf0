// What GET /api/v1/me/fsrs and the settings page show: the weights in force and where they come
// from, how many reviews there are against how many are needed, earlier fits, and the latest run.
import { autoOptimiseEnabled, latestRun, parameterHistory, runInProgress, weightsInForce } from "@/lib/db/fsrs-params";
import { reviewRecords } from "@/lib/db/review-history";
import { getStudySettings } from "@/lib/db/settings";
import { trainingItems } from "@/lib/srs/history";
import { AUTO_EVERY, HOLDOUT_SHARE, optimiserReadiness } from "@/lib/srs/optimiser";
import type { FsrsOverview } from "./wire";

export async function fsrsOverview(userId: string, now = new Date()): Promise<FsrsOverview> {
  const settings = await getStudySettings(userId);
  const records = await reviewRecords(userId);
  // Marks a lost run failed before reading the latest one.
  await runInProgress({ userId }, now);
  const [inForce, history, run, auto] = await Promise.all([
    weightsInForce(userId),
    parameterHistory({ userId }),
    latestRun({ userId }),
    autoOptimiseEnabled(userId),
  ]);
  return {
    inUse: inForce,
    desiredRetention: settings.desiredRetention,
    readiness: optimiserReadiness(trainingItems(records, settings)),
    holdoutShare: HOLDOUT_SHARE,
    autoOptimise: auto,
    autoEvery: AUTO_EVERY,
    history,
    latestRun: run,
  };
}
