// Measures a generator's candidates against the gold facts of one document: which gold facts are
// found (answer accepted by the quiz's answer checker AND evidence overlapping the gold evidence),
// which candidates carry mechanical junk signs, and how many candidates per 1,000 words. Pure.
import { checkTypedAnswer } from "@/lib/quiz/check";
import { CLAUSE_KINDS, type GoldFact, locateQuote, overlaps, type TextSpan } from "./gold";

/** The parts of a generator candidate the measures read (lib/generate's Candidate has them all). */
export interface EvalCandidate {
  prompt: string;
  answer: string;
  variants: readonly string[];
  evidence: readonly TextSpan[];
  answerSpan?: TextSpan;
  score?: number;
}

export const JUNK_SIGNS = [
  "about-document",
  "not-a-question",
  "answer-in-question",
  "glued-noise",
  "duplicate",
] as const;
export type JunkSign = (typeof JUNK_SIGNS)[number];

const ABOUT_DOCUMENT = /\b(?:the|this|that) (?:source|document|passage|text|article|report|paper|excerpt|author)s?\b/i;
// Letters run straight into a figure ("capacity915"), or a sentence end glued to the next one
// ("commitments.The"). Designators such as "H.264", "B2G", "MiG-29" or "e00302" do not match.
const GLUED_LETTERS_DIGITS = /\b[a-z]{4,}\d{2,}/i;
const GLUED_SENTENCES = /[a-z]{2,}[.!?][A-Z][a-z]/;
const CLOZE_GAP = /_{3,}|\[\s*(?:\.\.\.|…)\s*\]|\{\{c\d+::/;

function normal(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when the answer's words appear, as whole words and in order, inside the prompt. */
export function answerInQuestion(prompt: string, answer: string): boolean {
  const a = normal(answer);
  if (a === "") return false;
  return ` ${normal(prompt)} `.includes(` ${a} `);
}

/** Junk signs of each candidate, in the order given; a later copy of an earlier one is a duplicate. */
export function junkSigns(candidates: readonly EvalCandidate[]): JunkSign[][] {
  const seenPairs = new Set<string>();
  const seenAnswerAt = new Set<string>();
  return candidates.map((c) => {
    const signs: JunkSign[] = [];
    if (ABOUT_DOCUMENT.test(c.prompt)) signs.push("about-document");
    const prompt = c.prompt.trim();
    if (!prompt.endsWith("?") && !CLOZE_GAP.test(prompt)) signs.push("not-a-question");
    if (answerInQuestion(c.prompt, c.answer)) signs.push("answer-in-question");
    const shown = `${c.prompt} ${c.answer}`;
    if (GLUED_LETTERS_DIGITS.test(shown) || GLUED_SENTENCES.test(shown)) signs.push("glued-noise");
    const pair = `${normal(c.prompt)}|${normal(c.answer)}`;
    const at = `${normal(c.answer)}@${c.evidence[0]?.start ?? -1}`;
    if (seenPairs.has(pair) || seenAnswerAt.has(at)) signs.push("duplicate");
    seenPairs.add(pair);
    seenAnswerAt.add(at);
    return signs;
  });
}

const STOPWORDS = new Set(
  "a an the of to in on at by for with from and or but is are was were be been it its their his her they them this that as into than so".split(
    " ",
  ),
);

function contentWords(text: string): string[] {
  return normal(text)
    .split(" ")
    .filter((w) => w !== "" && !STOPWORDS.has(w));
}

/**
 * A looser match for clause answers (causes, purposes, outcomes), reported beside the checker's:
 * most of the gold answer's content words are in the candidate's answer, and the candidate's
 * answer is not a whole sentence around them.
 */
export function clauseOverlaps(goldAnswers: readonly string[], given: string): boolean {
  const said = new Set(contentWords(given));
  if (said.size === 0) return false;
  return goldAnswers.some((a) => {
    const want = contentWords(a);
    if (want.length === 0) return false;
    const hit = want.filter((w) => said.has(w)).length;
    return hit / want.length >= 0.6 && said.size <= want.length * 3 + 2;
  });
}

export interface GoldMatch {
  fact: GoldFact;
  /** Where the gold evidence is in today's text; null when the quote can no longer be found. */
  span: TextSpan | null;
  /** Index of the first candidate that finds it, or -1. */
  foundBy: number;
  /** A candidate has an accepted answer but its evidence lies elsewhere. */
  answerElsewhere: boolean;
  /** Clause facts only: a candidate at the evidence passes the looser word-overlap match. */
  looseBy: number;
}

function accepts(fact: GoldFact, c: EvalCandidate): boolean {
  return [c.answer, ...c.variants].some((given) => checkTypedAnswer(given, fact.answer, fact.accept).correct);
}

export function matchGold(text: string, facts: readonly GoldFact[], candidates: readonly EvalCandidate[]): GoldMatch[] {
  return facts.map((fact) => {
    const span = locateQuote(text, fact.evidence.text, fact.evidence);
    let foundBy = -1;
    let answerElsewhere = false;
    candidates.forEach((c, i) => {
      if (foundBy >= 0 || !accepts(fact, c)) return;
      const near =
        span !== null && [...c.evidence, ...(c.answerSpan ? [c.answerSpan] : [])].some((e) => overlaps(e, span));
      if (near) foundBy = i;
      else answerElsewhere = true;
    });
    let looseBy = -1;
    if (CLAUSE_KINDS.has(fact.kind) && span !== null) {
      looseBy = candidates.findIndex(
        (c) =>
          [...c.evidence, ...(c.answerSpan ? [c.answerSpan] : [])].some((e) => overlaps(e, span)) &&
          [c.answer, ...c.variants].some((given) => clauseOverlaps([fact.answer, ...fact.accept], given)),
      );
    }
    return {
      fact,
      span,
      foundBy,
      answerElsewhere: foundBy < 0 && answerElsewhere,
      looseBy: foundBy >= 0 ? foundBy : looseBy,
    };
  });
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’,.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
