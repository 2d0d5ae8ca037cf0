// The fact generator: document text in, draft flashcard candidates out. Pure.
export { generateCandidates, type SourceDocument } from "./candidates";
export { toDraftFact, type DraftOptions } from "./draft";
export { mergeCandidates, similarSubjects, type ConflictGroup, type MergedCandidate, type MergeResult } from "./merge";
export { splitSentences } from "./sentences";
export { containsAnswer, tidyAnswer } from "./text";
export type * from "./types";
export {
  answerSupported,
  findQuote,
  isCloze,
  junkReason,
  verifyCandidate,
  type ExactSpan,
  type VerifyInput,
  type VerifyReason,
  type VerifyResult,
} from "./verify";
