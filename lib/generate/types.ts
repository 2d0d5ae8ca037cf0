// Shapes shared by the fact generator: spans, mentions found by the detectors, and the draft
// candidates shown to an instructor. Every start/end is a UTF-16 offset into the ORIGINAL document
// text, so text === source.slice(start, end) always holds.
import type { FactKind } from "@/lib/content/schema";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export interface DateValue {
  /** ISO at the precision written: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** For a range ("13–24 June 2025", "2015–2025"). */
  end?: string;
  /** True when the year was not written and was taken from the nearest year in context. */
  inferredYear?: boolean;
  /** A century ("the fourteenth century"): date and end span its years; the words are the answer. */
  century?: boolean;
}

export interface FigureValue {
  number: number;
  /** Upper end of a range ("$30–50 billion"); number is the lower end. */
  high?: number;
  /** USD, EUR, percent, bcm/year, bpd, missiles, years, … */
  unit?: string;
  /** Scale word as written ("billion"), kept for readable variants. */
  scale?: string;
  /** Hedge as written ("about", "up to", "below"). */
  qualifier?: string;
}

export interface ArticleValue {
  articles: number[];
  instrument: "constitution" | "treaty" | "unknown";
}

export interface WeaponValue {
  /** Each designator, normalised with an ASCII hyphen: ["S-300", "S-400"]. */
  systems: string[];
  /** What it is, when the text says so next to it ("fighter jets", "air defense system"). */
  category?: string;
  /** A kind of weapon rather than a system ("ballistic missiles", "artillery shells"). */
  generic?: boolean;
}

export interface NameValue {
  /** Canonical name ("Shanghai Cooperation Organization", "Vladimir Putin"). */
  name: string;
  /** Other accepted names: acronym or full form, surname alone. */
  aliases: string[];
  /** For people: the title written with the name ("President"). */
  role?: string;
  /** For a list ("Belarus and Tajikistan"): the names it joins. */
  members?: string[];
}

interface MentionBase extends Span {
  text: string;
}

export type Mention =
  | (MentionBase & { kind: "date"; value: DateValue })
  | (MentionBase & { kind: "money" | "quantity" | "percent"; value: FigureValue })
  | (MentionBase & { kind: "article"; value: ArticleValue })
  | (MentionBase & { kind: "weapon"; value: WeaponValue })
  | (MentionBase & { kind: "organisation" | "agreement" | "person" | "place" | "event"; value: NameValue })
  // A proper name no lexicon or tagger could place ("Veragua", "Drosophila", "Althingi").
  | (MentionBase & { kind: "name"; value: NameValue });

export type MentionKind = Mention["kind"];

export interface Evidence extends Span {
  sourceKey: string;
  /** The whole sentence: doc.text.slice(start, end). */
  text: string;
}

export interface CandidateValue {
  date?: string;
  end?: string;
  number?: number;
  unit?: string;
  period?: string;
}

export interface CandidateTransfer {
  system: string;
  from: string;
  to: string;
  quantity?: number;
  year?: number;
  status: "delivered" | "withheld" | "reported" | "planned" | "cancelled";
}

export interface Candidate {
  /** Stable: a hash of source, kind, answer and the answer's span. */
  id: string;
  kind: FactKind;
  prompt: string;
  /** True when the prompt is a fixed template naming only a topic, not a question on the clause. */
  generic: boolean;
  /** The mention as written, typographically tidied (see tidyAnswer): it occurs in the evidence. */
  answer: string;
  /** Other accepted forms (canonical date, ISO, acronym, …); never repeats the answer. */
  variants: string[];
  /** The sentence holding the answer; one per document after merging. */
  evidence: Evidence[];
  /** Where the answer itself sits in the source text. */
  answerSpan: Span;
  /** The sentence with the answer replaced by "[...]". Draft only: it is the source's wording. */
  cloze: string;
  value?: CandidateValue;
  article?: number;
  transfer?: CandidateTransfer;
  section?: string;
  /** The answer's value in comparable form ("2025-01-17", "5000000000 USD", "S-400", "putin"). */
  answerKey: string;
  /** Content words naming what the fact is about (used to merge and to find conflicts). */
  subject: string[];
  /** Quality in 0..1: higher is more worth showing first (see rank.ts). */
  score: number;
  /** Why the score is low, in a few words a reviewer can read; only when it is low. */
  reason?: string;
  /** How the prompt was made: clause, transfer, attribute, reason, action or cloze. */
  method?: "clause" | "transfer" | "attribute" | "reason" | "action" | "cloze";
}

export interface SectionSpan {
  heading: string;
  start: number;
  end: number;
}

export interface GenerateOptions {
  sections?: SectionSpan[];
  /** Called now and then with how far the generator has got, for a progress bar. */
  onProgress?: (doneChars: number, totalChars: number) => void;
  /** Keep at most this many candidates (best first); default: all that pass the filters. */
  limit?: number;
  /**
   * Told of each built candidate a filter drops, and which one (for the evaluation's --dropped:
   * why a gold fact the builders found never reached the review screen).
   */
  onDrop?: (candidate: Candidate, stage: DropStage) => void;
}

/** The filter that dropped a built candidate. */
export type DropStage =
  | "cut-list"
  | `precision:${string}`
  | "reads-alone"
  | "stranded-preposition"
  | "saying-without-content"
  | "year-of-a-list"
  | "birth-name"
  | "percentage-of-no-change"
  | "blank-inside-quote"
  | "fragment-pronoun"
  | "blank-leans-on-pronoun"
  | "blank-on-a-piece"
  | "blank-on-a-main-name"
  | "main-name-subject"
  | "one-for-many"
  | "cut-definition"
  | "incomplete-question"
  | "names-nothing"
  | "idiom-noun"
  | "who-without-person"
  | "cut-before-head"
  | "leans-on-context"
  | "ends-inside-clause"
  | "copies-sentence"
  | "verify"
  | "duplicate";
