// From a document's text to draft fact candidates: split into sentences, drop the ones not worth
// a card, detect mentions, and write one candidate per answer per sentence with its evidence.
// Pure: no I/O and no clock.
import type { FactKind } from "@/lib/content/schema";
import { tokenize } from "./clause";
import {
  buildNameRegistry,
  dateVariants,
  detectAll,
  figureVariants,
  formatDate,
  weaponVariants,
} from "./detect";
import { isReferenceHeading, judgeSentence } from "./filters";
import { lexiconTags } from "./nlp";
import { buildPrompt, type Prompt } from "./prompts";
import { splitSentences } from "./sentences";
import { contentWords, fold, stableHash, tidyAnswer } from "./text";
import { countryOf, readTransfer } from "./transfer";
import type { Candidate, CandidateTransfer, CandidateValue, GenerateOptions, Mention, SectionSpan, Sentence } from "./types";

export { toDraftFact, type DraftOptions } from "./draft";

export interface SourceDocument {
  sourceKey: string;
  text: string;
}

// Words every generated prompt uses; they say nothing about the subject.
const PROMPT_WORDS = new Set(
  ("source give given date figure amount year percentage passage connection name named mention cite article did does how much many which what when where who whom could under plan deal describe describes supply supplied withheld reported " +
    "thousand million billion trillion bn approximately about around roughly nearly almost percent usd " +
    "place country countrie agreement organisation organization group person people kind weapon").split(" "),
);

const BASE_SCORE: Record<FactKind, number> = {
  constitution: 5,
  "arms-transfer": 5,
  date: 4,
  figure: 4,
  treaty: 3,
  event: 3,
  person: 3,
  organisation: 2,
  place: 1,
  concept: 1,
};

/** A place and the capital that stands for it count as one ("Moscow" is Russia). */
function placeKey(name: string): string {
  return fold(countryOf(name) ?? name);
}

/**
 * A byline: two or three capitalised words that compromise does not know as ordinary words
 * ("Mohammadamin Akhlaghi*"), on a line of their own near the top.
 */
function isAuthorLine(line: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:\\?\*|\d)?$/u.exec(line.trim());
  if (!m) return false;
  return (m[1] ?? "").split(/\s+/).every((w) => {
    const tags = lexiconTags(w.toLowerCase());
    return tags.length === 0 || tags.some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName" || t === "LastName");
  });
}

/** How often each place is named across the document; the two most named are its topic. */
function dominantPlaces(perSentence: Mention[][], sentenceCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const mentions of perSentence) {
    const seen = new Set<string>();
    for (const m of mentions) if (m.kind === "place") seen.add(placeKey(m.value.name));
    for (const n of seen) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, 2).filter(([, n]) => n >= Math.max(3, sentenceCount * 0.08)).map(([name]) => name));
}

// Names come back sentence after sentence; a few cards per name are plenty.
const MAX_PER_NAME = 2;
const NAME_KINDS: ReadonlySet<FactKind> = new Set(["place", "person", "organisation", "treaty"]);

/** Keeps the best-scored MAX_PER_NAME candidates of each name, in text order. */
function capRepeatedNames(list: Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of list) {
    if (!NAME_KINDS.has(c.kind) || c.article !== undefined) continue;
    const key = `${c.kind}|${c.answerKey}`;
    const g = groups.get(key) ?? [];
    g.push(c);
    groups.set(key, g);
  }
  const drop = new Set<Candidate>();
  for (const g of groups.values()) {
    const ranked = [...g].sort((a, b) => b.score - a.score);
    for (const c of ranked.slice(MAX_PER_NAME)) drop.add(c);
  }
  return list.filter((c) => !drop.has(c));
}

function sectionFor(sections: readonly SectionSpan[] | undefined, at: number): string | undefined {
  if (!sections) return undefined;
  let found: SectionSpan | undefined;
  for (const s of sections) if (s.start <= at && at < s.end && (!found || s.start >= found.start)) found = s;
  return found?.heading.trim() || undefined;
}

function subjectWords(prompt: string, answer: string): string[] {
  const answerWords = new Set(contentWords(answer));
  const out: string[] = [];
  for (const w of contentWords(prompt)) {
    if (PROMPT_WORDS.has(w) || answerWords.has(w) || /^\d+$/.test(w)) continue;
    // A light stem so "ratified" meets "ratification" and "exports" meets "exported".
    const stem = w.length > 6 ? w.replace(/(?:ation|ing|ed|es|s)$/, "") : w;
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

function dedupeVariants(answer: string, variants: Iterable<string>): string[] {
  const norm = (s: string) => s.trim().toLowerCase();
  const seen = new Set([norm(answer)]);
  const out: string[] = [];
  for (const v of variants) {
    const t = v.replace(/\s+/g, " ").trim();
    if (t === "" || t.length > 200 || seen.has(norm(t))) continue;
    seen.add(norm(t));
    out.push(t);
  }
  return out;
}

/** A period phrase for a figure from the nearest date in the same sentence ("in 2024"). */
function periodFor(sentence: Sentence, mentions: readonly Mention[], figure: Mention): { label: string; phrase: string } | undefined {
  let best: Extract<Mention, { kind: "date" }> | undefined;
  let bestDistance = Infinity;
  for (const m of mentions) {
    if (m.kind !== "date") continue;
    const d = m.start >= figure.end ? m.start - figure.end : figure.start - m.end;
    // Dates after the figure ("$4.8 billion in 2024") usually give its period; allow a wider gap.
    const weighted = m.start >= figure.end ? d : d * 1.5;
    if (weighted < bestDistance && d < 80) {
      best = m;
      bestDistance = weighted;
    }
  }
  if (!best) return undefined;
  const local = best.start - sentence.start;
  const prep = /(\b(?:in|by|since|from|during|until|for|of|over)\s+)$/i.exec(sentence.text.slice(Math.max(0, local - 10), local));
  const label = formatDate(best.value);
  return { label, phrase: `${prep ? (prep[1] ?? "").toLowerCase() : "in "}${tidyAnswer(best.text)}` };
}

function answerKeyOf(m: Mention): string {
  switch (m.kind) {
    case "date":
      return m.value.end ? `${m.value.date}/${m.value.end}` : m.value.date;
    case "money":
    case "quantity":
    case "percent":
      return `${m.value.number}${m.value.high !== undefined ? `-${m.value.high}` : ""} ${m.value.unit ?? ""}`.trim();
    case "article":
      return m.value.articles.join(",");
    case "weapon":
      return m.value.systems.join("/");
    default:
      return m.value.members ? m.value.members.map(fold).join("+") : fold(m.value.name);
  }
}

function kindOf(m: Mention, transfer: CandidateTransfer | null): FactKind {
  switch (m.kind) {
    case "date":
      return "date";
    case "money":
    case "quantity":
    case "percent":
      return "figure";
    case "article":
      return m.value.instrument === "constitution" ? "constitution" : "treaty";
    case "weapon":
      return transfer ? "arms-transfer" : "concept";
    case "agreement":
      return "treaty";
    default:
      return m.kind;
  }
}

function variantsOf(m: Mention): string[] {
  switch (m.kind) {
    case "date":
      return [formatDate(m.value), ...dateVariants(m.value)];
    case "money":
    case "quantity":
    case "percent":
      return figureVariants(m);
    case "weapon":
      return weaponVariants(m);
    case "article": {
      const list = m.value.articles;
      return list.length === 1 ? [`Article ${list[0]}`] : [];
    }
    default:
      return [m.value.name, ...m.value.aliases];
  }
}

function valueOf(m: Mention, period: string | undefined): CandidateValue | undefined {
  if (m.kind === "date") return m.value.end ? { date: m.value.date, end: m.value.end } : { date: m.value.date };
  if (m.kind === "money" || m.kind === "quantity" || m.kind === "percent") {
    const v: CandidateValue = { number: m.value.number };
    if (m.value.unit) v.unit = m.value.unit;
    if (period) v.period = period;
    return v;
  }
  return undefined;
}

const LIST_GLUE = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$/;

/**
 * Names of one kind joined into a list ("Belarus and Tajikistan", "Saudi Arabia, the UAE, and
 * Qatar"): a list is an answer of its own, next to its members.
 */
type NameMention = Extract<Mention, { kind: "place" | "organisation" | "person" | "agreement" }>;

function isName(m: Mention | undefined): m is NameMention {
  return !!m && (m.kind === "place" || m.kind === "organisation" || m.kind === "person" || m.kind === "agreement");
}

function listMentions(sentence: Sentence, mentions: readonly Mention[]): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < mentions.length) {
    const first = mentions[i];
    if (!isName(first)) {
      i++;
      continue;
    }
    let j = i;
    const names = [first.value.name];
    for (;;) {
      const cur = mentions[j];
      const next = mentions[j + 1];
      if (!cur || !isName(next) || next.kind !== first.kind) break;
      if (!LIST_GLUE.test(sentence.text.slice(cur.end - sentence.start, next.start - sentence.start))) break;
      names.push(next.value.name);
      j++;
    }
    const last = mentions[j];
    if (j > i && last && j - i < 6) {
      const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
      out.push({ kind: first.kind, text, start: first.start, end: last.end, value: { name: tidyAnswer(text), aliases: [], members: names } });
    }
    i = j + 1;
  }
  return out;
}

interface Prepared {
  sentence: Sentence;
  mentions: Mention[];
}

/**
 * Draft candidates for one document, in text order. options.sections (from the importer's
 * splitSections) names each candidate's section; options.onProgress reports progress.
 */
export function generateCandidates(doc: SourceDocument, options: GenerateOptions = {}): Candidate[] {
  const { text, sourceKey } = doc;
  const total = text.length;
  const progress = options.onProgress;
  progress?.(0, total);

  const sentences = splitSentences(text);
  const kept: Sentence[] = [];
  const seenTexts = new Set<string>();
  let inReferences = false;
  let publication: Sentence | undefined;
  let author: Sentence | undefined;
  for (const s of sentences) {
    const verdict = judgeSentence(s.text);
    if (!author && s.start < 1500 && isAuthorLine(s.text)) author = s;
    if (isReferenceHeading(s.text)) inReferences = true;
    // A reference list ends where prose starts again (another document, an appendix).
    else if (inReferences && verdict.keep && s.text.split(/\s+/).length >= 12 && !/\(\d{4}\)|[“"][^”"]{10,}[”"],/.test(s.text)) inReferences = false;
    if (inReferences) continue;
    if (!verdict.keep) {
      // The dateline of a report is worth one card even though the line is short.
      if (!publication && s.start < 2500 && (verdict.reason === "short" || verdict.reason === "boilerplate")) {
        if (/\b\d{1,2}\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b\d{1,2}\b/.test(s.text)) publication = s;
      }
      continue;
    }
    const key = s.text.replace(/\s+/g, " ");
    if (seenTexts.has(key)) continue;
    seenTexts.add(key);
    kept.push(s);
  }

  const registry = buildNameRegistry(kept.map((s) => s.text));
  progress?.(Math.round(total * 0.2), total);

  const prepared: Prepared[] = [];
  let contextYear: number | undefined;
  let before = "";
  let lastReport = 0;
  for (const s of kept) {
    const mentions = detectAll(s.text, s.start, { registry, dates: contextYear ? { year: contextYear } : {}, before });
    for (const m of mentions) {
      if (m.kind === "date" && !m.value.inferredYear) contextYear = Number(m.value.date.slice(0, 4));
    }
    prepared.push({ sentence: s, mentions });
    before = s.text;
    if (progress && s.end - lastReport > 20_000) {
      lastReport = s.end;
      progress(Math.round(total * 0.2 + (s.end / total) * total * 0.6), total);
    }
  }

  const dominant = dominantPlaces(
    prepared.map((p) => p.mentions),
    prepared.length,
  );
  const out: Candidate[] = [];

  if (publication) {
    const dates = detectAll(publication.text, publication.start, { registry }).filter(
      (m): m is Extract<Mention, { kind: "date" }> => m.kind === "date" && m.value.date.length === 10,
    );
    const d = dates[0];
    if (d) {
      const c = makeCandidate(sourceKey, publication, dates, 0, options.sections, { text: "On what date was the source published?", generic: false }, null);
      if (c) out.push({ ...c, score: c.score + 1 });
    }
  }

  if (author) {
    const name = author.text.replace(/[\\*\s\d]+$/, "");
    const person: Mention = { kind: "person", text: name, start: author.start, end: author.start + name.length, value: { name, aliases: [] } };
    const c = makeCandidate(sourceKey, author, [person], 0, options.sections, { text: "Who is named as the author of the source?", generic: false }, null);
    if (c) out.push(c);
  }

  for (const { sentence, mentions } of prepared) {
    if (mentions.length === 0) continue;
    const tokens = tokenize(sentence.text, sentence.start, mentions);
    const seen = new Set<string>();
    const emit = (ms: readonly Mention[], toks: typeof tokens, index: number) => {
      const m = ms[index];
      if (!m) return;
      const dedupeKey = `${m.kind}|${fold(tidyAnswer(m.text))}`;
      if (seen.has(dedupeKey)) return;
      seen.add(dedupeKey);
      let transfer: CandidateTransfer | null = null;
      if (m.kind === "weapon") {
        const year = ms.find((x) => x.kind === "date" && x.value.date.length === 4);
        transfer = readTransfer(sentence.text, m, m.start - sentence.start, year && year.kind === "date" ? Number(year.value.date) : undefined);
        // A kind of weapon is only a fact as part of a transfer.
        if (m.value.generic && !transfer) return;
      }
      const period = m.kind === "money" || m.kind === "quantity" || m.kind === "percent" ? periodFor(sentence, mentions, m) : undefined;
      const kind = kindOf(m, transfer);
      const prompt = buildPrompt({
        sentence: sentence.text,
        tokens: toks,
        mentions: ms,
        index,
        kind,
        ...(transfer ? { transfer } : {}),
        ...(period ? { period: period.phrase } : {}),
      });
      // The document's own subject ("Russia", "Moscow" in a paper on Russia) is no answer,
      // except where the sentence asks where something happened.
      if (m.kind === "place" && !m.value.members && dominant.has(placeKey(m.value.name)) && !prompt.text.startsWith("Where ")) return;
      const c = makeCandidate(sourceKey, sentence, ms, index, options.sections, prompt, transfer, period?.label);
      if (c) out.push(c);
    };
    mentions.forEach((_, index) => emit(mentions, tokens, index));
    for (const list of listMentions(sentence, mentions)) {
      const ms = [...mentions.filter((x) => x.end <= list.start || x.start >= list.end), list].sort((a, b) => a.start - b.start);
      emit(ms, tokenize(sentence.text, sentence.start, ms), ms.indexOf(list));
    }
    if (progress && sentence.end - lastReport > 20_000) {
      lastReport = sentence.end;
      progress(Math.round(total * 0.8 + (sentence.end / total) * total * 0.2), total);
    }
  }

  let result = capRepeatedNames(out);
  if (options.limit !== undefined && result.length > options.limit) {
    const best = new Set([...result].sort((a, b) => b.score - a.score).slice(0, options.limit));
    result = result.filter((c) => best.has(c));
  }
  progress?.(total, total);
  return result;
}

function makeCandidate(
  sourceKey: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  index: number,
  sections: readonly SectionSpan[] | undefined,
  prompt: Prompt,
  transfer: CandidateTransfer | null,
  period?: string,
): Candidate | null {
  const m = mentions[index];
  if (!m) return null;
  const answer = tidyAnswer(m.text);
  if (answer === "") return null;
  const kind = kindOf(m, transfer);
  const local = m.start - sentence.start;
  const cloze = `${sentence.text.slice(0, local)}[...]${sentence.text.slice(m.end - sentence.start)}`;
  let score = BASE_SCORE[kind];
  if (m.kind === "date") {
    if (m.value.date.length === 4 && !m.value.end) score -= 1.5;
    if (m.value.inferredYear) score -= 0.5;
  }
  if (prompt.generic) score -= 1;
  if (m.kind === "place" && lexiconTags(m.value.name.toLowerCase()).includes("Country")) score -= 0.5;

  const candidate: Candidate = {
    id: stableHash(`${sourceKey}|${kind}|${answer}|${m.start}|${m.end}`),
    kind,
    prompt: prompt.text,
    generic: prompt.generic,
    answer,
    variants: dedupeVariants(answer, variantsOf(m)),
    evidence: [{ sourceKey, start: sentence.start, end: sentence.end, text: sentence.text }],
    answerSpan: { start: m.start, end: m.end },
    cloze,
    answerKey: answerKeyOf(m),
    subject: subjectWords(prompt.text, answer),
    score,
  };
  const value = valueOf(m, period);
  if (value) candidate.value = value;
  if (m.kind === "article" && m.value.articles[0] !== undefined) candidate.article = m.value.articles[0];
  if (transfer) candidate.transfer = transfer;
  const section = sectionFor(sections, sentence.start);
  if (section) candidate.section = section;
  return candidate;
}
