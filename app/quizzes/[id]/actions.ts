"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createQuiz, getQuiz, queueMissedFacts, submitQuiz } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { refusable, type ActionResult } from "@/lib/http/action";
import { submitQuizSchema } from "@/lib/quiz/score";
import { idString } from "@/lib/validation/text";

export async function submitAnswers(quizId: string, answers: unknown): Promise<{ message?: string }> {
  if (!idString().safeParse(quizId).success) return { message: "That quiz was not found." };
  const user = await requireUser(`/quizzes/${quizId}`);
  const parsed = submitQuizSchema.safeParse({ answers });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Those answers could not be read." };
  try {
    await submitQuiz(user.id, quizId, parsed.data.answers, new Date());
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

export async function retake(quizId: string, sameQuestions: boolean, _prev: ActionResult, _form: FormData): Promise<ActionResult> {
  let target = "";
  const result = await refusable(async () => {
    const id = idString("quiz").parse(quizId);
    const user = await requireUser(`/quizzes/${id}`);
    const quiz = await getQuiz(user.id, id);
    const next = await createQuiz(user.id, { ...quiz.config, deck: quiz.deck.slug, seed: sameQuestions === true ? quiz.seed : undefined });
    target = `/quizzes/${next.id}`;
    return { ok: true };
  });
  if (result.ok) redirect(target);
  return result;
}
