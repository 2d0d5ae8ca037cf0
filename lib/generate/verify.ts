// The verifier every candidate passes before it is shown, whoever wrote it (the rule-based
// generator here, or a language-model backend later): the evidence must be an exact span of the
// document, the answer must be supported by that span, and the card must not carry a junk sign.
// Pure: no I/O. Offsets are UTF-16 offsets into the document text as given.
import { detectDates } from "./detect/dates";
import { numberFromWords, ONES, SCALES, TENS } from "@/lib/values";
import { fold } from "./text";
import type { Span } from "./types";

export interface ExactSpan extends Span {
  text: string;
}

export interface VerifyInput {
  kind: string;
  prompt: string;
  answer: string;
  accept?: readonly string[];
  /** Where the evidence is: a quote to find, or offsets (checked), or both (offsets win if they match). */
  evidence: { quote?: string; start?: number; end?: number };
}

export type VerifyReason =
  | "evidence-not-found"
  | "answer-not-supported"
  | "about-the-source"
  | "not-a-question"
  | "answer-in-question"
  | "glued-noise"
  | "empty"
  | "too-long";

export type VerifyResult =
  | { ok: true; evidence: ExactSpan; answerSpan?: Span }
  | { ok: false; reason: VerifyReason; message: string };

// --- Finding a quote in the document ---------------------------------------------------------

/** One character of the folded form: what a quote and the document are compared on. */
function foldChar(ch: string): string {
  switch (ch) {
    case "\u2018":
    case "\u2019":
    case "\u201A":
    case "\u201B":
    case "\u2032":
    case "`":
    case "\u00B4":
      return "'";
    case "\u201C":
    case "\u201D":
    case "\u201E":
    case "\u201F":
    case "\u00AB":
    case "\u00BB":
      return '"';
    case "\u2010":
    case "\u2011":
    case "\u2012":
    case "\u2013":
    case "\u2014":
    case "\u2015":
    case "\u2212":
    case "\uFE63":
    case "\uFF0D":
      return "-";
    case "\u00A0":
    case "\u2009":
    case "\u202F":
    case "\t":
    case "\r":
    case "\n":
      return " ";
    default:
      return ch;
  }
}

interface FoldedText {
  /** Folded text: whitespace runs are one space, quotes and dashes plain, soft hyphens gone. */
  text: string;
  /** For each folded character, the offset of the original character it came from. */
  from: Int32Array;
}

/**
 * Folds `s` for comparison, keeping a map back to the original offsets. A hyphen at a line end
 * followed by a lower-case letter ("agree-\nment") is a wrap and is dropped.
 */
function foldWithMap(s: string): FoldedText {
  const chars: string[] = [];
  const from = new Int32Array(s.length + 1);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const raw = s.charAt(i);
    if (raw === "\u00AD" || raw === "\u200B") continue;
    if ((raw === "-" || raw === "\u2010") && s.charAt(i + 1) === "\n" && /\p{Ll}/u.test(s.charAt(i + 2))) {
      i++;
      continue;
    }
    let ch = foldChar(raw);
    if (/\s/.test(ch)) ch = " ";
    if (ch === " ") {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    chars.push(ch);
    from[n++] = i;
  }
  // Trailing space carries no meaning.
  if (n > 0 && chars[n - 1] === " ") {
    chars.pop();
    n--;
  }
  from[n] = s.length;
  return { text: chars.join(""), from: from.subarray(0, n + 1) };
}

// The generator verifies many candidates against one document: fold it once.
let cachedSource: string | null = null;
let cachedFold: FoldedText | null = null;
let cachedLower: string | null = null;

function foldedDocument(text: string): FoldedText {
  if (cachedSource !== text || !cachedFold) {
    cachedSource = text;
    cachedFold = foldWithMap(text);
    cachedLower = null;
  }
  return cachedFold;
}

function foldedLower(text: string): string {
  const f = foldedDocument(text);
  cachedLower ??= f.text.toLowerCase();
  return cachedLower;
}

function trimSpan(text: string, start: number, end: number): ExactSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Where `quote` occurs in `text`, comparing both after folding whitespace (hard wraps included),
 * curly and straight quotes and dash variants; case only as a last resort. With `near`, the
 * occurrence closest to it. Returns the exact original span, or null.
 */
export function findQuote(text: string, quote: string, near?: number): ExactSpan | null {
  const q = foldWithMap(quote.trim()).text;
  if (q.length === 0) return null;
  const doc = foldedDocument(text);
  const pick = (haystack: string, needle: string): number => {
    let best = -1;
    let bestDistance = Infinity;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (near === undefined) return at;
      const d = Math.abs((doc.from[at] ?? 0) - near);
      if (d < bestDistance) {
        best = at;
        bestDistance = d;
      }
    }
    return best;
  };
  let at = pick(doc.text, q);
  if (at < 0) at = pick(foldedLower(text), q.toLowerCase());
  if (at < 0) return null;
  const start = doc.from[at] ?? 0;
  const lastChar = doc.from[at + q.length - 1] ?? start;
  return trimSpan(text, start, lastChar + 1);
}

// --- Answer support --------------------------------------------------------------------------

const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TENS, hundred: 100, dozen: 12 };
const SCALE_WORDS = SCALES;

/** Numbers written in `s`, scaled ("1.2 million" -> 1200000, also 1.2), number words included. */
export function numbersIn(s: string): number[] {
  const out: number[] = [];
  // Compound number words ("twenty-five") are one number, not twenty and five.
  for (const m of s.matchAll(
    /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b/gi,
  )) {
    const n = numberFromWords(m[0]);
    if (n !== null) out.push(n);
  }
  const re =
    /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|mn)\b)?|\b([a-z]+)\b(?:[\s-]+(thousand|million|billion|hundred)\b)?/gi;
  for (const m of s.matchAll(re)) {
    if (m[1]) {
      const n = Number(m[1].replace(/,/g, ""));
      out.push(n);
      const scale = m[2] ? SCALE_WORDS[m[2].toLowerCase()] : undefined;
      if (scale) out.push(n * scale);
    } else if (m[3]) {
      const base = NUMBER_WORDS[m[3].toLowerCase()];
      if (base === undefined) continue;
      out.push(base);
      const scaleWord = m[4]?.toLowerCase();
      if (scaleWord) out.push(base * (scaleWord === "hundred" ? 100 : (SCALE_WORDS[scaleWord] ?? 1)));
    }
  }
  return out;
}

/** ISO dates written in `s` (at the precision written, years inferred from `year` when missing). */
function datesIn(s: string, year?: number): string[] {
  if (/^\d{4}-\d\d(?:-\d\d)?$/.test(s.trim())) return [s.trim()];
  return detectDates(s, 0, year ? { year } : {}).flatMap((d) =>
    d.value.end ? [d.value.date, d.value.end] : [d.value.date],
  );
}

const STOP = new Set(
  "a an the of in on at to for from by with and or as is are was were be been its their his her that this which who".split(
    " ",
  ),
);

function lightStem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ations?|ings?|ed|es|s|'s)$/u, "");
}

function contentTokens(s: string): string[] {
  return (fold(s).match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []).filter((w) => !STOP.has(w)).map(lightStem);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whole-word occurrence of `needle` in `hay`, both folded: its offset in the folded hay, or -1. */
function containsWords(hay: string, needle: string): number {
  const n = fold(needle);
  if (n === "") return -1;
  const h = fold(hay);
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = at > 0 ? h.charAt(at - 1) : "";
    const after = h.charAt(at + n.length);
    if ((before === "" || !WORD_CHAR.test(before)) && (after === "" || !WORD_CHAR.test(after))) return at;
  }
  return -1;
}

/**
 * Whether `span` supports `answer` (or one of `accept`): written in it (whole words, folded); the
 * same date or number written differently; or, for a name or phrase, nearly all its content words
 * are in the span (a surname alone, "Treaty" for "the treaty").
 */
export function answerSupported(
  span: string,
  answer: string,
  accept: readonly string[] = [],
  contextYear?: number,
): boolean {
  const forms = [answer, ...accept].map((a) => a.trim()).filter((a) => a !== "");
  if (forms.length === 0) return false;
  for (const f of forms) if (containsWords(span, f) >= 0) return true;
  const spanDates = new Set(datesIn(span, contextYear));
  const spanNumbers = new Set(numbersIn(span));
  const spanWords = new Set(contentTokens(span));
  for (const f of forms) {
    // A date decides by its value alone: "4 May 2011" is not "3 May 2011" however many words match.
    const ds = datesIn(f, contextYear);
    if (ds.length > 0) {
      if (ds.every((d) => spanDates.has(d))) return true;
      continue;
    }
    // Every number written in the answer must be in the span ("915 MW", "40", "three").
    const ns = numbersIn(f);
    if (ns.length > 0 && !ns.some((n) => spanNumbers.has(n))) continue;
    const words = contentTokens(f.replace(/\d[\d.,]*/g, " ")).filter(
      (w) => !(w in NUMBER_WORDS) && !(w in SCALE_WORDS),
    );
    if (words.length === 0) {
      if (ns.length > 0) return true;
      continue;
    }
    const present = words.filter((w) => spanWords.has(w)).length;
    if (present / words.length >= 0.8 || (ns.length > 0 && words.every((w) => spanWords.has(w) || w.length <= 3)))
      return true;
  }
  return false;
}

// --- Junk signs ------------------------------------------------------------------------------

const ABOUT_THE_SOURCE =
  /\b(?:the|this|that)\s+(?:source|passage|document|text|excerpt|extract|article's author|author|paper|report's authors?)\b|\bin connection with\b|\baccording to the (?:source|text|passage|document|author)\b|\bthe source\b/i;

/** Noise glued into a prompt or answer by conversion: "commitments.The", "capacity915", markup. */
export function gluedNoise(s: string): string | null {
  if (/\p{Ll}{2}[.!?;]\p{Lu}\p{Ll}/u.test(s)) return "two sentences run together";
  if (/\p{Ll}{4,}\d{2,}/u.test(s)) return "a word glued to a number";
  if (/https?:\/\/|www\.|\\[*_[\]]|&(?:amp|lt|gt|nbsp);|<\/?\w+>|\[\d+\]|\^\d/.test(s)) return "markup or a link";
  if (/\uFFFD/.test(s)) return "broken characters";
  return null;
}

/** Cards with blanks ("____") are cloze cards; every other prompt must be a question. */
export function isCloze(prompt: string): boolean {
  return /_{3,}|\[\.\.\.\]|\[…\]/.test(prompt);
}

/** A junk sign in a prompt/answer pair, or null: the same rules whoever wrote the card. */
export function junkReason(prompt: string, answer: string): { reason: VerifyReason; message: string } | null {
  const p = prompt.trim();
  const a = answer.trim();
  if (p === "" || a === "") return { reason: "empty", message: "The prompt or the answer is empty." };
  const noise = gluedNoise(p) ?? gluedNoise(a);
  if (noise) return { reason: "glued-noise", message: `Conversion noise: ${noise}.` };
  if (ABOUT_THE_SOURCE.test(p))
    return { reason: "about-the-source", message: "The question is about the document, not its subject." };
  if (!isCloze(p) && !/\?\s*$/.test(p)) return { reason: "not-a-question", message: "The prompt is not a question." };
  if (!isCloze(p) && p.split(/\s+/).length < 3)
    return { reason: "not-a-question", message: "The question is too short to be clear." };
  // "… whereby Firefox would?", "… that the?": the question breaks off.
  if (
    !isCloze(p) &&
    /\b(?:would|could|should|can|might|must|shall|the|a|an|and|or|but|nor|that|which|whereby|whose|of|than|its|their|his|her|our|very|not|any|some|every|each|no)\s*\?\s*$/i.test(
      p,
    )
  ) {
    return { reason: "not-a-question", message: "The question breaks off." };
  }
  if (p.length > 300 || a.length > 160)
    return { reason: "too-long", message: "The prompt or answer is too long for a card." };
  if (containsWords(p, a) >= 0)
    return { reason: "answer-in-question", message: "The answer is written in its own question." };
  return null;
}

// --- The whole check -------------------------------------------------------------------------

/**
 * Checks one candidate against its document. The evidence is found (offsets if they hold the quote
 * or no quote is given, else the quote nearest them), the answer must be supported by it, and the
 * card must pass junkReason. `contextYear` lets "until June 23" match "2025-06-23".
 */
export function verifyCandidate(text: string, c: VerifyInput, contextYear?: number): VerifyResult {
  const junk = junkReason(c.prompt, c.answer);
  if (junk) return { ok: false, ...junk };
  const { quote, start, end } = c.evidence;
  let span: ExactSpan | null = null;
  const haveOffsets = start !== undefined && end !== undefined && start >= 0 && end <= text.length && start < end;
  if (haveOffsets) {
    const slice = text.slice(start, end);
    if (quote === undefined || foldWithMap(slice).text === foldWithMap(quote).text) span = { start, end, text: slice };
  }
  if (!span && quote !== undefined) span = findQuote(text, quote, start);
  if (!span)
    return { ok: false, reason: "evidence-not-found", message: "The evidence is not a passage of the document." };
  if (!answerSupported(span.text, c.answer, c.accept ?? [], contextYear)) {
    return { ok: false, reason: "answer-not-supported", message: "The evidence does not state the answer." };
  }
  const at = findQuote(span.text, c.answer);
  return at
    ? { ok: true, evidence: span, answerSpan: { start: span.start + at.start, end: span.start + at.end } }
    : { ok: true, evidence: span };
}
