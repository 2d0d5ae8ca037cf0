// Answer checking for quiz items. A typed answer is accepted when a fair marker would accept it:
// same text up to case, accents and punctuation; the same date or figure written another way; or
// a small slip in a long word. Close is not enough for dates and figures.
import { distance } from "fastest-levenshtein";
import {
  DEFAULT_REFERENCE_DATE,
  isNumberWord,
  normaliseText,
  splitLettersAndDigits,
  toDateKey,
  toQuantity,
  type Quantity,
} from "./normalise";

export type CheckReason = "exact" | "normalised" | "date" | "number" | "typo" | "wrong" | "empty";

export interface CheckResult {
  correct: boolean;
  reason: CheckReason;
}

export interface CheckOptions {
  /** Where chrono anchors dates written without a year; fixed by default so today never matters. */
  referenceDate?: Date;
}

// When several accepted forms match, report the strictest reason.
const STRENGTH: Record<CheckReason, number> = {
  exact: 5,
  normalised: 4,
  date: 3,
  number: 2,
  typo: 1,
  wrong: 0,
  empty: 0,
};

/** Only rounding noise, never "close enough": 3.7 and 3.77 billion stay different. */
const RELATIVE_TOLERANCE = 1e-9;

interface Prepared {
  trimmed: string;
  text: string;
  tokens: string;
  date: string | null;
  quantity: Quantity | null;
}

function prepare(s: string, referenceDate: Date): Prepared {
  const text = normaliseText(s);
  return {
    trimmed: s.trim(),
    text,
    tokens: splitLettersAndDigits(text),
    date: toDateKey(s, referenceDate),
    quantity: toQuantity(s),
  };
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * "equal" and "different" are final. "unknown" leaves it to the typo check: a word we could not
 * read as a unit may be a misspelt one ("3.77 bilion").
 */
function compareQuantities(given: Quantity | null, expected: Quantity | null): "equal" | "different" | "unknown" {
  if (!given || !expected) return "unknown";
  if (given.measure && expected.measure && given.measure !== expected.measure) return "different";
  if (given.per && expected.per && given.per !== expected.per) return "different";
  if (!sameNumber(given.low, expected.low) || !sameNumber(given.high, expected.high)) {
    return given.noun || expected.noun ? "unknown" : "different";
  }
  // A unit left out is fine ("3.77 billion" for "$3.77 billion"); a different one is not.
  const givenUnit = given.measure ?? given.noun;
  const expectedUnit = expected.measure ?? expected.noun;
  if (givenUnit && expectedUnit && givenUnit !== expectedUnit) return "unknown";
  return "equal";
}

// Digits and number words carry the value: a one-letter slip there changes the fact ("S-300" for
// "S-400", "million" for "billion", "sixty" for "fifty"). A misspelt number word that is not
// itself a number ("bilion") is still an ordinary typo.
function isNumeric(token: string): boolean {
  return /\d/.test(token) || isNumberWord(token);
}

/** Allowed edits for a word: none for short words, where one letter makes another word (Iran/Iraq). */
export function typoAllowance(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 6) return 1;
  return 0;
}

function isSmallTypo(given: string, expected: string): boolean {
  const g = given.split(" ");
  const e = expected.split(" ");
  if (g.length !== e.length) return false;
  return e.every((word, i) => {
    const typed = g[i] ?? "";
    if (typed === word) return true;
    if (isNumeric(typed) || /\d/.test(word)) return false;
    const allowed = typoAllowance(word);
    return allowed > 0 && distance(typed, word) <= allowed;
  });
}

function isFigureOrYear(dateKey: string | null): boolean {
  return dateKey === null || /^\d{4}$/.test(dateKey);
}

function compareTyped(given: Prepared, expected: Prepared): CheckReason {
  if (given.trimmed === expected.trimmed) return "exact";
  // Punctuation-free text can hide a conflict ("$30" and "30%" both read "30"), so a date or
  // figure verdict of "different" wins over equal text.
  const sameText = given.text === expected.text || given.tokens === expected.tokens;

  if (given.date !== null && expected.date !== null) {
    // Two dates that differ are wrong however alike they look: 17 and 18 January are one edit apart.
    if (given.date !== expected.date) return "wrong";
    return sameText ? "normalised" : "date";
  }
  // A date is not compared as a figure ("21" is not "21 April"), except a bare year, which is a
  // number too ("2,018" for "2018").
  if (isFigureOrYear(given.date) && isFigureOrYear(expected.date)) {
    const figures = compareQuantities(given.quantity, expected.quantity);
    if (figures === "different") return "wrong";
    if (sameText) return "normalised";
    if (figures === "equal") return "number";
  } else if (sameText) {
    return "normalised";
  }
  return isSmallTypo(given.tokens, expected.tokens) ? "typo" : "wrong";
}

/**
 * Checks a typed answer against the expected answer and its accepted variants, each the same way.
 * Whitespace-only input is "empty".
 */
export function checkTypedAnswer(
  given: string,
  expected: string,
  accepted: readonly string[] = [],
  options: CheckOptions = {},
): CheckResult {
  if (given.trim() === "") return { correct: false, reason: "empty" };
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const typed = prepare(given, referenceDate);

  let best: CheckReason = "wrong";
  for (const candidate of [expected, ...accepted]) {
    if (candidate.trim() === "") continue;
    const reason = compareTyped(typed, prepare(candidate, referenceDate));
    if (STRENGTH[reason] > STRENGTH[best]) best = reason;
    if (best === "exact") break;
  }
  return { correct: best !== "wrong", reason: best };
}

function sameChoice(given: string, expected: string): CheckReason {
  if (given.trim() === expected.trim()) return "exact";
  return normaliseText(given) === normaliseText(expected) ? "normalised" : "wrong";
}

/** Multiple choice and true/false: the option's text, up to case, accents and punctuation. */
export function checkChoice(given: string, expected: string): CheckResult {
  if (given.trim() === "") return { correct: false, reason: "empty" };
  const reason = sameChoice(given, expected);
  return { correct: reason !== "wrong", reason };
}

function isBlankList(given: readonly string[]): boolean {
  return given.every((g) => g.trim() === "");
}

/** Put-in-order: the whole sequence must match, position by position. */
export function checkOrder(given: readonly string[], expected: readonly string[]): CheckResult {
  if (isBlankList(given)) return { correct: false, reason: "empty" };
  if (given.length !== expected.length) return { correct: false, reason: "wrong" };
  const reasons = expected.map((e, i) => sameChoice(given[i] ?? "", e));
  if (reasons.includes("wrong")) return { correct: false, reason: "wrong" };
  return { correct: true, reason: reasons.every((r) => r === "exact") ? "exact" : "normalised" };
}

export interface MatchingResult extends CheckResult {
  /** How many pairs are right, for partial feedback; the item counts only when all are. */
  matched: number;
  total: number;
}

/**
 * Matching: given[i] is what the learner paired with the i-th prompt, expected[i] the right
 * partner. Correct only when every pair is.
 */
export function checkMatching(given: readonly string[], expected: readonly string[]): MatchingResult {
  const total = expected.length;
  if (isBlankList(given)) return { correct: false, reason: "empty", matched: 0, total };
  const reasons = expected.map((e, i) => sameChoice(given[i] ?? "", e));
  const matched = reasons.filter((r) => r !== "wrong").length;
  const correct = matched === total && given.length === total;
  const reason: CheckReason = !correct ? "wrong" : reasons.every((r) => r === "exact") ? "exact" : "normalised";
  return { correct, reason, matched, total };
}
