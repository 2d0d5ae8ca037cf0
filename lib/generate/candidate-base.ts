// The parts every answer family shares to make a candidate: its evidence, cloze, variants and
// section. Pure.
import type { FactKind } from "@/lib/content/schema";
import type { RankFeatures } from "./rank";
import { fold, stableHash } from "./text";
import type { Candidate, SectionSpan, Sentence, Span } from "./types";

/** What is known about one candidate for scoring, besides the candidate itself. */
export interface Built {
  candidate: Candidate;
  features: RankFeatures;
}

export function sectionFor(sections: readonly SectionSpan[] | undefined, at: number): string | undefined {
  if (!sections) return undefined;
  let found: SectionSpan | undefined;
  for (const s of sections) if (s.start <= at && at < s.end && (!found || s.start >= found.start)) found = s;
  return found?.heading.trim() || undefined;
}

export function dedupeVariants(answer: string, variants: Iterable<string>): string[] {
  const norm = (s: string) => s.trim().toLowerCase();
  const seen = new Set([norm(answer)]);
  const out: string[] = [];
  for (const v of variants) {
    const t = v.replace(/\s+/g, " ").trim();
    if (t === "" || t.length > 200 || seen.has(norm(t))) continue;
    seen.add(norm(t));
    out.push(t);
  }
  return out;
}

/** A candidate with everything but kind-specific values; the answer must lie at `span`. */
export function baseCandidate(
  sourceKey: string,
  sentence: Sentence,
  kind: FactKind,
  prompt: string,
  answer: string,
  span: Span,
  sections: readonly SectionSpan[] | undefined,
): Candidate {
  const local = span.start - sentence.start;
  const c: Candidate = {
    id: stableHash(`${sourceKey}|${kind}|${answer}|${span.start}|${span.end}`),
    kind,
    prompt,
    generic: false,
    answer,
    variants: [],
    evidence: [{ sourceKey, start: sentence.start, end: sentence.end, text: sentence.text }],
    answerSpan: { start: span.start, end: span.end },
    cloze: `${sentence.text.slice(0, local)}[...]${sentence.text.slice(span.end - sentence.start)}`,
    answerKey: fold(answer),
    subject: [],
    score: 0,
  };
  const section = sectionFor(sections, sentence.start);
  if (section) c.section = section;
  return c;
}
