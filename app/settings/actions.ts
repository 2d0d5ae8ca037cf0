"use server";
import { requireUser } from "@/lib/auth/session";
import { formAction, type FormState } from "@/lib/http/form-action";
import { updateStudySettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/validation/study";
import { setAutoOptimise } from "@/lib/db/fsrs-params";
import { autoOptimiseSchema } from "@/lib/validation/fsrs";

export type SettingsState = FormState & {
  /** Counts answers, so the form remounts with each answer's values. */
  submission?: number;
};

const FIELDS = ["desiredRetention", "newPerDay", "maxReviewsPerDay", "dayStartHour", "timeZone"] as const;
const shownValue = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v).slice(0, 200) : "");
const shownValues = (source: Record<string, unknown>) =>
  Object.fromEntries(FIELDS.map((k) => [k, shownValue(source[k])]));

const settingsForm = formAction({
  schema: settingsSchema,
  guard: () => requireUser("/settings"),
  handler: async (input, user) => {
    const saved = await updateStudySettings(user.id, input);
    return {
      ok: true,
      message: "Saved. New settings apply from your next review; your history is kept.",
      // What the fields show after this answer: what was saved on success, what was typed on an error.
      values: shownValues(saved),
    };
  },
});

export async function saveSettings(prev: SettingsState, form: FormData): Promise<SettingsState> {
  const state = await settingsForm(prev, form);
  return { ...state, values: shownValues(state.values ?? {}), submission: (prev.submission ?? 0) + 1 };
}

export async function saveAutoOptimise(on: boolean): Promise<void> {
  const user = await requireUser("/settings");
  await setAutoOptimise(user.id, autoOptimiseSchema.parse({ autoOptimise: on ? "on" : "off" }).autoOptimise === "on");
}
