"use server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { updateStudySettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/validation/study";

export type SettingsState = {
  ok: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  /** What the fields show after this answer: what was typed on an error, what was saved on success. */
  values?: Record<string, string>;
  /** Counts answers, so the form remounts with each answer's values. */
  submission?: number;
};

const FIELDS = ["desiredRetention", "newPerDay", "maxReviewsPerDay", "dayStartHour", "timeZone"] as const;

export async function saveSettings(prev: SettingsState, form: FormData): Promise<SettingsState> {
  const user = await requireUser("/settings");
  const submission = (prev.submission ?? 0) + 1;
  const parsed = settingsSchema.safeParse(Object.fromEntries(form));
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? "").slice(0, 200)]));
  if (!parsed.success) {
    return {
      ok: false,
      message: "Nothing was saved: please fix the highlighted fields.",
      fields: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values,
      submission,
    };
  }
  const saved = await updateStudySettings(user.id, parsed.data);
  return {
    ok: true,
    message: "Saved. New settings apply from your next review; your history is kept.",
    values: Object.fromEntries(FIELDS.map((k) => [k, String(saved[k])])),
    submission,
  };
}
