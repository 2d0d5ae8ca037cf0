import { describe, expect, it } from "vitest";
import {
  CONFIDENT_SCORE,
  confidence,
  highlightSegments,
  lowScoreReason,
  preselectedIds,
  rankForReview,
  scoreLabel,
  type Scored,
} from "@/lib/import/review";

const c = (id: string, score: number | undefined, status: Scored["status"] = "pending", reason?: string): Scored => ({
  id,
  status,
  ...(score === undefined ? {} : { score }),
  ...(reason ? { reason } : {}),
});

describe("ranking for review", () => {
  it("puts the best first and keeps the generator's order for ties", () => {
    const ranked = rankForReview([c("a", 0.2), c("b", 0.9), c("c", 0.5), c("d", 0.9), c("e", undefined)]);
    expect(ranked.map((x) => x.id)).toEqual(["b", "d", "c", "a", "e"]);
  });
  it("clamps scores to 0..1 and counts a missing score as 0", () => {
    expect(confidence({ score: 1.7 })).toBe(1);
    expect(confidence({ score: -2 })).toBe(0);
    expect(confidence({})).toBe(0);
    expect(confidence({ score: Number.NaN })).toBe(0);
  });
  it("preselects only pending candidates at or above the threshold", () => {
    const list = [c("a", CONFIDENT_SCORE), c("b", CONFIDENT_SCORE - 0.01), c("c", 0.95, "approved"), c("d", 0.8)];
    expect(preselectedIds(list)).toEqual(["a", "d"]);
    expect(preselectedIds(list, 0.9)).toEqual([]);
  });
  it("says why a low one is low: the generator's reason, else a plain explanation", () => {
    expect(lowScoreReason(c("a", 0.9, "pending", "ignored"))).toBeNull();
    expect(lowScoreReason(c("b", 0.3, "pending", "Cloze: no question could be built from the sentence"))).toBe(
      "Cloze: no question could be built from the sentence",
    );
    expect(lowScoreReason(c("c", 0.3))).toMatch(/unsure/);
    expect(lowScoreReason(c("d", undefined))).toMatch(/before drafts were ranked/);
  });
  it("labels confident, check and weak", () => {
    expect([0.95, 0.5, 0.1].map((score) => scoreLabel({ score }))).toEqual(["confident", "check", "weak"]);
  });
});

describe("highlightSegments", () => {
  const text = "The dam opened in 1936. It holds 35 km³ of water. Tours run daily.";
  it("cuts the text into plain and highlighted segments that cover it exactly", () => {
    const segments = highlightSegments(text, [{ start: 24, end: 49, id: "x" }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments).toEqual([
      { text: "The dam opened in 1936. ", start: 0 },
      { text: "It holds 35 km³ of water.", start: 24, ids: ["x"] },
      { text: " Tours run daily.", start: 49 },
    ]);
  });
  it("merges overlapping spans and lists each candidate once", () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 23, id: "a" },
      { start: 4, end: 30, id: "b" },
      { start: 10, end: 20, id: "a" },
    ]);
    expect(segments[0]).toEqual({ text: text.slice(0, 30), start: 0, ids: ["a", "b"] });
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
  it("keeps touching spans apart and clips spans that run past the text", () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 4, id: "a" },
      { start: 4, end: 8, id: "b" },
      { start: 60, end: 999, id: "c" },
      { start: 5, end: 5, id: "empty" },
    ]);
    expect(segments.filter((s) => s.ids).map((s) => s.ids)).toEqual([["a"], ["b"], ["c"]]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("template questions about the document", () => {
  it("are never confident or preselected, and say why", () => {
    const generic: Scored = { id: "g", status: "pending", score: 5, generic: true };
    expect(confidence(generic)).toBeLessThan(CONFIDENT_SCORE);
    expect(preselectedIds([generic, c("ok", 0.9)])).toEqual(["ok"]);
    expect(lowScoreReason(generic)).toMatch(/about the document/);
    expect(rankForReview([generic, c("ok", 0.5)]).map((x) => x.id)).toEqual(["ok", "g"]);
  });
});
