// npm run eval:optimizer — does the optimiser recover a learner's memory from their reviews?
// Synthetic learners whose memory follows known FSRS-6 weights (not the defaults) are scheduled with the
// defaults, as a new user is; the optimiser fits weights on all but the latest fifth of their reviews,
// and both weight sets predict the held-back fifth. Prints log loss and RMSE, and the optimiser's time
// at 1 k, 20 k and 100 k reviews. Exit code 1 if the fitted weights fail to beat the defaults.
import { default_w } from "ts-fsrs";
import { trainingItems, type ReviewRecord } from "@/lib/srs/history";
import { splitHeldOut } from "@/lib/srs/optimiser";
import { simulate } from "@/lib/srs/simulate";
import { evaluateWeights, fitWeights, judgedItems, toBindingItems } from "@/lib/srs/optimise";

// Two learners unlike the defaults: one forgets faster and more steeply, one remembers longer.
const LEARNERS: { name: string; w: number[] }[] = [
  {
    // First memories last a fraction of what the defaults assume, and grow slowly.
    name: "forgets fast",
    w: [0.05, 0.2, 0.5, 1.5, 7.0, 0.6, 2.5, 0.01, 1.0, 0.2, 1.0, 1.8, 0.08, 0.3, 1.8, 0.5, 2.2, 0.5, 0.1, 0.07, 0.3],
  },
  {
    // First memories last about four times longer than the defaults assume.
    name: "remembers long",
    w: [
      1.5, 5.0, 9.0, 30.0, 6.0, 0.9, 3.2, 0.005, 2.3, 0.1, 0.7, 1.2, 0.05, 0.25, 1.4, 0.7, 1.6, 0.6, 0.08, 0.06, 0.12,
    ],
  },
];
const SIZES = [1_000, 20_000, 100_000];
// Below a few thousand items fsrs-rs only pre-trains the first-review stabilities (a fit of 1 k reviews
// takes ~30 ms): there the fitted weights may lose, which is why a fit is adopted only when it wins on
// held-back reviews. The pass rule applies from 20 k up; 1 k is printed for the record.
const MUST_WIN_FROM = 20_000;
const DAY = { timeZone: "UTC", dayStartHour: 4 };
const START = new Date("2025-01-01T00:00:00Z");

function history(w: number[], target: number, seed: number): ReviewRecord[] {
  // About 11 reviews per card over a year of daily study: enough cards to reach the target.
  const cards = Math.ceil(target / 9);
  const result = simulate({
    start: START,
    days: 365,
    day: DAY,
    scheduler: { desiredRetention: 0.9, maxIntervalDays: 36500, fsrsParams: null },
    truthWeights: w,
    cards: Array.from({ length: cards }, (_, i) => ({ cardId: `c${i}`, state: null })),
    newPerDay: Math.ceil(cards / 300),
    seed,
    recordLogs: true,
  });
  return result.logs.slice(0, target);
}

const fmt = (x: number) => x.toFixed(4);
let failures = 0;
console.log("learner          reviews  held-back  log loss fitted / default   RMSE fitted / default   fit s");
for (const learner of LEARNERS) {
  for (const [i, size] of SIZES.entries()) {
    const logs = history(learner.w, size, 11 + i);
    const items = trainingItems(logs, DAY);
    const { train, test } = splitHeldOut(items);
    const testItems = toBindingItems(judgedItems(test));
    const t0 = performance.now();
    const fitted = await fitWeights(toBindingItems(train));
    const seconds = (performance.now() - t0) / 1000;
    const f = evaluateWeights(fitted, testItems);
    const d = evaluateWeights(default_w, testItems);
    const better = f.logLoss < d.logLoss && f.rmse < d.rmse;
    if (!better && size >= MUST_WIN_FROM) failures += 1;
    console.log(
      `${learner.name.padEnd(16)} ${String(logs.length).padStart(7)}  ${String(testItems.length).padStart(9)}  ` +
        `${fmt(f.logLoss)} / ${fmt(d.logLoss)}          ${fmt(f.rmse)} / ${fmt(d.rmse)}       ` +
        `${seconds.toFixed(2).padStart(5)}${better ? "" : "   NOT BETTER"}`,
    );
  }
}
// Time of the whole optimise() run a user triggers (two fits, both evaluations, retention advice).
const { optimise } = await import("@/lib/srs/optimise");
console.log("\noptimise() end to end (two fits + evaluations + retention advice), learner 1:");
for (const size of SIZES) {
  const logs = history(LEARNERS[0]!.w, size, 5);
  const r = await optimise(logs, { current: null, day: DAY, now: START });
  console.log(
    `  ${String(size).padStart(7)} reviews: ${(r.millis.total / 1000).toFixed(2)} s (fits ${(r.millis.fit / 1000).toFixed(2)} s), adopted: ${r.decision.adopt}`,
  );
}
if (failures > 0) {
  console.error(`\n${failures} case(s) where the fitted weights did not beat the defaults`);
  process.exit(1);
}
