"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createQuiz, getQuiz, queueMissedFacts, submitQuiz } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { submitQuizSchema } from "@/lib/quiz/score";

export async function submitAnswers(quizId: string, answers: unknown): Promise<{ message?: string }> {
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

export async function reviewMissed(quizId: string): Promise<void> {
  const user = await requireUser(`/quizzes/${quizId}`);
  const quiz = await getQuiz(user.id, quizId);
  await queueMissedFacts(user.id, quizId, new Date());
  redirect(`/study/${quiz.deck.slug}`);
}

export async function retake(quizId: string, sameQuestions: boolean): Promise<void> {
  const user = await requireUser(`/quizzes/${quizId}`);
  const quiz = await getQuiz(user.id, quizId);
  const next = await createQuiz(user.id, { ...quiz.config, deck: quiz.deck.slug, seed: sameQuestions ? quiz.seed : undefined });
  redirect(`/quizzes/${next.id}`);
}
