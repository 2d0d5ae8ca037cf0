// Input shapes for quizzes and exam dates, shared by the forms and the JSON API.
import { z } from "zod";
import { QUIZ_ITEM_KINDS } from "@/lib/content/quiz-templates";
import { calendarDay } from "./dates";
import { wholeNumber } from "./numbers";
import { cleanString } from "./text";

export const createQuizSchema = z.strictObject({
  deck: cleanString({ error: "deck (id or slug) is required" }).trim().min(1, "deck (id or slug) is required").max(120),
  count: wholeNumber({
    min: 1,
    max: 50,
    message: "count must be a whole number",
    minMessage: "a quiz has at least 1 item",
    maxMessage: "a quiz has at most 50 items",
  }).default(10),
  seed: wholeNumber({
    min: 1,
    max: 2 ** 31 - 1,
    message: "seed must be a whole number from 1 to 2147483647",
  }).optional(),
  kinds: z
    .array(z.enum(QUIZ_ITEM_KINDS, { error: `kinds may be: ${QUIZ_ITEM_KINDS.join(", ")}` }))
    .min(1, "choose at least one kind of question")
    .optional(),
  tags: z.array(cleanString().trim().min(1).max(60)).max(20).optional(),
  practiceOnly: z.boolean().optional(),
  /** Quizzes are practice by default; true makes multiple-choice and type-in answers count as reviews. */
  countAsReviews: z.boolean().optional(),
});

export const examDateSchema = z.object({
  examDate: calendarDay("Choose the exam date."),
});

/** POST /api/v1/quizzes/:id/override and the results page's "I was right". */
export const overrideQuizItemSchema = z.strictObject({
  itemId: z
    .string({ error: "itemId must be text" })
    .trim()
    .min(1, "itemId must not be empty")
    .max(600, "itemId is too long"),
});
