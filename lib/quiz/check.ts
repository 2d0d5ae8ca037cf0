// Answer checking for quiz items and typed study cards. A typed answer is accepted when a fair
// marker would accept it: same text up to case, accents, punctuation and articles; the same date
// or figure written another way; numbers as words or Roman numerals; the items of a list in any
// order; or a small slip scaled to the word's length and kind. Close is not enough for dates and
// figures. An answer that is another source's version of a disputed fact is said to be so.
import { designatorsAgree, looseForm, splitList, type Loose } from "./lists";
import {
  DEFAULT_REFERENCE_DATE,
  isNumberWord,
  normaliseText,
  splitLettersAndDigits,
  toDateKey,
  toQuantity,
  type Quantity,
} from "./normalise";
import { closeEnough, wordKinds, type WordKind } from "./typos";

export { typoAllowance } from "./typos";

/**
 * Why an answer was accepted or not. "numeral": a number written as a word or Roman numeral;
 * "list": the same items in another order or with other separators; "conflict": another
 * source's version of a fact the sources disagree on.
 */
export type CheckReason =
  | "exact"
  | "normalised"
  | "date"
  | "number"
  | "numeral"
  | "list"
  | "typo"
  | "conflict"
  | "wrong"
  | "empty";

/** One source's version of a disputed fact, as the checker is given it. */
export interface SourceVersion {
  /** What to call the source in feedback: a short title. */
  source: string;
  /** The period the version covers ("2024"), when the fact has one. */
  period?: string;
  answer: string;
  accepted?: readonly string[];
}

/** A list answer that was partly right: which expected items were missing and what was extra. */
export interface ListDetail {
  matched: number;
  total: number;
  missing: string[];
  extra: string[];
}

/** The answer matched another source's version: every version, this question's first. */
export interface ConflictDetail {
  matched: { source: string; period?: string; answer: string };
  versions: { source: string; period?: string; answer: string }[];
}

export interface CheckResult {
  correct: boolean;
  reason: CheckReason;
  /** Only for a list answer with some but not all items right. */
  list?: ListDetail;
  /** Only when the answer is another source's version. */
  conflict?: ConflictDetail;
}

export interface CheckOptions {
  /** Where chrono anchors dates written without a year; fixed by default so today never matters. */
  referenceDate?: Date;
  /**
   * The other sources' versions when the fact belongs to a conflict group. A typed answer that
   * matches one is answered with every version, and counts as right unless `conflictIsWrong`.
   */
  conflicts?: readonly SourceVersion[];
  /** This question's own source and period, for the "X says …, Y says …" feedback. */
  ownSource?: { source: string; period?: string };
  /** When the question asks for one source's version by name, another's does not count. */
  conflictIsWrong?: boolean;
}

// When several accepted forms match, report the strictest reason.
const STRENGTH: Record<CheckReason, number> = {
  exact: 9,
  normalised: 8,
  date: 7,
  number: 6,
  numeral: 5,
  list: 4,
  typo: 3,
  conflict: 1,
  wrong: 0,
  empty: 0,
};

/** Only rounding noise, never "close enough": 3.7 and 3.77 billion stay different. */
const RELATIVE_TOLERANCE = 1e-9;

interface Prepared {
  original: string;
  trimmed: string;
  text: string;
  tokens: string;
  date: string | null;
  quantity: Quantity | null;
  kinds: Map<string, WordKind>;
}

function prepare(s: string, referenceDate: Date): Prepared {
  const text = normaliseText(s);
  return {
    original: s,
    trimmed: s.trim(),
    text,
    tokens: splitLettersAndDigits(text),
    date: toDateKey(s, referenceDate),
    quantity: toQuantity(s),
    kinds: wordKinds(s, normaliseText),
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

/** Word by word, each within its own allowance; the number of words must agree. */
function isSmallTypo(given: string, expected: string, kinds: Map<string, WordKind>): boolean {
  const g = given.split(" ");
  const e = expected.split(" ");
  if (g.length !== e.length) return false;
  return e.every((word, i) => {
    const typed = g[i] ?? "";
    if (typed === word) return true;
    if (isNumeric(typed) || /\d/.test(word)) return false;
    return closeEnough(typed, word, kinds.get(word) ?? "word");
  });
}

function isFigureOrYear(dateKey: string | null): boolean {
  return dateKey === null || /^\d{4}$/.test(dateKey);
}

/** A verdict with whether it is final: a different date or figure is not saved by looser reading. */
interface Verdict {
  reason: CheckReason;
  final: boolean;
  list?: ListDetail;
}

function compareTyped(given: Prepared, expected: Prepared): Verdict {
  const strict = compareStrict(given, expected);
  if (strict !== "wrong") return { reason: strict, final: true };
  if (finallyDifferent(given, expected)) return { reason: "wrong", final: true };
  return compareLoose(given, expected);
}

/** A different date, or a different plain figure: no list or numeral reading may rescue it. */
function finallyDifferent(given: Prepared, expected: Prepared): boolean {
  if (given.date !== null && expected.date !== null) return given.date !== expected.date;
  if (isFigureOrYear(given.date) && isFigureOrYear(expected.date)) {
    return compareQuantities(given.quantity, expected.quantity) === "different";
  }
  return false;
}

function compareStrict(given: Prepared, expected: Prepared): CheckReason {
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
  return isSmallTypo(given.tokens, expected.tokens, expected.kinds) ? "typo" : "wrong";
}

// ---------------------------------------------------------------------------------------------
// The loose reading: articles anywhere, designators, numerals, lists

/** Two loose forms, read with and without Roman numerals ("DC" may be typed "dc"). */
function looseForms(s: string): Loose[] {
  const romanised = looseForm(s, true);
  const plain = looseForm(s, false);
  return romanised.text === plain.text ? [romanised] : [romanised, plain];
}

/** How one item (or a whole answer) compares loosely: equal, a typo, or not the same. */
function compareItem(
  given: string,
  expected: string,
  kinds: Map<string, WordKind>,
): "numeral" | "normalised" | "typo" | null {
  const gs = looseForms(given);
  const es = looseForms(expected);
  let best: "numeral" | "normalised" | "typo" | null = null;
  for (const g of gs) {
    for (const e of es) {
      if (!designatorsAgree(g, e) || e.text === "") continue;
      if (g.text === e.text) return g.numerals || e.numerals ? "numeral" : "normalised";
      if (best === null && isSmallTypo(g.text, e.text, kinds)) best = "typo";
    }
  }
  return best;
}

function compareLoose(given: Prepared, expected: Prepared): Verdict {
  const expectedItems = splitList(expected.original);
  if (expectedItems.length >= 2) {
    const list = compareLists(given.original, expectedItems, expected.kinds);
    if (list.reason !== "wrong" || list.list) return { ...list, final: false };
  }
  const whole = compareItem(given.original, expected.original, expected.kinds);
  return { reason: whole ?? "wrong", final: false };
}

/**
 * Matches typed items to expected items, each used once, in any order. Right when every expected
 * item is matched and nothing is left over; otherwise a partial result says what was missing.
 */
function compareLists(given: string, expectedItems: string[], kinds: Map<string, WordKind>): Omit<Verdict, "final"> {
  // "9,152,153" typed without spaces is a list here, not nine million.
  const readings = [splitList(given), splitList(given, true)];
  let best: Omit<Verdict, "final"> = { reason: "wrong" };
  let bestMatched = 0;
  for (const givenItems of readings) {
    const used = new Set<number>();
    const missing: string[] = [];
    let typo = false;
    for (const e of expectedItems) {
      let found = -1;
      for (const [i, g] of givenItems.entries()) {
        if (used.has(i)) continue;
        const verdict = compareItem(g, e, kinds);
        if (verdict === null) continue;
        // An exact item beats a typo item, so "Iran, Iraq" cannot steal Iran's match with a slip.
        if (verdict !== "typo" || found < 0) found = i;
        if (verdict !== "typo") break;
      }
      if (found < 0) {
        missing.push(e);
        continue;
      }
      if (compareItem(givenItems[found] ?? "", e, kinds) === "typo") typo = true;
      used.add(found);
    }
    const extra = givenItems.filter((_, i) => !used.has(i));
    const matched = expectedItems.length - missing.length;
    if (missing.length === 0 && extra.length === 0) return { reason: typo ? "typo" : "list" };
    if (matched > bestMatched) {
      bestMatched = matched;
      best = { reason: "wrong", list: { matched, total: expectedItems.length, missing, extra } };
    }
  }
  return best;
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

  const own = bestOf(typed, [expected, ...accepted], referenceDate);
  if (own.reason !== "wrong" || !options.conflicts?.length) return own;

  for (const version of options.conflicts) {
    const theirs = bestOf(typed, [version.answer, ...(version.accepted ?? [])], referenceDate);
    if (theirs.reason === "wrong") continue;
    const pick = (v: { source: string; period?: string; answer: string }) =>
      v.period === undefined
        ? { source: v.source, answer: v.answer }
        : { source: v.source, period: v.period, answer: v.answer };
    const ownVersion = {
      source: options.ownSource?.source ?? "This question's source",
      period: options.ownSource?.period,
      answer: expected,
    };
    return {
      correct: !options.conflictIsWrong,
      reason: "conflict",
      conflict: { matched: pick(version), versions: [pick(ownVersion), ...options.conflicts.map(pick)] },
    };
  }
  return own;
}

function bestOf(typed: Prepared, candidates: readonly string[], referenceDate: Date): CheckResult {
  let best: CheckReason = "wrong";
  let list: ListDetail | undefined;
  for (const candidate of candidates) {
    if (candidate.trim() === "") continue;
    const verdict = compareTyped(typed, prepare(candidate, referenceDate));
    if (STRENGTH[verdict.reason] > STRENGTH[best]) best = verdict.reason;
    if (verdict.list && (!list || verdict.list.matched > list.matched)) list = verdict.list;
    if (best === "exact") break;
  }
  if (best !== "wrong") return { correct: true, reason: best };
  return list ? { correct: false, reason: "wrong", list } : { correct: false, reason: "wrong" };
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
