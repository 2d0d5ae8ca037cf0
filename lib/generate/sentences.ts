// Sentence segmentation with exact spans into the original text. compromise can split sentences,
// but its offsets drift on converted documents (footnote markup, leading quotes) and its tagger is
// slow, so this is a single linear scan that uses compromise's abbreviation list.
import { isKnownAbbreviation } from "./nlp";
import type { Sentence } from "./types";

// Abbreviations that are normally followed by more of the same sentence: titles, months, "No.".
const NON_FINAL = new Set(
  (
    "mr mrs ms dr prof gen col lt sen rep gov st capt maj sgt adm rev hon pres messrs fr sr jr " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs p pp vs v cf approx ca " +
    "est dept univ assn corp inc ltd co op ed eds trans repr e.g i.e"
  ).split(" "),
);
// compromise lists these as abbreviations, but as plain words they often end a sentence.
const ORDINARY_WORDS = new Set([
  "ad",
  "al",
  "arc",
  "lit",
  "min",
  "sec",
  "temp",
  "vet",
  "ver",
  "ex",
  "pl",
  "inf",
  "def",
  "misc",
  "ma",
  "ba",
  "bl",
  "ft",
  "fy",
  "ie",
  "md",
  "pd",
  "ss",
  "tel",
  "fem",
  "masc",
  "eng",
  "sq",
  "fr",
  "gal",
  "ea",
  "ps",
  "pt",
  "pref",
  "qt",
  "prob",
  "pron",
  "exp",
  "esp",
  "cyn",
  "bc",
  "apt",
  "situ",
  "vivo",
  "vitro",
  "wr",
  "dl",
  "tbl",
]);

// After a dotted acronym ("U.S."), a new sentence starts only with words like these.
const STARTERS = new Set(
  (
    "the this these those that it its in on at as but however meanwhile moreover yet since while " +
    "although after before during for from a an we they he she there such both by with despite " +
    "according if when instead still thus therefore nevertheless"
  ).split(" "),
);

const CLOSERS = /["'\u201D\u2019\u00BB)\]]/;
const OPENERS = /["'\u201C\u2018\u00AB([]/;

function isUpperStart(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.test(ch);
}

/** The word just before position `dot` (the dot excluded), with inner dots kept ("U.S"). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && /[\p{L}\p{N}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number, limit: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(from, Math.min(limit, from + 40)));
  return m ? m[0] : "";
}

/** True when the "." at `dot` ends an abbreviation rather than the sentence. */
function isAbbreviationDot(text: string, dot: number, floor: number, nextStart: number, limit: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === "") return false;
  // A list number at the start of a line ("1. Comprehensive Strategic Partnership Treaty").
  if (/^\s*\d{1,2}$/.test(text.slice(floor, dot))) return true;
  const lower = word.toLowerCase();
  // An initial: "Dmitry V. Yefremenko", "J. R. Smith".
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms and "e.g": a sentence may still end here, but only if a typical opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return !STARTERS.has(nextWord(text, nextStart, limit).toLowerCase());
  }
  if (/\d/.test(word)) return false;
  if (NON_FINAL.has(lower)) return true;
  return isKnownAbbreviation(lower) && !ORDINARY_WORDS.has(lower);
}

/**
 * Footnote numbers glued after the full stop ("over 20 years.1 Reportedly", "in 2025.12 The")
 * belong to the sentence that ends there. A decimal ("3.77 billion") never has a capital after it.
 */
function footnoteLength(text: string, afterPunct: number, punctAt: number, limit: number): number {
  const m = /^\d{1,3}(?=\s+["\u201C\u2018([]?\p{Lu}|\s*$)/u.exec(
    text.slice(afterPunct, Math.min(limit, afterPunct + 60)),
  );
  if (!m) return 0;
  if (text.charAt(punctAt) !== ".") return m[0].length;
  const before = text.slice(Math.max(0, punctAt - 5), punctAt);
  // "…4.9 Billion" would be a decimal: only a word, a closing mark or a year may precede.
  if (/\d$/.test(before) && !/(?:^|\D)(?:1[89]|20)\d\d$/.test(before)) return 0;
  return m[0].length;
}

const LIST_MARKER = /^(?:[-*\u2022\u00B7\u25AA\u25E6\u2013\u2014>#]+\s*|\d{1,2}[.)]\s+|\(\w\)\s+)+/u;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  const marker = LIST_MARKER.exec(text.slice(s, Math.min(e, s + 12)));
  if (marker && s + marker[0].length < e) s += marker[0].length;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
  out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * The width a hard-wrapped text was wrapped at (a PDF report, a plain-text book), or null when
 * its lines do not share one: most long lines end within a few characters of the same column.
 */
export function wrapWidth(text: string): number | null {
  const lengths: number[] = [];
  for (const line of text.split("\n")) {
    const n = line.trimEnd().length;
    if (n > 0) lengths.push(n);
  }
  if (lengths.length < 15) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 130) return null;
  const near = lengths.filter((n) => n >= p90 - 15 && n <= p90 + 3).length;
  return near >= lengths.length * 0.35 ? p90 : null;
}

const LIST_START = /^(?:[-*\u2022\u00B7\u25AA]|\d{1,2}[.)]\s|\(\w\)\s|#)/u;

/**
 * Lines that end without sentence punctuation and are followed by a lower-case line were wrapped;
 * in a text wrapped at a fixed width, so is any line that reaches that width.
 */
function lineBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  const width = wrapWidth(text);
  let blockStart = 0;
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf("\n", i);
    if (nl === -1) break;
    const lineEnd = nl;
    let next = nl + 1;
    while (
      next < text.length &&
      (text.charAt(next) === " " || text.charAt(next) === "\t" || text.charAt(next) === "\r")
    )
      next++;
    const line = text.slice(i, lineEnd).trimEnd();
    const prevChar = line.slice(-1);
    const nextChar = text.charAt(next);
    const nextLine = next < text.length && nextChar !== "\n";
    let wrapped = nextLine && /[\p{Ll}]/u.test(nextChar) && prevChar !== "" && !/[.!?:;]/.test(prevChar);
    // "… the notes of Mr.\nJ. A. McNiel": a title never ends a line of its own.
    if (!wrapped && nextLine && prevChar === "." && NON_FINAL.has(wordBefore(line, line.length - 1, 0).toLowerCase()))
      wrapped = true;
    if (
      !wrapped &&
      width !== null &&
      nextLine &&
      line.trim().length >= width - 20 &&
      !LIST_START.test(text.slice(next, next + 4))
    )
      wrapped = true;
    if (!wrapped) {
      blocks.push([blockStart, lineEnd]);
      blockStart = nl + 1;
    }
    i = nl + 1;
  }
  blocks.push([blockStart, text.length]);
  return blocks;
}

/** Splits text into sentences; every span indexes `text` exactly and excludes list markers. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const punct = /[.!?\u2026]+/g;
  for (const [bs, be] of lineBlocks(text)) {
    let sentStart = bs;
    punct.lastIndex = bs;
    for (let m = punct.exec(text); m && m.index < be; m = punct.exec(text)) {
      const at = m.index;
      let j = at + m[0].length;
      while (j < be && CLOSERS.test(text.charAt(j))) j++;
      const last = at + m[0].length - 1;
      j += footnoteLength(text, j, last, be);
      while (j < be && CLOSERS.test(text.charAt(j))) j++;
      // A boundary needs whitespace and then a capital, digit or opening mark (or the block end).
      let k = j;
      while (k < be && /\s/.test(text.charAt(k))) k++;
      if (k < be && (k === j || !isUpperStart(text.charAt(k)))) continue;
      if (m[0] === "." && isAbbreviationDot(text, at, sentStart, k, be)) continue;
      pushTrimmed(out, text, sentStart, j);
      sentStart = j;
      punct.lastIndex = j;
    }
    if (sentStart < be) pushTrimmed(out, text, sentStart, be);
  }
  return out;
}
