// Numbers written as words or Roman numerals, read as digits, so "article nine", "Article IX" and
// "Article 9" compare equal. Pure and symmetric: both the typed and the expected answer go through
// the same rewriting, so a rewrite can only make equal what means the same.
import { ONES, TENS } from "@/lib/values";

/** Words that name a numbered part of a text; the word itself may be left out of an answer. */
export const DESIGNATORS: Record<string, string> = {
  article: "article",
  articles: "article",
  art: "article",
  arts: "article",
  principle: "principle",
  principles: "principle",
  clause: "clause",
  clauses: "clause",
  paragraph: "paragraph",
  paragraphs: "paragraph",
  para: "paragraph",
  paras: "paragraph",
  section: "section",
  sections: "section",
  no: "number",
  nos: "number",
  number: "number",
  numbers: "number",
};

const ROMAN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a well-formed Roman numeral (any case), or null: "IX" -> 9, "IIII" -> null. */
export function romanValue(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "" || !ROMAN.test(w)) return null;
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const v = ROMAN_VALUES[w[i] ?? ""] ?? 0;
    const next = ROMAN_VALUES[w[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Reads number words at tokens[i]: "nine", "fifty two", "one hundred and fifty three". Returns the
 * value and the index after the last word read, or null when tokens[i] starts no number.
 */
function readWords(tokens: readonly string[], i: number): { value: number; next: number } | null {
  let j = i;
  let value = 0;
  let read = false;
  const ones = ONES[tokens[j] ?? ""];
  if (ones !== undefined && tokens[j + 1] === "hundred") {
    value = ones * 100;
    j += 2;
    read = true;
    // "one hundred and fifty": the "and" belongs to the number only when a number follows.
    if (tokens[j] === "and" && (tokens[j + 1] ?? "") in { ...ONES, ...TENS }) j++;
  }
  const tens = TENS[tokens[j] ?? ""];
  if (tens !== undefined) {
    value += tens;
    j++;
    read = true;
    const unit = ONES[tokens[j] ?? ""];
    if (unit !== undefined && unit < 10) {
      value += unit;
      j++;
    }
  } else {
    const unit = ONES[tokens[j] ?? ""];
    if (unit !== undefined) {
      value += unit;
      j++;
      read = true;
    }
  }
  return read ? { value, next: j } : null;
}

/**
 * Rewrites number words as digits in lower-case, space-separated text: "article nine" ->
 * "article 9", "forty seven" -> "47". Scale words (million, billion) are left alone: they are
 * the figure checker's business.
 */
export function numberWordsToDigits(text: string): string {
  const tokens = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const n = readWords(tokens, i);
    if (n) {
      out.push(String(n.value));
      i = n.next;
    } else {
      out.push(tokens[i] ?? "");
      i++;
    }
  }
  return out.join(" ");
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Rewrites Roman numerals as digits in the original text (case matters): upper-case numerals of two
 * letters or more anywhere ("World War II"), and a numeral of any case right after a designator
 * and in the list that follows it ("Articles ix, clii and cliii"). A lone "I" or "V" elsewhere is
 * a word or a letter, not a number.
 */
export function romanToDigits(original: string): string {
  let afterDesignator = false;
  return original.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (DESIGNATORS[lower] !== undefined) {
      afterDesignator = true;
      return word;
    }
    const value = romanValue(word);
    const upper = word === word.toUpperCase() && /\p{Lu}/u.test(word);
    if (value !== null && (afterDesignator || (upper && word.length >= 2))) return String(value);
    // A list of numbers keeps the designator going: "Articles 9, 152 and 153".
    if (!(afterDesignator && (/^\d+$/.test(word) || lower === "and"))) afterDesignator = false;
    return word;
  });
}
