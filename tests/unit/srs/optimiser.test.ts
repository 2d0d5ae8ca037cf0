import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { trainingItems } from "@/lib/srs/history";
import { decideAdoption, MIN_REVIEWS, optimiserReadiness, splitHeldOut } from "@/lib/srs/optimiser";
import { evaluateWeights, judgedItems, optimise, toBindingItems, TooFewReviews } from "@/lib/srs/optimise";
import { simulate } from "@/lib/srs/simulate";

const DAY = { timeZone: "UTC", dayStartHour: 4 };
const START = new Date("2026-01-01T00:00:00Z");
const LONG_MEMORY = [
  1.5, 5.0, 9.0, 30.0, 6.0, 0.9, 3.2, 0.005, 2.3, 0.1, 0.7, 1.2, 0.05, 0.25, 1.4, 0.7, 1.6, 0.6, 0.08, 0.06, 0.12,
];
const history = (cards: number, days: number, seed: number, truth: number[] | null = null) =>
  simulate({
    start: START,
    days,
    day: DAY,
    scheduler: { desiredRetention: 0.9, maxIntervalDays: 36500, fsrsParams: null },
    truthWeights: truth,
    cards: Array.from({ length: cards }, (_, i) => ({ cardId: `c${i}`, state: null })),
    newPerDay: Math.ceil(cards / (days * 0.6)),
    seed,
    recordLogs: true,
  }).logs;

describe("adoption rule", () => {
  it("adopts only when log loss is lower and RMSE no higher", () => {
    expect(decideAdoption({ logLoss: 0.3, rmse: 0.05 }, { logLoss: 0.31, rmse: 0.05 }).adopt).toBe(true);
    expect(decideAdoption({ logLoss: 0.3, rmse: 0.06 }, { logLoss: 0.31, rmse: 0.05 }).adopt).toBe(false);
    expect(decideAdoption({ logLoss: 0.32, rmse: 0.04 }, { logLoss: 0.31, rmse: 0.05 }).adopt).toBe(false);
    expect(decideAdoption({ logLoss: Number.NaN, rmse: 0.01 }, { logLoss: 0.31, rmse: 0.05 }).adopt).toBe(false);
  });
  it("holds back the latest fifth by time", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      reviews: [
        [3, 0],
        [3, 1],
      ] as [3, number][],
      reviewedAt: 100 - i,
    }));
    const { train, test } = splitHeldOut(items);
    expect(train).toHaveLength(8);
    expect(Math.min(...test.map((t) => t.reviewedAt))).toBeGreaterThan(Math.max(...train.map((t) => t.reviewedAt)));
  });
});

describe("optimise on synthetic learners", () => {
  it("refuses too few reviews before touching the binding", async () => {
    const logs = history(20, 30, 1);
    const ready = optimiserReadiness(trainingItems(logs, DAY));
    expect(ready.enough).toBe(false);
    expect(ready.needed).toBe(MIN_REVIEWS);
    await expect(optimise(logs, { current: null, day: DAY, now: START })).rejects.toBeInstanceOf(TooFewReviews);
  });

  it("weights fitted to a learner unlike the defaults beat the defaults on held-back reviews", async () => {
    // About 20 k reviews: below a few thousand fsrs-rs only pre-trains and may lose (see eval:optimizer).
    const logs = history(2000, 365, 5, LONG_MEMORY);
    expect(logs.length).toBeGreaterThan(15_000);
    const r = await optimise(logs, { current: null, day: DAY, now: START, adviseRetention: false });
    expect(r.reviews).toBeGreaterThan(MIN_REVIEWS);
    expect(r.heldOut.fitted.logLoss).toBeLessThan(r.heldOut.current.logLoss);
    expect(r.heldOut.fitted.rmse).toBeLessThan(r.heldOut.current.rmse);
    expect(r.decision.adopt).toBe(true);
    expect(r.weights).toHaveLength(21);
    // Evaluating the true weights on the same held-back items is at least as good as the defaults.
    const { test } = splitHeldOut(trainingItems(logs, DAY));
    const judged = toBindingItems(judgedItems(test));
    expect(evaluateWeights(LONG_MEMORY, judged).logLoss).toBeLessThan(evaluateWeights(default_w, judged).logLoss);
  }, 60_000);
});
