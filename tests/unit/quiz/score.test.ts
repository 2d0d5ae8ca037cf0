// Scoring a submission: per-kind checks, missing, duplicate and unknown answers, and the submit
// body's schema.
import { describe, expect, it } from "vitest";
import { scoreQuiz, type ScorableItem } from "@/lib/quiz/score";
import { MAX_ANSWERS, MAX_ANSWER_LENGTH, submitQuizSchema } from "@/lib/validation/quiz";

const items: ScorableItem[] = [
  { id: "q1", kind: "multiple-choice", answer: "Tehran" },
  { id: "q2", kind: "true-false", answer: "True" },
  { id: "q3", kind: "type-in", answer: "17 January 2025", accepted: ["January 17, 2025"] },
  { id: "q4", kind: "type-in", answer: "$3.77 billion", accepted: ["3.77 billion USD"] },
  { id: "q5", kind: "timeline", answer: ["2001", "2015", "2025"] },
  { id: "q6", kind: "matching", answer: ["Tehran", "Moscow", "Beijing"] },
];

describe("scoreQuiz", () => {
  it("all right", () => {
    const result = scoreQuiz(items, [
      { itemId: "q1", answer: "Tehran" },
      { itemId: "q2", answer: "true" },
      { itemId: "q3", answer: "2025-01-17" },
      { itemId: "q4", answer: "3.77bn USD" },
      { itemId: "q5", answer: ["2001", "2015", "2025"] },
      { itemId: "q6", answer: ["Tehran", "Moscow", "Beijing"] },
    ]);
    expect(result.score).toBe(6);
    expect(result.total).toBe(6);
    expect(result.items.map((i) => i.reason)).toEqual(["exact", "normalised", "date", "number", "exact", "exact"]);
    expect(result.items[5]?.pairs).toEqual({ matched: 3, total: 3 });
  });

  it("reports each item in quiz order with its expected answer, whatever order the answers came in", () => {
    const result = scoreQuiz(items, [
      { itemId: "q4", answer: "$3.7 billion" },
      { itemId: "q1", answer: "Moscow" },
    ]);
    expect(result.items.map((i) => i.itemId)).toEqual(["q1", "q2", "q3", "q4", "q5", "q6"]);
    expect(result.items[0]).toEqual({ itemId: "q1", correct: false, expected: "Tehran", reason: "wrong" });
    expect(result.items[3]).toEqual({ itemId: "q4", correct: false, expected: "$3.77 billion", reason: "wrong" });
    expect(result.items[4]?.expected).toEqual(["2001", "2015", "2025"]);
  });

  it("an unanswered item is wrong", () => {
    const result = scoreQuiz(items, [{ itemId: "q1", answer: "Tehran" }]);
    expect(result.score).toBe(1);
    expect(result.total).toBe(6);
    expect(result.items[1]).toEqual({ itemId: "q2", correct: false, expected: "True", reason: "unanswered" });
  });

  it("no answers at all scores zero out of all items", () => {
    const result = scoreQuiz(items, []);
    expect(result).toMatchObject({ score: 0, total: 6 });
    expect(result.items.every((i) => i.reason === "unanswered")).toBe(true);
  });

  it("an empty answer is wrong and says so", () => {
    expect(scoreQuiz(items, [{ itemId: "q3", answer: "  " }]).items[2]?.reason).toBe("empty");
  });

  it("answers for unknown item ids are ignored", () => {
    const result = scoreQuiz(items, [
      { itemId: "q1", answer: "Tehran" },
      { itemId: "not-in-quiz", answer: "Tehran" },
      { itemId: "q1 ", answer: "Tehran" },
    ]);
    expect(result.score).toBe(1);
    expect(result.items).toHaveLength(6);
    expect(result.items.some((i) => i.itemId === "not-in-quiz")).toBe(false);
  });

  it("for a duplicated item the first answer counts (a right one after a wrong one does not help)", () => {
    const result = scoreQuiz(items, [
      { itemId: "q1", answer: "Moscow" },
      { itemId: "q1", answer: "Tehran" },
    ]);
    expect(result.score).toBe(0);
    expect(result.items[0]?.correct).toBe(false);
  });

  it("for a duplicated item the first answer counts (a wrong one after a right one does not hurt)", () => {
    const result = scoreQuiz(items, [
      { itemId: "q1", answer: "Tehran" },
      { itemId: "q1", answer: "Moscow" },
    ]);
    expect(result.score).toBe(1);
  });

  it("uses the type-in item's accepted variants", () => {
    const item: ScorableItem = { id: "t", kind: "type-in", answer: "Unmanned aerial systems", accepted: ["UAS"] };
    expect(scoreQuiz([item], [{ itemId: "t", answer: "uas" }]).score).toBe(1);
  });

  it("does not use variants for choice items", () => {
    const item: ScorableItem = { id: "c", kind: "multiple-choice", answer: "Tehran", accepted: ["Teheran"] };
    expect(scoreQuiz([item], [{ itemId: "c", answer: "Teheran" }]).score).toBe(0);
  });

  it("does not forgive typos on choice items", () => {
    expect(scoreQuiz(items, [{ itemId: "q1", answer: "Tehrn" }]).items[0]?.correct).toBe(false);
  });

  it("forgives typos on type-in items", () => {
    const item: ScorableItem = { id: "t", kind: "type-in", answer: "Pezeshkian" };
    expect(scoreQuiz([item], [{ itemId: "t", answer: "Pezeshkain" }]).items[0]).toMatchObject({
      correct: true,
      reason: "typo",
    });
  });

  it("a partly right matching item is wrong, with the pairs counted", () => {
    const result = scoreQuiz(items, [{ itemId: "q6", answer: ["Tehran", "Beijing", "Moscow"] }]);
    expect(result.items[5]).toEqual({
      itemId: "q6",
      correct: false,
      expected: ["Tehran", "Moscow", "Beijing"],
      reason: "wrong",
      pairs: { matched: 1, total: 3 },
    });
  });

  it("an order item answered out of order is wrong", () => {
    expect(scoreQuiz(items, [{ itemId: "q5", answer: ["2015", "2001", "2025"] }]).items[4]?.correct).toBe(false);
  });

  it("a list for a one-answer item, or text for a list item, is invalid", () => {
    const result = scoreQuiz(items, [
      { itemId: "q1", answer: ["Tehran"] },
      { itemId: "q3", answer: ["17 January 2025"] },
      { itemId: "q5", answer: "2001, 2015, 2025" },
      { itemId: "q6", answer: "Tehran" },
    ]);
    expect(result.score).toBe(0);
    expect([0, 2, 4, 5].map((i) => result.items[i]?.reason)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
  });

  it("an empty quiz scores 0 of 0", () => {
    expect(scoreQuiz([], [{ itemId: "q1", answer: "x" }])).toEqual({ score: 0, total: 0, items: [] });
  });
});

describe("submitQuizSchema", () => {
  const issues = (body: unknown) => {
    const r = submitQuizSchema.safeParse(body);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("accepts text and list answers", () => {
    const body = {
      answers: [
        { itemId: "q1", answer: "Tehran" },
        { itemId: "q5", answer: ["a", "b"] },
      ],
    };
    expect(submitQuizSchema.parse(body)).toEqual(body);
  });

  it("accepts an empty list and duplicates (scoring decides what they mean)", () => {
    expect(submitQuizSchema.safeParse({ answers: [] }).success).toBe(true);
    expect(
      submitQuizSchema.safeParse({
        answers: [
          { itemId: "a", answer: "x" },
          { itemId: "a", answer: "y" },
        ],
      }).success,
    ).toBe(true);
  });

  it("trims item ids", () => {
    expect(submitQuizSchema.parse({ answers: [{ itemId: " q1 ", answer: "x" }] }).answers[0]?.itemId).toBe("q1");
  });

  it("rejects a body that is not an object", () => {
    expect(issues("answers")).toEqual([": the body must be an object with an answers list"]);
  });

  it("rejects a missing answers list", () => {
    expect(issues({})).toEqual(["answers: answers must be a list"]);
  });

  it("rejects unknown fields by name", () => {
    expect(issues({ answers: [], score: 10 })).toEqual([": unknown field: score"]);
    expect(issues({ answers: [{ itemId: "a", answer: "x", correct: true }] })).toEqual([
      "answers.0: unknown field: correct",
    ]);
  });

  it("rejects an empty item id", () => {
    expect(issues({ answers: [{ itemId: "  ", answer: "x" }] })).toEqual([
      "answers.0.itemId: itemId must not be empty",
    ]);
  });

  it("rejects a missing or non-text answer", () => {
    expect(issues({ answers: [{ itemId: "a" }] })).toEqual(["answers.0.answer: answer must be text or a list of text"]);
    expect(issues({ answers: [{ itemId: "a", answer: 5 }] })).toEqual([
      "answers.0.answer: answer must be text or a list of text",
    ]);
  });

  it("names the bad entry of a list answer", () => {
    expect(issues({ answers: [{ itemId: "a", answer: ["x", 3] }] })).toEqual([
      "answers.0.answer: entry 1: each answer must be text",
    ]);
  });

  it("limits answer length", () => {
    expect(issues({ answers: [{ itemId: "a", answer: "x".repeat(MAX_ANSWER_LENGTH) }] })).toEqual([]);
    expect(issues({ answers: [{ itemId: "a", answer: "x".repeat(MAX_ANSWER_LENGTH + 1) }] })).toEqual([
      `answers.0.answer: an answer must be at most ${MAX_ANSWER_LENGTH} characters`,
    ]);
  });

  it("limits list answers", () => {
    expect(issues({ answers: [{ itemId: "a", answer: Array(51).fill("x") }] })).toEqual([
      "answers.0.answer: a list answer may have at most 50 entries",
    ]);
  });

  it("limits the number of answers", () => {
    const answers = Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => ({ itemId: `q${i}`, answer: "x" }));
    expect(issues({ answers })).toEqual([`answers: at most ${MAX_ANSWERS} answers may be sent`]);
  });
});
