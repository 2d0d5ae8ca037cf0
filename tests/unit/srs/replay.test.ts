import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, replayReviews } from "@/lib/srs";

const t0 = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;
const DAY = 86_400_000;
const at = (ms: number) => new Date(t0 + ms);

describe("replayReviews", () => {
  const history = [
    { at: at(0), rating: 3 as const, durationMs: 5000 },
    { at: at(10 * MIN), rating: 3 as const, durationMs: 4000 },
    { at: at(3 * DAY), rating: 3 as const, durationMs: 4000 },
    { at: at(12 * DAY), rating: 1 as const, durationMs: 9000 },
    { at: at(12 * DAY + 10 * MIN), rating: 3 as const, durationMs: 4000 },
  ];

  it("rebuilds the state a learner would have had: steps, a review, a lapse and relearning", () => {
    const { steps, final, leech } = replayReviews(history, DEFAULT_SETTINGS);
    expect(steps.map((s) => s.after.state)).toEqual([1, 2, 2, 3, 2]);
    expect(steps[0]?.before).toBeNull();
    expect(steps[1]?.before).toEqual(steps[0]?.after);
    expect(final).toMatchObject({ reps: 5, lapses: 1, state: 2 });
    expect(final?.lastReview).toEqual(at(12 * DAY + 10 * MIN));
    expect(final!.due.getTime()).toBeGreaterThan(at(12 * DAY + 10 * MIN).getTime());
    // Stability grew with the successful review and fell at the lapse.
    expect(steps[2]!.after.stability).toBeGreaterThan(steps[1]!.after.stability);
    expect(steps[3]!.after.stability).toBeLessThan(steps[2]!.after.stability);
    expect(leech).toBe(false);
  });

  it("is deterministic and skips reviews out of order or at the same instant", () => {
    const shuffled = [
      history[0]!,
      history[1]!,
      { ...history[1]!, rating: 1 as const },
      { at: at(5 * MIN), rating: 4 as const, durationMs: 1 },
      ...history.slice(2),
    ];
    const a = replayReviews(history, DEFAULT_SETTINGS);
    const b = replayReviews(shuffled, DEFAULT_SETTINGS);
    expect(b.steps).toHaveLength(history.length);
    expect(b.final).toEqual(a.final);
  });

  it("uses the user's desired retention: a higher target schedules the next review sooner", () => {
    const low = replayReviews(history.slice(0, 3), { ...DEFAULT_SETTINGS, desiredRetention: 0.8 }).final!;
    const high = replayReviews(history.slice(0, 3), { ...DEFAULT_SETTINGS, desiredRetention: 0.97 }).final!;
    expect(high.due.getTime()).toBeLessThan(low.due.getTime());
  });

  it("flags a card with eight lapses as a leech", () => {
    // Two goods graduate the card; then each "again" is a lapse and each "good" relearns it.
    const ratings = [3, 3, ...Array.from({ length: 9 }, () => [1, 3]).flat()] as (1 | 3)[];
    const lapsing = ratings.map((rating, i) => ({ at: at(i * 2 * DAY), rating, durationMs: 1000 }));
    expect(replayReviews(lapsing, DEFAULT_SETTINGS).leech).toBe(true);
    expect(replayReviews([], DEFAULT_SETTINGS)).toEqual({ steps: [], final: null, leech: false });
  });
});
