// The structure pass after line cleaning: drops what is about the document rather than its subject
// (references, endnotes, bylines, affiliations, captions, licence and newsletter boxes, e-book
// frames), turns infobox and fact-sheet lines into one normalised "Key: Value" line each, joins
// hard-wrapped lines into their paragraph and splits sentences glued together. Pure and line-based;
// every step leaves already structured text unchanged, so running it twice changes nothing.
import { looksLikeTitle } from "./sections";

const MAX_KEY_LENGTH = 40;
const MAX_KEY_WORDS = 5;

// ---------------------------------------------------------------------------------------------
// Frames: an e-book's licence header and footer

const GUTENBERG_START = /^\*{3}\s*START OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK\b.*\*{3}$/i;
const GUTENBERG_END = /^\*{3}\s*END OF (?:THIS|THE) PROJECT GUTENBERG E-?BOOK\b/i;
const HEADER_FIELDS = [
  "title",
  "author",
  "editor",
  "illustrator",
  "translator",
  "release date",
  "posting date",
  "last updated",
  "language",
  "character set encoding",
  "produced by",
];
const GUTENBERG_HEADER_LINE = new RegExp(
  `^(?:the )?project gutenberg(?:'s)? e-?book of\\b|^this e-?book is for the use of anyone\\b|^(?:${HEADER_FIELDS.join("|")}):`,
  "i",
);

/** The text between a Project Gutenberg start and end marker; a header without markers loses its lines. */
function dropEbookFrame(lines: string[]): string[] {
  const start = lines.findIndex((l) => GUTENBERG_START.test(l));
  let body = start >= 0 ? lines.slice(start + 1) : lines;
  const end = body.findIndex((l) => GUTENBERG_END.test(l));
  if (end >= 0) body = body.slice(0, end);
  if (start >= 0) return body;
  // An excerpt that kept the header but not the marker: drop the header's paragraphs.
  const headerEnd = lastHeaderParagraphEnd(body);
  return headerEnd > 0 ? body.slice(headerEnd) : body;
}

function lastHeaderParagraphEnd(lines: readonly string[]): number {
  let end = 0;
  let inHeader = false;
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const line = lines[i] ?? "";
    if (line === "") {
      if (inHeader) end = i;
      inHeader = false;
      continue;
    }
    if (GUTENBERG_HEADER_LINE.test(line)) inHeader = true;
    else if (!inHeader && end > 0 && !/^\S/.test(line)) break;
    if (inHeader) end = i + 1;
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// Lines about the document, not its subject

/** Whole lines that are bylines, captions, labels, licence or page furniture. Tested on short lines only. */
const META_LINE_PATTERNS: readonly RegExp[] = [
  /^[Bb]y [\p{Lu}][\p{L}.'’-]*(?: (?:[\p{Lu}][\p{L}.'’-]*|de|van|von|der|la|and|&))*\.?$/u, // "By William H. Holmes."
  /^(?:posted|written|edited|reviewed) by\b/i,
  // "Published on: June 25, 2024", "Updated 3 May 2021": a date stamp, not a sentence.
  /^(?:published|updated|posted|last updated)(?: on)?:?\s+(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+ \d{4}|\d{4}-\d\d-\d\d)$/iu,
  /^\d{1,3} min(?:ute)?s? read$/i,
  /^(?:from wikipedia, the free encyclopedia|jump to: navigation, search|retrieved from .*)$/i,
  /^(?:main article|main articles|see also|further information|for other uses)s?: .{1,120}$/i,
  /^\[?(?:illustration|figure \d+|fig\. ?\d+)\]?$/i,
  /^[\p{Lu}][\p{L} ]{1,40} (?:logo|icon|screenshot|wordmark)$/u, // image alt text left as a line
  /^(?:copyright )?©.{0,200}$/i,
  /^copyright (?:©|\(c\)|\d{4}).{0,200}$/i,
  /\b(?:is|are) (?:distributed|licensed|available) under the terms of the creative commons\b/i,
  /^(?:competing interests?|conflicts? of interest|funding|author contributions|data availability)\b.{0,200}$/i,
  /^related (?:research )?articles?\b/i,
  /^(?:doi|https?:\/\/doi\.org\/)\S*$/i,
  /^\S.{0,80};\s*\d+:\w+\.\s*doi:\s*10\.\d{4,}\/\S+$/i, // running footer "Kolter. eLife 2012;1:e00302. DOI: 10.7554/…"
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, // an e-mail address alone on a line
  /^sign up for\b.{0,60}$/i,
  /^(?:all fields (?:are )?required|view all (?:blog )?posts|share your feedback|talk to an expert|get free trial|get started guide|ready to get started\?|we want to hear from you)$/i,
  /^read the full\b.{0,120}$/i, // a call to read the report the post advertises
  /^explore (?:this|our|the) .{0,40}$/i,
  /^retweet this( article)?!?$/i,
  /^(?:print|email|share)(?: this)?(?: (?:page|article|story))?$/i,
];

const META_MAX_LENGTH = 400;

// "Roberto Kolter is a Reviewing Editor, and at Harvard Medical School, Boston, United States"
const AFFILIATION =
  /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3} (?:is|was) (?:a|an|the) .{0,120}\b(?:University|School|Institute|College|Department|Laboratory|Centre|Center|Hospital|Academy)\b.{0,120}$/u;

// "developer surveyDevSecOpsAI/MLsecuritynews": tags run together with no spaces between them.
function isGluedTagLine(line: string): boolean {
  if (line.length > 120 || /[.!?]$/.test(line)) return false;
  return (line.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2 && line.split(" ").length <= 6;
}

// Music and similar transcriptions in e-book text: "[G: d' e' (f' g')]", "[W: One, two]".
const NOTATION_LINE = /^\[[A-Z][\w./]*:[^\]]*\]?$|^[\p{L} ]{0,40}\[(?:figure|illustration)[^\]]*\]$/iu;

function isMetaLine(line: string): boolean {
  if (line.length > META_MAX_LENGTH) return false;
  const bare = line.replace(/^-\s+/, "");
  return (
    META_LINE_PATTERNS.some((re) => re.test(bare)) ||
    AFFILIATION.test(bare) ||
    isGluedTagLine(bare) ||
    NOTATION_LINE.test(bare)
  );
}

// "[Illustration: Fig. 2. Section …\n  … objects of art.]" and "[Footnote 7: B. B. White: …]" run
// over several lines; the whole bracket goes.
const BRACKET_BLOCK_START = /^\[(?:illustration|footnote|sidenote|transcriber'?s? note|note)\b[^\]]*$/i;
const BRACKET_BLOCK_LINE = /^\[(?:illustration|footnote|sidenote|transcriber'?s? note)\b.*\]$/i;

// A figure or table caption paragraph: "Figure 1. An early embryo …", "Fig. 3. Grave with pillars".
const CAPTION_START = /^(?:figure|fig\.|table|plate|image|photo|map)\s*(?:\d+[a-z]?|[IVX]+)?[.:]\s+\S/i;
// "Image Bacteria multiply in the absence of …": a label and a short caption with no full stop.
const LABEL_CAPTION = /^[Ii]mage [\p{Lu}][^.!?]{0,140}$/u;

// Wikipedia's inline maintenance tags and section edit links.
const INLINE_TAGS =
  /\[(?:edit|update|citation needed|clarification needed|when\?|who\?|by whom\?|according to whom\?|dubious[^\]]*|needs update)\]/gi;

function dropMetaLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(INLINE_TAGS, "").trimEnd();
    if (BRACKET_BLOCK_LINE.test(line)) continue;
    if (BRACKET_BLOCK_START.test(line)) {
      while (i < lines.length && !(lines[i] ?? "").includes("]")) i++;
      continue;
    }
    if (line !== "" && (isMetaLine(line) || LABEL_CAPTION.test(line))) continue;
    // A caption runs to the end of its paragraph.
    if (CAPTION_START.test(line) && (i === 0 || (lines[i - 1] ?? "") === "")) {
      while (i + 1 < lines.length && (lines[i + 1] ?? "") !== "") i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

// A table of contents: "Contents" followed by numbered list lines ("- 1 History", "- 1.1 …").
function dropContents(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^(?:contents|table of contents)$/i.test(line)) {
      let j = i + 1;
      while (
        j < lines.length &&
        ((lines[j] ?? "") === "" || /^(?:- )?\d{1,2}(?:\.\d{1,2})*\.? \S/.test(lines[j] ?? ""))
      )
        j++;
      if (j - i > 3) {
        i = j - 1;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

// Back matter: once a references heading appears in the last part of the text, the rest is lists
// of sources, links and notes, not content.
const BACK_MATTER_TITLES = [
  "references",
  "notes",
  "endnotes",
  "footnotes",
  "bibliography",
  "works cited",
  "sources",
  "citations",
  "further reading",
  "external links",
  "see also",
  "literature cited",
  "notes and references",
  "more to explore",
  "related (?:posts|articles|stories)",
  "you (?:may|might) also like",
  "recommended(?: for you)?",
  "read next",
];
const BACK_MATTER_HEADING = new RegExp(`^(?:\\d{1,2}\\.?\\s+)?(?:${BACK_MATTER_TITLES.join("|")})\\.?$`, "i");
const BACK_MATTER_SHARE = 0.5;

function dropBackMatter(lines: readonly string[]): string[] {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (at >= total * BACK_MATTER_SHARE && BACK_MATTER_HEADING.test(line)) return lines.slice(0, i);
    at += line.length + 1;
  }
  return [...lines];
}

// ---------------------------------------------------------------------------------------------
// Key–value lines

const KEY = String.raw`[\p{Lu}][\p{L}\p{N} ()/'’&,-]*?[\p{L})]`;
// "Signed: 12 August 2018", "- Signed: 12 August 2018", "Founded: February 28, 1998".
const KEY_VALUE = new RegExp(String.raw`^(?:[-•*]\s+)?(${KEY})\s*:\s+(\S.*)$`, "u");
// "Nameplate capacity915 MW": a short key run straight into its figure.
const GLUED_KEY_VALUE = new RegExp(
  String.raw`^(?:[-•*]\s+)?(${KEY})(?<=\p{Ll})(\d[\d,.]*\s?(?:[\p{L}%°$€£]{1,12}\b.*)?)$`,
  "u",
);

function isKey(key: string): boolean {
  // A qualifier in brackets ("Land use (agricultural land, arable land)") does not count.
  const head = key.replace(/\s*\([^)]*\)/g, "");
  const words = head.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // A field name with its qualifier ("GDP - composition, by sector of origin (agriculture)") may run longer.
  const [maxLength, maxWords] = head === key ? [MAX_KEY_LENGTH, MAX_KEY_WORDS] : [MAX_FIELD_LENGTH, MAX_FIELD_WORDS];
  return head.length <= maxLength && words <= maxWords && !/[.!?;]$/.test(key);
}

// Infoboxes print a date's age as of the day the page was saved: "February 28, 1998; 18 years ago
// (1998-02-28)". The age is wrong by the next year; the date stays.
function withoutAge(value: string): string {
  return value.replace(/;?\s*\d{1,4} years? ago\b(?:\s*\(\d{4}-\d\d-\d\d\))?/, "").trim() || value;
}

/** "Key: Value" for a key–value line, normalised (bullet dropped, one space after the colon); else null. */
export function keyValueLine(line: string): string | null {
  const kv = KEY_VALUE.exec(line);
  if (kv?.[1] && kv[2] && isKey(kv[1]) && !/^\/\//.test(kv[2])) return `${kv[1]}: ${withoutAge(kv[2].trim())}`;
  if (line.length <= 80) {
    const glued = GLUED_KEY_VALUE.exec(line);
    if (glued?.[1] && glued[2] && isKey(glued[1]) && glued[1].split(/\s+/).length >= 1)
      return `${glued[1]}: ${glued[2].trim()}`;
  }
  return null;
}

// A sub-field line under a field name: "total: 103,000 sq km", "name: Reykjavik".
const SUBFIELD = /^([\p{Ll}][\p{L}\p{N} ()/'’&,-]{0,40}?)\s*:(?:\s+(\S.*))?$/u;

// "GDP - composition, by sector of origin": a fact sheet's field names run longer than keys.
const MAX_FIELD_LENGTH = 60;
const MAX_FIELD_WORDS = 8;

function isFieldName(line: string): boolean {
  return (
    line.length <= MAX_FIELD_LENGTH &&
    line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_FIELD_WORDS &&
    /^[\p{Lu}]/u.test(line) &&
    !/[.!?:;,]$/.test(line) &&
    !/^[-•*]\s/.test(line)
  );
}

// A value on a line of its own under a field name: one short phrase, not a paragraph of sentences.
function isShortValue(line: string): boolean {
  return line.length <= 400 && !/[.!?]\s+[\p{Lu}]/u.test(line) && keyValueLine(line) === null;
}

const FACT_SHEET_MIN_FIELDS = 4;

/** How many blocks are a field name over sub-field lines ("Area" / "total: 103,000 sq km"). */
function countFieldBlocks(lines: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const previousBlank = i === 0 || (lines[i - 1] ?? "") === "";
    if (previousBlank && isFieldName(lines[i] ?? "") && SUBFIELD.test(lines[i + 1] ?? "")) n++;
  }
  return n;
}

/**
 * Fact-sheet fields ("Area" then "total: 103,000 sq km", "land: …"; "Coastline" then "4,970 km")
 * become one "Key: Value" line each; key–value and glued key–value lines are normalised. A field
 * whose value is prose keeps its name as a heading.
 */
function structureKeyValues(lines: readonly string[]): string[] {
  // A field name over a lone value is only taken for one in a fact sheet: several such pairs.
  const sheet = countFieldBlocks(lines) >= FACT_SHEET_MIN_FIELDS;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const previousBlank = i === 0 || (lines[i - 1] ?? "") === "";
    if (previousBlank && isFieldName(line) && i + 1 < lines.length && (lines[i + 1] ?? "") !== "") {
      // Field with sub-fields.
      let j = i + 1;
      const subs: string[] = [];
      while (j < lines.length) {
        const sub = SUBFIELD.exec(lines[j] ?? "");
        if (!sub?.[1]) {
          // A value that ran onto lines of its own ("election results:" then one line per year).
          const more = lines[j] ?? "";
          if (subs.length === 0 || more === "" || isFieldName(more)) break;
          subs[subs.length - 1] = `${subs[subs.length - 1] ?? ""} ${more}`.replace(/: {2,}/, ": ");
          j++;
          continue;
        }
        const name = sub[1].trim();
        // "note: note: data in 2021 dollars" repeats its label.
        let key = name;
        let value = (sub[2] ?? "").trim();
        if (value.toLowerCase().startsWith(`${name.toLowerCase()}:`)) value = value.slice(name.length + 1).trim();
        // "agricultural land: arable land: arable land: 1.2%": a sub-sub-field, its label doubled.
        const deeper = /^([\p{Ll}][\p{L} ]{0,40}): (?:\1: )?(\S.*)$/u.exec(value);
        if (deeper?.[1] && deeper[2]) {
          key = `${name}, ${deeper[1]}`;
          value = deeper[2];
        }
        subs.push(`${line} (${key}): ${value}`);
        j++;
      }
      if (subs.length > 0 && (j >= lines.length || (lines[j] ?? "") === "" || isFieldName(lines[j] ?? ""))) {
        out.push(...subs);
        i = j - 1;
        continue;
      }
      // Field with one value line, then a blank line.
      const value = lines[i + 1] ?? "";
      if (
        sheet &&
        (i + 2 >= lines.length || (lines[i + 2] ?? "") === "") &&
        isShortValue(value) &&
        !isCapsHeading(line)
      ) {
        out.push(`${line}: ${value}`);
        i += 1;
        continue;
      }
    }
    out.push(keyValueLine(line) ?? line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hard wraps and glued sentences

const ENDS_SENTENCE = /[.!?]["”’)\]]?$/;
const LIST_OR_KEY = /^(?:[-•*▪–]\s|\d{1,2}[.)]\s)/;

function isKeyValue(line: string): boolean {
  return KEY_VALUE.test(line) && isKey(KEY_VALUE.exec(line)?.[1] ?? "");
}

/** The width most full lines reach (90th percentile of line lengths). */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((l) => l.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

// Typed or converted text wraps at 60–100 characters; text whose lines run longer is not wrapped.
const MIN_WRAP_WIDTH = 55;
const MAX_WRAP_WIDTH = 130;
const FULL_LINE_SHARE = 0.6;

/**
 * Joins the lines of a paragraph that a fixed width wrapped ("SA-5 and\nSA-6" is one phrase).
 * In wrapped text a line that ran to nearly the full width continues on the next; in any text a
 * line that stops mid-phrase does. List items, key–value lines and headings stay on their own.
 */
function joinHardWraps(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  const full = width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width * FULL_LINE_SHARE : Number.POSITIVE_INFINITY;
  const out: string[] = [];
  let previous = ""; // the previous line as written
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && previous !== "" && line !== "" && wrapsInto(previous, line, full)) {
      const joined = out[last] ?? "";
      out[last] = /\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line) ? joined + line : `${joined} ${line}`;
    } else {
      out.push(line);
    }
    previous = line;
  }
  return out;
}

// "…the range of SA-5 and" + "SA-6 systems": a short line can still stop in the middle of a phrase.
const ENDS_ON_FUNCTION_WORD =
  /\s(?:and|or|nor|but|of|the|a|an|to|in|on|at|by|for|with|from|as|that|which|than|its|their)$/i;

function isCapsHeading(line: string): boolean {
  return line.length < 80 && /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);
}

function wrapsInto(previous: string, line: string, fullLength: number): boolean {
  if (LIST_OR_KEY.test(line) || isKeyValue(line) || isKeyValue(previous)) return false;
  // A sub-field under a field name, or under another sub-field, is a line of its own.
  if (SUBFIELD.test(line) && (SUBFIELD.test(previous) || isFieldName(previous))) return false;
  if (isCapsHeading(previous) || isCapsHeading(line)) return false;
  const midPhrase = /[,;\-–]$/.test(previous) || ENDS_ON_FUNCTION_WORD.test(previous);
  if (midPhrase) return true;
  // A full line ends wherever the width ran out, even after a full stop; a heading does not follow it.
  return previous.length >= fullLength && !(ENDS_SENTENCE.test(previous) && looksLikeTitle(line));
}

// "commitments.The", "in 2018.Then": a sentence end with no space before the next sentence.
// Abbreviations of one letter ("U.S.") and lower-case continuations ("mozilla.org") do not match.
const GLUED_SENTENCE = /(\p{Ll}{2,}|\b\d{4})([.!?])(\p{Lu}\p{Ll}+)/gu;

function splitGluedSentences(line: string): string {
  if (/https?:\/\/|www\./.test(line)) return line;
  return line.replace(GLUED_SENTENCE, "$1$2 $3");
}

// ---------------------------------------------------------------------------------------------

/** Runs the structure pass over cleaned text (one line per line, blank lines between paragraphs). */
export function structureDocumentText(text: string): string {
  let lines = text.split("\n");
  lines = dropEbookFrame(lines);
  // Fields first, so a fact sheet's "Area" / "total: …" lines are not taken for a wrapped paragraph;
  // then whole paragraphs, so a caption or licence box is judged as one line.
  lines = structureKeyValues(lines);
  lines = joinHardWraps(lines);
  lines = dropMetaLines(lines);
  lines = dropContents(lines);
  lines = dropBackMatter(lines);
  lines = lines.map(splitGluedSentences);
  // Italics marked with underscores that a wrap had split ("_el\noud_") are whole again now.
  lines = lines.map((l) => l.replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, "$1"));
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
