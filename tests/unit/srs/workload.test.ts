import { describe, expect, it } from "vitest";
import { assignmentWorkload } from "@/lib/srs/workload";
import { optimalRetention } from "@/lib/srs/optimal-retention";
import { default_w } from "ts-fsrs";
import { row, UTC_SETTINGS } from "./fixtures";

const NOW = new Date("2026-03-01T12:00:00Z");
const DUE = new Date("2026-03-21T20:00:00Z");
const cardIds = Array.from({ length: 60 }, (_, i) => `w${i}`);

describe("assignment workload", () => {
  it("introduces every unseen card before the due date and counts reviews per day", () => {
    const fresh = { studentId: "a", name: "New student", settings: UTC_SETTINGS, states: [] };
    const started = {
      studentId: "b",
      name: "Half done",
      settings: UTC_SETTINGS,
      states: cardIds.slice(0, 30).map((cardId) =>
        row({
          cardId,
          due: new Date("2026-03-05T10:00:00Z"),
          lastReview: new Date("2026-02-25T10:00:00Z"),
          stability: 8,
        }),
      ),
    };
    const w = assignmentWorkload({ cardIds, students: [fresh, started], dueAt: DUE, target: 0.9, now: NOW });
    expect(w.days).toHaveLength(21);
    const [a, b] = w.students;
    expect(a?.newPerDay).toBe(3); // 60 cards over 21 days
    expect(b?.newPerDay).toBe(2); // 30 unseen cards over 21 days
    // Every new card is reviewed at least once, so the new student has at least 60 reviews.
    expect(a?.perDay.reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(60);
    expect(a?.perDay).toHaveLength(21);
    expect(w.classMean[0]).toBeCloseTo(((a?.perDay[0] ?? 0) + (b?.perDay[0] ?? 0)) / 2, 1);
    for (const s of w.students) {
      expect(s.predictedRecall).toBeGreaterThan(0.5);
      expect(s.predictedRecall).toBeLessThanOrEqual(1);
      expect(s.meetsTarget).toBe(s.predictedRecall >= 0.9);
    }
  }, 30_000);

  it("a student above their new-card limit is flagged", () => {
    const w = assignmentWorkload({
      cardIds,
      students: [{ studentId: "c", name: "C", settings: { ...UTC_SETTINGS, newPerDay: 2 }, states: [] }],
      dueAt: DUE,
      target: 0.9,
      now: NOW,
    });
    expect(w.students[0]?.overNewLimit).toBe(true);
  });
});

describe("optimal retention advice", () => {
  it("tries each retention and picks the cheapest per card remembered", () => {
    const r = optimalRetention({
      weights: default_w,
      secondsPerRating: [20, 15, 8, 6],
      start: NOW,
      cards: 60,
      days: 120,
    });
    expect(r.costs.length).toBeGreaterThan(4);
    const best = Math.min(...r.costs.map((c) => c.secondsPerKnownCard));
    expect(r.costs.find((c) => c.retention === r.retention)?.secondsPerKnownCard).toBe(best);
  }, 30_000);
});
