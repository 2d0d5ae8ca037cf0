"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { setExamDate } from "@/lib/db/exam";
import { unsuspendCard } from "@/lib/db/leeches";
import { getStudySettings } from "@/lib/db/settings";
import { studyDayStartOfKey } from "@/lib/srs";
import { refusable, type ActionResult } from "@/lib/http/action";
import { firstFieldError, formAction } from "@/lib/http/form-action";
import { examDateFormSchema } from "@/lib/validation/quiz";
import { boundId, idString } from "@/lib/validation/text";

export type ExamFormState = { ok: boolean; message?: string };

export async function saveExamDate(deck: string, prev: ExamFormState, form: FormData): Promise<ExamFormState> {
  const state = await formAction({
    schema: examDateFormSchema,
    guard: async () => {
      const slug = boundId("deck").parse(deck);
      return { slug, user: await requireUser(`/decks/${slug}`) };
    },
    read: (f) => ({ intent: f.get("clear") ? "clear" : "save", examDate: f.get("examDate") }),
    invalidMessage: firstFieldError("Choose the exam date."),
    handler: async (input, { slug, user }) => {
      if (input.intent === "clear") {
        await setExamDate(user.id, slug, null);
        revalidatePath(`/decks/${slug}`);
        return { ok: true, message: "Exam date removed." };
      }
      const settings = await getStudySettings(user.id);
      // The exam is taken to start with that study day in the student's own time zone.
      const examAt = studyDayStartOfKey(input.examDate, settings.timeZone, settings.dayStartHour);
      if (examAt.getTime() < Date.now() - 24 * 3600_000)
        return { ok: false, message: "That date has passed; choose a coming date." };
      await setExamDate(user.id, slug, examAt);
      revalidatePath(`/decks/${slug}`);
      return { ok: true, message: "Exam date saved." };
    },
  })(prev, form);
  return { ok: state.ok ?? false, message: state.message };
}

export async function unsuspendLeech(
  deck: string,
  cardId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  return refusable(async () => {
    const [slug, card] = [idString("deck").parse(deck), idString("card").parse(cardId)];
    const user = await requireUser(`/decks/${slug}`);
    await unsuspendCard(user.id, card, new Date());
    revalidatePath(`/decks/${slug}`);
    return { ok: true, message: "Back in your reviews." };
  });
}
