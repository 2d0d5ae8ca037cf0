// A light clause reader for writing questions: finds the subject, the verb group and what follows
// it, using compromise's lexicon for word classes (its full tagger is too slow to run on every
// sentence of a large document). Mentions found by the detectors are single tokens, so a date
// with commas inside ("January 17, 2025") never breaks the clause apart.
import { lexiconTags, toInfinitive, verbForms } from "./nlp";
import type { PosToken } from "./pos";
import type { Mention } from "./types";

export type WordClass =
  | "aux"
  | "past"
  | "present"
  | "gerund"
  | "ed" // a past form that may be a verb or an adjective ("ratified")
  | "noun"
  | "proper"
  | "pronoun"
  | "det"
  | "prep"
  | "conj"
  | "sub" // subordinator / relative: which, who, that, while, although
  | "adv"
  | "adj"
  | "num"
  | "mention"
  | "punct"
  | "nv" // a plural noun or present verb ("faces", "exports"): a verb only right after a name
  | "other"; // a known word that is none of the above (expressions, values)

export interface Token {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  cls: WordClass;
  /** Index into the sentence's mentions when cls is "mention". */
  mention?: number;
  /** The dictionary form, when the tagger gave one ("withdrew" -> "withdraw"). */
  lemma?: string;
  /** The tagger's part of speech, when it tagged this token. */
  pos?: string;
  /** The text in lower case, filled in by the first reader that needs it. */
  low?: string;
}

/** Auxiliary and modal verbs. */
export const AUX: ReadonlySet<string> = new Set(
  "is are was were be been being am has have had do does did will would shall should can could may might must".split(
    " ",
  ),
);
const SUB = new Set(
  "which who whom whose that while whilst although though because since whereas if unless when where as".split(" "),
);
const PRONOUNS = new Set("it they he she we i you this these those its their his her our them him us".split(" "));
const CONJ = new Set(["and", "or", "but", "nor", "yet", "so"]);
const DET = new Set(
  "the a an its their his her our this these those some any each every both either neither no".split(" "),
);
const PREP_EXTRA = new Set(
  "to of in on at by for with from into onto over about against between among through during without within under after before since until across behind beyond upon toward towards like than per via amid despite following including regarding".split(
    " ",
  ),
);
const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Uncountable", "Actor", "Unit", "Currency", "Duration"]);
const PROPER_TAGS = new Set([
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
]);

// Word classes depend only on the word and whether it opens the sentence, so they are memoised;
// the memo is emptied when it grows large so a long-running server does not hoard words.
const classMemo = new Map<string, WordClass>();

function classify(word: string, sentenceStart: boolean): WordClass {
  const key = sentenceStart ? `^${word}` : word;
  const hit = classMemo.get(key);
  if (hit !== undefined) return hit;
  if (classMemo.size > 50_000) classMemo.clear();
  const cls = classifyWord(word, sentenceStart);
  classMemo.set(key, cls);
  return cls;
}

function classifyWord(word: string, sentenceStart: boolean): WordClass {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  if (/^\$?\d/.test(word)) return "num";
  if (AUX.has(lower)) return "aux";
  if (CONJ.has(lower)) return "conj";
  if (DET.has(lower)) return "det";
  if (lower === "that") return "sub";
  if (PREP_EXTRA.has(lower)) return "prep";
  if (SUB.has(lower)) return "sub";
  if (PRONOUNS.has(lower)) return "pronoun";
  const tags = lexiconTags(lower);
  if (tags.includes("Preposition")) return "prep";
  if (tags.some((t) => t === "Ordinal" || t === "Cardinal" || t === "TextValue")) return "num";
  if (/^\p{Lu}/u.test(word) && (!sentenceStart || tags.some((t) => PROPER_TAGS.has(t) && t !== "Demonym")))
    return "proper";
  if (tags.includes("Adverb") || (tags.length === 0 && /ly$/.test(lower))) return "adv";
  if (tags.includes("Gerund") || (tags.length === 0 && /ing$/.test(lower))) return "gerund";
  if (tags.includes("PastTense") || tags.includes("Participle")) return /ed$/.test(lower) ? "ed" : "past";
  if (tags.includes("PresentTense") || tags.includes("Infinitive")) {
    if (!tags.some((t) => NOUN_TAGS.has(t))) return "present";
    return /s$/.test(lower) && tags.includes("PresentTense") ? "nv" : "noun";
  }
  if (tags.length === 0 && /(?:ize|ise|ate)$/.test(lower)) return "present";
  if (/ed$/.test(lower) && (tags.length === 0 || tags.includes("Adjective"))) return "ed";
  if (
    tags.includes("Adjective") ||
    tags.includes("Comparative") ||
    tags.includes("Superlative") ||
    tags.includes("Demonym")
  )
    return "adj";
  // Unknown words with adjective endings ("historic", "multipolar") describe rather than name.
  if (tags.length === 0 && /(?:ic|al|ous|ive|ful|less|able|ible|ary|ar)$/.test(lower)) return "adj";
  if (tags.length === 0 || tags.some((t) => NOUN_TAGS.has(t))) return "noun";
  return "other";
}

// A word keeps a "++" or "#" glued to it ("C++", "C#"): dropped, it names another thing.
const TOKEN =
  /\$?\d+(?:[.,]\d+)*%?|\p{L}(?:[\p{L}\p{N}'’\-\u2011]|\.(?=\p{L}))*(?:\+\+|#)?(?![\p{L}\p{N}])|\p{L}(?:[\p{L}\p{N}'’\-\u2011]|\.(?=\p{L}))*|[,;:()[\]"“”—–]/gu;

/**
 * The word class from the tagger's part of speech, which reads the word in context; the
 * lexicon still tells past from present forms. Null when the tag says nothing useful.
 */
function classFromPos(word: string, pos: string): WordClass | null {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  switch (pos) {
    case "AUX":
      return AUX.has(lower) ? "aux" : null;
    case "VERB": {
      if (AUX.has(lower)) return "aux";
      if (/ing$/.test(lower)) return "gerund";
      const tags = lexiconTags(lower);
      if (/ed$/.test(lower)) return "ed";
      if (tags.includes("PastTense") || tags.includes("Participle")) return "past";
      return "present";
    }
    case "NOUN":
      return DET.has(lower) || PRONOUNS.has(lower) ? null : "noun";
    case "PROPN":
      return /^\p{Lu}/u.test(word) ? "proper" : "noun";
    case "ADP":
      return SUB.has(lower) && !PREP_EXTRA.has(lower) ? "sub" : "prep";
    case "CCONJ":
      return "conj";
    case "SCONJ":
      return lower === "that" || SUB.has(lower) ? "sub" : "prep";
    case "ADJ":
      return /ed$/.test(lower) ? null : "adj";
    case "ADV":
      return SUB.has(lower) ? "sub" : lower === "not" ? "adv" : "adv";
    case "NUM":
      return "num";
    default:
      return null;
  }
}

/** Tokens of the sentence with every mention as one token; `pos` (from tagSentence) refines classes. */
export function tokenize(
  sentence: string,
  sentenceStart: number,
  mentions: readonly Mention[],
  pos?: readonly PosToken[],
): Token[] {
  const spans = mentions
    .map((m, i) => ({ s: m.start - sentenceStart, e: m.end - sentenceStart, i }))
    .sort((a, b) => a.s - b.s);
  const out: Token[] = [];
  let k = 0;
  let p = 0;
  let first = true;
  for (const m of sentence.matchAll(TOKEN)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    while (k < spans.length && (spans[k]?.e ?? 0) <= s) k++;
    const span = spans[k];
    if (span && span.s < e && span.e > s) {
      const last = out[out.length - 1];
      // "Israel’s war": keep the possessive the mention itself leaves out.
      const end = e > span.e && /^['’]s$/.test(sentence.slice(span.e, e)) ? e : span.e;
      if (!(last && last.cls === "mention" && last.mention === span.i)) {
        out.push({ text: sentence.slice(span.s, end), start: span.s, end, cls: "mention", mention: span.i });
      }
      first = false;
      continue;
    }
    const text = m[0];
    let cls: WordClass = /^[,;:()[\]"“”—–]$/.test(text) ? "punct" : classify(text, first);
    let lemma: string | undefined;
    if (pos && cls !== "punct") {
      while (p < pos.length && (pos[p]?.end ?? 0) <= s) p++;
      const tag = pos[p];
      if (tag && tag.start === s) {
        lemma = tag.lemma;
        // A capital at the sentence start is no name by itself ("Bilateral trade …").
        const sentenceInitial =
          first &&
          tag.pos === "PROPN" &&
          cls !== "proper" &&
          (lexiconTags(text.toLowerCase()).length > 0 ||
            /(?:al|ic|ous|ive|ary|ful|less|able|ible|ing|ed)$/.test(text) ||
            // "Construction began …", "Enlargement followed …": the endings of abstract nouns.
            /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)s?$/u.test(text));
        const better = sentenceInitial ? null : classFromPos(text, tag.pos);
        // Known function words keep the lexicon's class; content words take the tagger's.
        if (
          better &&
          !(
            cls === "det" ||
            cls === "aux" ||
            cls === "conj" ||
            cls === "pronoun" ||
            (cls === "sub" && better !== "prep")
          )
        )
          cls = better;
      }
    }
    const tag = pos && lemma ? pos[p] : undefined;
    out.push(
      lemma
        ? { text, start: s, end: e, cls, lemma, ...(tag ? { pos: tag.pos } : {}) }
        : { text, start: s, end: e, cls },
    );
    if (cls !== "punct") first = false;
  }
  return out;
}

export interface Clause {
  tokens: Token[];
  /** Token ranges [from, to). */
  subject: [number, number];
  verb: [number, number];
  rest: [number, number];
}

const NOMINAL: ReadonlySet<WordClass> = new Set([
  "noun",
  "nv",
  "proper",
  "pronoun",
  "mention",
  "num",
  "adj",
  "det",
  "ed",
]);

/**
 * "the histones released from the droplets adopt …": an -ed form followed by a preposition and,
 * before any comma, by another finite verb modifies the noun before it.
 */
function reducedRelative(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.cls !== "prep" || tokens[i + 1]?.text.toLowerCase() === "to") return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "conj") return false;
    if (t.cls === "aux" || ((t.cls === "present" || t.cls === "past" || t.cls === "nv") && t.pos === "VERB"))
      return true;
  }
  return false;
}

function isVerbStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev) return false;
  // "this habit of singing merged": a gerund after a preposition ends a noun phrase.
  const prevNominal =
    NOMINAL.has(prev.cls) ||
    prev.text === ")" ||
    prev.cls === "adv" ||
    (prev.cls === "gerund" && tokens[i - 2]?.cls === "prep" && t.pos === "VERB") ||
    // "The bleaching occurred": an -ing word after a determiner is a noun.
    (prev.cls === "gerund" && tokens[i - 2]?.cls === "det" && t.pos === "VERB" && t.cls !== "gerund");
  if (t.cls === "aux") return prevNominal;
  // After a number, determiner or adjective a present form is a plural noun ("the two states").
  if (t.cls === "present") return prevNominal && prev.cls !== "det" && prev.cls !== "num" && prev.cls !== "adj";
  if (t.cls === "past") return prevNominal && prev.cls !== "det";
  // "Iran faces …", "Moscow continues …": after a name, an -s word that can be a verb is one.
  if (t.cls === "nv") return prev.cls === "proper" || prev.cls === "mention" || prev.cls === "pronoun";
  if (
    t.cls === "ed" &&
    t.pos === "VERB" &&
    prevNominal &&
    prev.cls !== "det" &&
    prev.cls !== "adj" &&
    tokens[i + 1]?.text.toLowerCase() !== "by" &&
    !reducedRelative(tokens, i)
  ) {
    // The tagger read it as a verb in context: "Denmark granted limited home rule".
    return true;
  }
  if (t.cls === "ed") {
    // "Parliament ratified the treaty": a noun before and an object or preposition after.
    if (reducedRelative(tokens, i)) return false;
    let k = i + 1;
    while (tokens[k]?.cls === "adv") k++;
    const next = tokens[k];
    return (
      (prev.cls === "noun" ||
        prev.text === ")" ||
        prev.cls === "nv" ||
        prev.cls === "present" ||
        prev.cls === "proper" ||
        prev.cls === "mention" ||
        prev.cls === "pronoun") &&
      (!next ||
        next.cls === "sub" ||
        next.text === "," ||
        next.cls === "det" ||
        next.cls === "proper" ||
        next.cls === "mention" ||
        next.cls === "num" ||
        next.cls === "prep" ||
        next.cls === "pronoun")
    );
  }
  return false;
}

const INTRO_WORDS = new Set([
  "however",
  "moreover",
  "meanwhile",
  "nevertheless",
  "thus",
  "therefore",
  "instead",
  "still",
  "yet",
  "similarly",
  "simultaneously",
  "additionally",
  "critically",
  "indeed",
  "first",
  "second",
  "third",
  "finally",
  "overall",
]);

const REPORTING = new Set([
  "say",
  "says",
  "said",
  "argue",
  "argues",
  "argued",
  "note",
  "notes",
  "noted",
  "claim",
  "claims",
  "claimed",
  "suggest",
  "suggests",
  "suggested",
  "report",
  "reports",
  "reported",
  "state",
  "states",
  "stated",
  "believe",
  "believes",
  "believed",
  "show",
  "shows",
  "showed",
  "indicate",
  "indicates",
  "indicated",
]);

/** Finds subject, verb group and the rest in the clause that contains token `focus`. */
export function analyseClause(tokens: Token[], focus: number): Clause | null {
  const clause = analyseFrom(tokens, focus, 0);
  // "Officials say that on 4 March …": the reported clause is the one that holds the fact.
  if (
    clause &&
    tokens[clause.verb[1]]?.text.toLowerCase() === "that" &&
    REPORTING.has(tokens[clause.verb[1] - 1]?.text.toLowerCase() ?? "") &&
    focus > clause.verb[1]
  ) {
    return analyseFrom(tokens, focus, clause.verb[1] + 1) ?? clause;
  }
  return clause;
}

/** The clause that starts at token `floor` (after a subordinator or a clause break). */
export function analyseClauseFrom(tokens: Token[], floor: number): Clause | null {
  return analyseFrom(tokens, floor, floor);
}

function analyseFrom(tokens: Token[], focus: number, floor: number): Clause | null {
  // The clause: between semicolons / colons around the focus.
  let from = floor;
  let to = tokens.length;
  for (let i = focus - 1; i >= floor; i--) {
    if (tokens[i]?.text === ";" || tokens[i]?.text === ":") {
      from = i + 1;
      break;
    }
  }
  for (let i = focus + 1; i < tokens.length; i++) {
    if (tokens[i]?.text === ";" || tokens[i]?.text === ":") {
      to = i;
      break;
    }
  }
  // Skip an introductory phrase ("On 17 January 2025,", "However,", "Despite X,").
  let start = from;
  const first = tokens[from];
  if (
    first &&
    (first.cls === "adv" || INTRO_WORDS.has(first.text.toLowerCase())) &&
    !FOCUS_ADVERBS.has(first.text.toLowerCase()) &&
    opensClause(tokens, from + 1, to)
  ) {
    // "Thus this habit of singing merged into …": one adverb before the subject, no comma.
    start = from + 1;
  } else if (
    first?.cls === "prep" &&
    tokens[from + 1]?.cls === "mention" &&
    tokens[from + 2]?.cls !== "prep" &&
    opensClause(tokens, from + 2, to)
  ) {
    // "In France the old poetry lasted …": a place or date with no comma, then the subject.
    start = from + 2;
  } else if (first?.cls === "gerund" && adjectivalGerund(tokens, from, to)) {
    // "Falling coverage has resulted in …": an -ing word before its noun, then the verb.
    start = from;
  } else if (
    first &&
    (first.cls === "prep" ||
      first.cls === "sub" ||
      first.cls === "adv" ||
      first.cls === "gerund" ||
      INTRO_WORDS.has(first.text.toLowerCase()))
  ) {
    for (let i = from; i < Math.min(to, from + 25); i++) {
      if (tokens[i]?.text === ",") {
        start = i + 1;
        break;
      }
    }
    // No comma: a preposition with a single answer after it ("on 4 March 2021 Ministers …").
    if (
      start === from &&
      first.cls === "prep" &&
      tokens[from + 1]?.cls === "mention" &&
      tokens[from + 2]?.cls !== "prep"
    )
      start = from + 2;
    if (start === from) return null;
    // "For instance, despite X, the force was …": a second introductory phrase.
    const again = tokens[start];
    if (again && (again.cls === "prep" || again.cls === "sub") && again.text.toLowerCase() !== "that") {
      for (let i = start + 1; i < Math.min(to, start + 25); i++) {
        if (tokens[i]?.text === ",") {
          start = i + 1;
          break;
        }
      }
    }
  }
  // The first finite verb, skipping relative clauses set off by commas.
  let verbAt = -1;
  for (let i = start + 1; i < to; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "," && tokens[i + 1]?.cls === "sub") {
      let j = i + 1;
      while (j < to && tokens[j]?.text !== ",") j++;
      i = j;
      continue;
    }
    if (t.text === "(") {
      while (i < to && tokens[i]?.text !== ")") i++;
      continue;
    }
    if (t.cls === "sub" || t.text === ",") {
      if (i - start > 12) break;
      continue;
    }
    if (isVerbStart(tokens, i)) {
      verbAt = i;
      break;
    }
  }
  if (verbAt < 0) return null;
  let verbEnd = verbAt + 1;
  if (tokens[verbAt]?.cls === "aux") {
    while (verbEnd < to && (tokens[verbEnd]?.cls === "adv" || tokens[verbEnd]?.text.toLowerCase() === "not")) verbEnd++;
    // "have, therefore, had to evolve": an adverb set off by commas inside the verb group.
    if (tokens[verbEnd]?.text === ",") {
      let k = verbEnd + 1;
      while (k < to && tokens[k]?.cls === "adv") k++;
      if (k > verbEnd + 1 && tokens[k]?.text === "," && tokens[k + 1]?.cls === "aux") verbEnd = k + 1;
    }
    while (verbEnd < to && tokens[verbEnd]?.cls === "aux") verbEnd++;
    const main = tokens[verbEnd];
    if (
      main &&
      (main.cls === "ed" || main.cls === "past" || main.cls === "present" || main.cls === "gerund" || main.cls === "nv")
    )
      verbEnd++;
  }
  // "Eich previously donated": an adverb between subject and verb is neither; a question may leave
  // it out unless it changes what is said ("never", "only").
  let subjectEnd = verbAt;
  while (subjectEnd - 1 > start && tokens[subjectEnd - 1]?.cls === "adv") subjectEnd--;
  if (tokens.slice(subjectEnd, verbAt).some((t) => FOCUS_ADVERBS.has(t.text.toLowerCase()))) subjectEnd = verbAt;
  return { tokens, subject: [start, subjectEnd], verb: [verbAt, verbEnd], rest: [verbEnd, to] };
}

/** "Rising prices hurt …": an -ing word, a noun, and a finite verb before any comma. */
function adjectivalGerund(tokens: Token[], at: number, to: number): boolean {
  if (!/^(?:noun|nv)$/.test(tokens[at + 1]?.cls ?? "")) return false;
  for (let i = at + 2; i < Math.min(to, at + 8); i++) {
    const t = tokens[i];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "conj") return false;
    if (isVerbStart(tokens, i)) return true;
  }
  return false;
}

/**
 * A subject and its finite verb start at `at`, before any comma: "this habit … merged", "the
 * council voted". Read after a sentence-initial adverb to tell "Thus the council voted" from
 * "Soon after, the council voted".
 */
function opensClause(tokens: Token[], at: number, to: number): boolean {
  const first = tokens[at];
  if (!first || !(first.cls === "det" || first.cls === "proper" || first.cls === "mention" || first.cls === "pronoun"))
    return false;
  for (let i = at + 1; i < Math.min(to, at + 10); i++) {
    const t = tokens[i];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "conj") return false;
    if (isVerbStart(tokens, i)) return true;
  }
  return false;
}

// Adverbs that change what the clause says: a question cannot drop them ("Only the council can …").
const FOCUS_ADVERBS = new Set(
  "only not never longer even just almost nearly rarely seldom hardly scarcely also especially particularly mainly mostly largely primarily chiefly".split(
    " ",
  ),
);

// Words of a verb group a question leaves out: commas, and adverbs that only link to the text
// around ("have, therefore, had" -> "have … had"; "may also stem" -> "may … stem").
const LINKING_ADVERBS = new Set([...INTRO_WORDS, "also", "too", "therefore", "thus", "hence", "furthermore"]);

/** The verb group turned into a question after a wh-word: "signed" -> ["did", "sign"]. */
export function invertVerb(
  tokens: Token[],
  verb: [number, number],
  subjectPlural: boolean,
): { aux: string; rest: string } | null {
  const words = tokens
    .slice(verb[0], verb[1])
    .filter((t, k) => k === 0 || (t.cls !== "punct" && !LINKING_ADVERBS.has(t.text.toLowerCase())))
    .map((t) => t.text);
  const first = words[0];
  if (!first) return null;
  const lower = first.toLowerCase();
  // "The firm had a mayor", "had to cut": "have" and "do" as main verbs take "did" in a question.
  if (words.length === 1 && /^(?:has|have|had|does|do|did)$/.test(lower)) {
    const main = /^(?:has|have|had)$/.test(lower) ? "have" : "do";
    if (lower === "had" || lower === "did") return { aux: "did", rest: main };
    return { aux: lower === "have" || lower === "do" ? "do" : "does", rest: main };
  }
  if (AUX.has(lower)) {
    // "has supplied" -> "has ... supplied"; "was signed" -> "was ... signed".
    return { aux: lower, rest: words.slice(1).join(" ") };
  }
  const cls = tokens[verb[0]]?.cls;
  const lemma = tokens[verb[0]]?.lemma;
  // The tagger's lemma, unless it took the past form for an adjective ("the couple married in 1895"
  // gives lemma "married"): then the lexicon's infinitive.
  const taggedBase = lemma && /^\p{Ll}+$/u.test(lemma) && !(lemma === lower && /ed$/.test(lower)) ? lemma : null;
  const base = taggedBase ?? toInfinitive(first);
  // "the notes written down": a participle with no auxiliary is no finite verb to invert.
  if ((cls === "past" || cls === "ed") && /(?:en|wn|ne|un|ung|unk)$/.test(lower) && verbForms(base).past !== lower)
    return null;
  // "prices rose": a past form the tagger read as a present ("rose" the flower) is a past.
  if (cls === "present" && base !== lower && verbForms(base).past === lower) return { aux: "did", rest: base };
  // "the crisis hit Iceland": an uninflected form after a singular subject is a past ("cut", "hit", "set").
  if (cls === "present" && !/s$/.test(lower)) {
    const before = tokens[verb[0] - 1]?.text.toLowerCase() ?? "";
    const plainPresent = subjectPlural || /^(?:i|you|we|they)$/.test(before);
    return { aux: plainPresent ? "do" : "did", rest: base };
  }
  if (cls === "present" || cls === "nv") return { aux: subjectPlural ? "do" : "does", rest: base };
  return { aux: "did", rest: base };
}

export function isPluralSubject(tokens: Token[], subject: [number, number]): boolean {
  const slice = tokens.slice(subject[0], subject[1]);
  if (slice.some((t) => t.cls === "conj" && t.text.toLowerCase() === "and")) return true;
  const last = slice[slice.length - 1];
  // "crisis", "status", "glass" end in -s but are singular.
  return !!last && last.cls === "noun" && /s$/.test(last.text) && !/(?:ss|is|us)$/.test(last.text);
}
