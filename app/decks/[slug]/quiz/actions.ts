"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createQuiz } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { createQuizSchema } from "@/lib/validation/quiz";
import { idString } from "@/lib/validation/text";

export type NewQuizState = { message?: string };

export async function startQuiz(deck: string, _prev: NewQuizState, form: FormData): Promise<NewQuizState> {
  if (!idString().safeParse(deck).success) return { message: "That deck was not found." };
  const user = await requireUser(`/decks/${deck}/quiz`);
  const parsed = createQuizSchema.safeParse({
    deck,
    count: form.get("count"),
    kinds: form.getAll("kinds").map(String),
    tags: form.getAll("tags").map(String).filter(Boolean),
    countAsReviews: form.get("countAsReviews") === "on",
    seed: form.get("seed") || undefined,
  });
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return { message: Object.values(flat.fieldErrors).flat()[0] ?? flat.formErrors[0] ?? "Check the quiz options." };
  }
  let id: string;
  try {
    id = (await createQuiz(user.id, parsed.data)).id;
  } catch (e) {
    if (e instanceof AppError) return { message: e.message };
    throw e;
  }
  redirect(`/quizzes/${id}`);
}
