// Input shapes for quizzes and exam dates, shared by the forms and the JSON API.
import { z } from "zod";
import { QUIZ_ITEM_KINDS } from "@/lib/content/quiz-templates";

export const createQuizSchema = z.strictObject({
  deck: z.string({ error: "deck (id or slug) is required" }).trim().min(1, "deck (id or slug) is required").max(120),
  count: z.coerce.number({ error: "count must be a number" }).int("count must be a whole number").min(1, "a quiz has at least 1 item").max(50, "a quiz has at most 50 items").default(10),
  seed: z.coerce.number().int("seed must be a whole number").min(1).max(2 ** 31 - 1).optional(),
  kinds: z.array(z.enum(QUIZ_ITEM_KINDS, { error: `kinds may be: ${QUIZ_ITEM_KINDS.join(", ")}` })).min(1, "choose at least one kind of question").optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  practiceOnly: z.boolean().optional(),
});

export const examDateSchema = z.object({
  examDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the exam date.")
    .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), "That is not a real date."),
});

/** POST /api/v1/quizzes/:id/override and the results page's "I was right". */
export const overrideQuizItemSchema = z.strictObject({
  itemId: z.string({ error: "itemId must be text" }).trim().min(1, "itemId must not be empty").max(600, "itemId is too long"),
});
