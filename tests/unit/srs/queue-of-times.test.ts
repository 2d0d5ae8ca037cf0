// buildQueueOfTimes (the hot read's entry: times as milliseconds, only available states) answers what
// buildQueue answers for the same states as rows, on random states, limits and times of day.
import { describe, expect, it } from "vitest";
import { buildQueue, buildQueueOfTimes, type CardStateRow, queueTimesOf } from "@/lib/srs";
import { UTC_SETTINGS, at, row } from "./fixtures";

const DAY = 86_400_000;
const now = at("2026-03-10T12:00:00Z");

function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("buildQueueOfTimes", () => {
  it("answers what buildQueue answers for the available states", () => {
    const rnd = generator(4242);
    let withCards = 0;
    for (let round = 0; round < 200; round++) {
      const states: CardStateRow[] = Array.from({ length: 1 + Math.floor(rnd() * 30) }, (_, i) => {
        const state = [0, 1, 2, 2, 3][Math.floor(rnd() * 5)] as CardStateRow["state"];
        // Shared dues and stabilities, so the tie-breaks are exercised.
        const due = new Date(
          now.getTime() + [-2 * DAY, -300_000, 600_000][i % 3]! + (rnd() < 0.5 ? 0 : (rnd() - 0.6) * 3 * DAY),
        );
        return row({
          cardId: `c${i}`,
          factId: `f${Math.floor(i / 2)}`,
          state,
          due,
          stability: state === 0 ? 0 : [0.5, 2, 7][i % 3]! * (rnd() < 0.5 ? 1 : rnd() * 4),
          scheduledDays: Math.floor(rnd() * 10),
          lastReview: rnd() < 0.2 ? null : new Date(due.getTime() - Math.floor(rnd() * 10) * DAY),
          suspended: rnd() < 0.1,
          buriedUntil: rnd() < 0.1 ? new Date(now.getTime() + (rnd() - 0.5) * DAY) : null,
        });
      });
      const nowMs = now.getTime();
      const available = states.filter((s) => !s.suspended && !(s.buriedUntil && s.buriedUntil.getTime() > nowMs));
      const newCards = Array.from({ length: 4 }, (_, i) => ({ cardId: `n${i}`, factId: `nf${i}`, position: i }));
      const settings = { ...UTC_SETTINGS, newPerDay: Math.floor(rnd() * 4), maxReviewsPerDay: Math.floor(rnd() * 12) };
      const today = { newIntroduced: 0, reviewsDone: Math.floor(rnd() * 3), factIdsStudied: rnd() < 0.3 ? ["f1"] : [] };
      const limit = [0, 1, 5, 100][round % 4];
      const whole = buildQueue({ now, settings, states: available, newCards, today, limit });
      expect(buildQueueOfTimes({ now, settings, states: available.map(queueTimesOf), newCards, today, limit })).toEqual(
        whole,
      );
      if (whole.cards.length > 1) withCards++;
    }
    expect(withCards).toBeGreaterThan(50);
  });
});
