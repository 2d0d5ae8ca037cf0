import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import {
  DEFAULT_SETTINGS,
  LEECH_LAPSES,
  newSchedulingState,
  previewIntervals,
  reviewCard,
  schedulerFor,
  type Rating,
  type SchedulingState,
} from "@/lib/srs";
import { MINUTE_MS, at } from "./fixtures";

const now = at("2026-03-02T10:00:00Z");
const S = DEFAULT_SETTINGS;

describe("schedulerFor", () => {
  it("uses FSRS-6 defaults, fuzz, the user's retention and cap, and our steps", () => {
    const p = schedulerFor({ ...S, desiredRetention: 0.85, maxIntervalDays: 365 }).parameters;
    expect(p.w).toHaveLength(21);
    expect([...p.w]).toEqual([...default_w]);
    expect(p.enable_fuzz).toBe(true);
    expect(p.request_retention).toBe(0.85);
    expect(p.maximum_interval).toBe(365);
    expect([...p.learning_steps]).toEqual(["1m", "10m"]);
    expect([...p.relearning_steps]).toEqual(["10m"]);
  });

  it("caches one scheduler per settings", () => {
    expect(schedulerFor(S)).toBe(schedulerFor({ ...S }));
    expect(schedulerFor(S)).not.toBe(schedulerFor({ ...S, desiredRetention: 0.8 }));
  });

  it("uses the user's weights when given and rejects malformed ones", () => {
    const w = [...default_w];
    w[20] = 0.3;
    expect(schedulerFor({ ...S, fsrsParams: w }).parameters.w[20]).toBe(0.3);
    expect(() => schedulerFor({ ...S, fsrsParams: [1, 2, 3] })).toThrow(/length/);
    expect(() => schedulerFor({ ...S, desiredRetention: 1.5 })).toThrow(RangeError);
  });
});

describe("reviewCard on a new card", () => {
  const first = (rating: Rating) => reviewCard(null, rating, now, S).next;

  it("Again: learning, back in 1 minute", () => {
    const n = first(1);
    expect(n.state).toBe(1);
    expect(n.due).toEqual(new Date(now.getTime() + MINUTE_MS));
    expect(n.learningSteps).toBe(0);
  });

  it("Hard: learning, between the 1m and 10m steps", () => {
    const n = first(2);
    expect(n.state).toBe(1);
    expect(n.due).toEqual(new Date(now.getTime() + 6 * MINUTE_MS));
  });

  it("Good: learning, next step in 10 minutes", () => {
    const n = first(3);
    expect(n.state).toBe(1);
    expect(n.due).toEqual(new Date(now.getTime() + 10 * MINUTE_MS));
    expect(n.learningSteps).toBe(1);
  });

  it("Easy: straight to review, days away", () => {
    const n = first(4);
    expect(n.state).toBe(2);
    expect(n.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(n.due.getTime() - now.getTime()).toBe(n.scheduledDays * 86_400_000);
  });

  it.each([1, 2, 3, 4] as const)("rating %i records the review and sets memory state", (rating) => {
    const n = first(rating);
    expect(n.reps).toBe(1);
    expect(n.lapses).toBe(0);
    expect(n.lastReview).toEqual(now);
    expect(n.stability).toBeGreaterThan(0);
    expect(n.difficulty).toBeGreaterThanOrEqual(1);
    expect(n.difficulty).toBeLessThanOrEqual(10);
    // null and an explicit never-seen state are the same thing.
    expect(reviewCard(newSchedulingState(now), rating, now, S).next).toEqual(n);
  });

  it("stability grows with the rating", () => {
    const s = ([1, 2, 3, 4] as const).map((r) => first(r).stability);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
    expect(new Set(s).size).toBe(4);
  });

  it("rejects a rating outside 1-4 and leaves the input untouched", () => {
    const prev = newSchedulingState(now);
    const copy = structuredClone(prev);
    reviewCard(prev, 3, now, S);
    expect(prev).toEqual(copy);
    expect(() => reviewCard(prev, 5 as Rating, now, S)).toThrow(RangeError);
  });
});

describe("newSchedulingState", () => {
  it("is new, due now, never reviewed", () => {
    expect(newSchedulingState(now)).toEqual({
      due: now,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      lastReview: null,
    });
  });
});

describe("leech", () => {
  it(`a review card forgotten ${LEECH_LAPSES} times becomes a leech on that lapse only`, () => {
    let t = now;
    let s: SchedulingState = reviewCard(null, 4, t, S).next;
    const flags: boolean[] = [];
    for (let i = 0; i < LEECH_LAPSES + 1; i += 1) {
      expect(s.state).toBe(2);
      t = s.due;
      const lapse = reviewCard(s, 1, t, S);
      expect(lapse.next.state).toBe(3);
      flags.push(lapse.becameLeech);
      // Relearn: the 10-minute step, then Good puts it back in review.
      t = lapse.next.due;
      s = reviewCard(lapse.next, 3, t, S).next;
    }
    expect(s.lapses).toBe(LEECH_LAPSES + 1);
    expect(flags.indexOf(true)).toBe(LEECH_LAPSES - 1);
    expect(flags.filter(Boolean)).toHaveLength(1);
  });
});

describe("previewIntervals", () => {
  const check = (prev: SchedulingState | null, t: Date) => {
    const p = previewIntervals(prev, t, S);
    const dues = [p.again, p.hard, p.good, p.easy].map((x) => x.due.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    for (const x of [p.again, p.hard, p.good, p.easy]) expect(x.label).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);
    return p;
  };

  it("labels a new card's buttons", () => {
    const p = check(null, now);
    expect([p.again.label, p.hard.label, p.good.label]).toEqual(["1m", "6m", "10m"]);
    expect(p.easy.label).toMatch(/d$/);
  });

  it("labels a mature review card and matches what the review then does", () => {
    let s = reviewCard(null, 3, now, S).next;
    for (let i = 0; i < 6; i += 1) s = reviewCard(s, 3, s.due, S).next;
    const p = check(s, s.due);
    expect(p.again.label).toBe("10m");
    expect(p.easy.due.getTime()).toBeGreaterThan(p.good.due.getTime());
    // Fuzz is seeded from the card and the time, so the preview is what the button will do.
    for (const [rating, key] of [
      [1, "again"],
      [2, "hard"],
      [3, "good"],
      [4, "easy"],
    ] as const) {
      expect(reviewCard(s, rating, s.due, S).next.due).toEqual(p[key].due);
    }
  });

  it("never schedules past the maximum interval", () => {
    const capped = { ...S, maxIntervalDays: 30 };
    let s = reviewCard(null, 4, now, capped).next;
    for (let i = 0; i < 8; i += 1) {
      const p = previewIntervals(s, s.due, capped);
      for (const x of [p.hard, p.good, p.easy])
        expect(x.due.getTime() - s.due.getTime()).toBeLessThanOrEqual(30 * 86_400_000);
      const next = reviewCard(s, 4, s.due, capped).next;
      expect(next.scheduledDays).toBeLessThanOrEqual(30);
      expect(next.due).toEqual(p.easy.due);
      s = next;
    }
    // ts-fsrs alone would put easy a day or two past the cap here.
    expect(s.scheduledDays).toBe(30);
  });
});

describe("forgetting curve sanity", () => {
  it("the scheduler's curve is ts-fsrs's exported curve", () => {
    expect(schedulerFor(S).forgetting_curve(3, 7)).toBe(forgetting_curve(default_w, 3, 7));
  });
});
