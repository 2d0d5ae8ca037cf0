// The instructions a model gets for one chunk. They ask for what a teacher keeps: questions about
// the subject in the project's style, short answers, and evidence quoted exactly so it can be checked.
import { FACT_KINDS } from "@/lib/content/schema";
import type { ChatMessage } from "./types";

const SYSTEM = [
  "You write flashcards for students from a document. Answer with JSON only, in this shape:",
  '{"facts":[{"kind":"…","question":"…","answer":"…","accept":["…"],"explanation":"…","evidence":"…"}]}',
  "",
  "Rules:",
  `- kind is one of: ${FACT_KINDS.join(", ")}.`,
  "- question: one clear question about the subject itself, as a teacher would write it. Never ask about",
  '  "the document", "the text", "the passage", "the author" or "the source". Never put the answer in the question.',
  "- answer: short and canonical (a name, a date, a number with its unit, or a short phrase for a cause,",
  "  purpose, action or outcome). accept: other correct forms (abbreviations, other date formats).",
  "- explanation: one or two sentences in your own words giving context.",
  "- evidence: the exact words of the document that state the answer, copied character for character",
  "  (one sentence or a short passage). Do not paraphrase the evidence.",
  "- Only facts the document states. Skip references, bylines, captions and advertisements.",
  "- Prefer facts a student would be examined on: dates, figures, people, places, agreements, causes,",
  "  purposes and outcomes. At most {max} facts.",
].join("\n");

export function chunkMessages(
  chunk: { text: string; heading?: string },
  context: { title: string; maxFacts: number },
): ChatMessage[] {
  const where = chunk.heading ? `Section: ${chunk.heading}\n` : "";
  return [
    { role: "system", content: SYSTEM.replace("{max}", String(context.maxFacts)) },
    { role: "user", content: `Document: ${context.title}\n${where}\n<<<\n${chunk.text}\n>>>` },
  ];
}

/** Tokens the instructions themselves cost per call, for the budget. */
export const PROMPT_OVERHEAD_TOKENS = Math.ceil(SYSTEM.length / 4) + 40;
