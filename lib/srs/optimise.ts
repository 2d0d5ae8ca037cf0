// optimise(records) → result: fits FSRS-6 weights to one learner's (or one class's pooled) review log
// with the FSRS binding (fsrs-rs, native), judges them against the weights in use on the latest reviews
// held back from the fit, and says whether to adopt them. No database and no clock reads: the worker
// (lib/optimiser) and the evaluation script call it the same way. Server-only (native module), so it
// is not re-exported from lib/srs/index.ts, which client code may import.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import { trainingItems, type DayOptions, type ReviewRecord, type TrainingItem } from "./history";
import { optimalRetention, secondsPerRating } from "./optimal-retention";
import { decideAdoption, optimiserReadiness, splitHeldOut, type Metrics, type OptimiseResult } from "./optimiser";

export class TooFewReviews extends Error {
  constructor(
    readonly reviews: number,
    readonly needed: number,
  ) {
    super(`Optimising needs at least ${needed} reviews of cards seen on an earlier day; there are ${reviews}.`);
    this.name = "TooFewReviews";
  }
}

export function toBindingItems(items: readonly TrainingItem[]): FSRSBindingItem[] {
  return items.map((item) => new FSRSBindingItem(item.reviews.map(([r, d]) => new FSRSBindingReview(r, d))));
}

/**
 * The items a prediction is judged on: those whose last review came on a later day. fsrs-rs refuses
 * (InvalidInput) items ending in a same-day step after two or more long-term reviews, and a same-day
 * step is not a test of memory over time anyway.
 */
export function isJudged(item: TrainingItem): boolean {
  return (item.reviews[item.reviews.length - 1]?.[1] ?? 0) > 0;
}
export function judgedItems(items: readonly TrainingItem[]): TrainingItem[] {
  return items.filter(isJudged);
}

/** Log loss and RMSE (binned, as fsrs-rs reports it) of these weights on these items (see judgedItems). */
export function evaluateWeights(weights: readonly number[], items: FSRSBindingItem[]): Metrics {
  const m = new FSRSBinding([...weights]).evaluate(items);
  return { logLoss: m.logLoss, rmse: m.rmseBins };
}

export async function fitWeights(items: FSRSBindingItem[], onProgress?: (fraction: number) => void): Promise<number[]> {
  return computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: 1,
    progress: (current, total) => {
      if (onProgress && total > 0) onProgress(Math.min(1, current / total));
    },
  });
}

export type OptimiseOptions = {
  /** The weights in use; null = the FSRS-6 defaults. */
  current: readonly number[] | null;
  day: DayOptions;
  /** Start of the simulated year for the retention advice (passed in: no clock reads here). */
  now: Date;
  onProgress?: (fraction: number) => void;
  /** Skip the optimal-retention simulation (the evaluation script does not need it). */
  adviseRetention?: boolean;
};

export async function optimise(records: readonly ReviewRecord[], options: OptimiseOptions): Promise<OptimiseResult> {
  const started = performance.now();
  const items = trainingItems(records, options.day);
  const ready = optimiserReadiness(items);
  if (!ready.enough) throw new TooFewReviews(ready.reviews, ready.needed);
  const progress = options.onProgress ?? (() => {});
  const current = options.current ? [...options.current] : [...default_w];

  // Native item objects are costly to make: build each once and share them between the sets.
  const bindingItems = toBindingItems(items);
  const judged = (from: number, to: number) =>
    bindingItems.slice(from, to).filter((_, i) => isJudged(items[from + i] as TrainingItem));

  // First fit on all but the latest fifth, to judge honestly on reviews the fit never saw.
  const { train } = splitHeldOut(items);
  const cut = train.length;
  const testItems = judged(cut, items.length);
  const fitStart = performance.now();
  const heldOutWeights = await fitWeights(bindingItems.slice(0, cut), (f) => progress(0.05 + 0.4 * f));
  const fitted = evaluateWeights(heldOutWeights, testItems);
  const currentHeldOut = evaluateWeights(current, testItems);
  const decision = decideAdoption(fitted, currentHeldOut);
  progress(0.5);

  // Then fit on everything: those are the weights adopted, if the judged fit won.
  const weights = decision.adopt ? await fitWeights(bindingItems, (f) => progress(0.5 + 0.4 * f)) : heldOutWeights;
  const fitMillis = performance.now() - fitStart;
  const judgedAll = judged(0, items.length);
  const adoptedAll = evaluateWeights(weights, judgedAll);
  const currentAll = evaluateWeights(current, judgedAll);
  progress(0.92);

  const advice =
    options.adviseRetention === false
      ? null
      : optimalRetention({
          weights: decision.adopt ? weights : current,
          secondsPerRating: secondsPerRating(records),
          start: options.now,
        });
  progress(1);
  return {
    reviews: ready.reviews,
    items: items.length,
    heldOut: { reviews: testItems.length, fitted, current: currentHeldOut },
    allHistory: { adopted: adoptedAll, current: currentAll },
    weights,
    currentWeights: current,
    decision,
    optimalRetention: advice,
    millis: { fit: Math.round(fitMillis), total: Math.round(performance.now() - started) },
  };
}
