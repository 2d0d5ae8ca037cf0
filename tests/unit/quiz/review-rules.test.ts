import { describe, expect, it } from "vitest";
import { countingSummary, isBlank, selectQuizReviews, whyNotCounted } from "@/lib/quiz/review-rules";

const item = (kind: Parameters<typeof whyNotCounted>[0]["kind"], factIds = ["f1"]) => ({
  id: `${kind}-${factIds.join("+")}`,
  kind,
  factIds,
});

describe("whyNotCounted", () => {
  it("counts multiple choice and type-in on one fact", () => {
    expect(whyNotCounted(item("multiple-choice"), "Tehran")).toBeNull();
    expect(whyNotCounted(item("type-in"), "2001")).toBeNull();
  });
  it("never counts true/false, timelines or matching", () => {
    expect(whyNotCounted(item("true-false"), "True")).toBe("guessable");
    expect(whyNotCounted(item("timeline", ["a", "b", "c"]), ["a", "b", "c"])).toBe("several-facts");
    expect(whyNotCounted(item("matching", ["a", "b"]), ["x", "y"])).toBe("several-facts");
  });
  it("never counts a blank answer", () => {
    expect(whyNotCounted(item("type-in"), "  ")).toBe("blank");
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(["", " "])).toBe(true);
    expect(isBlank(["", "a"])).toBe(false);
  });
  it("summarises a quiz for the screen before submission", () => {
    const items = [item("multiple-choice"), item("type-in"), item("true-false"), item("timeline", ["a", "b"])];
    expect(countingSummary(items)).toEqual({ counting: 2, guessable: 1, severalFacts: 1 });
  });
});

describe("selectQuizReviews", () => {
  const t = (cardId: string, isNew = false) => ({ itemId: `i-${cardId}`, cardId, correct: true, isNew });
  it("each card once per day: an earlier review today, or an earlier item, wins", () => {
    const { write, skipped } = selectQuizReviews([t("a"), t("b"), t("a")], {
      reviewedTodayCardIds: new Set(["b"]),
      newRoom: 10,
    });
    expect(write.map((w) => w.cardId)).toEqual(["a"]);
    expect(skipped.map((s) => [s.cardId, s.why])).toEqual([
      ["b", "reviewed-today"],
      ["a", "reviewed-today"],
    ]);
  });
  it("new cards only within today's new room; known cards are not limited by it", () => {
    const targets = [t("n1", true), t("k1"), t("n2", true), t("n3", true), t("k2")];
    const { write, skipped } = selectQuizReviews(targets, { reviewedTodayCardIds: new Set(), newRoom: 2 });
    expect(write.map((w) => w.cardId)).toEqual(["n1", "k1", "n2", "k2"]);
    expect(skipped).toEqual([{ itemId: "i-n3", cardId: "n3", why: "new-limit" }]);
    expect(
      selectQuizReviews(targets, { reviewedTodayCardIds: new Set(), newRoom: -4 }).write.map((w) => w.cardId),
    ).toEqual(["k1", "k2"]);
  });
});
