// From a document's text to draft fact candidates: split into sentences, drop the ones not worth
// a card, detect mentions, and write one candidate per answer per sentence with its evidence.
// Pure: no I/O and no clock.
import type { FactKind } from "@/lib/content/schema";
import { tokenize } from "./clause";
import { buildNameRegistry, dateVariants, detectAll, figureVariants, formatDate, weaponVariants } from "./detect";
import {
  coordinatedPronounViews,
  innerClauseViews,
  namesAny,
  onlyPerson,
  openingSubject,
  placeInDocument,
  pronounAntecedent,
  pronounView,
  relativeViews,
  topicPerson,
  topicPersonAntecedent,
  writtenSpan,
} from "./anaphora";
import { attributeCandidates } from "./attribute-candidates";
import { documentSubject, readAttributes } from "./attributes";
import { baseCandidate, type Built, dedupeVariants, sectionFor } from "./candidate-base";
import { INLINE_CITATION, isReferenceHeading, judgeSentence, MIN_WORDS } from "./filters";
import { lexiconTags } from "./nlp";
import { type PosToken, tagSentence } from "./pos";
import {
  blankOnAPiece,
  caseCounts,
  completeShortQuestion,
  definitionEnd,
  namesNothing,
  oneForMany,
  tidyQuestion,
  wordCounts,
} from "./keep";
import { applyPrecision, documentPlace } from "./precision";
import { endsInsideClause } from "./question-shape";
import { buildPrompt, longestSharedRun, MAX_SHARED_RUN, MAX_SHARED_RUN_WHOLE_CLAUSE, type Prompt } from "./prompts";
import { collapseAndRank, leansOnContext, noiseSigns, scoreCandidate, type RankFeatures } from "./rank";
import { frameCards } from "./frames";
import { phraseCards } from "./phrases";
import { clauseQuestionSaysEnough } from "./reason-parts";
import { peopleCards } from "./people";
import { clauseCards } from "./reasons";
import { capitalSurnames, readableSurnames } from "./capitals";
import { articleCards, instrumentName } from "./article-cards";
import { withoutBirthName } from "./birth-name";
import {
  blankInsideQuote,
  blankLeansOnPronoun,
  cutAnswer,
  danglingQuestion,
  fragmentBlankWithPronoun,
  idiomNounAnswer,
  percentageQuestion,
  vagueSubjectQuestion,
  whoWithoutPerson,
  withoutRelationOwner,
} from "./dangling";
import { splitSentences } from "./sentences";
import { termCards } from "./terms";
import { contentWords, fold, stableHash, tidyAnswer } from "./text";
import { countryOf, readTransfer } from "./transfer";
import type {
  Candidate,
  CandidateTransfer,
  CandidateValue,
  DropStage,
  GenerateOptions,
  Mention,
  SectionSpan,
  Sentence,
  Span,
} from "./types";
import { verifyCandidate } from "./verify";

export { toDraftFact, type DraftOptions } from "./draft";

export interface SourceDocument {
  sourceKey: string;
  text: string;
  /** The document's title (HTML <title>, first heading, metadata): the subject of its key-value lines. */
  title?: string;
}

// Words every generated prompt uses; they say nothing about the subject.
const PROMPT_WORDS = new Set(
  (
    "source give given date figure amount year percentage passage connection name named mention cite article did does how much many which what when where who whom could under plan deal describe describes supply supplied withheld reported " +
    "thousand million billion trillion bn approximately about around roughly nearly almost percent usd " +
    "place country countrie agreement organisation organization group person people kind weapon"
  ).split(" "),
);

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
    return (
      tags.length === 0 ||
      tags.some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName" || t === "LastName")
    );
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
  return new Set(
    ranked
      .slice(0, 2)
      .filter(([, n]) => n >= Math.max(3, sentenceCount * 0.08))
      .map(([name]) => name),
  );
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

/** A period phrase for a figure from the nearest date in the same sentence ("in 2024"). */
function periodFor(
  sentence: Sentence,
  mentions: readonly Mention[],
  figure: Mention,
): { label: string; phrase: string } | undefined {
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
  const prep = /(\b(?:in|by|since|from|during|until|for|of|over)\s+)$/i.exec(
    sentence.text.slice(Math.max(0, local - 10), local),
  );
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

const RANKING_PREDICATE =
  /^(?:the|a|an)\s+(?:(?:member|part|one|example|home|site|source)\s+of\b|(?:\p{L}+est|most|least|main|major|significant|important|key|leading|chief|principal|global|only)\b)/iu;

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
    case "name":
      return "concept";
    default:
      return m.kind;
  }
}

function variantsOf(m: Mention): string[] {
  switch (m.kind) {
    case "date":
      // "1301–1400" would be a worse way to say "the fourteenth century".
      return m.value.century ? [] : [formatDate(m.value), ...dateVariants(m.value)];
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

// ", or" gives a second name for the same thing ("Bugaba, or Bugava"), not a list.
const LIST_GLUE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$/;

/**
 * Names of one kind joined into a list ("Belarus and Tajikistan", "Saudi Arabia, the UAE, and
 * Qatar"): a list is an answer of its own, next to its members.
 */
type NameMention = Extract<Mention, { kind: "place" | "organisation" | "person" | "agreement" | "event" | "name" }>;

function isName(m: Mention | undefined): m is NameMention {
  return (
    !!m &&
    (m.kind === "place" ||
      m.kind === "organisation" ||
      m.kind === "person" ||
      m.kind === "agreement" ||
      m.kind === "event" ||
      m.kind === "name")
  );
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
      out.push({
        kind: first.kind,
        text,
        start: first.start,
        end: last.end,
        value: { name: tidyAnswer(text), aliases: [], members: names },
      });
    }
    i = j + 1;
  }
  return out;
}

const LONG_SENTENCE_WORDS = 45;

interface Prepared {
  sentence: Sentence;
  mentions: Mention[];
}

function datePrecision(m: Mention): RankFeatures["datePrecision"] {
  if (m.kind !== "date") return undefined;
  if (m.value.end) return m.value.date.length === 4 ? "year" : "day";
  return m.value.date.length === 10 ? "day" : m.value.date.length === 7 ? "month" : "year";
}

function citationSpans(s: Sentence): [number, number][] {
  if (!s.text.includes("(")) return [];
  return [...s.text.matchAll(INLINE_CITATION)].map((m) => [
    s.start + (m.index ?? 0),
    s.start + (m.index ?? 0) + m[0].length,
  ]);
}

/** A year written in a dateline near the top ("5 June 2025", "Published: March 2024"), for "until June 23". */
function datelineYear(text: string): number | undefined {
  const head = text.slice(0, 2500);
  const m =
    /\b(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/i.exec(
      head,
    );
  return m ? Number(m[1]) : undefined;
}

/**
 * The ways a document's subject is named in its text: "Charter of the Lakeland Water Compact" is
 * also "the Lakeland Water Compact", "the Water Compact" and "the Compact"; "The Erie Canal" is also
 * "the Canal". Each is the document's own subject, which no card asks for.
 */
export function topicForms(subject: string): Set<string> {
  const bare = subject.trim().replace(/^(?:the|a|an)\s+/i, "");
  const forms = new Set([fold(bare)]);
  // The last name of "X of (the) Y": Y, the thing the document is (a charter of a compact).
  const head = /\bof\s+(?:the\s+)?(\p{Lu}[^,;:]*)$/u.exec(bare)?.[1] ?? bare;
  const words = head.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i);
    if (!/^\p{Lu}/u.test(tail[0] ?? "")) continue;
    forms.add(fold(tail.join(" ")));
  }
  return forms;
}

/**
 * Draft candidates for one document, best first. options.sections (from the importer's
 * splitSections) names each candidate's section; options.onProgress reports progress. Every
 * candidate has passed verifyCandidate: its evidence is an exact span and supports its answer.
 */
// "Executive branch (election/appointment process): president … elected …; failure to …": a fact
// sheet's row with a sub-field label, whose value is notes, not sentences. Its attribute (if any)
// is read by attributes.ts; prose questions from its pieces ("In what year did music adopt?") are
// garbled, so none are asked.
const FACT_SHEET_ROW = /^\p{Lu}[\p{L}\p{N} /&'\u2019.,-]{1,48}(?:\((?:s|es)\)\s*)?\([^()\n]{1,60}\):[ \t]+\S[^\n]*$/gmu;

/** The [start, end) offsets of the fact-sheet rows of `text`, in order. */
export function factSheetRows(text: string): [number, number][] {
  const rows: [number, number][] = [];
  for (const m of text.matchAll(FACT_SHEET_ROW)) rows.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return rows;
}

function insideRow(rows: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = rows[mid] as [number, number];
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function generateCandidates(doc: SourceDocument, options: GenerateOptions = {}): Candidate[] {
  const { text, sourceKey } = doc;
  const total = text.length;
  const progress = options.onProgress;
  progress?.(0, total);

  const sentences = splitSentences(text);
  const kept: Sentence[] = [];
  const listSentences: Sentence[] = [];
  const seenTexts = new Set<string>();
  let inReferences = false;
  const attributeLines = new Set<number>();
  const attributes = readAttributes(text);
  for (const a of attributes) attributeLines.add(a.line.start);
  const rows = factSheetRows(text);
  for (const s of sentences) {
    const verdict = judgeSentence(s.text);
    if (isReferenceHeading(s.text)) inReferences = true;
    // A reference list ends where prose starts again (another document, an appendix).
    else if (
      inReferences &&
      verdict.keep &&
      s.text.split(/\s+/).length >= 12 &&
      !/\(\d{4}\)|[“"][^”"]{10,}[”"],/.test(s.text)
    )
      inReferences = false;
    // A list too long to be one card's sentence ("…: a paper by A; a pamphlet by B, consul to C; …")
    // still says who each person was, piece by piece.
    if (!inReferences && verdict.reason === "long" && s.text.includes(";")) listSentences.push(s);
    if (inReferences || !verdict.keep || isAuthorLine(s.text)) continue;
    const key = s.text.replace(/\s+/g, " ");
    if (seenTexts.has(key)) continue;
    seenTexts.add(key);
    kept.push(s);
  }

  const registry = buildNameRegistry(kept.map((s) => s.text));
  progress?.(Math.round(total * 0.2), total);

  const prepared: Prepared[] = [];
  let contextYear: number | undefined = datelineYear(text);
  const firstYear = contextYear;
  let before = "";
  let lastReport = 0;
  for (const s of kept) {
    const found = detectAll(s.text, s.start, { registry, dates: contextYear ? { year: contextYear } : {}, before });
    // Names and years inside a bracketed citation ("(Anand et al., 2012)") are references, not facts.
    const cited = citationSpans(s);
    const mentions =
      cited.length === 0 ? found : found.filter((m) => !cited.some(([a, b]) => m.start >= a && m.end <= b));
    for (const m of mentions) {
      if (m.kind === "date" && !m.value.inferredYear) contextYear = Number(m.value.date.slice(0, 4));
    }
    prepared.push({ sentence: s, mentions });
    before = s.text;
    if (progress && s.end - lastReport > 20_000) {
      lastReport = s.end;
      progress(Math.round(total * 0.2 + (s.end / total) * total * 0.4), total);
    }
  }

  const dominant = dominantPlaces(
    prepared.map((p) => p.mentions),
    prepared.length,
  );
  const built: Built[] = [];

  // Key-value lines: attributes of the document's subject.
  const subject = documentSubject(text, doc.title);
  if (subject) built.push(...attributeCandidates(sourceKey, attributes, subject, options.sections));
  // The document's own subject answers every question about it: no card asks for it.
  const topics = subject ? topicForms(subject) : new Set<string>();
  const isTopic = (answer: string) => topics.has(fold(answer.replace(/^(?:the|a|an)\s+/i, "")));

  // Who someone was and what their group did (people.ts): appositions, groups, teachers.
  const personCards = (
    sentence: Sentence,
    mentions: readonly Mention[],
    evidence: Sentence,
    place: (span: Span) => Span | null,
  ) => {
    for (const card of peopleCards(sentence.text, mentions, sentence.start, subject ?? undefined)) {
      const span = place({ start: sentence.start + card.start, end: sentence.start + card.end });
      if (!span) continue;
      const c = baseCandidate(
        sourceKey,
        evidence,
        "person",
        card.prompt,
        tidyAnswer(text.slice(span.start, span.end)),
        span,
        options.sections,
      );
      // The name's other forms (the surname alone, the full name given elsewhere) are accepted.
      const m = mentions.find((x) => x.kind === "person" && x.start - sentence.start === card.start);
      if (m) {
        c.variants = dedupeVariants(c.answer, variantsOf(m));
        c.answerKey = answerKeyOf(m);
      }
      const sentenceWords = sentence.text.split(/\s+/).length;
      built.push({
        candidate: c,
        features: { method: "clause", mention: "person", sentenceWords, noise: noiseSigns(sentence.text) },
      });
    }
  };

  // One sentence's cards. `sentence` is what the questions are read from (the sentence itself, or
  // a restatement of one of its clauses, see anaphora.ts); `evidence` is the document passage that
  // backs them; `place` puts an answer span of `sentence` into the document, or drops it.
  const cardsFor = (
    sentence: Sentence,
    mentions: Mention[],
    evidence: Sentence,
    place: (span: Span) => Span | null,
    clozes = true,
    tagged?: PosToken[],
  ): PosToken[] | undefined => {
    const sentenceWords = sentence.text.split(/\s+/).length;
    // Very long sentences rarely give a clean question: they get the lexicon's word classes only,
    // and no noun-phrase answers, which keeps the tagger's cost down on large documents.
    const long = sentenceWords > LONG_SENTENCE_WORDS;
    const pos = long ? undefined : (tagged ?? tagSentence(sentence.text));
    const tokens = tokenize(sentence.text, sentence.start, mentions, pos);
    const noise = noiseSigns(sentence.text);
    const seen = new Set<string>();
    const emit = (ms: readonly Mention[], toks: typeof tokens, index: number) => {
      const m = ms[index];
      if (!m) return;
      const at = place(m);
      if (!at) return;
      const dedupeKey = `${m.kind}|${fold(tidyAnswer(m.text))}`;
      if (seen.has(dedupeKey)) return;
      seen.add(dedupeKey);
      let transfer: CandidateTransfer | null = null;
      if (m.kind === "weapon") {
        const year = ms.find((x) => x.kind === "date" && x.value.date.length === 4);
        transfer = readTransfer(
          sentence.text,
          m,
          m.start - sentence.start,
          year && year.kind === "date" ? Number(year.value.date) : undefined,
        );
        // A kind of weapon is only a fact as part of a transfer.
        if (m.value.generic && !transfer) return;
      }
      const period =
        m.kind === "money" || m.kind === "quantity" || m.kind === "percent"
          ? periodFor(sentence, mentions, m)
          : undefined;
      const kind = kindOf(m, transfer);
      const prompt = buildPrompt({
        sentence: sentence.text,
        sentenceStart: sentence.start,
        tokens: toks,
        mentions: ms,
        index,
        kind,
        ...(transfer ? { transfer } : {}),
        ...(period ? { period: period.phrase } : {}),
      });
      if (!prompt || (prompt.method === "cloze" && !clozes)) return;
      // "when the ____ cells were exposed": a blank on a name that only modifies a noun asks for a label.
      // So does a year or a hyphened measure before a noun ("the ____ festival", "a ____ term").
      const modifierLike =
        m.kind === "name" ||
        (m.kind === "date" && /^\d{4}$/.test(m.text.trim())) ||
        (m.kind === "quantity" && /\p{N}-\p{L}/u.test(m.text));
      if (modifierLike && prompt.method === "cloze") {
        const at = toks.findIndex((t) => t.cls === "mention" && t.mention === index);
        const nextToken = toks[at + 1];
        const next = nextToken?.cls;
        // "in ____ following the announcement": a participle after a date starts a phrase of its own.
        const participle = m.kind !== "name" && /ing$/i.test(nextToken?.text ?? "");
        if ((next === "noun" || next === "nv" || next === "adj") && !participle) return;
      }
      const isDominant =
        (m.kind === "place" && !m.value.members && dominant.has(placeKey(m.value.name))) || isTopic(tidyAnswer(m.text));
      // The document's own subject ("Russia" in a paper on Russia) is no answer, except where
      // the sentence asks where something happened.
      if (isDominant && !prompt.text.startsWith("Where ")) return;
      const c = makeCandidate(sourceKey, evidence, m, at, options.sections, prompt, transfer, period?.label);
      if (!c) return;
      // A name asked with "Where" (prompts.ts: "won at Marengo") is a place.
      if (m.kind === "name" && prompt.text.startsWith("Where ")) c.kind = "place";
      const features: RankFeatures = {
        method: prompt.method,
        mention: m.kind,
        sentenceWords,
        noise,
        ...(datePrecision(m) ? { datePrecision: datePrecision(m) } : {}),
        ...(m.kind === "date" && m.value.inferredYear ? { inferredYear: true } : {}),
        ...(isDominant ? { dominantPlace: true } : {}),
        ...(m.kind === "place" && !m.value.members && lexiconTags(m.value.name.toLowerCase()).includes("Country")
          ? { country: true }
          : {}),
        ...(m.kind === "weapon" && !transfer ? { bareWeapon: true } : {}),
      };
      built.push({ candidate: c, features });
    };
    // Fixed constructions whose answer role the construction itself gives (frames.ts); first, so
    // that at an equal score their question is the one kept for the answer. A date is the
    // exception: "During X's visit to Moscow on 17 January 2025, the two states signed …" is
    // better asked on the main clause, so that When question comes after (frames.ts says which).
    const laterDates: Built[] = [];
    for (const card of frameCards(sentence.text, tokens, mentions)) {
      const span = place({ start: sentence.start + card.start, end: sentence.start + card.end });
      if (!span) continue;
      const c = baseCandidate(
        sourceKey,
        evidence,
        card.kind,
        card.prompt,
        tidyAnswer(card.answer),
        span,
        options.sections,
      );
      const m = card.mention !== undefined ? mentions[card.mention] : undefined;
      // A date or figure keeps its value and the ways of writing it.
      if (m && (m.kind === "date" || m.kind === "money" || m.kind === "quantity" || m.kind === "percent")) {
        const value = valueOf(m, undefined);
        if (value) c.value = value;
        c.answerKey = answerKeyOf(m);
        c.variants = dedupeVariants(c.answer, [...card.variants, ...variantsOf(m)]);
      } else {
        const bare = c.answer.replace(/^(?:the|a|an)\s+/i, "");
        c.variants = dedupeVariants(c.answer, [...card.variants, ...(bare !== c.answer ? [bare] : [])]);
        if (m && isName(m)) c.variants = dedupeVariants(c.answer, [...c.variants, ...variantsOf(m)]);
      }
      // A rank ("number two", "third") is a figure no detector reads: ranked as one.
      const mentionKind = m
        ? m.kind
        : card.kind === "concept"
          ? "clause"
          : card.kind === "figure"
            ? "quantity"
            : "phrase";
      const precision = m ? datePrecision(m) : undefined;
      (card.deferred ? laterDates : built).push({
        candidate: c,
        features: {
          method: card.method,
          mention: mentionKind,
          sentenceWords,
          noise,
          ...(precision ? { datePrecision: precision } : {}),
        },
      });
    }
    mentions.forEach((_, index) => emit(mentions, tokens, index));
    built.push(...laterDates);
    for (const list of listMentions(sentence, mentions)) {
      const ms = [...mentions.filter((x) => x.end <= list.start || x.start >= list.end), list].sort(
        (a, b) => a.start - b.start,
      );
      emit(ms, tokenize(sentence.text, sentence.start, ms, pos), ms.indexOf(list));
    }
    const phraseCandidate = (kind: FactKind, prompt: string, card: { start: number; end: number }) => {
      const span = place({ start: sentence.start + card.start, end: sentence.start + card.end });
      if (!span) return null;
      // The document's words: a restated clause may have capitalised its first one.
      const answer = tidyAnswer(text.slice(span.start, span.end));
      return baseCandidate(sourceKey, evidence, kind, prompt, answer, span, options.sections);
    };
    // Noun-phrase answers of the main clause: subject, object, a name given, a definition, an agent.
    for (const card of long ? [] : phraseCards(sentence.text, tokens, mentions)) {
      // The place the whole document is about is no answer ("What did the crisis hit? -> Iceland").
      const answer = tidyAnswer(sentence.text.slice(card.start, card.end));
      // "come to the conclusion that …", "made two announcements: …": a short noun phrase whose
      // content follows it is only the frame of the fact.
      if (
        /^(?:the|a|an|two|three|four|some|several)\s+\S+(?:\s+\S+)?$/i.test(answer) &&
        /^\s*(?:that\b|:)/i.test(sentence.text.slice(card.end)) &&
        !/^(?:What|Who) (?:is|are|was|were) /.test(card.prompt)
      )
        continue;
      const bareAnswer = answer.replace(/^the\s+/i, "");
      // "What is X?" asks for a definition ("an island country"); a predicate that only ranks or
      // places X ("a member of the United Nations", "the largest minority", "a significant source
      // of revenue") is one of many true answers, so the card cannot be answered from the question.
      if (/^What (?:is|are|was|were) /.test(card.prompt) && RANKING_PREDICATE.test(answer)) continue;
      if ((dominant.has(placeKey(bareAnswer)) || isTopic(bareAnswer)) && !card.prompt.startsWith("Where ")) continue;
      const kind: FactKind =
        card.prompt.startsWith("Who") || card.prompt.startsWith("Whom") || card.prompt.startsWith("By whom")
          ? "person"
          : "concept";
      const c = phraseCandidate(kind, card.prompt, card);
      if (!c) continue;
      const bare = c.answer.replace(/^(?:the|a|an)\s+/i, "");
      if (bare !== c.answer) c.variants = dedupeVariants(c.answer, [bare]);
      c.answerKey = fold(bare);
      built.push({ candidate: c, features: { method: "clause", mention: "phrase", sentenceWords, noise } });
    }
    // Names and terms the sentence gives ("X, or Y, as they are called"; "X (codenamed Y)").
    for (const card of termCards(sentence.text)) {
      const termKind: FactKind = card.prompt.startsWith("Who ") ? "person" : "concept";
      const c = phraseCandidate(termKind, card.prompt, card);
      if (!c) continue;
      const bare = c.answer.replace(/^(?:the|a|an)\s+/i, "");
      c.variants = dedupeVariants(c.answer, [...(bare !== c.answer ? [bare] : []), ...(card.variants ?? [])]);
      c.answerKey = fold(bare);
      built.push({ candidate: c, features: { method: "clause", mention: "term", sentenceWords, noise } });
    }
    personCards(sentence, mentions, evidence, place);
    // Phrase answers: purposes, causes, actions and outcomes.
    for (const card of clauseCards(sentence.text, tokens)) {
      const span = place({ start: sentence.start + card.start, end: sentence.start + card.end });
      if (!span) continue;
      const c = baseCandidate(
        sourceKey,
        evidence,
        "concept",
        card.prompt,
        tidyAnswer(card.answer),
        span,
        options.sections,
      );
      c.variants = dedupeVariants(c.answer, card.variants);
      built.push({ candidate: c, features: { method: card.method, mention: "clause", sentenceWords, noise } });
    }
    return pos;
  };

  const asWritten = (span: Span): Span => span;
  let lastReport2 = 0;
  let previous: Prepared | undefined;
  // The sentence before `previous`, while it is the one pronouns can still reach back to.
  let reachBack: Prepared | undefined;
  // A biography's own person, whom a "he" with no other person in reach stands for.
  const topic = topicPerson(
    text,
    prepared.map((p) => p.mentions),
  );
  let lastTopic: Mention | undefined;
  let prior: Prepared | undefined;
  for (const item of prepared) {
    const { sentence, mentions } = item;
    const long = sentence.text.split(/\s+/).length > LONG_SENTENCE_WORDS * 2;
    const before = prior;
    prior = item;
    if (topic) {
      const named = [...mentions]
        .reverse()
        .find((m) => m.kind === "person" && m.value.name.toLowerCase() === topic.key);
      if (named) lastTopic = named;
    }
    if (attributeLines.has(sentence.start) || insideRow(rows, sentence.start)) {
      // A fact sheet's line may still say who holds an office ("2024: A. Name elected president").
      if (attributeLines.has(sentence.start)) personCards(sentence, mentions, sentence, asWritten);
      previous = undefined;
      reachBack = undefined;
      continue;
    }
    // "It was founded in 1998." after "Kestrel is a library …": asked of Kestrel, not of "it".
    let ownTags: PosToken[] | undefined;
    let antecedent = previous
      ? pronounAntecedent(text, sentence, previous.sentence, previous.mentions, mentions)
      : null;
    // The paragraph's topic across one sentence that names nothing at all ("Rhino is … . The
    // first version took a year. It was …"): with no other name in reach, "it" can mean only it.
    if (
      !antecedent &&
      previous &&
      reachBack &&
      !namesAny(previous.mentions) &&
      !openingSubject(previous.sentence, [], text)
    )
      antecedent = pronounAntecedent(text, sentence, reachBack.sentence, reachBack.mentions, [
        ...previous.mentions,
        ...mentions,
      ]);
    let topical = false;
    if (!antecedent && topic && lastTopic && lastTopic.end <= sentence.start) {
      antecedent = topicPersonAntecedent(
        sentence,
        before?.sentence,
        [...(before?.mentions ?? []), ...mentions],
        topic,
        lastTopic,
      );
      topical = !!antecedent;
    }
    // "Nithart, by whom many tunes are known, was a poet. He lived about 1230 …": the one person
    // the sentence before names, as its subject, where no other is spoken of.
    const only =
      !antecedent && before && before.sentence.end <= sentence.start
        ? onlyPerson(before.sentence, before.mentions)
        : null;
    if (only && before) {
      antecedent = topicPersonAntecedent(sentence, before.sentence, [...before.mentions, ...mentions], only, only.last);
      topical = !!antecedent;
    }
    if (antecedent) {
      const view = pronounView(sentence, antecedent);
      const seam = view.start + view.prefixLength;
      const named = antecedent.name.text.replace(/['’]s$/, "").length;
      const place = writtenSpan(view, antecedent);
      // The written-out subject is the name it stands for, whatever a detector makes of it here.
      const subject: Mention = {
        ...antecedent.name,
        // Without its article ("the Mozilla Community"), which the question writes itself.
        // A possessive keeps its "'s", as a detector writes "Beethoven's" in "Beethoven's symphony".
        text: view.text.slice(
          place.end - view.start - named,
          antecedent.possessive ? view.prefixLength : place.end - view.start,
        ),
        start: place.end - named,
        end: antecedent.possessive ? seam : place.end,
      };
      // A fronted phrase's mentions ("In 1800, he …") move with it to the head of the restatement.
      const front = antecedent.at ?? 0;
      const shift = view.start - sentence.start;
      const fronted = mentions
        .filter((m) => m.end <= sentence.start + front)
        .map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
      // The sentence's own mentions after the pronoun keep their offsets in the restatement.
      const found = [...fronted, subject, ...mentions.filter((m) => m.start >= seam)];
      cardsFor(view, found, view.evidence, (span) => placeInDocument(view, span));
      // The pronoun's own sentence still gives its cloze and clause cards where they stand alone.
      ownTags = cardsFor(sentence, mentions, sentence, asWritten);
      // "He died in 1320. He was buried …": the same person goes on being the topic.
      reachBack = undefined;
      previous = topical ? item : { sentence: antecedent.sentence, mentions: previous?.mentions ?? [] };
    } else {
      ownTags = cardsFor(sentence, mentions, sentence, asWritten);
      reachBack = previous;
      previous = item;
    }
    // "…, and it was renamed in 1905": the coordinated clause asked of the name "it" stands for.
    for (const { view, name } of long ? [] : coordinatedPronounViews(sentence, mentions, antecedent)) {
      const seam = view.start + view.prefixLength;
      cardsFor(
        view,
        [name, ...mentions.filter((m) => m.start >= seam)],
        view.evidence,
        (span) => placeInDocument(view, span),
        false,
      );
    }
    // "…, the Althing, which was founded in 930.": the relative clause asked as a clause of its own.
    for (const view of relativeViews(sentence, mentions)) {
      const seam = view.start + view.prefixLength;
      // "Serjab, who …": the relative word says the name is a person's.
      const found = [...(view.head ? [view.head] : []), ...mentions.filter((m) => m.start > seam)];
      cardsFor(view, found, view.evidence, (span) => placeInDocument(view, span), false);
    }
    // "…, but the crisis hit Iceland hard", "have shown that the cells release it": a clause with
    // its own subject inside a longer sentence, asked as a sentence of its own.
    // Only where the sentence was tagged: a long sentence's clauses would be tagged again.
    for (const view of long || !ownTags ? [] : innerClauseViews(sentence)) {
      const inside = mentions.filter((m) => m.start >= view.start);
      // The sentence's own tags, moved to the clause: the words are the same.
      const shift = view.start - sentence.start;
      const tags = ownTags
        ?.filter((t) => t.start >= shift)
        .map((t) => ({ ...t, start: t.start - shift, end: t.end - shift }));
      // Its blanks would only repeat the sentence's own; its questions are what it adds.
      cardsFor(view, inside, view.evidence, (span) => placeInDocument(view, span), false, tags);
    }
    if (progress && sentence.end - lastReport2 > 20_000) {
      lastReport2 = sentence.end;
      progress(Math.round(total * 0.6 + (sentence.end / total) * total * 0.35), total);
    }
  }

  for (const s of listSentences) {
    for (const piece of s.text.matchAll(/[^;]+/g)) {
      const lead = /^\s*/.exec(piece[0])?.[0].length ?? 0;
      const body = piece[0].slice(lead).replace(/\s+$/, "");
      const words = body.split(/\s+/).length;
      if (words < MIN_WORDS || words > LONG_SENTENCE_WORDS) continue;
      const start = s.start + (piece.index ?? 0) + lead;
      const part: Sentence = { text: body, start, end: start + body.length };
      if (!judgeSentence(part.text).keep) continue;
      personCards(part, detectAll(part.text, part.start, { registry, dates: {}, before: "" }), part, asWritten);
    }
  }

  // The place the document is about, as written: what its "this region" stands for.
  const place = documentPlace(
    prepared.map((p) => p.mentions),
    subject ?? doc.title,
  );
  // Score, then collapse duplicates best first, verifying each survivor (a card that fails makes
  // room for the next best on the same answer); subjects are worked out only for what is kept.
  // The copy limit holds for every question family, not only the clause reader's: a question
  // that repeats more than MAX_SHARED_RUN words of its sentence reads as the sentence with a hole.
  // Why/what-for questions restate their main clause whole (cutting it would change what is
  // asked), so they get a longer run; fill-in-the-blank cards are exempt — they say what they are.
  const reported = new Set<Candidate>();
  const dropped = (c: Candidate, stage: DropStage): false => {
    if (options.onDrop) {
      reported.add(c);
      options.onDrop(c, stage);
    }
    return false;
  };
  const mentionsAt = new Map(prepared.map((p) => [p.sentence.start, p.mentions]));
  const main = mainNames(prepared);
  const counts = wordCounts(text);
  const cases = caseCounts(text);
  const documentWords = text.split(/\s+/).length;
  const withinCopyLimit = built.filter(({ candidate: c, features }) => {
    if (!answerIsWhole(c)) return dropped(c, "cut-list");
    const e = c.evidence[0];
    if (e) {
      const cut = cutAnswer(
        c.answer,
        text.slice(Math.max(e.start, c.answerSpan.start - 40), c.answerSpan.start),
        text.slice(c.answerSpan.end, Math.min(e.end, c.answerSpan.end + 40)),
      );
      if (cut) return dropped(c, cut);
    }
    // "What were his favourite composers? → Schumann" of "Schumann, Chopin and Weber": a
    // question answered by one name of a list of names is answered wrong. A blank is one member.
    if (e && !c.prompt.includes("____") && memberOfNameList(text, c.answerSpan, e)) return dropped(c, "cut-list");
    // "Which place did his son Peter III claim?": the name says who is meant, the owner is context.
    if (!c.prompt.includes("____")) c.prompt = withoutRelationOwner(c.prompt);
    // "In what year did Marwede die there?": the year is the fact; where was said before.
    if (c.kind === "date" && !c.prompt.includes("____")) c.prompt = c.prompt.replace(/(\p{Ll})\s+there\?$/u, "$1?");
    // What a teacher would delete (precision.ts): drop, lower, or a question rewritten to stand alone.
    let rule = "";
    if (!applyPrecision(c, features, text, place, (r) => (rule = r))) return dropped(c, `precision:${rule}`);
    if (c.prompt.includes("____")) {
      // "Heinrich von ____", "Veragua, ____, and …": a blank on a piece of a name or of a list.
      if (e && blankOnAPiece(e.text, { start: c.answerSpan.start - e.start, end: c.answerSpan.end - e.start }))
        return dropped(c, "blank-on-a-piece");
      if (blankInsideQuote(c.prompt)) return dropped(c, "blank-inside-quote");
      // "The ____ consists of over 40,000 contributors → Mozilla Community": in a document about it,
      // a name named all through is the easy guess, not the fact the sentence holds.
      if (main.has(nameKey(c.answer))) return dropped(c, "blank-on-a-main-name");
      if (fragmentBlankWithPronoun(c.prompt, c.answer, e?.text ?? "")) {
        // "…, and the rooms in his palace were hung with ____": the one person named before the
        // clause in its own sentence is whose palace it is, written out.
        const owned = e ? ownerWrittenOut(c.prompt, e, mentionsAt.get(e.start) ?? []) : null;
        if (!owned || fragmentBlankWithPronoun(owned, c.answer, e?.text ?? "")) return dropped(c, "fragment-pronoun");
        c.prompt = owned;
      }
      if (blankLeansOnPronoun(c.prompt)) return dropped(c, "blank-leans-on-pronoun");
      return true;
    }
    if (!readsAlone(c, text)) return dropped(c, "reads-alone");
    if (oneForMany(c.prompt, c.answer)) return dropped(c, "one-for-many");
    // "What is X?" → "a free and open source" (cut inside its noun phrase) makes no card; "an open
    // source replacement" takes in its short for/of phrase.
    if (e) {
      const end = definitionEnd(c.prompt, e.text, {
        start: c.answerSpan.start - e.start,
        end: c.answerSpan.end - e.start,
      });
      if (end < 0) return dropped(c, "cut-definition");
      if (end !== c.answerSpan.end - e.start) {
        c.answerSpan = { start: c.answerSpan.start, end: e.start + end };
        c.answer = tidyAnswer(text.slice(c.answerSpan.start, c.answerSpan.end));
        c.variants = dedupeVariants(c.answer, [c.answer.replace(/^(?:the|a|an)\s+/i, "")]);
      }
    }
    c.prompt = tidyQuestion(c.prompt, e?.text ?? "", cases);
    const rewritten = withoutBirthName(c.prompt);
    if (rewritten === null) return dropped(c, "birth-name");
    c.prompt = rewritten;
    const percentage = percentageQuestion(c.prompt);
    if (percentage === null) return dropped(c, "percentage-of-no-change");
    c.prompt = percentage;
    const dangling = danglingQuestion(c.prompt, c.kind, c.answer);
    if (dangling) return dropped(c, dangling);
    if (idiomNounAnswer(c.prompt, c.answer)) return dropped(c, "idiom-noun");
    // "What did Lund die in in 1907?": a preposition left from the answer's phrase, doubled.
    if (/\b(in|on|at|of|to|for|by|with|from)\s+\1\b/i.test(c.prompt)) return dropped(c, "stranded-preposition");
    if (whoWithoutPerson(c.prompt, c.answer)) return dropped(c, "who-without-person");
    // A question must be understood without the sentence before it.
    const leans = leansOnContext(c.prompt);
    if (leans === "drop") return dropped(c, "leans-on-context");
    if (endsInsideClause(c.prompt)) return dropped(c, "ends-inside-clause");
    // "Who transferred the nominal ownership?" of "… the nominal ownership of the code to …":
    // written out with the words it needs, or dropped.
    let completed = false;
    if (e) {
      const whole = completeShortQuestion(c.prompt, e.text, {
        start: c.answerSpan.start - e.start,
        end: c.answerSpan.end - e.start,
      });
      if (!whole) return dropped(c, "incomplete-question");
      completed = whole !== c.prompt;
      c.prompt = whole;
    }
    // "Who wrote a few songs and ballads? → Dickens" in a chapter on Dickens: the question says
    // too little for anyone but the guess every card invites to be the one answer.
    if (/^(?:Who|What)\s/.test(c.prompt) && main.has(nameKey(c.answer)) && !/\s\p{Lu}|\d/u.test(c.prompt.slice(1)))
      return dropped(c, "main-name-subject");
    if (leans === "weak") features.reference = true;
    // "Where was the movement strongest?": a question that names nothing a reader could place is
    // asked as a blank in its sentence, which at least shows all the sentence says.
    // A clause card's question names what it is about by its verb and object (reason-parts.ts).
    const clauseSaysEnough =
      (features.method === "reason" || features.method === "action") && clauseQuestionSaysEnough(c.prompt);
    if (
      (namesNothing(c.prompt, c.answer, counts, documentWords) && !clauseSaysEnough) ||
      vagueSubjectQuestion(c.prompt)
    ) {
      const cloze = c.cloze.replace("[...]", "____");
      if (features.sentenceWords > 45 || !cloze.includes("____")) return dropped(c, "names-nothing");
      if (main.has(nameKey(c.answer))) return dropped(c, "blank-on-a-main-name");
      c.prompt = cloze;
      features.method = "cloze";
      // Below the sentence's own blanks, which were chosen as blanks.
      features.penalty = { amount: 0.1, note: "the sentence leans on the passage before it" };
      return true;
    }
    const limit =
      features.method === "reason" || features.method === "action" || completed
        ? MAX_SHARED_RUN_WHOLE_CLAUSE
        : MAX_SHARED_RUN;
    if (longestSharedRun(c.prompt, e?.text ?? "") <= limit) return true;
    // A question that needed its sentence's words to be whole but copies too many of them is
    // asked as a blank in the sentence instead ("____ was perhaps the only one of the … whose …").
    if (!completed || features.sentenceWords > 45) return dropped(c, "copies-sentence");
    c.prompt = c.cloze.replace("[...]", "____");
    features.method = "cloze";
    return c.prompt.includes("____") || dropped(c, "copies-sentence");
  });
  built.length = 0;
  built.push(...withinCopyLimit);
  // Which article says what, in a charter laid out by articles (article-cards.ts). The question
  // restates the provision on purpose, so it is exempt from the copy limit.
  const instrument = instrumentName(subject);
  const articleKind: FactKind = instrument && /\bConstitution\b/i.test(instrument) ? "constitution" : "treaty";
  for (const card of instrument ? articleCards(text, kept, instrument) : []) {
    const c = baseCandidate(
      sourceKey,
      card.evidence,
      articleKind,
      card.prompt,
      card.answer,
      card.answerSpan,
      options.sections,
    );
    c.article = card.article;
    c.variants = dedupeVariants(c.answer, [String(card.article)]);
    built.push({
      candidate: c,
      features: {
        method: "clause",
        mention: "article",
        sentenceWords: card.evidence.text.split(/\s+/).length,
        noise: 0,
      },
    });
  }
  for (const { candidate: c, features } of built) {
    const { score, reason } = scoreCandidate(c.answer, c.prompt, features);
    c.score = score;
    c.method = features.method;
    if (reason) c.reason = reason;
  }
  const passes = (c: Candidate): boolean => {
    const e = c.evidence[0];
    if (!e || c.answerSpan.start < e.start || c.answerSpan.end > e.end) return dropped(c, "verify");
    const ok = verifyCandidate(
      text,
      {
        kind: c.kind,
        prompt: c.prompt,
        answer: c.answer,
        accept: c.variants,
        evidence: { start: e.start, end: e.end },
      },
      firstYear,
    ).ok;
    return ok || dropped(c, "verify");
  };
  let result = collapseAndRank(
    built.map((b) => b.candidate),
    passes,
  );
  if (options.onDrop) {
    // What no filter dropped and is not in the result gave way to a better card on its answer.
    const kept = new Set(result);
    for (const { candidate: c } of built) if (!kept.has(c) && !reported.has(c)) options.onDrop(c, "duplicate");
  }
  // After verification, which reads the answer as the document writes it.
  const surnames = capitalSurnames(text);
  for (const c of result) {
    const answer = readableSurnames(c.answer, surnames);
    if (answer !== c.answer) {
      c.variants = dedupeVariants(answer, [...c.variants, c.answer]);
      c.answer = answer;
    }
    c.prompt = readableSurnames(c.prompt, surnames);
    c.subject = subjectWords(c.prompt, c.answer);
  }
  if (options.limit !== undefined && result.length > options.limit) result = result.slice(0, options.limit);
  progress?.(total, total);
  return result;
}

const nameKey = (name: string) => fold(name.replace(/^(?:the|a|an)\s+/i, "").replace(/['\u2019]s$/, ""));

/**
 * The names a document is about: of those named in at least one sentence in twenty and in five or
 * more, the three most named.
 * A blank on one of them, or a bare Who/What question answered by one, is a guess, not a fact.
 */
function mainNames(prepared: readonly Prepared[]): Set<string> {
  const sentencesNaming = new Map<string, number>();
  for (const p of prepared) {
    const names = new Set<string>();
    for (const m of p.mentions) {
      if (m.kind === "person" || m.kind === "organisation" || m.kind === "place" || m.kind === "name")
        names.add(nameKey(m.value.name));
    }
    for (const n of names) sentencesNaming.set(n, (sentencesNaming.get(n) ?? 0) + 1);
  }
  const floor = Math.max(5, prepared.length / 20);
  // The three most named only: a name the document also names often ("Brendan Eich" in a history
  // of Mozilla) is still a fact to ask.
  const often = [...sentencesNaming].filter(([, count]) => count >= floor).sort((a, b) => b[1] - a[1]);
  return new Set(often.slice(0, 3).map(([name]) => name));
}

// The document talking about itself: "the map accompanying this paper", "(Plate I)".
const SELF_REFERENCE =
  /\b(?:this|the present|the accompanying|the following|the preceding)\s+(?:paper|article|report|chapter|study|essay|volume|book|section|page|map|plate|figure|table|paragraph|passage|excerpt)\b|\bthe\s+(?:above\s+)?(?:paragraph|passage|excerpt)\b|\((?:plate|fig\.?|figure)\s+[\dIVXLC]+\)/i;

const PERSON_BEFORE =
  /\b(?:son|grandson|daughter|granddaughter|brother|sister|father|mother|wife|husband|heir|successor|nephew|uncle|pupil|king|queen|caliph|emperor|prince|princess|sultan|bishop|duke),\s*$/i;

/**
 * A blank clause cut from a longer sentence with its person's pronouns written out: the one
 * person the sentence names before the clause ("His grandson, Almamon, gave …, and the rooms in
 * his palace …" → "The rooms in Almamon's palace …"). Null when the clause cannot be found in the
 * sentence, or the sentence names no person or more than one before it.
 */
function ownerWrittenOut(prompt: string, evidence: Sentence, mentions: readonly Mention[]): string | null {
  const head = prompt.split("____")[0]?.trim().split(/\s+/).slice(0, 4).join(" ") ?? "";
  if (head === "") return null;
  const at = evidence.text.toLowerCase().indexOf(head.toLowerCase(), 1);
  if (at <= 0) return null;
  // A person, or a name set beside a word for a person ("His grandson, Almamon,").
  const isPerson = (m: Mention) =>
    m.kind === "person" ||
    (m.kind === "name" &&
      PERSON_BEFORE.test(evidence.text.slice(Math.max(0, m.start - evidence.start - 30), m.start - evidence.start)));
  const before = mentions.filter((m) => m.end <= evidence.start + at && isPerson(m));
  const people = new Set(before.map((m) => fold(tidyAnswer(m.text))));
  const named = before[before.length - 1];
  if (people.size !== 1 || !named) return null;
  const name = tidyAnswer(named.text).replace(/['’]s$/, "");
  const owner = /s$/.test(name) ? `${name}'` : `${name}'s`;
  return prompt
    .replace(/\b[Hh]is\b/g, owner)
    .replace(/\b[Hh]er(?=\s+\p{Ll})/gu, owner)
    .replace(/\b(?:he|He|him)\b/g, name);
}

/** An answer the reader can take as one thing: not a list broken at its comma ("Gecko, and Firefox"). */
const NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*)*";
const LIST_GOES_ON = new RegExp(`^(?:,\\s*${NAME}\\s*(?:,|and\\b)|\\s+and\\s+${NAME}(?![\\p{L}'\u2019]))`, "u");
// Before the answer, a list needs two names or an "and" ("Recently, X …" is no list).
const LIST_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NAME}\\s+and\\s+|${NAME},\\s*${NAME},\\s*)$`, "u");

/** The span is one name of a list of names ("Schumann" of "Schumann, Chopin and Weber"). */
function memberOfNameList(text: string, span: Span, evidence: Span): boolean {
  // Names only: "January 17, 2025, Norway and Latvia signed" is a date before a list.
  if (!/^\p{Lu}\D*$/u.test(text.slice(span.start, span.end))) return false;
  const after = text.slice(span.end, Math.min(evidence.end, span.end + 60));
  const before = text.slice(Math.max(evidence.start, span.start - 60), span.start);
  const goesOn = LIST_GOES_ON.exec(after)?.[0] ?? "";
  // "Prime Minister Anna Berg and President Tomas Lind": people each with their own title are
  // told apart by it, and "Which prime minister …?" has one answer.
  if (goesOn !== "" && !TITLED.test(goesOn)) return true;
  return LIST_BEFORE.test(before) && !TITLED.test(before.slice(-30));
}

const TITLED =
  /\b(?:President|Minister|King|Queen|Chancellor|Secretary|General|Governor|Mayor|Prince|Princess|Emperor|Pope|Bishop|Senator|Dr|Mr|Mrs|Ms|Sir|Lord|Lady)\b/;

function answerIsWhole(c: Candidate): boolean {
  return !/^[^,]+,\s+(?:and|or)\s+[^,]+$/.test(c.answer);
}

/**
 * A question card that stands on its own: it does not point at the document itself, and its
 * answer is not only the owner in a possessive ("Eich's resignation promoted …" is no "Who
 * promoted …? -> Eich").
 */
function readsAlone(c: Candidate, text: string): boolean {
  if (SELF_REFERENCE.test(c.prompt) || SELF_REFERENCE.test(c.answer)) return false;
  return !/^['\u2019]s\b/.test(text.slice(c.answerSpan.end, c.answerSpan.end + 3));
}

function makeCandidate(
  sourceKey: string,
  sentence: Sentence,
  m: Mention,
  at: Span,
  sections: readonly SectionSpan[] | undefined,
  prompt: Prompt,
  transfer: CandidateTransfer | null,
  period?: string,
): Candidate | null {
  const answer = tidyAnswer(m.text);
  if (answer === "") return null;
  const kind = kindOf(m, transfer);
  const local = at.start - sentence.start;
  const cloze = `${sentence.text.slice(0, local)}[...]${sentence.text.slice(at.end - sentence.start)}`;
  const score = 0;

  const candidate: Candidate = {
    id: stableHash(`${sourceKey}|${kind}|${answer}|${at.start}|${at.end}`),
    kind,
    prompt: prompt.text,
    // A blank card shows its whole sentence: no template about the document (which the review
    // screen caps and explains as one); its method says what it is.
    generic: false,
    answer,
    variants: dedupeVariants(answer, variantsOf(m)),
    evidence: [{ sourceKey, start: sentence.start, end: sentence.end, text: sentence.text }],
    answerSpan: { start: at.start, end: at.end },
    cloze,
    answerKey: answerKeyOf(m),
    subject: [],
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
