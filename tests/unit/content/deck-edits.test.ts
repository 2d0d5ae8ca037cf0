import { describe, expect, it } from "vitest";
import {
  answerChangeMessage,
  cardsAt,
  changesAnswer,
  checkedCopyTitle,
  checkedDeckInput,
  checkedFact,
  NOTES_SOURCE_KEY,
  notesSource,
} from "@/lib/content/deck-edits";
import { AppError } from "@/lib/errors";
import { fact } from "./fixtures";

const refusal = (f: () => unknown): AppError | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
};

describe("which edits reset students' progress", () => {
  const before = fact({ kind: "figure", answer: "$4.8 billion", value: { number: 4.8e9, unit: "USD" } });

  it("wording is not the answer: spacing and capitals aside, prompt and explanation free", () => {
    expect(changesAnswer(before, { ...before, answer: "  $4.8   BILLION " })).toBe(false);
    expect(changesAnswer(before, { ...before, prompt: "Another wording?", explanation: "Other words." })).toBe(false);
    expect(changesAnswer(before, { ...before, tags: ["trade"], variants: ["4.8bn"] })).toBe(false);
  });

  it("a new answer, value, article or transfer is", () => {
    expect(changesAnswer(before, { ...before, answer: "$5 billion" })).toBe(true);
    expect(changesAnswer(before, { ...before, value: { number: 5e9, unit: "USD" } })).toBe(true);
    expect(changesAnswer(before, { ...before, article: 9 })).toBe(true);
    const sale = fact({
      kind: "arms-transfer",
      answer: "S-400",
      transfer: { system: "S-400", from: "Russia", to: "Iran", status: "reported" },
    });
    expect(
      changesAnswer(sale, { ...sale, transfer: { system: "S-300", from: "Russia", to: "Iran", status: "reported" } }),
    ).toBe(true);
    // Key order does not make a value different.
    expect(
      changesAnswer(sale, { ...sale, transfer: { status: "reported", to: "Iran", from: "Russia", system: "S-400" } }),
    ).toBe(false);
  });

  it("says how many students lose their progress", () => {
    expect(answerChangeMessage(1)).toMatch(/^Changing the answer resets 1 student's progress/);
    expect(answerChangeMessage(3)).toMatch(/resets 3 students' progress/);
  });
});

describe("checking what is saved", () => {
  it("gives a fact the editor's key, whatever id the draft carried", () => {
    const draft = { ...fact({ kind: "place", answer: "Bushehr" }), id: "smuggled" };
    expect(checkedFact(draft, "bushehr-plant").id).toBe("bushehr-plant");
  });

  it("refuses a fact or deck the format does not allow, with the fields named", () => {
    const bad = refusal(() => checkedFact({ ...fact({ kind: "place", answer: "Bushehr" }), prompt: "" }, "k"));
    expect(bad?.code).toBe("invalid");
    expect(Object.keys(bad?.fields ?? {})).toContain("prompt");
    expect(refusal(() => checkedDeckInput({ title: "  " }))?.fields).toHaveProperty("title");
    expect(checkedDeckInput({ title: " Treaties ", description: "" })).toEqual({
      title: "Treaties",
      description: undefined,
    });
  });

  it("titles a copy after its original unless asked otherwise", () => {
    expect(checkedCopyTitle(undefined, "Iran and Russia")).toBe("Iran and Russia (copy)");
    expect(checkedCopyTitle("  ", "Iran and Russia")).toBe("Iran and Russia (copy)");
    expect(checkedCopyTitle("Mine", "Iran and Russia")).toBe("Mine");
    expect(checkedCopyTitle(undefined, "x".repeat(130))).toHaveLength(120);
  });
});

describe("cards and sources of an own deck", () => {
  it("numbers a fact's cards after its place in the deck", () => {
    const cards = cardsAt(fact({ kind: "place", answer: "Bushehr" }), 7);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => c.position)).toEqual(cards.map((_, i) => 70 + i));
  });

  it("cites the owner's notes, dated this year", () => {
    expect(notesSource("Treaties", "Ana", new Date("2031-03-04T00:00:00Z"))).toEqual({
      key: NOTES_SOURCE_KEY,
      title: "Treaties — own notes",
      author: "Ana",
      date: "2031",
      kind: "instructor notes",
    });
  });
});
