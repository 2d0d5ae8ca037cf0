"use server";
import { requireUser } from "@/lib/auth/session";
import { formAction, type FormState } from "@/lib/http/form-action";
import { updateStudySettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/validation/study";
import { setAutoOptimise } from "@/lib/db/fsrs-params";
import { autoOptimiseSchema } from "@/lib/validation/fsrs";

export type SettingsState = FormState;

const settingsForm = formAction({
  schema: settingsSchema,
  guard: () => requireUser("/settings"),
  handler: async (input, user) => {
    await updateStudySettings(user.id, input);
    return { ok: true, message: "Saved. New settings apply from your next review; your history is kept." };
  },
});

export async function saveSettings(prev: SettingsState, form: FormData): Promise<SettingsState> {
  return settingsForm(prev, form);
}

export async function saveAutoOptimise(on: boolean): Promise<void> {
  const user = await requireUser("/settings");
  await setAutoOptimise(user.id, autoOptimiseSchema.parse({ autoOptimise: on ? "on" : "off" }).autoOptimise === "on");
}
