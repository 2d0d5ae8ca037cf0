// The optimiser's rules, apart from the native binding so they can be unit-tested and shown in the UI:
// how many reviews are needed, which reviews are held back, and when fitted weights are adopted.
import type { TrainingItem } from "./history";
import { longTermCount } from "./history";

/**
 * Long-term reviews (a card seen again on a later study day) needed before fitting. A fifth is held
 * back to judge the fit, so 400 leaves 80 judged reviews: with recall near 90 % the standard error of
 * a retention estimate on 80 reviews is about 3 points, the same size as the gain optimising gives
 * (RMSE 0.072 → 0.046 in the FSRS benchmark). Fewer, and "better" would be mostly noise.
 */
export const MIN_REVIEWS = 400;
/** The latest fifth of the reviews is held back from fitting and used to compare the two sets of weights. */
export const HOLDOUT_SHARE = 0.2;
/** With automatic re-fitting on, a new run starts after this many new reviews since the last one. */
export const AUTO_EVERY = 1000;

export type Metrics = { logLoss: number; rmse: number };

export type Readiness = { reviews: number; needed: number; enough: boolean };
export function optimiserReadiness(items: readonly TrainingItem[]): Readiness {
  const reviews = longTermCount(items);
  return { reviews, needed: MIN_REVIEWS, enough: reviews >= MIN_REVIEWS };
}

/** Splits by time: the items whose last review is among the latest `share` are held back. */
export function splitHeldOut(items: readonly TrainingItem[], share = HOLDOUT_SHARE) {
  const sorted = [...items].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const cut = Math.max(1, Math.min(sorted.length - 1, Math.round(sorted.length * (1 - share))));
  return { train: sorted.slice(0, cut), test: sorted.slice(cut) };
}

export type Decision = { adopt: boolean; reason: string };

/**
 * Adopt only if the fitted weights predict the held-back reviews better on both measures: lower log
 * loss and an RMSE no higher. Either alone can be gamed by the other going wrong.
 */
export function decideAdoption(fitted: Metrics, current: Metrics): Decision {
  const ok = (m: Metrics) => Number.isFinite(m.logLoss) && Number.isFinite(m.rmse);
  if (!ok(fitted)) return { adopt: false, reason: "The fit did not give usable predictions." };
  if (!ok(current)) return { adopt: true, reason: "The weights in use give no usable predictions." };
  if (fitted.logLoss < current.logLoss && fitted.rmse <= current.rmse) {
    return { adopt: true, reason: "The fitted weights predict your held-back reviews better on both measures." };
  }
  return { adopt: false, reason: "The fitted weights do not predict your held-back reviews better; yours stay." };
}

/** The result of one run, as stored and shown. */
export type OptimiseResult = {
  reviews: number;
  items: number;
  heldOut: { reviews: number; fitted: Metrics; current: Metrics };
  /** Weights fitted on the whole history (the ones adopted) and the current ones, on the whole history. */
  allHistory: { adopted: Metrics; current: Metrics };
  weights: number[];
  currentWeights: number[];
  decision: Decision;
  optimalRetention: OptimalRetention | null;
  millis: { fit: number; total: number };
};

export type OptimalRetention = {
  retention: number;
  /** Simulated seconds of study per card still known after a year, at each retention tried. */
  costs: { retention: number; secondsPerKnownCard: number }[];
};
