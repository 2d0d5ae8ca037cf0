// Draft facts from a deck file (an Anki package or a CSV table), as the import review screen shows
// them: the fact's fields, which of its cards had a review history in the other tool, and what
// was changed on the way in. Pure.
import type { CardTemplate } from "@/lib/content/cards";
import type { FactInput, FactKind, FactValue, Transfer } from "@/lib/content/schema";

/** One review from another tool: when (ms), the rating, how long it took. */
export type ImportedReview = { at: number; rating: 1 | 2 | 3 | 4; durationMs: number };

export type DeckCandidateStatus = "pending" | "approved" | "rejected";

export type DeckCandidate = {
  /** Stable within the import: "anki-<note>-<n>" or "csv-<row>". */
  id: string;
  kind: FactKind;
  prompt: string;
  answer: string;
  variants: string[];
  explanation: string;
  tags: string[];
  /** Where in the file: the Anki deck's name, the CSV file's name. */
  section: string;
  reverse: boolean;
  /** Fields only a SourceDeck export carries; with them a round trip loses nothing. */
  key?: string;
  value?: FactValue;
  article?: number;
  transfer?: Transfer;
  conflict?: string;
  source?: { key: string; title: string; author: string; date: string; kind?: string };
  /** Review history per card template, oldest first. */
  history: Partial<Record<CardTemplate, ImportedReview[]>>;
  /** Templates whose card was suspended in the other tool. */
  suspended: CardTemplate[];
  /** What was changed or left out on the way in, for the reviewer. */
  notes: string[];
  status: DeckCandidateStatus;
  factKey?: string;
};

export type DeckImportFormat = "apkg" | "csv";

/** What the import screen says about the file as a whole. */
export type DeckImportSummary = {
  format: DeckImportFormat;
  fileName: string;
  /** Notes or rows read, facts made, reviews kept. */
  counts: { items: number; candidates: number; reviews: number; skipped: number };
  messages: string[];
};

export const LIMITS = { prompt: 400, answer: 200, explanation: 600, variant: 200 } as const;

/** Facts approved in one go: each brings its cards and replayed history in one transaction. */
export const MAX_APPROVE_AT_ONCE = 5000;

/** Cuts text at a word boundary and marks the cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The fact a candidate becomes (validated by factSchema at approval). */
export function candidateToFact(c: DeckCandidate, id: string, sourceKey: string): FactInput {
  const fact: FactInput = {
    id,
    kind: c.kind,
    prompt: c.prompt,
    answer: c.answer,
    variants: c.variants,
    explanation: c.explanation,
    source: sourceKey,
    section: c.section,
    tags: c.tags,
    reverse: c.reverse,
  };
  if (c.value) fact.value = c.value;
  if (c.article !== undefined) fact.article = c.article;
  if (c.transfer) fact.transfer = c.transfer;
  if (c.conflict) fact.conflict = c.conflict;
  return fact;
}
