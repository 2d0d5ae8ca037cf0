// The input shapes of the server actions that are called with values or bound arguments.
import { describe, expect, it } from "vitest";
import { factEditFormSchema } from "@/lib/validation/deck";
import {
  approveDeckDraftsSchema,
  approveDraftsSchema,
  editDeckDraftSchema,
  editDraftSchema,
  remapColumnsSchema,
} from "@/lib/validation/import-review";
import { checkAnswerActionSchema, examDateFormSchema, submitAnswersActionSchema } from "@/lib/validation/quiz";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : (r.error?.issues[0]?.message ?? null);

describe("import review actions", () => {
  it("refuses an empty selection before anything else", () => {
    expect(firstMessage(approveDraftsSchema.safeParse({ ids: [], importId: "../x", target: { deck: "" } }))).toBe(
      "Select at least one candidate.",
    );
  });

  it("reads a forged import id as not found", () => {
    expect(firstMessage(approveDraftsSchema.safeParse({ ids: ["a"], importId: "a b", target: { deck: "d" } }))).toBe(
      "That import was not found.",
    );
  });

  it("takes a chosen deck or a new deck's title, trimmed, and nothing else", () => {
    const ok = approveDraftsSchema.parse({ ids: ["a"], importId: "imp1", target: { newDeckTitle: "  Treaties " } });
    expect(ok.target).toEqual({ newDeckTitle: "Treaties" });
    expect(approveDraftsSchema.safeParse({ ids: ["a"], importId: "imp1", target: { deck: "d", x: 1 } }).success).toBe(
      false,
    );
  });

  it("lets a deck file approve far more drafts at once than a document import", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    expect(approveDraftsSchema.safeParse({ ids, importId: "i", target: { deck: "d" } }).success).toBe(false);
    expect(approveDeckDraftsSchema.safeParse({ ids, importId: "i", target: { deck: "d" } }).success).toBe(true);
  });

  it("asks document drafts for a real question but lets a deck file's short front through", () => {
    const draft = { prompt: "Why?", answer: "Because" };
    expect(firstMessage(editDraftSchema.safeParse({ draft, importId: "i", id: "c1" }))).toBe(
      "Write a question of at least 5 characters.",
    );
    expect(editDeckDraftSchema.parse({ draft, importId: "i", id: "c1" }).draft).toEqual(draft);
    expect(
      firstMessage(editDeckDraftSchema.safeParse({ draft: { prompt: " ", answer: "x" }, importId: "i", id: "c" })),
    ).toBe("The question cannot be empty.");
  });

  it("refuses a column role that does not exist", () => {
    expect(remapColumnsSchema.safeParse({ importId: "i", mapping: ["front", "back"] }).success).toBe(false);
  });
});

describe("quiz actions", () => {
  it("reads a forged quiz id as not found and checks the answers as the API does", () => {
    expect(firstMessage(submitAnswersActionSchema.safeParse({ quizId: "", answers: [] }))).toBe(
      "That quiz was not found.",
    );
    expect(firstMessage(submitAnswersActionSchema.safeParse({ quizId: "q1", answers: "all of them" }))).toBe(
      "answers must be a list",
    );
    expect(checkAnswerActionSchema.parse({ quizId: "q1", answer: { itemId: " a ", answer: "x" } }).answer.itemId).toBe(
      "a",
    );
  });

  it("clears the exam date without reading it, and checks it when saving", () => {
    expect(examDateFormSchema.parse({ intent: "clear", examDate: "garbage" })).toEqual({ intent: "clear" });
    expect(examDateFormSchema.parse({ intent: "save", examDate: "2031-05-02" })).toEqual({
      intent: "save",
      examDate: "2031-05-02",
    });
    expect(examDateFormSchema.safeParse({ intent: "save", examDate: "2031-02-30" }).success).toBe(false);
  });
});

describe("the fact edit form", () => {
  const fact = {
    kind: "concept",
    prompt: "What does the treaty leave out?",
    answer: "A mutual-defence clause",
    explanation: "The treaty has no clause obliging either side to defend the other.",
    source: "s1",
    section: "Article 3",
  };

  it("reads the confirmation only when it says yes", () => {
    expect(factEditFormSchema.parse({ ...fact, confirmAnswerChange: "yes" }).confirmAnswerChange).toBe(true);
    expect(factEditFormSchema.parse({ ...fact, confirmAnswerChange: "on" }).confirmAnswerChange).toBe(false);
    expect(factEditFormSchema.parse(fact).confirmAnswerChange).toBe(false);
  });

  it("keeps the fact form's errors under its own fields", () => {
    const r = factEditFormSchema.safeParse({ ...fact, kind: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(["kind"]);
  });
});
