// Answers that are lists ("China, India and Russia") and the loose form items are compared on:
// no articles anywhere, designators ("Article") optional, numbers as digits. Pure.
import { normaliseText, splitLettersAndDigits } from "./normalise";
import { DESIGNATORS, numberWordsToDigits, romanToDigits } from "./numerals";

const ARTICLES = new Set(["the", "a", "an"]);

/** A loose form of one answer or list item, and which designator words it used. */
export interface Loose {
  text: string;
  designators: string[];
  /** Whether number words or Roman numerals were read as digits. */
  numerals: boolean;
}

/**
 * The loose comparison form: normalised text with number words and Roman numerals as digits,
 * articles dropped wherever they are, and designator words dropped before a number ("Articles 9
 * and 152" -> "9 and 152"). `romanise` is off for the plain reading, since a capitalised
 * abbreviation ("DC") might be typed in lower case.
 */
export function looseForm(original: string, romanise = true): Loose {
  const withRoman = romanise ? romanToDigits(original) : original;
  const plain = splitLettersAndDigits(normaliseText(withRoman));
  const digits = numberWordsToDigits(plain);
  const words = digits.split(" ").filter((w) => w !== "");
  const designators: string[] = [];
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const designator = DESIGNATORS[w];
    if (designator !== undefined && /^\d/.test(words[i + 1] ?? "")) {
      designators.push(designator);
      continue;
    }
    if (ARTICLES.has(w) && words.length > 1) continue;
    kept.push(w);
  }
  const text = kept.join(" ");
  return { text, designators, numerals: withRoman !== original || digits !== plain };
}

// "," between digits is a thousands separator when three digits follow ("3,770,000"), but a list
// separator after a space or before other groups ("9, 152").
const SEPARATORS = /\s*(?:;|,(?!\d{3}(?!\d))|\s&\s|\s\+\s|\s\/\s|\band\b|\bas well as\b|\bplus\b|\balong with\b)\s*/gi;

/**
 * Splits an answer into list items on commas, semicolons, "and", "&", "plus", "as well as", with
 * an Oxford comma or none. Empty items (", and") vanish. One item when nothing separates.
 */
export function splitList(original: string, splitThousands = false): string[] {
  // "one hundred and fifty" is one number, not a list of two.
  const text = original
    .replace(/\r?\n/g, ", ")
    .replace(/\bhundred\s+and\b/gi, "hundred")
    .replace(/^\s*(?:both|either|namely)\s+/i, "");
  const separators = splitThousands
    ? new RegExp(SEPARATORS.source.replace(",(?!\\d{3}(?!\\d))", ","), "gi")
    : SEPARATORS;
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "" && looseForm(s).text !== "");
}

/** Designators must agree when both answers name one: "Section 9" is not "Article 9". */
export function designatorsAgree(a: Loose, b: Loose): boolean {
  if (a.designators.length === 0 || b.designators.length === 0) return true;
  return a.designators.every((d) => b.designators.includes(d)) && b.designators.every((d) => a.designators.includes(d));
}
