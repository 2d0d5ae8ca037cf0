// Questions on the clause around a detected answer: where the clause reader finds a subject and
// verb the question is built from them ("When did <subject> <verb> <object>?"); otherwise the card
// is a fill-in-the-blank on a short prose sentence, or nothing. Never a template about the source.
// A question never copies more than MAX_SHARED_RUN words in a row from the source sentence.
import type { FactKind } from "@/lib/content/schema";
import { analyseClause, invertVerb, isPluralSubject, type Clause, type Token } from "./clause";
import { INLINE_CITATION } from "./filters";
import { lexiconTags } from "./nlp";
import { capitalise, fold } from "./text";
import type { CandidateTransfer, Mention } from "./types";

export const MAX_SHARED_RUN = 8;
/** The run a why/what-for question may copy: its main clause, said whole. */
export const MAX_SHARED_RUN_WHOLE_CLAUSE = 12;

const FIGURE_KINDS: ReadonlySet<string> = new Set(["money", "quantity", "percent"]);

export interface PromptInput {
  sentence: string;
  tokens: Token[];
  mentions: readonly Mention[];
  /** The answer's mention (index into mentions). */
  index: number;
  kind: FactKind;
  transfer?: CandidateTransfer;
  /** A period phrase for figures ("in 2024"), written from the nearest date mention. */
  period?: string;
  /** Where the sentence starts in the document (mention offsets are document offsets). */
  sentenceStart?: number;
}

const DATE_PREPS = new Set([
  "on",
  "in",
  "by",
  "since",
  "from",
  "during",
  "until",
  "before",
  "after",
  "at",
  "of",
  "around",
  "circa",
]);
// Where something happened; "to Russia" and "from Iran" name a party more often than a location.
const PLACE_PREPS = new Set(["in", "at", "near", "within"]);
// Nouns of a settlement or a site that "of" names: "the town of Eutin", "the abbey of Cluny".
const PLACE_NOUN =
  /^(?:village|town|city|port|province|county|district|region|island|valley|kingdom|duchy|abbey|monastery|convent|cathedral|castle|cemetery|parish|fortress|harbour|harbor)$/;

/** Renders tokens [from, to) as text, skipping `skip`, quotes, brackets and footnote numbers. */
export function render(input: PromptInput, from: number, to: number, skip: ReadonlySet<number> = new Set()): string {
  const { tokens, sentence, mentions } = input;
  let out = "";
  let prevEnd = -1;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.text === "(" || t.text === "[") depth++;
    if (depth > 0) {
      if (t.text === ")" || t.text === "]") depth--;
      prevEnd = t.end;
      continue;
    }
    if (skip.has(i)) {
      prevEnd = t.end;
      continue;
    }
    // A dropped quote mark keeps the space that stood before it ("called “a new …" → "called a new").
    if (/^["“”]$/.test(t.text)) continue;
    // A number glued to the previous word or full stop is a footnote marker.
    if (
      t.cls === "num" &&
      prevEnd >= 0 &&
      t.start === prevEnd &&
      /[\p{L}.,)"”]$/u.test(sentence.slice(0, t.start)) &&
      !namesAModel(sentence.slice(0, t.start))
    )
      continue;
    let text = t.text;
    if (t.cls === "mention" && t.mention !== undefined) {
      const m = mentions[t.mention];
      // A titled person reads better by surname alone ("Putin and Pezeshkian").
      if (m && m.kind === "person" && m.value.role) {
        const full = m.value.name.split(/\s+/);
        text = full[full.length - 1] ?? text;
        // Drop the title words written just before the name.
        out = out.replace(
          /\s*(?:(?:Russian|Iranian|US|U\.S\.|American|Israeli|Syrian|Chinese|Turkish|Saudi|former|late|then)\s+)*(?:Presidents?|Prime Minister|Foreign Minister|Minister|Supreme Leader|Leader|Ayatollah|Kremlin spokesman|spokesman|predecessor|successor)\s*$/u,
          "",
        );
      }
    }
    // Keep what the source had between two tokens when it is not a space ("U.S.-led").
    const gap = prevEnd >= 0 ? sentence.slice(prevEnd, t.start) : "";
    if (out === "" || /^[,;:)]$/.test(text)) out += text;
    else if (/\s/.test(gap) || gap.length > 2) out += ` ${text}`;
    else out += gap + text;
    prevEnd = t.end;
  }
  return out
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:?])/g, "$1")
    .replace(/,\s*$/, "")
    .trim();
}

function words(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// A sentence gives several prompts in a row; its words are read once.
let lastSentence = "";
let lastWords: string[] = [];

/** Longest run of consecutive words the prompt shares with the sentence. */
export function longestSharedRun(prompt: string, sentence: string): number {
  const a = words(prompt);
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastWords = words(sentence);
  }
  const b = lastWords;
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const v = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      diag = up;
      prev[j] = v;
      if (v > best) best = v;
    }
  }
  return best;
}

const PROPER_TAGS = [
  "Country",
  "City",
  "Region",
  "Place",
  "LastName",
  "FirstName",
  "MaleName",
  "FemaleName",
  "Organization",
  "ProperNoun",
  "Person",
  "Demonym",
];

export function lowerFirst(s: string, firstToken: Token | undefined): string {
  if (!firstToken || firstToken.cls === "proper" || firstToken.cls === "mention") return s;
  const first = s.split(/\s/)[0] ?? "";
  // "The agreement" -> "the agreement"; names, demonyms and acronyms keep their capital.
  if (!/^\p{Lu}\p{Ll}*$/u.test(first)) return s;
  if (lexiconTags(first.toLowerCase()).some((t) => PROPER_TAGS.includes(t))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Tokens of what follows the verb, cut to a few words at a natural break. */
export function capRest(tokens: Token[], from: number, to: number, maxWords: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) return i;
    if (t.text === "," || t.text === "—" || t.text === "–" || (t.cls === "sub" && count > 0)) return i;
    if (t.cls !== "punct") count++;
    if (count > maxWords) {
      // Prefer to stop before a preposition or conjunction than mid-phrase.
      for (let j = i; j > from + 1; j--) {
        const c = tokens[j]?.cls;
        if (c === "prep" || c === "conj") return j;
      }
      return i;
    }
  }
  return to;
}

/** Units that are counted things ("ballistic missiles", "articles"), not measures or durations. */
function isCounted(unit: string | undefined): unit is string {
  if (
    unit !== undefined &&
    /^\p{Lu}[\p{L}\d-]*(?:[-\u2011]\d|-class)/u.test(unit) &&
    /(?:s|aircraft|personnel|troops)$/.test(unit)
  )
    return true;
  return (
    unit !== undefined &&
    // "some 900 people": plurals without an -s count too.
    /^[a-z][a-z -]*s$|^(?:[a-z][a-z -]* )?(?:people|staff|personnel|troops|aircraft|children|men|women)$/.test(unit) &&
    !/^(?:years|days|months|weeks|hours|barrels|tonnes|miles|units)$/.test(unit) &&
    !unit.includes("/")
  );
}

function mentionNoun(m: Mention, kind: FactKind): string {
  switch (m.kind) {
    case "date":
      return m.value.date.length === 4 && !m.value.end ? "year" : "date";
    case "percent":
      return "percentage";
    case "money":
      return "amount";
    case "quantity":
      return isCounted(m.value.unit) ? `number of ${m.value.unit}` : "figure";
    case "article":
      return "article";
    case "weapon":
      return m.value.category ?? "weapon system";
    case "person":
      if (m.value.members) return "people";
      return m.value.role ? roleNoun(m.value.role) : "person";
    case "place": {
      const names = m.value.members ?? [m.value.name];
      const countries = names.every((n) => lexiconTags(n.toLowerCase()).includes("Country"));
      if (m.value.members) return countries ? "countries" : "places";
      return countries ? "country" : "place";
    }
    case "agreement":
      return m.value.members
        ? "agreements"
        : /\b(?:Act|Bill|Law|H\.\s?R\.|S\.)\b/.test(m.value.name)
          ? "law"
          : /\bResolution\b/.test(m.value.name)
            ? "resolution"
            : /\bTreaty\b/.test(m.value.name)
              ? "treaty"
              : "agreement";
    case "event":
      return m.value.members
        ? "events"
        : /\b(?:War|Wars)\b/.test(m.value.name)
          ? "war"
          : /Revolution/.test(m.value.name)
            ? "revolution"
            : "event";
    case "organisation":
      return m.value.members ? "organisations" : kind === "organisation" ? "organisation" : "group";
    case "name":
      return "name";
  }
}

/** "Russian President" -> "Russian president"; nationalities keep their capital. */
function roleNoun(role: string): string {
  if (/\b(?:predecessor|successor)$/i.test(role)) return "person";
  return role
    .replace(
      /\b(Presidents?|Prime|Ministers?|Foreign|Defen[cs]e|Supreme|Leader|Secretary|State|Ambassador|Chancellor|King|Crown|Prince|General|Gen\.|Professor|Prof\.|Dr\.|Kremlin)\b/g,
      (w) => (w === "Kremlin" ? w : w.toLowerCase()),
    )
    .replace(/\bpredecessor\b/, "predecessor")
    .replace(/\bpresidents\b/, "president");
}

function articleOf(input: PromptInput, m: Extract<Mention, { kind: "article" }>): string {
  if (m.value.instrument === "constitution")
    return /\bIran(?:['’]s|ian)\b/.test(input.sentence) ? "Iran's constitution" : "the constitution";
  if (m.value.instrument === "treaty") return "the treaty";
  return "the document";
}

/** The question word(s) for the answer when it is the subject or is moved to the front. */
function whPhrase(input: PromptInput, m: Mention, role: "subject" | "object" | "adjunct"): string {
  switch (m.kind) {
    case "date":
      // "the end of 2013" is a time, not a year.
      return m.value.date.length === 4 && !m.value.end && /^\d{4}$/.test(m.text.trim()) ? "In what year" : "When";
    case "money":
      return "How much";
    case "percent":
      return "By what percentage";
    case "quantity":
      return isCounted(m.value.unit) ? `How many ${m.value.unit}` : "How much";
    case "article":
      return `Which ${m.value.articles.length > 1 ? "articles" : "article"} of ${articleOf(input, m)}`;
    case "weapon":
      return `Which ${m.value.category ?? "weapon system"}`;
    case "person":
      if (m.value.members) return "Which people";
      if (m.value.role) return `Which ${roleNoun(m.value.role)}`;
      return role === "subject" ? "Who" : "Whom";
    case "place": {
      const noun = mentionNoun(m, input.kind);
      return role === "adjunct" && !m.value.members ? "Where" : `Which ${noun}`;
    }
    case "agreement":
    case "organisation":
    case "event":
      return `Which ${mentionNoun(m, input.kind)}`;
    case "name":
      return role === "adjunct" ? "Where" : "What";
  }
}

function transferPrompt(t: CandidateTransfer, category: string): string {
  const when = t.year ? ` in ${t.year}` : "";
  switch (t.status) {
    case "delivered":
      return `Which ${category} did ${t.from} supply to ${t.to}${when}?`;
    case "withheld":
      return `Which ${category} has ${t.from} withheld from ${t.to}?`;
    case "planned":
      return `Which ${category} was ${t.from} planning to transfer to ${t.to}?`;
    case "cancelled":
      return `Which ${category} did ${t.from} cancel or suspend for ${t.to}${when}?`;
    case "reported":
      return `Which ${category} is ${t.from} reported to have supplied to ${t.to}${when}?`;
  }
}

function genericTransferPrompt(t: CandidateTransfer): string {
  const when = t.year ? ` in ${t.year}` : "";
  switch (t.status) {
    case "withheld":
      return `What kind of weapons has ${t.from} withheld from ${t.to}?`;
    case "planned":
      return `What kind of weapons was ${t.from} planning to transfer to ${t.to}?`;
    case "cancelled":
      return `What kind of weapons did ${t.from} stop supplying to ${t.to}${when}?`;
    case "reported":
      return `What kind of weapons is ${t.from} reported to have supplied to ${t.to}${when}?`;
    case "delivered":
      return `What kind of weapons did ${t.from} supply to ${t.to}${when}?`;
  }
}

function finish(q: string): string {
  const s = q.replace(FIGURE_REFERENCE, "").replace(/\s+/g, " ").replace(/\s+\?/g, "?").replace(/,\?/g, "?").trim();
  return capitalise(s).slice(0, 400);
}

/** How a prompt was made; the ranking trusts some ways more than others. */
export type PromptMethod = "clause" | "transfer" | "attribute" | "reason" | "action" | "cloze";

export interface Prompt {
  text: string;
  /** "cloze" for a fill-in-the-blank card: no question could be built on the clause. */
  method: PromptMethod;
}

// A cloze card is the sentence itself with a blank: only worth it for a sentence a reader can
// take in at a glance.
const MAX_CLOZE_WORDS = 32;
const NUMBER_THEN_JOIN = new RegExp(
  "(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|" +
    "ninety|hundred|thousand|million))\\s+(?:and|or|to)\\s*$",
  "i",
);

/**
 * The sentence with the answer blanked out, footnote markers, citations and brackets tidied; when
 * the whole sentence is too long or is a list, the clause around the answer instead; null when
 * neither reads as a card.
 */
export function clozePrompt(sentence: string, start: number, end: number): string | null {
  const whole = clozeOn(sentence, start, end);
  if (whole) return whole;
  const clause = clauseAround(sentence, start, end);
  if (!clause) return null;
  let text = sentence.slice(clause.from, clause.to).replace(/^[\s,;:—–-]+/, "");
  const lead = clause.to - clause.from - text.length;
  const from = clause.from + lead;
  text = text.replace(/[\s,;:—–-]+$/, "");
  if (start - from < 0 || end - from > text.length) return null;
  // "Including Preetha Anand as joint first authors": a clause without a finite verb is a fragment.
  if (!hasFiniteVerb(text.slice(0, start - from) + text.slice(end - from))) return null;
  // A clause cut from a longer sentence is written as a sentence of its own.
  const ended = /[.!?]["\u201d)]?$/.test(text) ? text : `${text}.`;
  const first = ended.charAt(0);
  const capital = first.toUpperCase() + ended.slice(1);
  if (first === capital.charAt(0) && !/\p{Lu}/u.test(first) && !/[\d"\u201c(]/.test(first)) return null;
  return clozeOn(capital, start - from, end - from);
}

const FINITE = /\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|may|might|must|shall|should)\b/i;

/** Whether the words hold a finite verb: an auxiliary, or a past or present form the lexicon knows. */
function hasFiniteVerb(text: string): boolean {
  if (FINITE.test(text)) return true;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.slice(1).some((w) => {
    if (/^\p{Lu}/u.test(w)) return false;
    const tags = lexiconTags(w.toLowerCase());
    if (tags.includes("PastTense") || tags.includes("PresentTense")) return !tags.includes("Gerund");
    return tags.length === 0 && /[^e]ed$/.test(w) && w.length > 4;
  });
}

// Where a long sentence can be cut into clauses: semicolons, colons, dashes, and a comma before a
// conjunction or subordinator that starts a new clause.
// After "and"/"but" a new clause needs a subject of its own ("…, and the rest stayed"), or it is
// half a clause ("…, and in 1859 spent several weeks").
const CLAUSE_BREAK =
  /\s*[;:]\s+|\s+[—–]\s+|—|,\s+(?=(?:but|and|yet|so)\s+(?:the|a|an|this|these|those|his|her|its|their|our|some|many|most|all|[A-Z][\p{L}-]*)\s)|,\s+(?=(?:while|whereas|although|though|because|since)\s)|,\s+(?=(?:after|before|when|until)\s+(?:the|a|an|his|her|its|their|[A-Z][\p{L}-]*)(?:\s+[\p{L}-]+){0,3}\s+(?:had|has|have|was|were|is|are|did|would|could)\s)|\s+(?=(?:because|although|though|whereas)\s)/gu;
const LEADING_JOIN =
  /^(?:but|and|while|whereas|yet|so|although|though|because|since|for|then|thus|after|before|when|until)\s+/i;

/** The clause of `sentence` holding [start, end): at least 7 words, widened to a neighbour when shorter. */
export function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } | null {
  const cuts: number[] = [0];
  let depth = 0;
  const inBrackets: boolean[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence.charAt(i);
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    inBrackets.push(depth > 0);
  }
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (inBrackets[at]) continue;
    cuts.push(at, at + m[0].length);
  }
  cuts.push(sentence.length);
  // Segments between consecutive cut pairs.
  const segments: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? sentence.length;
    if (to > from) segments.push({ from, to });
  }
  if (segments.length < 2) return null;
  const at = segments.findIndex((g) => g.from <= start && end <= g.to);
  if (at < 0) return null;
  const countWords = (g: { from: number; to: number }) =>
    sentence
      .slice(g.from, g.to)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let lo = at;
  let hi = at;
  const span = () => ({ from: segments[lo]?.from ?? 0, to: segments[hi]?.to ?? 0 });
  while (countWords(span()) < 7) {
    const next = segments[hi + 1];
    const prev = segments[lo - 1];
    if (next && countWords({ from: span().from, to: next.to }) <= MAX_CLOZE_WORDS) hi++;
    else if (prev && countWords({ from: prev.from, to: span().to }) <= MAX_CLOZE_WORDS) lo--;
    else break;
  }
  const g = span();
  // A clause opened by "and", "because" keeps reading as a sentence without that word.
  const lead = LEADING_JOIN.exec(sentence.slice(g.from, g.to));
  const from = lead && g.from + lead[0].length <= start ? g.from + lead[0].length : g.from;
  return { from, to: g.to };
}

/** Whether the sentence as a whole can hold a blank, whatever is blanked. */
function sentenceTakesCloze(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  if (words > MAX_CLOZE_WORDS || words < 6) return false;
  // Prose only: a sentence that starts with a capital and ends with a stop, not a list or fragment.
  if (!/^["\u201c(]?[\p{Lu}\d]/u.test(sentence) || !/[.!?]["\u201d)]?\d{0,3}$/u.test(sentence.trim())) return false;
  // "… by the way of Spain, and.": a sentence cut off after its conjunction.
  if (/[,;]?\s+(?:and|or|but)[.!?]$/i.test(sentence.trim())) return false;
  if ((sentence.match(/[;:]/g) ?? []).length > 0 || (sentence.match(/,/g) ?? []).length > 4) return false;
  // "This chamber …", "Underneath this …": a sentence that leans on the one before is no card alone.
  return !(
    /^(?:\W*)(?:this|these|that|those|it|they|he|she|his|her|its|their|such)\b/i.test(sentence) ||
    /^\W*\p{Lu}\p{Ll}+\s+(?:this|these)\b/u.test(sentence)
  );
}

// Each mention of a sentence asks for its cloze in turn; the sentence is judged once.
let lastClozeSentence: string | undefined;
let lastClozeVerdict = false;

function clozeOn(sentence: string, start: number, end: number): string | null {
  if (sentence !== lastClozeSentence) {
    lastClozeSentence = sentence;
    lastClozeVerdict = sentenceTakesCloze(sentence);
  }
  if (!lastClozeVerdict) return null;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "one hundred and ____": the blank must not split a number.
  if (
    // "and", "or", "to" join numbers only after one ("4 to ____"), not in "compared to ____".
    (/\b(?:hundred|thousand|million|\d)\s*$/i.test(before) || NUMBER_THEN_JOIN.test(before)) &&
    /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i.test(
      sentence.slice(start),
    )
  )
    return null;
  // "an area of 10 by ____": a blank on one side of a dimension.
  if (/[\d½¼¾]\s*(?:by|x|×)\s*$/i.test(before)) return null;
  // "the parish of ____, or Bugava,": the second name next to the blank gives the first away.
  // "____ or more", "____ or so" bound a figure: no second name.
  if (
    /^,?\s+or\s(?!\s*(?:more|less|fewer|so|over|above|under|longer|shorter|earlier|later|higher|lower|greater)\b)/.test(
      after,
    ) ||
    /,\s+or\s+$/.test(before)
  )
    return null;
  // "Network ____ (NSS)": a capitalised word glued before the blank makes it part of a name.
  if (
    /\p{Lu}\p{Ll}+\s$/u.test(before) &&
    !/^(?:In|On|At|By|From|To|The|A|An|Of|For|With|And|But|As|After|Before|During|Since|Until|When|While|If|Although|Because)\s$/.test(
      before.slice(-12).trim().split(/\s+/).pop() + " ",
    )
  )
    return null;
  // A blank inside a longer name ("Sveinbjorn ____") asks for a fragment.
  if (
    /\p{Lu}[\p{L}'\u2019-]*\s$/u.test(before.slice(-30)) &&
    /\p{Lu}/u.test(before.trim().split(/\s+/).pop()?.charAt(0) ?? "") &&
    before.trim() !== "" &&
    !/[.,;:]\s*$/.test(before)
  ) {
    const prevWord = before.trim().split(/\s+/).pop() ?? "";
    if (
      !/^(?:In|On|At|By|From|To|The|A|An|Of|For|With|And|But|As|After|Before|During|Since|Until)$/.test(prevWord) &&
      before.trim().split(/\s+/).length > 1
    )
      return null;
  }
  if (/^\s?\p{Lu}/u.test(after) && !/^\s?(?:[-\u2013,.;:)]|and\b|or\b)/u.test(after)) return null;
  if (!blankStandsAlone(sentence, before, after)) return null;
  // "Nearly three-quarters (____) of …", "Katla (____)": a blank that is all a bracket holds asks
  // for an aside that restates or measures the words before it.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return null;
  const text = `${before}____${after}`
    .replace(/\s+/g, " ")
    // Footnote numbers glued after a word or stop ("years.12", "deal,3"), not a model's number ("HTML5").
    .replace(/(\p{L}[.,;)"\u201D]?)(\d{1,3})(?=\s|$)/gu, (all, head: string, _n: string, at: number, whole: string) =>
      /\p{L}$/u.test(head) && namesAModel(whole.slice(0, at + head.length)) ? all : head,
    )
    .replace(/\[\d+\]/g, "")
    .replace(INLINE_CITATION, "")
    .replace(FIGURE_REFERENCE, "")
    .replace(/\s+([.,;])/g, "$1")
    .trim();
  return text.includes("____") ? text : null;
}

/**
 * Whether the word just before a glued number is a model or standard name whose number belongs to
 * it ("HTML5", "ARMv7", "MiG29", "H264"): capitals after its first letter, or one capital letter. A footnote follows a word
 * written in ordinary case ("commitments12", "Iceland3").
 */
export function namesAModel(textBefore: string): boolean {
  const word = /[\p{L}\p{N}-]+$/u.exec(textBefore)?.[0] ?? "";
  return /.\p{Lu}|^\p{Lu}$/u.test(word);
}

/** "(plate 35)", "(fig. 4)", "(see plate XI)": a pointer to an illustration, no part of what is said. */
export const FIGURE_REFERENCE =
  /\s*\((?:see\s+)?(?:plates?|pl\.|figs?\.?|figures?|illus\.?|map)\s+[\dIVXLC][^()]{0,16}\)/giu;

const PERSONAL_SUBJECT = /(?:^|,\s+|;\s+)(?:it|he|she|they|we)\s+(?!is\s+(?:said|thought|believed|known)\b)\p{Ll}/iu;

// One listed name ("Red Hat", "GNU/Linux") and the list shapes around a blank.
const ITEM = "\\p{Lu}[\\p{L}.&/'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.&/'\\u2019-]*)*";
const LIST_CLOSED_BEFORE = new RegExp(`${ITEM},\\s+(?:and|or)\\s+(?:the\\s+)?$`, "u");
const LIST_ITEM_BEFORE = new RegExp(`${ITEM},\\s*$`, "u");
const LIST_TWO_BEFORE = new RegExp(`${ITEM},\\s*${ITEM},\\s*$`, "u");
const LIST_AFTER_PREPOSITION = new RegExp(
  `^,\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?${ITEM}(?:\\s*[,.;]|\\s+(?:and|or)\\b|$)`,
  "u",
);
const LIST_AFTER = new RegExp(`^,\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?${ITEM}(?:,|\\s+(?:and|or)\\s+\\p{Lu})`, "u");

/**
 * Whether the blank asks for something the sentence states on its own terms: not a piece of a
 * token ("GNU/____", "____'s opera"), not one member of a longer list ("AOL, ____, Google"), not in
 * a sentence whose main clause leans on an earlier one through a pronoun ("…, it belongs to …").
 */
function blankStandsAlone(sentence: string, before: string, after: string): boolean {
  if (/[/\p{L}\p{N}]$/u.test(before) || /^(?:[/\p{L}\p{N}]|['\u2019]s\b)/u.test(after)) return false;
  // A list: a comma on one side of the blank, another listed name right across it.
  const listBefore =
    // "Gecko, and ____": a comma before the "and" closes a list of names.
    LIST_CLOSED_BEFORE.test(before) ||
    (LIST_ITEM_BEFORE.test(before) &&
      (LIST_TWO_BEFORE.test(before) ||
        /^(?:,\s*(?:and\s|or\s|\p{Lu})|\s+(?:and|or)\s+(?:the\s+)?\p{Lu})/u.test(after)));
  // "In ____, Mozilla announced …": after a preposition, a name after the comma that is followed
  // by a verb is the subject of the main clause, not the next item of a list.
  const listAfter = /\b(?:in|on|at|by|since|during|until|after|before|from|of|for|with|into|to)\s+(?:the\s+)?$/i.test(
    before,
  )
    ? LIST_AFTER_PREPOSITION.test(after)
    : LIST_AFTER.test(after);
  if (listBefore || listAfter) return false;
  // "Forming a part of ____, it belongs to …": the pronoun has nothing to point back to when no
  // name comes before it (the sentence's first word aside).
  const rest = `${before}${after}`;
  const at = rest.search(PERSONAL_SUBJECT);
  if (at > 0 && !/\s\p{Lu}/u.test(rest.slice(0, at))) return false;
  // "____ later, …": a span of time counted from something the card does not show.
  if (/^\s+(?:later|earlier|afterwards?|ago)\b|^\s+(?:before|after)\s*[,.;]/i.test(after)) return false;
  return true;
}

// A name blanked in a long sentence is mostly a side detail of it; a figure or date is what such a
// sentence usually reports.
const MAX_NAME_CLOZE_WORDS = 24;
const NAME_KINDS: ReadonlySet<string> = new Set(["person", "organisation", "place", "name", "event", "agreement"]);

/** Whether a cloze on mention `m` is worth a card beyond what clozeOn checks on the text alone. */
function clozeFits(cloze: string, m: Mention): boolean {
  if (!NAME_KINDS.has(m.kind)) return true;
  if (cloze.split(/\s+/).length > MAX_NAME_CLOZE_WORDS) return false;
  // "… as are similar objects in other parts of ____": a name blanked in a sentence that names
  // nothing else (no other name, no date or figure) gives the reader nothing to place it by.
  const rest = cloze.replace("____", " ");
  // The first word counts as a name unless it is a word any sentence may start with.
  const first = /^\W*([\p{L}'\u2019.]+)/u.exec(rest)?.[1] ?? "";
  const tags = lexiconTags(first.toLowerCase().replace(/\.$/, ""));
  const ordinary =
    /^(?:this|these|that|those|its|his|her|their|our|some|many|most|all|each|every|such|other|one)$/i.test(first) ||
    tags.some((t) =>
      [
        "Determiner",
        "Preposition",
        "Conjunction",
        "Adverb",
        "Pronoun",
        "Participle",
        "Gerund",
        "Honorific",
        "Ordinal",
      ].includes(t),
    );
  const afterFirst = ordinary ? rest.slice(rest.indexOf(first) + first.length) : "";
  if (ordinary && !/\s["\u201c(]?\p{Lu}|\p{N}/u.test(afterFirst)) return false;
  // "… with the 2012 festival …" for "the ____ (Mozilla Festival)": the answer's head word stands
  // elsewhere in the sentence and gives the blank away.
  const head = (m.text.match(/\p{L}{4,}/gu) ?? []).pop()?.toLowerCase().replace(/s$/, "");
  if (head && new RegExp(`\\b${head}s?\\b`, "iu").test(rest)) return false;
  // "the morris dance (____)": a name in brackets is a second name for what stands before it.
  const at = cloze.indexOf("____");
  const before = cloze.slice(0, at);
  return (before.match(/\(/g) ?? []).length <= (before.match(/\)/g) ?? []).length;
}

/** A readable question whose answer is the mention at `input.index`, or a cloze card, or null. */
export function buildPrompt(input: PromptInput): Prompt | null {
  const m = input.mentions[input.index];
  if (!m) return null;
  const focus = input.tokens.findIndex((t) => t.cls === "mention" && t.mention === input.index);
  if (m.kind === "weapon" && input.transfer) {
    const text = m.value.generic
      ? genericTransferPrompt(input.transfer)
      : transferPrompt(input.transfer, m.value.category ?? "weapon system");
    return { text: finish(text), method: "transfer" };
  }
  const clause = focus >= 0 ? analyseClause(input.tokens, focus) : null;
  const question = clause ? fromClause(input, m, focus, clause) : null;
  if (question && longestSharedRun(question, input.sentence) <= MAX_SHARED_RUN)
    return { text: finish(question), method: "clause" };
  const local = m.start - (input.sentenceStart ?? 0);
  const cloze = clozePrompt(input.sentence, local, local + m.text.length);
  return cloze && clozeFits(cloze, m) ? { text: cloze, method: "cloze" } : null;
}

/** The subject is the answer itself, perhaps with a determiner, titles, a coordinated name or category words after it. */
function answerHeadsSubject(tokens: Token[], subject: [number, number], focus: number): boolean {
  // Before the answer only modifiers ("the", "Russian President", "January 2025"); after it a
  // noun or prepositional phrase that belongs to it ("Article 12 of the constitution",
  // "the treaty between Tehran and Moscow") or a coordinated name.
  for (let i = subject[0]; i < subject[1]; i++) {
    if (i === focus) continue;
    const c = tokens[i]?.cls;
    if (i < focus && (c === "det" || c === "adj" || c === "proper" || c === "mention" || c === "num" || c === "conj"))
      continue;
    if (
      i > focus &&
      (c === "det" ||
        c === "adj" ||
        c === "noun" ||
        c === "nv" ||
        c === "proper" ||
        c === "mention" ||
        c === "conj" ||
        c === "prep")
    )
      continue;
    return false;
  }
  return true;
}

const NP_CLASSES: ReadonlySet<string> = new Set([
  "det",
  "adj",
  "noun",
  "nv",
  "proper",
  "mention",
  "num",
  "prep",
  "conj",
  "ed",
  "pronoun",
  "gerund",
]);
const NP_FIRST: ReadonlySet<string> = new Set([
  "det",
  "adj",
  "noun",
  "nv",
  "proper",
  "mention",
  "num",
  "ed",
  "pronoun",
]);

/**
 * Whether tokens [from, to) read as a noun phrase that can stand as a question's subject: no
 * commas or clause words, no finite verb, and it starts like a noun phrase.
 */
export function isNounPhrase(tokens: Token[], from: number, to: number, skip: number): boolean {
  if (to <= from) return false;
  let depth = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || i === skip) continue;
    if (t.text === "(") depth++;
    if (depth > 0) {
      if (t.text === ")") depth--;
      continue;
    }
    if (words === 0 && !NP_FIRST.has(t.cls)) return false;
    if (t.cls === "punct") return false;
    if (!NP_CLASSES.has(t.cls)) return false;
    if (t.cls === "pronoun" && !/^(?:its|their|his|her|our)$/i.test(t.text) && to - from > 1) return false;
    // "the plant genome encodes an enzyme": an article right after a noun starts a second phrase,
    // so the "noun" before it was a verb the tagger missed.
    if (t.cls === "det" && /^(?:a|an|the)$/i.test(t.text) && words > 0 && tokens[i - 1]?.cls === "noun") return false;
    words++;
  }
  const last = tokens[to - 1];
  return words > 0 && !!last && last.cls !== "prep" && last.cls !== "conj" && last.cls !== "det";
}

function fromClause(input: PromptInput, m: Mention, focus: number, clause: Clause): string | null {
  const { tokens } = input;
  const [s0, s1] = clause.subject;
  const [r0, r1] = clause.rest;
  if (!(focus >= s0 && focus < s1) && !isNounPhrase(tokens, s0, s1, -1)) return null;
  const verbText = render(input, clause.verb[0], clause.verb[1]);
  if (focus >= s0 && focus < s1) {
    // The answer is the subject: "Which article of Iran's constitution mandates …?"
    // A name of unknown kind is a who or a what: only its sentence with a blank asks for it.
    if (
      m.kind === "date" ||
      m.kind === "name" ||
      FIGURE_KINDS.has(m.kind) ||
      !answerHeadsSubject(tokens, clause.subject, focus)
    )
      return null;
    // "Toggenburg and Frauenlob were …": one of two subjects is half an answer.
    // A title tells them apart ("Which prime minister …").
    const titled = m.kind === "person" && !!m.value.role;
    if (!titled && tokens.slice(s0, s1).some((t, k) => s0 + k !== focus && t.cls === "conj")) return null;
    const end = capRest(tokens, r0, r1, 6);
    if (end <= r0) return null;
    return `${whPhrase(input, m, "subject")} ${verbText} ${render(input, r0, end)}?`;
  }
  // "spent his last years in the town of Eutin": the place noun and its "of" go with the answer,
  // and the preposition before them says where.
  const low = (k: number) => tokens[k]?.text.toLowerCase() ?? "";
  const placeLead =
    (m.kind === "name" || m.kind === "place") &&
    !m.value.members &&
    low(focus - 1) === "of" &&
    PLACE_NOUN.test(low(focus - 2)) &&
    low(focus - 3) === "the" &&
    PLACE_PREPS.has(low(focus - 4))
      ? 3
      : 0;
  const prev = tokens[focus - 1 - placeLead];
  const prep = prev?.cls === "prep" ? prev.text.toLowerCase() : "";
  // A possessive ("in Moscow's foreign policy") is no location; an answer inside a subordinate
  // clause ("… as Iran exported drones to Russia") does not belong to the main verb.
  const possessive = /['’]s$/.test(tokens[focus]?.text ?? "");
  // "were at the gates as late as 1400": the end of a stretch of time, asked "until when".
  const asLateAs =
    m.kind === "date" &&
    tokens
      .slice(Math.max(0, focus - 3), focus)
      .map((t) => t.text.toLowerCase())
      .join(" ") === "as late as";
  const nested = focus > r0 && tokens.slice(r0, asLateAs ? focus - 3 : focus).some((t) => t.cls === "sub");
  const adjunct =
    !possessive &&
    !nested &&
    (asLateAs ||
      (m.kind === "date" && (prep === "" || DATE_PREPS.has(prep))) ||
      (m.kind === "place" && PLACE_PREPS.has(prep)) ||
      // A name no lexicon places, after "at" or "near", is where something happened ("won at Marengo").
      (m.kind === "name" && (prep === "at" || prep === "near") && !m.value.members) ||
      placeLead > 0);
  // "is forty feet wide": a measure with its dimension is asked "How wide …?" (frames.ts), not "How much …?".
  if (FIGURE_KINDS.has(m.kind) && /^(?:wide|deep|long|high|tall|thick|broad)$/i.test(tokens[focus + 1]?.text ?? ""))
    return null;
  // "founded by Ada Brandt": the agent of a passive is asked actively ("Who founded …?") by the phrase reader.
  if (prep === "by" && clause.verb[1] - clause.verb[0] >= 2) return null;
  // "a team led by Ada Brandt at Leeds identified …": an -ed form right before "by" is a participle
  // describing the subject, not the verb of the clause, whichever word is asked.
  if (
    clause.verb[1] - clause.verb[0] === 1 &&
    tokens[clause.verb[0]]?.cls === "ed" &&
    tokens[clause.verb[1]]?.text.toLowerCase() === "by" &&
    // "increased by 5.5%": a figure after "by" is the verb's own measure.
    !(
      tokens[clause.verb[1] + 1]?.cls === "num" ||
      FIGURE_KINDS.has(input.mentions[tokens[clause.verb[1] + 1]?.mention ?? -1]?.kind ?? "")
    )
  )
    return null;
  // "until June 23" asks "until when", which "When …?" would not.
  if (m.kind === "date" && /^(?:by|before|after)$/.test(prep)) return null;
  const boundWh =
    (m.kind === "date" && /^(?:until|till)$/.test(prep)) || asLateAs
      ? "Until when"
      : m.kind === "date" && prep === "since"
        ? "Since when"
        : null;
  const skip = new Set<number>([focus]);
  if (asLateAs) for (let k = 1; k <= 3; k++) skip.add(focus - k);
  for (let k = 1; k <= placeLead; k++) skip.add(focus - k);
  if (adjunct && prep !== "") {
    skip.add(focus - 1 - placeLead);
    // "lasted only until 1350": the adverb goes with the answer it limits.
    if (input.tokens[focus - 2]?.cls === "adv") skip.add(focus - 2);
  }
  // "were hung with 38,000 pieces of tapestry": a bare count after the verb's preposition is asked
  // "How many pieces of tapestry were the rooms hung with?", the preposition left at the end.
  // "filled with 300 chairs": the counted noun may be inside the figure; measures are no count.
  const countedUnit =
    m.kind === "quantity" &&
    !!m.value.unit &&
    /^[a-z]+s$/.test(m.value.unit) &&
    m.text.endsWith(m.value.unit) &&
    !/^(?:miles|feet|yards|metres|meters|kilometres|kilometers|pounds|tons|tonnes|acres|hectares|inches|hours|days|years|months|weeks|minutes|seconds|percent|dollars|euros)$/.test(
      m.value.unit,
    );
  if (
    m.kind === "quantity" &&
    (!m.value.unit || countedUnit) &&
    !adjunct &&
    !nested &&
    prev?.cls === "prep" &&
    /^(?:with|in|into|on|for|at)$/.test(prep) &&
    focus - r0 === 1
  ) {
    let e = focus + 1;
    while (
      e < r1 &&
      (tokens[e]?.cls === "noun" ||
        tokens[e]?.cls === "nv" ||
        tokens[e]?.cls === "adj" ||
        (tokens[e]?.text === "of" && (tokens[e + 1]?.cls === "noun" || tokens[e + 1]?.cls === "nv")))
    )
      e++;
    const counted = countedUnit || (e > focus + 1 && (tokens[e - 1]?.cls === "noun" || tokens[e - 1]?.cls === "nv"));
    const subjectText = lowerFirst(render(input, s0, s1), tokens[s0]);
    const inverted = invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject));
    if (!counted || !inverted || subjectText === "" || subjectText.split(/\s+/).length > 9) return null;
    if (/^(?:which|that|who|it|this|he|she|they|we)$/i.test(subjectText)) return null;
    const verbRest = inverted.rest ? ` ${inverted.rest}` : "";
    const noun = countedUnit && m.kind === "quantity" ? (m.value.unit ?? "") : render(input, focus + 1, e);
    return `How many ${noun} ${inverted.aux} ${subjectText}${verbRest} ${prep}?`;
  }
  if (focus < s0) {
    // In the opening phrase ("On 17 January 2025, …"): only a date or place can be asked this way.
    if (!adjunct) return null;
  } else if (!adjunct) {
    // A direct object right after the verb ("joined the SCO", "withdrew from the JCPOA").
    for (let i = r0; i < focus; i++) {
      const c = tokens[i]?.cls;
      if (c !== "det" && c !== "prep" && c !== "adv") return null;
    }
    if (focus - r0 > 2) return null;
    // "adopted the Harlow irrigation method": a name before its noun is a modifier, not the object.
    const after = tokens[focus + 1]?.cls;
    if (m.kind === "name" && (after === "noun" || after === "adj" || after === "nv")) return null;
    if (FIGURE_KINDS.has(m.kind) && tokens.slice(r0, focus).some((t) => t.cls !== "adv")) return null;
    if (prev?.cls === "det") skip.add(focus - 1);
    for (let i = r0; i < focus; i++) if (tokens[i]?.cls === "adv") skip.add(i);
  } else if (focus - r0 > 12) {
    return null;
  }
  const subjectText = lowerFirst(render(input, s0, s1), tokens[s0]);
  if (
    subjectText === "" ||
    subjectText.split(/\s+/).length > 9 ||
    /^(?:which|that|who|it|this|he|she|they|we)$/i.test(subjectText)
  )
    return null;
  const inverted = invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject));
  if (!inverted) return null;
  // What follows the verb, without the answer; short, so the prompt stays ours. After an object
  // answer only a prepositional phrase may follow ("joined the SCO in 2023"), not its apposition.
  // "granted home rule in 1874 and independence in 1944": each answer is asked on its own half
  // of the coordination; a second verb phrase after "and" has its own verb and is not asked here.
  let restFrom = r0;
  let restTo = r1;
  for (let j = r0; j < r1; j++) {
    if (tokens[j]?.text.toLowerCase() !== "and" || tokens[j - 1]?.text === ",") continue;
    const after = tokens[j + 1]?.cls;
    const verbAfter = after === "past" || after === "ed" || after === "present" || after === "aux";
    if (focus < j) restTo = j;
    else if (focus > j && adjunct && !verbAfter && j + 1 < focus) restFrom = j + 1;
    else if (focus > j && verbAfter) return null;
    if (focus < j) break;
  }
  let end = capRest(tokens, restFrom, restTo, 7);
  if (focus >= restFrom && focus < restTo) {
    if (focus >= end) end = Math.min(restTo, focus + 1);
    if (!adjunct && tokens[focus + 1]?.cls !== "prep") end = Math.min(end, focus + 1);
  }
  let rest = render(input, restFrom, end, skip);
  const periodWords = input.period?.replace(/^\S+\s/, "") ?? "";
  if (FIGURE_KINDS.has(m.kind) && input.period && !rest.includes(periodWords) && !subjectText.includes(periodWords))
    rest = `${rest} ${input.period}`.trim();
  // "Its first president was Thomas Hale": the person "be" names is asked with Who, not Whom.
  const complement = inverted.rest === "" && /^(?:is|are|was|were)$/.test(inverted.aux);
  // "Firefox was originally named Phoenix": what a thing is named is a name, whatever else the word
  // names (a city), so the question asks What.
  const naming = !adjunct && /\b(?:named|called|renamed|nicknamed|known as)$/.test(inverted.rest);
  const wh = boundWh ?? (naming ? "What" : whPhrase(input, m, adjunct ? "adjunct" : complement ? "subject" : "object"));
  const verbRest = inverted.rest ? ` ${inverted.rest}` : "";
  return `${wh} ${inverted.aux} ${subjectText}${verbRest}${rest ? ` ${rest}` : ""}?`;
}
