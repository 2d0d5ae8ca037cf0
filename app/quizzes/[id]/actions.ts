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
import { checkedAction, refusable, type ActionResult } from "@/lib/http/action";
import type { ItemFeedback } from "@/lib/quiz/feedback";
import { checkAnswerActionSchema, claimRightActionSchema, submitAnswersActionSchema } from "@/lib/validation/quiz";
import { idString } from "@/lib/validation/text";

const learner = ({ quizId }: { quizId: string }) => requireUser(`/quizzes/${quizId}`);

const submitChecked = checkedAction({
  schema: submitAnswersActionSchema,
  guard: learner,
  handler: async ({ quizId, answers }, user) => {
    // Answers already checked one at a time come first: the first answer to an item is the one scored.
    const answersToScore = [...(await checkedAnswers(user.id, quizId)), ...answers];
    await submitQuiz(user.id, quizId, answersToScore, new Date());
    redirect(`/quizzes/${quizId}`);
  },
});

const checkOne = checkedAction({
  schema: checkAnswerActionSchema,
  guard: learner,
  handler: async ({ quizId, answer }, user) => ({
    feedback: await checkQuizItem(user.id, quizId, answer.itemId, answer.answer, new Date()),
  }),
});

const claimChecked = checkedAction({
  schema: claimRightActionSchema,
  guard: learner,
  handler: async ({ quizId, itemId }, user) => {
    const answer = await overrideQuizItem(user.id, quizId, itemId, new Date());
    revalidatePath(`/quizzes/${quizId}`);
    const review = answer.reviewCorrected ? " Its review now counts as Good." : "";
    return { ok: true, message: answer.note ? `Marked right. ${answer.note}` : `Marked right.${review}` };
  },
});

export async function submitAnswers(quizId: string, answers: unknown): Promise<{ message?: string }> {
  return submitChecked({ quizId, answers });
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
  return checkOne({ quizId, answer });
}

/** "I was right" on a typed answer marked wrong: recorded, re-scored, the review corrected. */
export async function claimRight(quizId: string, itemId: string): Promise<{ message: string; ok: boolean }> {
  return claimChecked({ quizId, itemId });
}
