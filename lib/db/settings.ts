// A user's study settings as lib/srs wants them.
import type { StudySettings } from "@/lib/srs";
import { NotFound } from "@/lib/errors";
import { db } from "./client";
import { readStudySettings } from "./hot-path";
import { parseJsonColumn, weightsSchema } from "./json-columns";

const SETTINGS_COLUMNS = {
  desiredRetention: true,
  maxIntervalDays: true,
  timeZone: true,
  dayStartHour: true,
  newPerDay: true,
  maxReviewsPerDay: true,
  fsrsParams: true,
} as const;

type SettingsRow = {
  desiredRetention: number;
  maxIntervalDays: number;
  timeZone: string;
  dayStartHour: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  fsrsParams: string | null;
};

export function toStudySettings(row: SettingsRow): StudySettings {
  return {
    ...row,
    fsrsParams: row.fsrsParams ? parseJsonColumn(row.fsrsParams, weightsSchema, "User.fsrsParams") : null,
  };
}

export async function getStudySettings(userId: string): Promise<StudySettings> {
  // The one read of a user's settings (the scheduler's per-user parameters among them), shared with
  // the hot paths: a change to where those parameters come from is made in readStudySettings.
  const settings = await readStudySettings(userId);
  if (!settings) throw NotFound("Your account");
  return settings;
}

export async function updateStudySettings(
  userId: string,
  settings: Omit<StudySettings, "fsrsParams" | "maxIntervalDays"> & { maxIntervalDays?: number },
): Promise<StudySettings> {
  const prisma = await db();
  // Only the user's preferences change: card states and review logs are untouched, so a new
  // retention applies from the next review on and no history is lost.
  const row = await prisma.user.update({ where: { id: userId }, data: settings, select: SETTINGS_COLUMNS });
  return toStudySettings(row);
}
