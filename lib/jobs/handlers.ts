// What each kind of job does. Kinds are plain strings so other long work (optimising FSRS
// parameters) can be added here and queued with enqueueJob(kind, payload).
import { z } from "zod";
import { processImport } from "@/lib/db/imports";
import type { JobHandlers } from "./worker";

export const IMPORT_JOB = "import";

export const jobHandlers: JobHandlers = {
  [IMPORT_JOB]: async (payload) => {
    const { importId } = z.object({ importId: z.string().min(1) }).parse(payload);
    await processImport(importId);
  },
};
