// Which article says what: in a treaty, a charter or a constitution laid out under "Article N"
// headings, a student is asked where each provision stands ("Which article of the Water Compact
// says that neither Party shall build a new dam …?" → "Article 4"). The question restates the
// article's first sentence, which is the provision itself; the heading is the answer, and the
// evidence runs from the heading to the end of that sentence, so the answer lies inside it.
import { fold } from "./text";
import type { Sentence } from "./types";

const HEADING = /^[ \t]*(?:Article|ARTICLE|Art\.)[ \t]+(\d{1,3}[a-z]?|[IVXLC]{1,7})\b[.:]?[ \t]*(.*)$/gm;
/** A provision longer than this is no question a person would write out. */
const MAX_PROVISION_WORDS = 32;
const MIN_PROVISION_WORDS = 5;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ""] ?? 0;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export interface ArticleCard {
  prompt: string;
  /** "Article 4" as the heading writes it. */
  answer: string;
  article: number;
  /** The heading's words, offsets in the document. */
  answerSpan: { start: number; end: number };
  /** From the heading to the end of the provision's first sentence. */
  evidence: Sentence;
}

/** The provision as the tail of "says that …": its first word in lower case unless it is a name. */
function asReported(provision: string, document: string): string {
  const text = provision.replace(/^\s*(?:\(?\d{1,2}[.)]|\([a-z]\))\s+/, "").replace(/[.;:]\s*$/, "");
  const first = /^\p{Lu}\p{Ll}*/u.exec(text)?.[0];
  if (!first) return text;
  if (
    /^(?:The|A|An|Each|Every|Any|Neither|Either|No|All|Both|Such|This|These|Where|When|If|Unless|Nothing)$/.test(first)
  )
    return text.charAt(0).toLowerCase() + text.slice(1);
  // A word the document writes with a capital mid-sentence is a name ("Parties", "Kingdom").
  const named = new RegExp(String.raw`[\p{Ll},;]\s+${first}\b`, "u").test(document);
  return named ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One card per "Article N" heading whose first sentence is a provision of readable length.
 * `sentences` are the document's kept sentences (noise and references already dropped);
 * `instrument` names the document in the question ("the Lakeland Water Compact").
 */
export function articleCards(document: string, sentences: readonly Sentence[], instrument: string): ArticleCard[] {
  const headings = [...document.matchAll(HEADING)].map((m) => {
    const label = m[0]
      .trim()
      .replace(/[.:]$/, "")
      .split(/[ \t]+/)
      .slice(0, 2)
      .join(" ");
    const number = /^\d/.test(m[1] ?? "") ? Number.parseInt(m[1] ?? "", 10) : romanValue(m[1] ?? "");
    const start = (m.index ?? 0) + m[0].indexOf(label.split(" ")[0] ?? "");
    return { label, number, start, end: start + label.length, lineEnd: (m.index ?? 0) + m[0].length };
  });
  // A document with one "Article 3" in passing is no charter: at least three headings in order.
  if (headings.length < 3) return [];
  const out: ArticleCard[] = [];
  const seen = new Set<number>();
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    if (!heading || heading.number <= 0 || seen.has(heading.number)) continue;
    const nextStart = headings[h + 1]?.start ?? document.length;
    const provision = sentences.find((s) => s.start >= heading.lineEnd && s.start < nextStart);
    if (!provision) continue;
    const words = provision.text.split(/\s+/).length;
    if (words < MIN_PROVISION_WORDS || words > MAX_PROVISION_WORDS) continue;
    // Only the heading and white space between it and the provision: a title line in between
    // ("Article 3 Entry into force") stays in the question's evidence, not in the way.
    const between = document.slice(heading.lineEnd, provision.start);
    if (!/^\s*(?:\(?\d{1,2}[.)]|\([a-z]\))?\s*$/.test(between)) continue;
    seen.add(heading.number);
    const reported = asReported(provision.text, document);
    if (fold(reported).includes(fold(heading.label))) continue;
    out.push({
      prompt: `Which article of ${instrument} says that ${reported}?`,
      answer: heading.label,
      article: heading.number,
      answerSpan: { start: heading.start, end: heading.end },
      evidence: {
        start: heading.start,
        end: provision.end,
        text: document.slice(heading.start, provision.end),
      },
    });
  }
  return out;
}

const INSTRUMENT_WORD =
  /^(?:Charter|Treaty|Constitution|Convention|Agreement|Compact|Statute|Statutes|Covenant|Protocol|Pact|Accord|Declaration|Code|Act|Law|Rules|Regulation|Directive|Memorandum|Bylaws|By-laws)\b/;

/** How the question names the document: "the Charter of …"; null when the subject is no instrument. */
export function instrumentName(subject: string | null): string | null {
  if (!subject) return null;
  const s = subject.trim();
  if (/^The\s+/.test(s))
    return INSTRUMENT_WORD.test(s.slice(4)) ||
      /\b(?:Treaty|Charter|Constitution|Convention|Agreement|Compact|Act|Code)\b/.test(s)
      ? `the ${s.slice(4)}`
      : null;
  if (INSTRUMENT_WORD.test(s)) return `the ${s}`;
  // "Lakeland Water Compact", "Treaty of Ghent" written without an article.
  return /\b(?:Treaty|Charter|Constitution|Convention|Agreement|Compact|Act|Code|Protocol|Accord|Pact)\b/.test(s)
    ? `the ${s}`
    : null;
}
