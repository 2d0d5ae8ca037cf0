// Advice, not a setting: the desired retention that costs the least study time per card still
// remembered after a year, found by simulating the learner with their own weights at each retention.
// (The FSRS binding 0.5.0 has no optimal-retention function, so it is computed here.)
import type { OptimalRetention } from "./optimiser";
import type { ReviewRecord } from "./history";
import { simulate } from "./simulate";

export const RETENTIONS = [0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.925, 0.95];

/** Median seconds per review by rating from the user's own log; defaults where there is none. */
export function secondsPerRating(records: readonly ReviewRecord[]): [number, number, number, number] {
  const fallback: [number, number, number, number] = [20, 15, 8, 6];
  const out = fallback.slice() as [number, number, number, number];
  for (let r = 1; r <= 4; r++) {
    const xs = records
      .filter((x) => x.rating === r && x.durationMs > 0 && x.durationMs < 600_000)
      .map((x) => x.durationMs / 1000)
      .sort((a, b) => a - b);
    if (xs.length >= 10) out[r - 1] = xs[Math.floor(xs.length / 2)] ?? out[r - 1]!;
  }
  return out;
}

export function optimalRetention(input: {
  weights: readonly number[];
  secondsPerRating: [number, number, number, number];
  start: Date;
  cards?: number;
  days?: number;
  seed?: number;
}): OptimalRetention {
  const cards = Array.from({ length: input.cards ?? 200 }, (_, i) => ({ cardId: `c${i}`, state: null }));
  const costs = RETENTIONS.map((retention) => {
    const run = simulate({
      start: input.start,
      days: input.days ?? 365,
      day: { timeZone: "UTC", dayStartHour: 4 },
      scheduler: { desiredRetention: retention, maxIntervalDays: 36500, fsrsParams: [...input.weights] },
      cards,
      newPerDay: 10,
      // The same seed at every retention: differences come from the retention, not the dice.
      seed: input.seed ?? 7,
      secondsPerRating: input.secondsPerRating,
    });
    return { retention, secondsPerKnownCard: run.totalSeconds / Math.max(1e-9, run.knownAtEnd) };
  });
  const best = costs.reduce((a, b) => (b.secondsPerKnownCard < a.secondsPerKnownCard ? b : a));
  return { retention: best.retention, costs };
}
