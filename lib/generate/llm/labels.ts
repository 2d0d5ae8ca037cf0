// Why a model's fact was refused, in words an instructor reads.
import type { DropReason } from "./backend";

export const DROP_REASON_LABELS: Record<DropReason, string> = {
  "evidence-not-found": "whose quote is not in the document",
  "answer-not-supported": "whose quote does not state the answer",
  "about-the-source": "asking about the document instead of its subject",
  "not-a-question": "that were not questions",
  "answer-in-question": "with the answer in the question",
  "glued-noise": "with conversion noise",
  empty: "that were empty",
  "too-long": "too long for a card",
  malformed: "malformed",
  duplicate: "duplicates",
};
