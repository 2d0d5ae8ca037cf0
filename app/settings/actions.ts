"use server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { updateStudySettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/validation/study";
import { setAutoOptimise } from "@/lib/db/fsrs-params";
import { autoOptimiseSchema } from "@/lib/validation/fsrs";

export type SettingsState = { ok: boolean; message?: string; fields?: Record<string, string[]> };

export async function saveSettings(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const user = await requireUser("/settings");
  const parsed = settingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return { ok: false, message: "Nothing was saved: please fix the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors };
  }
  await updateStudySettings(user.id, parsed.data);
  return { ok: true, message: "Saved. New settings apply from your next review; your history is kept." };
}

export async function saveAutoOptimise(on: boolean): Promise<void> {
  const user = await requireUser("/settings");
  await setAutoOptimise(user.id, autoOptimiseSchema.parse({ autoOptimise: on ? "on" : "off" }).autoOptimise === "on");
}
