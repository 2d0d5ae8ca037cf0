// What each kind of job does. Kinds are plain strings so other long work can be added here and
// queued with enqueueJob(kind, payload).
import { z } from "zod";
import { processDeckFileImport } from "@/lib/db/deck-imports";
import { OPTIMISE_JOB } from "@/lib/db/fsrs-params";
import { processImport } from "@/lib/db/imports";
import { runOptimiserJob } from "@/lib/optimiser/job";
import type { JobHandlers } from "./worker";

export const IMPORT_JOB = "import";
export const DECK_FILE_IMPORT_JOB = "deck-file-import";

const importPayload = z.object({ importId: z.string().min(1) });

export const jobHandlers: JobHandlers = {
  [IMPORT_JOB]: async (payload) => {
    await processImport(importPayload.parse(payload).importId);
  },
  [DECK_FILE_IMPORT_JOB]: async (payload) => {
    await processDeckFileImport(importPayload.parse(payload).importId);
  },
  // Fitting FSRS weights (a user's or a class's); the run row shows its progress.
  [OPTIMISE_JOB]: runOptimiserJob,
};
