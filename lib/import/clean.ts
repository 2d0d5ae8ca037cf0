// Removes the noise that document conversion leaves behind (footnote markers, markdown and HTML
// markup, navigation and newsletter lines, repeated headers) so readers and the fact generator see
// plain prose. Pure. Real content is kept: headings stay as lines of their own, dates, figures,
// curly quotes and dashes are untouched.
import { decodeHtmlEntities } from "./entities";
import { structureDocumentText } from "./structure";

export { sectionAt, splitSections, type Section } from "./sections";

/**
 * Whole lines that are site furniture rather than content. Line-based and anchored, so a sentence
 * that merely mentions cookies or newsletters survives; only lines up to BOILERPLATE_MAX_LENGTH
 * characters are tested.
 */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  /^subscribe\b.{0,80}\b(newsletters?|updates|mailing list)\b/i, // newsletter sign-up prompts
  /^if you want to subscribe\b/i, // the sign-up form's lead-in line
  /^(please )?enter your e-?mail( address)?\b/i,
  /^your e-?mail( address)?[.:]?$/i, // the wrapped tail of the sign-up prompt above
  /^(image|photo|picture) (source|credits?)\s*:/i, // "Image Source : Wikimedia Commons"
  /^share (this|on)\b.{0,40}$/i, // "Share this", "Share this article", "Share on X"
  /^read more\b.{0,80}$/i,
  /^(skip to (main )?content|back to top)$/i,
  /^(advertisement|sponsored content)$/i,
  /^follow us\b.{0,40}$/i,
  /\b(we|this (web)?site) uses? cookies\b/i,
  /^(accept|reject|manage) (all )?cookies\b/i,
  /^cookie (policy|settings|preferences)$/i,
  /^first published in\s*:?$/i, // a label whose value was lost in conversion
  /^corresponding author\b/i, // "*Corresponding Author Email: …" (an address, not content)
  /^unlock (this |these |more |all )?articles?\b/i,
  /^become a (member|subscriber)\b/i,
  /^(sign up|log in|sign in)( (or|to) .{0,40})?$/i,
  /^page \d{1,4}( of \d{1,4})?$/i, // PDF page footers
];
export const BOILERPLATE_MAX_LENGTH = 200;

// Inline link labels that reference lists carry after each entry ("[Google Scholar] [Publisher]").
const LINK_LABELS = /[ \t]*\[(?:Google Scholar|Publisher|CrossRef|PubMed|PMC free article|Scopus)\]/gi;

// Abbreviations that are followed by a number on purpose ("Vol.3", "No.5", "Jul.14").
const NUMBERED_ABBREVIATIONS = new Set([
  "no",
  "nos",
  "vol",
  "vols",
  "pp",
  "art",
  "arts",
  "fig",
  "figs",
  "ch",
  "sec",
  "para",
  "nr",
  "op",
  "cf",
  "ed",
  "eds",
  "ver",
  "vs",
  "st",
  "par",
  "rev",
  "ibid",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

// What a footnote mark inside <sup> looks like: numbers, ranges, daggers, a letter, roman numerals.
const FOOTNOTE_MARK =
  /^\s*[[(]?\s*(?:\d{1,4}|[*†‡§¶#&]+|[ivxlc]{1,6}|[a-z])(?:\s*[,;–—-]\s*(?:\d{1,4}|[*†‡§¶#&]+|[ivxlc]{1,6}|[a-z]))*\s*[\])]?\s*$/i;

const INLINE_TAGS = "a|span|em|strong|b|i|u|small|font|mark|cite|abbr";
const MAX_PASSES = 6;

/**
 * Cleans converted document text. Idempotent: the passes run until the text stops changing, so
 * noise uncovered by one step (an entity that decodes to a tag, say) is caught too.
 */
export function cleanDocumentText(raw: string): string {
  let text = cleanOnce(raw);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = cleanOnce(text);
    if (again === text) break;
    text = again;
  }
  // Then structure: back matter, bylines and captions go, key–value lines and wrapped paragraphs
  // are put together. Lines cleaned once more, since joining can bring repeated lines together.
  return cleanLines(structureDocumentText(text));
}

function cleanOnce(raw: string): string {
  let text = normaliseUnicode(raw);
  text = decodeHtmlEntities(text);
  // Entities can decode to characters normaliseUnicode handles ("&nbsp;", "&shy;", "&#8203;").
  text = normaliseUnicode(text);
  text = stripHtml(text);
  text = stripMarkdown(text);
  text = stripFootnoteMarks(text);
  return cleanLines(text);
}

// ---------------------------------------------------------------------------------------------
// Unicode

const LIGATURES: Readonly<Record<string, string>> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
  "\ufb05": "st",
  "\ufb06": "st",
};

// Emoji sequences (a pictograph with its presentation selector, joiners and skin tone). Only the
// emoji planes and the dingbat block are removed: arrows, ©, ® and ™ are text.
const EMOJI =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}]\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*\p{Emoji_Modifier}?/gu;

function isDecorativeEmoji(sequence: string): boolean {
  const code = sequence.codePointAt(0) ?? 0;
  return code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf);
}

// Most documents have no emoji at all; the full emoji pattern is slow, so look first.
const MAY_HAVE_EMOJI = /[\u2600-\u27BF\uD83C-\uD83E]/;

function normaliseUnicode(text: string): string {
  const withoutEmoji = MAY_HAVE_EMOJI.test(text)
    ? text.replace(EMOJI, (seq) => (isDecorativeEmoji(seq) ? "" : seq))
    : text;
  return (
    withoutEmoji
      .replace(/\r\n?|[\u2028\u2029\f\v]/g, "\n")
      .normalize("NFC")
      .replace(/[\ufb00-\ufb06]/g, (ch) => LIGATURES[ch] ?? ch)
      // Zero-width marks, soft hyphens, BOMs, emoji presentation selectors, keycaps, private-use
      // glyphs (PDF icon fonts) and control characters carry no text.
      .replace(/[\u200B\u2060\uFEFF\u00AD\uE000-\uF8FF]|\uFE0F|\u20E3/g, "")
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, "")
      .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      // Non-breaking hyphens from word processors would stop "S‑300" matching "S-300".
      .replace(/[\u2010\u2011]/g, "-")
  );
}

// ---------------------------------------------------------------------------------------------
// HTML left in text files

function stripHtml(text: string): string {
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, "")
      // "&lt;sup>" whose ampersand an earlier conversion swallowed ("<sup>&</sup>lt;sup>1</sup>").
      .replace(
        new RegExp(`(?<![\\w&])lt;(\\/?(?:sup|sub|p|br|div|${INLINE_TAGS})\\b[^<>\\n]*?)(?:>|gt;)`, "gi"),
        "<$1>",
      )
      .replace(new RegExp(`</?(?:${INLINE_TAGS})\\b[^<>]*>`, "gi"), "")
      .replace(/<sup\b[^<>]*>([^<]*)<\/sup>/gi, (_m, mark: string) => (FOOTNOTE_MARK.test(mark) ? "" : mark))
      .replace(/<\/?(?:sup|sub)\b[^<>]*>/gi, "")
      .replace(/<br\s*\/?>|<\/?(?:p|div|li|ul|ol)\b[^<>]*>/gi, "\n")
  );
}

// ---------------------------------------------------------------------------------------------
// Markdown

function stripMarkdown(text: string): string {
  return (
    text
      // "\*", "\_", "\#", "\$": the escaped character is what the author meant.
      .replace(/\\+(?=[!-/:-@[\]-`{-~])/g, "")
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, "")
      .replace(/[ \t]*\[\^?\d{1,4}\]\([^)\n]*\)/g, "") // footnote links "[1](#fn1)"
      .replace(/\[([^\]\n]+)\]\((?:<[^>\n]*>|[^)\s]+)(?:\s+"[^"\n]*")?\)/g, "$1")
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
      .replace(/^\[\^([^\]\n]+)\]:[ \t]*/gm, "$1 ")
      .replace(/[ \t]*\[\^[^\]\n]+\]/g, "")
      .replace(/^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/gm, (_m, heading: string | undefined) =>
        (heading ?? "").replace(/(?<!\.)\.$/, ""),
      )
      .replace(/^[ \t]*([-*_=~])(?:[ \t]*\1){2,}[ \t]*$/gm, "")
      .replace(/^[ \t]*[*+•▪◦‣●][ \t]+/gm, "- ")
      .replace(/(\*{1,3})(?=[^\s*])([^*\n]*?[^\s*])\1/g, "$2")
      .replace(/(?<![\p{L}\p{N}_])(_{1,2})(?=[^\s_])([^_\n]*?[^\s_])\1(?![\p{L}\p{N}_])/gu, "$2")
  );
}

// ---------------------------------------------------------------------------------------------
// Footnote markers

// Punctuation with a footnote number glued on, after a word or a figure: "years.1", "Moscow.23",
// "2024).12", "“worthless.”3". The regex starts at the punctuation and the word before it is
// looked up only for matches, which keeps this fast on long documents.
const GLUED_NUMBER = /([)\]”’"']*[.,;:!?]+[)\]”’"']*|[)\]”’"']+)(\d{1,3})(?=[ \t]|$)/gm;
const WORD_BEFORE = /(?:\p{L}[\p{L}\p{M}]*|[\p{N}%])$/u;

function dropGluedNumber(match: string, punct: string, num: string, offset: number, all: string): string {
  const word = WORD_BEFORE.exec(all.slice(Math.max(0, offset - 40), offset))?.[0];
  if (word === undefined) return match;
  if (/^\p{N}$/u.test(word)) {
    // "3.77" and "400,000" are figures; a closing bracket or quote between the two ("2024).12")
    // cannot be one, and neither can a year with a digit before a new sentence ("by 2020.5 Then").
    if (/[)\]”’"']/.test(punct)) return punct;
    return isYearWithNote(all, offset - 1, offset + match.length, punct, num) ? punct : match;
  }
  if (word.length < 2 || NUMBERED_ABBREVIATIONS.has(word.toLowerCase())) return match;
  return punct;
}

// `last` is the index of the year's last digit, `end` where the whole match ends.
function isYearWithNote(all: string, last: number, end: number, punct: string, num: string): boolean {
  if (punct !== "." || num.length > 2) return false;
  const first = last - 3;
  if (first < 0 || !/^(?:19|20)\d\d$/.test(all.slice(first, last + 1))) return false;
  if (first > 0 && /[\p{N}.,]/u.test(all.charAt(first - 1))) return false;
  return /^(?:[ \t]*(?:\n|$)|[ \t]+[\p{Lu}“"‘(])/u.test(all.slice(end, end + 3));
}

// A marker after a letter or punctuation is a footnote; after a digit it is a power ("10^3").
// Checked on the character before each match rather than with a lookbehind, for speed.
const AFTER_WORD = /[\p{L}.,;:!?)\]”’"']/u;

function dropAfter(before: RegExp, keep?: (marks: string, offset: number, all: string) => boolean) {
  return (marks: string, offset: number, all: string): string =>
    offset > 0 && before.test(all.charAt(offset - 1)) && !keep?.(marks, offset, all) ? "" : marks;
}

// m², km², cm³ are units, not notes.
const isUnitPower = (marks: string, offset: number, all: string) =>
  /^[²³]$/.test(marks) && /(?:^|[^\p{L}])[kcdµμ]?m$/u.test(all.slice(Math.max(0, offset - 3), offset));

function stripFootnoteMarks(text: string): string {
  return text
    .replace(/[ \t]*\[(?:\d{1,3}|[*†‡])(?:[ \t]*[,–—-][ \t]*\d{1,3})*\]/g, "")
    .replace(LINK_LABELS, "")
    .replace(/\^\[?\d{1,3}\]?(?!\d|\.\d)/g, dropAfter(AFTER_WORD))
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, dropAfter(AFTER_WORD, isUnitPower))
    .replace(GLUED_NUMBER, dropGluedNumber)
    .replace(/[*†‡]+(?=[\s.,;:!?)\]”’"']|$)/gm, dropAfter(AFTER_WORD))
    .replace(/^([ \t]*)\*+(?=[\p{L}\p{N}])/gmu, "$1");
}

// ---------------------------------------------------------------------------------------------
// Lines

function isBoilerplate(line: string): boolean {
  // Share and subscribe links often come as a list ("- Share this article").
  const bare = line.replace(/^-\s+/, "");
  return bare.length <= BOILERPLATE_MAX_LENGTH && BOILERPLATE_LINE_PATTERNS.some((re) => re.test(bare));
}

const WORD_END = /[\p{L}\p{N})\]”’"'%]/u;

function cleanLines(text: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = rawLine
      .replace(/[ \t]+/g, " ")
      .trim()
      // A removed marker leaves "missiles ." behind.
      .replace(/ +(?=[.,;](?: |$))/g, (spaces: string, offset: number, all: string) =>
        offset > 0 && WORD_END.test(all.charAt(offset - 1)) ? "" : spaces,
      );
    if (line === "") {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    if (isBoilerplate(line)) continue;
    // Navigation and running headers repeat verbatim; the first copy is the one in place.
    // Lines with fewer than two letters ("-", "1.") are list furniture, not headers.
    if (/\p{L}.*?\p{L}/u.test(line)) {
      if (seen.has(line)) continue;
      seen.add(line);
    }
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
