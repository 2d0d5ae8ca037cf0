// Pooled histories (a class fit): each review's study days are counted in its learner's own time
// zone and day start, as that learner's own fit counts them, not in one rule for the whole class.
import { describe, expect, it } from "vitest";
import { sequenceByCard, trainingItems, type ReviewRecord } from "@/lib/srs/history";

const UTC = { timeZone: "UTC", dayStartHour: 4 };
const PLUS_TEN = { timeZone: "Etc/GMT-10", dayStartHour: 4 }; // UTC+10 all year

const review = (cardId: string, iso: string, day?: ReviewRecord["day"]): ReviewRecord => ({
  cardId,
  deckId: "d",
  reviewedAt: new Date(iso),
  rating: 3,
  durationMs: 1000,
  origin: "study",
  state: 2,
  stability: 3,
  difficulty: 5,
  scheduledDays: 1,
  due: new Date(iso),
  day,
});

// 15:00Z and 20:00Z: one study day in UTC (both after 04:00), two at UTC+10 (01:00 is still the
// previous study day there, 06:00 the next one).
const pair = (cardId: string, day?: ReviewRecord["day"]) => [
  review(cardId, "2026-03-01T15:00:00Z", day),
  review(cardId, "2026-03-01T20:00:00Z", day),
];

describe("study days of pooled reviews", () => {
  it("counts each review in its own learner's days when it carries them", () => {
    const seq = sequenceByCard([...pair("far:c1", PLUS_TEN), ...pair("near:c1", UTC)], UTC);
    expect(seq.get("far:c1")?.[1]?.elapsedDays).toBe(1);
    expect(seq.get("near:c1")?.[1]?.elapsedDays).toBe(0);
  });

  it("falls back to the rule given when a review carries none", () => {
    expect(sequenceByCard(pair("c1"), UTC).get("c1")?.[1]?.elapsedDays).toBe(0);
    expect(sequenceByCard(pair("c1"), PLUS_TEN).get("c1")?.[1]?.elapsedDays).toBe(1);
  });

  it("gives the optimiser the same items for a pooled learner as for that learner alone", () => {
    const alone = trainingItems(pair("c1"), PLUS_TEN);
    const pooled = trainingItems([...pair("far:c1", PLUS_TEN), ...pair("near:c1", UTC)], UTC);
    expect(alone.map((i) => i.reviews)).toEqual([
      [
        [3, 0],
        [3, 1],
      ],
    ]);
    // The UTC learner's pair is one study day: no forgetting to fit, no item; the far one's is the same as alone.
    expect(pooled.map((i) => i.reviews)).toEqual(alone.map((i) => i.reviews));
  });
});
