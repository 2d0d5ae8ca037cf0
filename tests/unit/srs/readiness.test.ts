import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { cramOrder, deckReadiness, newSchedulingState, recallAt } from "@/lib/srs";
import { DAY_MS, UTC_SETTINGS, at, daysBefore, row } from "./fixtures";

const now = at("2026-03-10T12:00:00Z");

describe("recallAt", () => {
  it("equals ts-fsrs's forgetting curve for a known stability and elapsed time", () => {
    const s = row({ stability: 10, lastReview: daysBefore(now, 4.5) });
    expect(recallAt(s, now, UTC_SETTINGS)).toBe(forgetting_curve(default_w, 4.5, 10));
  });

  it("is 0.9 after exactly one stability, as FSRS defines stability", () => {
    for (const stability of [1, 7.5, 120]) {
      const s = row({ stability, lastReview: daysBefore(now, stability) });
      expect(recallAt(s, now, UTC_SETTINGS)).toBeCloseTo(0.9, 6);
      // It is a property of the memory, not of the user's target.
      expect(recallAt(s, now, { ...UTC_SETTINGS, desiredRetention: 0.8 })).toBeCloseTo(0.9, 6);
    }
  });

  it("uses the user's own decay when they have optimised weights", () => {
    const w = [...default_w];
    w[20] = 0.5;
    const s = row({ stability: 10, lastReview: daysBefore(now, 30) });
    const r = recallAt(s, now, { ...UTC_SETTINGS, fsrsParams: w });
    expect(r).toBe(forgetting_curve(w, 30, 10));
    expect(r).not.toBe(recallAt(s, now, UTC_SETTINGS));
  });

  it("is 0 for no state and for a new card, 1 right after a review, and falls with time", () => {
    expect(recallAt(null, now, UTC_SETTINGS)).toBe(0);
    expect(recallAt(newSchedulingState(now), now, UTC_SETTINGS)).toBe(0);
    const s = row({ stability: 5, lastReview: now });
    expect(recallAt(s, now, UTC_SETTINGS)).toBe(1);
    expect(recallAt(s, new Date(now.getTime() - DAY_MS), UTC_SETTINGS)).toBe(1);
    const r1 = recallAt(s, new Date(now.getTime() + DAY_MS), UTC_SETTINGS);
    const r30 = recallAt(s, new Date(now.getTime() + 30 * DAY_MS), UTC_SETTINGS);
    expect(r1).toBeLessThan(1);
    expect(r30).toBeLessThan(r1);
    expect(r30).toBeGreaterThan(0);
  });
});

describe("deckReadiness", () => {
  const examAt = at("2026-03-15T09:00:00Z");
  const a = row({ stability: 10, lastReview: daysBefore(now, 2) });
  const b = row({ stability: 3, lastReview: daysBefore(now, 1) });
  const unseenRow = row({ state: 0, lastReview: null, stability: 0 });

  it("averages over all cards, unseen ones counting 0", () => {
    const res = deckReadiness({ states: [a, b, unseenRow], totalCards: 5, examAt, now, settings: UTC_SETTINGS });
    const expected = (recallAt(a, examAt, UTC_SETTINGS) + recallAt(b, examAt, UTC_SETTINGS)) / 5;
    expect(res.predictedRecall).toBeCloseTo(expected, 12);
    expect(res.predictedRecall).toBeLessThan(
      (recallAt(a, examAt, UTC_SETTINGS) + recallAt(b, examAt, UTC_SETTINGS)) / 2,
    );
    expect(res).toMatchObject({ cardsNew: 3, daysLeft: 5, newPerDayNeeded: 1 });
  });

  it("needs all new cards today when the exam is today or past", () => {
    const today = deckReadiness({
      states: [a],
      totalCards: 7,
      examAt: at("2026-03-10T20:00:00Z"),
      now,
      settings: UTC_SETTINGS,
    });
    expect(today).toMatchObject({ cardsNew: 6, daysLeft: 0, newPerDayNeeded: 6 });
    const past = deckReadiness({
      states: [a],
      totalCards: 7,
      examAt: at("2026-03-01T20:00:00Z"),
      now,
      settings: UTC_SETTINGS,
    });
    expect(past.daysLeft).toBe(0);
  });

  it("spreads new cards over the days left, rounding up", () => {
    const res = deckReadiness({ states: [], totalCards: 11, examAt, now, settings: UTC_SETTINGS });
    expect(res).toEqual({ predictedRecall: 0, cardsNew: 11, daysLeft: 5, newPerDayNeeded: 3 });
  });

  it("is 0 for an empty deck", () => {
    expect(deckReadiness({ states: [], totalCards: 0, examAt, now, settings: UTC_SETTINGS })).toEqual({
      predictedRecall: 0,
      cardsNew: 0,
      daysLeft: 5,
      newPerDayNeeded: 0,
    });
  });
});

describe("cramOrder", () => {
  it("puts the lowest predicted recall on exam day first and leaves out suspended cards", () => {
    const examAt = at("2026-03-20T09:00:00Z");
    const strong = row({ cardId: "strong", stability: 50, lastReview: daysBefore(now, 1) });
    const weak = row({ cardId: "weak", stability: 2, lastReview: daysBefore(now, 1) });
    const mid = row({ cardId: "mid", stability: 10, lastReview: daysBefore(now, 1) });
    const unseen = row({ cardId: "unseen", state: 0, lastReview: null, stability: 0 });
    const hidden = row({ cardId: "hidden", stability: 1, lastReview: daysBefore(now, 30), suspended: true });
    expect(cramOrder([strong, mid, hidden, unseen, weak], examAt, UTC_SETTINGS)).toEqual([
      "unseen",
      "weak",
      "mid",
      "strong",
    ]);
  });
});
