// What passes between the web process and the optimiser worker (structured-clone safe).
import type { DayOptions, ReviewRecord } from "@/lib/srs/history";
import type { OptimiseResult } from "@/lib/srs/optimiser";

export type OptimiseJob = { records: ReviewRecord[]; current: number[] | null; day: DayOptions; now: string };
export type WorkerMessage =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: OptimiseResult }
  | { type: "failed"; name: string; message: string };
