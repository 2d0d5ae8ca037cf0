// The shapes of a document import under review: its documents, its draft candidates and their
// status. Pure types, shared by lib/db (which stores them) and the review screen (which shows them).
import type { MergedCandidate } from "@/lib/generate";
import type { Generator, GenerationReport } from "@/lib/generate/llm/backend";

export type ImportDocument = {
  key: string;
  fileName: string;
  format: string;
  title: string;
  text: string;
  /** How this document's cards were made: which generator, chunks, fallbacks, refused model facts. */
  generation?: GenerationReport;
};
export type CandidateStatus = "pending" | "approved" | "rejected";
// `score` (0..1) and `reason` come from the generator's ranking; imports made before it lack `reason`.
export type ReviewCandidate = MergedCandidate & {
  status: CandidateStatus;
  factKey?: string;
  reason?: string;
  generator?: Generator;
  explanation?: string;
};
/** awaiting: a model would be used and the instructor has not yet seen the token estimate. */
export type ImportStatus = "awaiting" | "processing" | "ready" | "failed" | "cancelled";
export type ConflictSummary = { group: string; subject: string; members: string[] };
