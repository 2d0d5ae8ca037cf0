// Input shapes for quizzes, submitted answers and exam dates, shared by the forms, the quiz page's
// actions and the JSON API.
import { z } from "zod";
import { QUIZ_ITEM_KINDS } from "@/lib/content/quiz-templates";
import { calendarDay } from "./dates";
import { wholeNumber } from "./numbers";
import { boundId, cleanString } from "./text";

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

/** The deck page's exam form: its Remove button clears the date, otherwise the date is saved. */
export const examDateFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("clear") }),
  z.object({ intent: z.literal("save"), examDate: examDateSchema.shape.examDate }),
]);

/** POST /api/v1/quizzes/:id/override and the results page's "I was right". */
export const overrideQuizItemSchema = z.strictObject({
  itemId: z
    .string({ error: "itemId must be text" })
    .trim()
    .min(1, "itemId must not be empty")
    .max(600, "itemId is too long"),
});

// Limits sized from the content schema (answers up to 200 characters) with room to spare, and
// small enough that a hostile body cannot make the checker do much work.
export const MAX_ANSWER_LENGTH = 500;
export const MAX_LIST_ANSWER_ENTRIES = 50;
export const MAX_ANSWERS = 200;
// Timeline and matching ids list several fact ids, so they run long.
export const MAX_ITEM_ID_LENGTH = 600;

const answerText = z
  .string({ error: "each answer must be text" })
  .max(MAX_ANSWER_LENGTH, `an answer must be at most ${MAX_ANSWER_LENGTH} characters`);

// A failed union would only say "invalid input"; when one branch got as far as its own rule
// ("at most 50 entries"), that rule is the helpful message.
function unionMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.code === "invalid_union") {
    const specific = issue.errors.flat().find((e) => e.code !== "invalid_type" || e.path.length > 0);
    if (specific)
      return specific.path.length > 0 ? `entry ${specific.path.join(".")}: ${specific.message}` : specific.message;
  }
  return "answer must be text or a list of text";
}

function objectMessage(shape: string) {
  return (issue: z.core.$ZodRawIssue): string =>
    issue.code === "unrecognized_keys" ? `unknown field: ${issue.keys.join(", ")}` : shape;
}

export const submittedAnswerSchema = z.strictObject(
  {
    itemId: z
      .string({ error: "itemId must be text" })
      .trim()
      .min(1, "itemId must not be empty")
      .max(MAX_ITEM_ID_LENGTH, `itemId must be at most ${MAX_ITEM_ID_LENGTH} characters`),
    answer: z.union(
      [
        answerText,
        z
          .array(answerText, { error: "answer must be text or a list of text" })
          .max(MAX_LIST_ANSWER_ENTRIES, `a list answer may have at most ${MAX_LIST_ANSWER_ENTRIES} entries`),
      ],
      { error: unionMessage },
    ),
  },
  { error: objectMessage("each answer must be an object with itemId and answer") },
);

/** The body of POST /api/v1/quizzes/:id/submit. */
export const submitQuizSchema = z.strictObject(
  {
    answers: z
      .array(submittedAnswerSchema, { error: "answers must be a list" })
      .max(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers may be sent`),
  },
  { error: objectMessage("the body must be an object with an answers list") },
);
export type SubmitQuizBody = z.infer<typeof submitQuizSchema>;

// The quiz page's actions: the bound quiz id, checked like any other input, with what was sent.
const quizId = boundId("quiz");
export const submitAnswersActionSchema = z.object({ quizId, answers: submitQuizSchema.shape.answers });
export const checkAnswerActionSchema = z.object({ quizId, answer: submittedAnswerSchema });
export const claimRightActionSchema = z.object({ quizId, itemId: overrideQuizItemSchema.shape.itemId });
