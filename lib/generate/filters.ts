// Sentences not worth a card: newsletter and publisher boilerplate, citations and bibliography
// entries, headings and fragments, and run-on blocks where the splitter found no sentence end.
import { FORMULA_MARK } from "./text";

const BOILERPLATE =
  /\b(?:(?:master's|masters|phd|doctoral|graduate) student|associate professor|assistant professor|research fellow|senior fellow|subscribe|newsletter|unsubscribe|sign(?:ing)? up|log(?:ging)? in|e-?mail (?:us|address|alerts|updates)|e-?mail:|image source|all rights reserved|copyright|cookies?|privacy policy|terms of use|click here|share this|follow us|become a member|unlock articles|corresponding author|available online|first published in|issn|keywords?:)/i;
const CITATION =
  /https?:\/\/|www\.|doi\.org|\bdoi:|\[(?:publisher|google scholar)\]|\bretrieved\b|\baccessed\b|<\/?(?:sup|a)\b|&lt;|\bpp?\.\s*\d|\bvol\.,?\s*\d|\bet al\.?,?\s*\(?\d{4}/i;
// "14 “Trade Turnover …,” TASS, March 1, 2023" and "Maleki, A. (2018). …": endnote and reference lines.
const ENDNOTE =
  /^\p{Lu}[\p{L}.'\u2019-]+(?:\s+\p{Lu}[\p{L}.'\u2019-]+){0,3},\s*["\u201c]|^\d{1,3}\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}?[“"]|^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,|&|\(\d{4}\))|^[\p{Lu}][^.]{0,120}\(\d{4}[a-z]?\)\.\s/u;
// An in-text citation in brackets ("(Anand et al., 2012)", "(Walther and Farese, 2012; Cho, 2002)"):
// the sentence around it is prose worth a card; only the bracket is a reference.
export const INLINE_CITATION =
  /\s?\((?:see\s+|e\.g\.,?\s+|cf\.\s+)?\p{Lu}[^()]{0,120}?,?\s+(?:1[5-9]|20)\d\d[a-z]?(?:[;,][^()]{0,160})?\)/gu;

/** The sentence without its bracketed in-text citations. */
export function withoutCitations(text: string): string {
  return text.includes("(") ? text.replace(INLINE_CITATION, "") : text;
}

const REFERENCE_HEADING = /^(?:#+\s*)?(?:references|bibliography|works cited|notes|endnotes|sources|footnotes)\s*:?$/i;

export interface FilterVerdict {
  keep: boolean;
  reason?: "boilerplate" | "citation" | "short" | "long" | "references";
}

export const MIN_WORDS = 5;
export const MAX_WORDS = 90;
export const MAX_CHARS = 700;

export function isReferenceHeading(text: string): boolean {
  return REFERENCE_HEADING.test(text.trim());
}

/** Whether a sentence should yield candidates. */
export function judgeSentence(text: string): FilterVerdict {
  if (text.length > MAX_CHARS) return { keep: false, reason: "long" };
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > MAX_WORDS) return { keep: false, reason: "long" };
  const prose = withoutCitations(text);
  if (CITATION.test(prose) || ENDNOTE.test(prose)) return { keep: false, reason: "citation" };
  if (BOILERPLATE.test(text)) return { keep: false, reason: "boilerplate" };
  // A formula the importer could not write as words (lib/import/readers.ts): no card reads it.
  if (text.includes(FORMULA_MARK)) return { keep: false, reason: "boilerplate" };
  // "GDP - composition (note): figures may not total 100% …": a fact sheet's remark on its own figures.
  if (/^[^:.]{1,80}\(note\)\s*:/i.test(text)) return { keep: false, reason: "boilerplate" };
  if (words < MIN_WORDS) return { keep: false, reason: "short" };
  return { keep: true };
}
