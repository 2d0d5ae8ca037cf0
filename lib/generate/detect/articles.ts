// Article numbers of constitutions and treaties: "Article 9", "Art. 5", "Articles 152 and 153",
// "Articles 9, 152, and 153". Which instrument is meant comes from the words around the mention.
import type { ArticleValue, Mention } from "../types";

export type ArticleMention = Extract<Mention, { kind: "article" }>;

const ARTICLE =
  /\b(Articles?|Art\.|Arts\.)\s+(\d{1,3})((?:\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*(?:-|\u2013|to)\s*)\d{1,3}(?![\d.]))*)(?:\s*(?:\(\d+\)|of\b))?/g;

const CONSTITUTION = /\bconstitution(?:al)?\b/i;
const TREATY = /\b(?:treaty|treaties|agreement|accord|pact|charter|convention|protocol)\b/i;

/**
 * Which instrument the article belongs to: the nearest cue word in the text after the mention
 * ("Article 9 of Iran's Constitution"), then before it, then in `context` (the sentences before).
 */
function instrument(text: string, start: number, end: number, context: string): ArticleValue["instrument"] {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 80), start);
  for (const part of [after, before, text, context]) {
    const c = CONSTITUTION.exec(part);
    const t = TREATY.exec(part);
    if (c && (!t || c.index <= t.index)) return "constitution";
    if (t) return "treaty";
  }
  return "unknown";
}

/** Article mentions in `text`; spans offset by `base`. `context` is the text just before. */
export function detectArticles(text: string, base = 0, context = ""): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const start = m.index ?? 0;
    // The span ends at the last number; a trailing "of" only helped the match.
    const numbersText = `${m[2] ?? ""}${m[3] ?? ""}`;
    const end = start + (m[1] ?? "").length + m[0].slice((m[1] ?? "").length).indexOf(m[2] ?? "") + numbersText.length;
    const numbers = (numbersText.match(/\d{1,3}/g) ?? []).map(Number);
    const isRange = /(?:-|\u2013|to)\s*\d+\s*$/.test(numbersText) && numbers.length === 2;
    const articles =
      isRange &&
      numbers[0] !== undefined &&
      numbers[1] !== undefined &&
      numbers[1] > numbers[0] &&
      numbers[1] - numbers[0] < 50
        ? Array.from({ length: numbers[1] - numbers[0] + 1 }, (_, i) => (numbers[0] ?? 0) + i)
        : numbers;
    if (articles.length === 0 || articles.some((n) => n === 0)) continue;
    out.push({
      kind: "article",
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      value: { articles, instrument: instrument(text, start, end, context) },
    });
  }
  return out;
}
