// Finds the section headings of a document's text, so a fact can cite the section it came from by
// character offset. Pure. Works on cleaned text (headings are plain lines) and on raw markdown.

export interface Section {
  /** The heading line without markdown markers; "" for text before the first heading. */
  heading: string;
  /** Offset of the heading line's first character (0 for the untitled opening). */
  start: number;
  /** Offset just past the section: where the next heading starts, or the text's length. */
  end: number;
}

const MAX_HEADING_LENGTH = 120;
const MAX_HEADING_WORDS = 14;

// "…agreed that the" is a wrapped line of prose; titles don't end on a function word.
const TRAILING_FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "that",
  "which",
  "as",
  "is",
  "was",
  "were",
  "are",
  "be",
  "its",
  "their",
  "his",
  "her",
]);

// Numbered headings ("1. ", "2.3 ", "B. ", "IV. ") are headings too, then a capital (or a letter
// of a script without case) after an optional opening quote.
const TITLE_START = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-Z]\.\s+|[IVXLC]{1,5}\.\s+)?["“‘(]?[\p{Lu}\p{Lo}]/u;

/** A short line that reads like a title: capitalised, no final period, not a list item or a date. */
export function looksLikeTitle(line: string): boolean {
  if (line.length < 2 || line.length > MAX_HEADING_LENGTH) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.,;:]$/.test(line) || /^[-*•]\s/.test(line)) return false;
  // "Opened: 4 May 1931" is an attribute line of the structure pass, not a heading; "Chapter 3: The
  // Flood" and "Part IV: Origins" are headings.
  const key = /^([^:]{1,60}): \S/.exec(line)?.[1];
  if (key !== undefined && !/\b(?:\d{1,3}|[IVXLC]{1,6})$/.test(key)) return false;
  if (/https?:\/\/|www\.|@/.test(line)) return false;
  if (!TITLE_START.test(line) || !/\p{L}{3,}/u.test(line)) return false;
  const last = /(\p{L}+)\W*$/u.exec(line)?.[1] ?? "";
  if (TRAILING_FUNCTION_WORDS.has(last)) return false;
  // "June 5, 2025" or "ISSN: 2149-3316" are dates and identifiers, not titles.
  const chars = line.replace(/\s/g, "");
  const digits = chars.replace(/\D/g, "").length;
  return digits / chars.length < 0.3;
}

function markdownHeading(line: string): string | null {
  const match = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  return match ? (match[1] ?? "").replace(/(?<!\.)\.$/, "") : null;
}

// A title-like line only starts a section where a paragraph could end: at the top, after a blank
// line, after a finished sentence or another heading. That keeps wrapped lines of a paragraph
// (PDF text) from being taken for headings.
const ENDS_SENTENCE = /[.!?:]["”’)\]]?$/;

export function splitSections(text: string): Section[] {
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw.trim(), start: offset });
    offset += raw.length + 1;
  }

  const headings: { heading: string; start: number }[] = [];
  let previous: { text: string; heading: boolean } | null = null;
  let previousBlank = true;
  lines.forEach((line, i) => {
    if (line.text === "") {
      previousBlank = true;
      return;
    }
    let heading = markdownHeading(line.text);
    if (heading === null && looksLikeTitle(line.text)) {
      const canStart = previousBlank || previous === null || previous.heading || ENDS_SENTENCE.test(previous.text);
      // A heading is never continued in lower case on the next line; a wrapped line is.
      const next = lines[i + 1]?.text ?? "";
      if (canStart && !/^\p{Ll}/u.test(next)) heading = line.text;
    }
    if (heading !== null && heading !== "") headings.push({ heading, start: line.start });
    previous = { text: line.text, heading: heading !== null };
    previousBlank = false;
  });

  const sections: Section[] = [];
  const firstStart = headings[0]?.start ?? text.length;
  if (text.slice(0, firstStart).trim() !== "") sections.push({ heading: "", start: 0, end: firstStart });
  headings.forEach((h, i) => {
    sections.push({ heading: h.heading, start: h.start, end: headings[i + 1]?.start ?? text.length });
  });
  return sections;
}

/** The section that contains `offset`, for citing where a fact came from. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (!s) return undefined;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
