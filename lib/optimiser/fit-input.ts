// What a fit is made from: the owner's review history, the weights it is compared with, and the
// study-day rule its reviews are counted in. Read when a run is asked for (to refuse too few
// reviews at once) and again by the job that fits it.
import { pooledClassRecords, reviewRecords } from "@/lib/db/review-history";
import { getStudySettings } from "@/lib/db/settings";
import type { DayOptions, ReviewRecord } from "@/lib/srs/history";

export type FitInput = { records: ReviewRecord[]; current: number[] | null; day: DayOptions };
export type FitOwner = { userId: string } | { classId: string };

export async function fitInput(owner: FitOwner): Promise<FitInput> {
  if ("userId" in owner) {
    const settings = await getStudySettings(owner.userId);
    const records = await reviewRecords(owner.userId);
    return { records, current: settings.fsrsParams, day: settings };
  }
  const records = await pooledClassRecords(owner.classId);
  // Each pooled review carries its student's own study-day rule; this one is only the fallback.
  return { records, current: null, day: { timeZone: "UTC", dayStartHour: 4 } };
}
