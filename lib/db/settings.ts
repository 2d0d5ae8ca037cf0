// A user's study settings as lib/srs wants them.
import type { StudySettings } from "@/lib/srs";
import { NotFound } from "@/lib/errors";
import { db } from "./client";
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

type SettingsRow = { desiredRetention: number; maxIntervalDays: number; timeZone: string; dayStartHour: number; newPerDay: number; maxReviewsPerDay: number; fsrsParams: string | null };

export function toStudySettings(row: SettingsRow): StudySettings {
  return { ...row, fsrsParams: row.fsrsParams ? parseJsonColumn(row.fsrsParams, weightsSchema, "User.fsrsParams") : null };
}

export async function getStudySettings(userId: string): Promise<StudySettings> {
  const prisma = await db();
  const row = await prisma.user.findUnique({ where: { id: userId }, select: SETTINGS_COLUMNS });
  if (!row) throw NotFound("Your account");
  return toStudySettings(row);
}

export async function updateStudySettings(userId: string, settings: Omit<StudySettings, "fsrsParams" | "maxIntervalDays"> & { maxIntervalDays?: number }): Promise<StudySettings> {
  const prisma = await db();
  // Only the user's preferences change: card states and review logs are untouched, so a new
  // retention applies from the next review on and no history is lost.
  const row = await prisma.user.update({ where: { id: userId }, data: settings, select: SETTINGS_COLUMNS });
  return toStudySettings(row);
}
