"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { setExamDate } from "@/lib/db/exam";
import { unsuspendCard } from "@/lib/db/leeches";
import { getStudySettings } from "@/lib/db/settings";
import { studyDayStartOfKey } from "@/lib/srs";
import { AppError } from "@/lib/errors";
import { refusable, type ActionResult } from "@/lib/http/action";
import { examDateSchema } from "@/lib/validation/quiz";
import { idString } from "@/lib/validation/text";

export type ExamFormState = { ok: boolean; message?: string };

export async function saveExamDate(deck: string, prev: ExamFormState, form: FormData): Promise<ExamFormState> {
  try {
    return await saveExamDateChecked(idString("deck").parse(deck), prev, form);
  } catch (e) {
    if (e instanceof AppError || e instanceof z.ZodError)
      return { ok: false, message: e instanceof AppError ? e.message : "That deck was not found." };
    throw e;
  }
}

async function saveExamDateChecked(deck: string, _prev: ExamFormState, form: FormData): Promise<ExamFormState> {
  const user = await requireUser(`/decks/${deck}`);
  if (form.get("clear")) {
    await setExamDate(user.id, deck, null);
    revalidatePath(`/decks/${deck}`);
    return { ok: true, message: "Exam date removed." };
  }
  const parsed = examDateSchema.safeParse({ examDate: form.get("examDate") });
  if (!parsed.success)
    return { ok: false, message: z.flattenError(parsed.error).fieldErrors.examDate?.[0] ?? "Choose the exam date." };
  const settings = await getStudySettings(user.id);
  // The exam is taken to start with that study day in the student's own time zone.
  const examAt = studyDayStartOfKey(parsed.data.examDate, settings.timeZone, settings.dayStartHour);
  if (examAt.getTime() < Date.now() - 24 * 3600_000)
    return { ok: false, message: "That date has passed; choose a coming date." };
  await setExamDate(user.id, deck, examAt);
  revalidatePath(`/decks/${deck}`);
  return { ok: true, message: "Exam date saved." };
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
