"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { revalidatePath } from "next/cache";
import {
  checkedAnswers,
  checkQuizItem,
  createQuiz,
  getQuiz,
  overrideQuizItem,
  queueMissedFacts,
  submitQuiz,
} from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { refusable, type ActionResult } from "@/lib/http/action";
import type { ItemFeedback } from "@/lib/quiz/feedback";
import { submittedAnswerSchema, submitQuizSchema } from "@/lib/quiz/score";
import { overrideQuizItemSchema } from "@/lib/validation/quiz";
import { idString } from "@/lib/validation/text";

export async function submitAnswers(quizId: string, answers: unknown): Promise<{ message?: string }> {
  if (!idString().safeParse(quizId).success) return { message: "That quiz was not found." };
  const user = await requireUser(`/quizzes/${quizId}`);
  const parsed = submitQuizSchema.safeParse({ answers });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Those answers could not be read." };
  try {
    // Answers already checked one at a time come first: the first answer to an item is the one scored.
    const answersToScore = [...(await checkedAnswers(user.id, quizId)), ...parsed.data.answers];
    await submitQuiz(user.id, quizId, answersToScore, new Date());
  } catch (e) {
    if (e instanceof AppError) return { message: e.message };
    throw e;
  }
  redirect(`/quizzes/${quizId}`);
}

export async function reviewMissed(quizId: string, _prev: ActionResult, _form: FormData): Promise<ActionResult> {
  let target = "";
  const result = await refusable(async () => {
    const id = idString("quiz").parse(quizId);
    const user = await requireUser(`/quizzes/${id}`);
    const quiz = await getQuiz(user.id, id);
    await queueMissedFacts(user.id, id, new Date());
    target = `/study/${quiz.deck.slug}`;
    return { ok: true };
  });
  if (result.ok) redirect(target);
  return result;
}

export async function retake(
  quizId: string,
  sameQuestions: boolean,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  let target = "";
  const result = await refusable(async () => {
    const id = idString("quiz").parse(quizId);
    const user = await requireUser(`/quizzes/${id}`);
    const quiz = await getQuiz(user.id, id);
    const next = await createQuiz(user.id, {
      ...quiz.config,
      deck: quiz.deck.slug,
      seed: sameQuestions === true ? quiz.seed : undefined,
    });
    target = `/quizzes/${next.id}`;
    return { ok: true };
  });
  if (result.ok) redirect(target);
  return result;
}

/** One-at-a-time mode: the feedback for one answer, which is then fixed for this quiz. */
export async function checkAnswer(
  quizId: string,
  answer: unknown,
): Promise<{ feedback?: ItemFeedback; message?: string }> {
  const user = await requireUser(`/quizzes/${quizId}`);
  const parsed = submittedAnswerSchema.safeParse(answer);
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "That answer could not be read." };
  try {
    return { feedback: await checkQuizItem(user.id, quizId, parsed.data.itemId, parsed.data.answer, new Date()) };
  } catch (e) {
    if (e instanceof AppError) return { message: e.message };
    throw e;
  }
}

/** "I was right" on a typed answer marked wrong: recorded, re-scored, the review corrected. */
export async function claimRight(quizId: string, itemId: string): Promise<{ message: string; ok: boolean }> {
  const user = await requireUser(`/quizzes/${quizId}`);
  const parsed = overrideQuizItemSchema.safeParse({ itemId });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "That question could not be read." };
  try {
    const answer = await overrideQuizItem(user.id, quizId, parsed.data.itemId, new Date());
    revalidatePath(`/quizzes/${quizId}`);
    const review = answer.reviewCorrected ? " Its review now counts as Good." : "";
    return { ok: true, message: answer.note ? `Marked right. ${answer.note}` : `Marked right.${review}` };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message };
    throw e;
  }
}
