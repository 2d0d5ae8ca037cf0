import { describe, expect, it } from "vitest";
import type { ReviewRecord } from "@/lib/srs/history";
import { sequenceByCard, trainingItems } from "@/lib/srs/history";
import { activityByDay, cardHistory, distributions, histogram, statsReport, trueRetention } from "@/lib/srs/stats";
import { expectedReviews } from "@/lib/srs/review-forecast";
import { simulate } from "@/lib/srs/simulate";
import { dueForecast, type CardStateRow, type Rating } from "@/lib/srs";
import { row, UTC_SETTINGS } from "./fixtures";

const DAY = { timeZone: "UTC", dayStartHour: 4 };
const rec = (
  cardId: string,
  iso: string,
  rating: Rating,
  after: { state?: 0 | 1 | 2 | 3; scheduledDays?: number; stability?: number; origin?: string } = {},
): ReviewRecord => ({
  cardId,
  deckId: "d",
  reviewedAt: new Date(iso),
  rating,
  durationMs: 10_000,
  origin: after.origin ?? "study",
  state: after.state ?? 2,
  stability: after.stability ?? 5,
  difficulty: 5,
  scheduledDays: after.scheduledDays ?? 5,
  due: new Date(iso),
});

// Card a: first review (new → review, 5 days), passed after 5 days (young), interval 30, then failed
// after 30 days (mature). Card b: learning step on its first day (not a sample), passed a day later
// (its state before was learning: not a sample), passed 10 days later (young), failed the same day
// again (same day: not a sample). Card c: crammed (never a sample).
const LOG: ReviewRecord[] = [
  rec("a", "2026-03-01T10:00:00Z", 3, { scheduledDays: 5 }),
  rec("a", "2026-03-06T10:00:00Z", 3, { scheduledDays: 30 }),
  rec("a", "2026-04-05T10:00:00Z", 1, { state: 3, scheduledDays: 0 }),
  rec("b", "2026-03-20T10:00:00Z", 3, { state: 1, scheduledDays: 0 }),
  rec("b", "2026-03-21T10:00:00Z", 3, { scheduledDays: 10 }),
  rec("b", "2026-03-31T10:00:00Z", 3, { scheduledDays: 25 }),
  rec("b", "2026-03-31T11:00:00Z", 1, { state: 3, scheduledDays: 0 }),
  rec("c", "2026-03-31T12:00:00Z", 1, { origin: "cram" }),
];
const NOW = new Date("2026-04-10T12:00:00Z");

describe("true retention", () => {
  const seq = sequenceByCard(LOG, DAY);
  it("counts by hand: by month, young and mature", () => {
    const months = trueRetention(seq, DAY, "month", NOW, 2);
    expect(months.map((m) => m.period)).toEqual(["2026-03", "2026-04"]);
    // March: a on 03-06 (young, pass), b on 03-31 10:00 (young, pass). b 03-21 had state learning before.
    expect(months[0]?.young).toEqual({ passed: 2, total: 2, rate: 1 });
    expect(months[0]?.mature.total).toBe(0);
    // April: a on 04-05 after a 30-day interval (mature, fail).
    expect(months[1]?.mature).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(months[1]?.all).toEqual({ passed: 0, total: 1, rate: 0 });
  });
  it("by day and week, with empty periods as null rates", () => {
    const days = trueRetention(seq, DAY, "day", NOW, 30);
    expect(days).toHaveLength(30);
    expect(days.find((d) => d.period === "2026-03-31")?.young).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(days.find((d) => d.period === "2026-04-01")?.all.rate).toBeNull();
    const weeks = trueRetention(seq, DAY, "week", NOW, 6);
    // 2026-03-30 is a Monday: b's pass on 03-31 and a's lapse on Sunday 04-05 fall in that week.
    expect(weeks.find((w) => w.period === "2026-03-30")?.young).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(weeks.find((w) => w.period === "2026-03-30")?.mature).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(weeks.find((w) => w.period === "2026-03-23")?.all.total).toBe(0);
  });
});

describe("activity, distributions, card history", () => {
  it("counts reviews, time and lapses per study day; cram counts as activity", () => {
    const a = activityByDay(LOG, DAY, NOW, 15);
    const d31 = a.find((d) => d.day === "2026-03-31");
    expect(d31).toEqual({ day: "2026-03-31", reviews: 3, seconds: 30, again: 2 });
    expect(a.reduce((s, d) => s + d.reviews, 0)).toBe(4); // 03-27..04-10: three on 03-31, one on 04-05
  });
  it("bins values with an open last bin", () => {
    const bins = histogram([0, 0.5, 1, 2.9, 3, 400], [0, 1, 3], (f) => String(f));
    expect(bins.map((b) => b.count)).toEqual([2, 2, 2]);
  });
  it("distributions leave out new and suspended cards", () => {
    const states: CardStateRow[] = [
      row({ scheduledDays: 2 }),
      row({ scheduledDays: 40 }),
      row({ state: 0 }),
      row({ suspended: true }),
    ];
    const d = distributions(states, NOW, UTC_SETTINGS);
    expect(d.interval.reduce((s, b) => s + b.count, 0)).toBe(2);
    expect(d.interval.find((b) => b.label === "1–3d")?.count).toBe(1);
    expect(d.interval.find((b) => b.label === "30–60d")?.count).toBe(1);
  });
  it("per-card history predicts recall from the state before each review", () => {
    const h = cardHistory(LOG, "a", UTC_SETTINGS);
    expect(h.map((r) => r.rating)).toEqual([3, 3, 1]);
    expect(h[0]?.predictedRecall).toBeNull();
    // 5 days after a review that left stability 5: FSRS predicts 90 % (stability is the 90 % point).
    expect(h[1]?.predictedRecall).toBeCloseTo(0.9, 2);
    expect(h[2]?.predictedRecall ?? 1).toBeLessThan(0.9);
  });
});

describe("training items", () => {
  it("one item per later review, once the card was seen on a second day; cram left out", () => {
    const items = trainingItems(LOG, DAY);
    // In time order: a 03-06, b 03-21, b 03-31 10:00, b 03-31 11:00 (same day), a 04-05; c is cram only.
    expect(items.map((i) => i.reviews.length)).toEqual([2, 2, 3, 4, 3]);
    expect(items[3]?.reviews[3]).toEqual([1, 0]);
    expect(items[0]?.reviews).toEqual([
      [3, 0],
      [3, 5],
    ]);
  });
});

describe("forecast", () => {
  const start = new Date("2026-03-01T06:00:00Z");
  const base = { scheduler: { desiredRetention: 0.9, maxIntervalDays: 36500, fsrsParams: null }, day: DAY };
  // A learner with history: 60 days of study of 120 cards, then we look ahead from there.
  const history = simulate({
    ...base,
    start,
    days: 60,
    cards: Array.from({ length: 120 }, (_, i) => ({ cardId: `k${i}`, state: null })),
    newPerDay: 4,
    seed: 3,
    recordLogs: true,
  });
  const last = new Map<string, ReviewRecord>();
  for (const l of history.logs) last.set(l.cardId, l);
  const states: CardStateRow[] = [...last.values()].map((l) =>
    row({
      cardId: l.cardId,
      due: l.due,
      stability: l.stability,
      difficulty: l.difficulty,
      state: l.state,
      scheduledDays: l.scheduledDays,
      lastReview: l.reviewedAt,
    }),
  );
  const now = new Date("2026-04-30T12:00:00Z");

  it("due counts match the cards' own due dates", () => {
    const f = dueForecast(states, now, UTC_SETTINGS, 30);
    const direct = new Array(30).fill(0);
    for (const s of states) {
      const days = Math.floor((s.due.getTime() - new Date("2026-04-30T04:00:00Z").getTime()) / 86_400_000);
      if (days < 30) direct[Math.max(0, days)] += 1;
    }
    expect(f.map((d) => d.due)).toEqual(direct);
  });

  it("expected reviews match the average of direct simulations", () => {
    const days = 30;
    const expected = expectedReviews(states, now, UTC_SETTINGS, days);
    const runs = 200;
    const mean = new Array<number>(days).fill(0);
    for (let seed = 0; seed < runs; seed++) {
      const r = simulate({
        ...base,
        start: now,
        days,
        cards: states.map((s) => ({ cardId: s.cardId, state: s })),
        newPerDay: 0,
        seed,
        ratings: { first: [0, 0, 1, 0], pass: [0, 1, 0] },
      });
      r.days.forEach((d, i) => (mean[i] = (mean[i] ?? 0) + d.reviews / runs));
    }
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(expected)).toBeGreaterThan(50);
    expect(Math.abs(total(expected) - total(mean)) / total(mean)).toBeLessThan(0.05);
    // Week by week within 10 % (fuzz makes single days noisy).
    for (let w = 0; w < 4; w++) {
      const e = total(expected.slice(w * 7, w * 7 + 7));
      const m = total(mean.slice(w * 7, w * 7 + 7));
      expect(Math.abs(e - m)).toBeLessThanOrEqual(Math.max(1.5, 0.1 * m));
    }
  }, 60_000);

  it("the report holds 30 and 90 days, the year's heatmap and the totals", () => {
    const r = statsReport({ records: history.logs, states, cardsTotal: 200, now, settings: UTC_SETTINGS });
    expect(r.forecast.days30).toHaveLength(30);
    expect(r.forecast.days90).toHaveLength(90);
    expect(r.heatmap).toHaveLength(365);
    expect(r.heatmap.reduce((s, d) => s + d.reviews, 0)).toBe(history.logs.length);
    expect(r.totals).toMatchObject({ reviews: history.logs.length, cardsSeen: states.length, cardsTotal: 200 });
  }, 30_000);
});
