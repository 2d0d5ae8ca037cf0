// Wire shapes of the optimiser, for routes and client components (no database imports here).
import type { ParameterSetView, ParameterSource, RunView } from "@/lib/db/fsrs-params";
import type { Readiness } from "@/lib/srs/optimiser";

export type { ParameterSetView, ParameterSource, RunView };
export type FsrsOverview = {
  inUse: { source: ParameterSource; weights: number[] | null; parametersId: string | null };
  desiredRetention: number;
  readiness: Readiness;
  holdoutShare: number;
  autoOptimise: boolean;
  autoEvery: number;
  history: ParameterSetView[];
  latestRun: RunView | null;
};
