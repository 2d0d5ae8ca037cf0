"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { createQuiz } from "@/lib/db/quizzes";
import { firstFieldError, formAction } from "@/lib/http/form-action";
import { createQuizSchema } from "@/lib/validation/quiz";
import { boundId } from "@/lib/validation/text";

export type NewQuizState = { message?: string };

export async function startQuiz(deck: string, prev: NewQuizState, form: FormData): Promise<NewQuizState> {
  return formAction({
    schema: createQuizSchema,
    guard: async () => {
      // The deck is bound in the browser, so it is checked like the form's own fields.
      const slug = boundId("deck").parse(deck);
      return requireUser(`/decks/${slug}/quiz`);
    },
    read: (f) => ({
      deck,
      count: f.get("count"),
      kinds: f.getAll("kinds").map(String),
      tags: f.getAll("tags").map(String).filter(Boolean),
      countAsReviews: f.get("countAsReviews") === "on",
      seed: f.get("seed") || undefined,
    }),
    invalidMessage: firstFieldError("Check the quiz options."),
    handler: async (input, user) => {
      const { id } = await createQuiz(user.id, input);
      redirect(`/quizzes/${id}`);
    },
  })(prev, form);
}
