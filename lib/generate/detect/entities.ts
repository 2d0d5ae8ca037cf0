// Organisations, agreements, people and places. Known names and title cues ("President X") are
// matched directly; every other capitalised phrase is classified once per document — by
// compromise's lexicon when it is a single known word, otherwise by compromise's tagger, in one
// batch — and the result is reused wherever the phrase appears.
import { capitalNames } from "../capitals";
import { classifyPhrases, isOrgWord, isPlaceWord, lexiconTags, type ClassifiedName } from "../nlp";
import type { Mention, NameValue } from "../types";
import {
  KNOWN_NAME_NOT_AFTER,
  KNOWN_NAME_PATTERN,
  KNOWN_NAMES,
  PLACE_NOUN_AFTER,
  TITLE_CUE,
  TITLE_CUE_NOT_AFTER,
} from "./lexicon";

export type EntityMention = Extract<
  Mention,
  { kind: "organisation" | "agreement" | "person" | "place" | "event" | "name" }
>;

const CAP = "\\p{Lu}[\\p{L}\\p{N}'\u2019\\-\u2011]*";
const CAPS = `${CAP}(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+|on\\s+(?:the\\s+)?|for\\s+(?:the\\s+)?)?${CAP}){0,5}`;
// Names made by a pattern, whatever their words: agreements and laws, wars, rivers.
// Each pattern has a cue: a plain piece of text every match must contain. The patterns try a run
// of capitalised words at every word of a sentence, most sentences hold no cue, and testing the
// cue first costs a tenth as much: most sentences skip the pattern.
interface NamePattern {
  kind: "agreement" | "event" | "place";
  pattern: RegExp;
  cue: RegExp;
}
const NAME_PATTERNS: NamePattern[] = [
  // "Treaty of Gulistan", "Treaty on the Non-Proliferation of Nuclear Weapons", "Peace of Westphalia".
  {
    kind: "agreement",
    pattern: new RegExp(
      `\\b(?:${CAP}\\s+){0,3}(?:Treaty|Peace|Convention|Protocol|Charter|Congress|Accords?)\\s+(?:of|on)\\s+(?:the\\s+)?${CAPS}`,
      "gu",
    ),
    cue: /(?:Treaty|Peace|Convention|Protocol|Charter|Congress|Accords?)\s+(?:of|on)\s/u,
  },
  // "Clean Air Act", "Good Friday Agreement", "Minsk Protocol", "Paris Agreement".
  {
    kind: "agreement",
    pattern: new RegExp(
      `\\b${CAPS}\\s+(?:Act|Treaty|Agreement|Accords?|Convention|Protocol|Pact|Charter|Declaration|Resolution|Bill|Memorandum|Deal)\\b(?:\\s+of\\s+(?:19|20)\\d\\d)?`,
      "gu",
    ),
    cue: /\s(?:Act|Treaty|Agreement|Accords?|Convention|Protocol|Pact|Charter|Declaration|Resolution|Bill|Memorandum|Deal)\b/u,
  },
  // "Resolution 2231", "UN Security Council Resolution 2231", "H.R. 2709", "S. 1234", "Public Law 115-44".
  {
    kind: "agreement",
    pattern:
      /\b(?:(?:UN\s+|United Nations\s+)?(?:Security Council\s+|General Assembly\s+)?Resolution\s+\d{1,5}|H\.\s?R\.\s?\d{1,5}|H\.\s?Res\.\s?\d{1,5}|S\.\s?Res\.\s?\d{1,5}|S\.\s\d{1,5}|Public\s+Law\s+\d{2,3}-\d{1,4})\b/gu,
    cue: /Resolution|H\.|S\.|Public/u,
  },
  // "the Second World War", "Russo-Persian War", "War of 1812", "Hundred Years' War".
  {
    kind: "event",
    pattern: new RegExp(
      `\\b(?:(?:First|Second|Third)\\s+)?(?:${CAP}\\s+){0,3}${CAP}['\u2019]?\\s+(?:War|Wars|Revolution|Uprising|Crisis|Crusade)\\b|\\bWar\\s+of\\s+(?:the\\s+)?(?:${CAPS}|\\d{4})`,
      "gu",
    ),
    cue: /War|Revolution|Uprising|Crisis|Crusade/u,
  },
  // "the Amazon River", "River Thames", "Rio Grande".
  { kind: "place", pattern: new RegExp(`\\b(?:${CAP}\\s+){1,2}River\\b|\\bRiver\\s+${CAP}`, "gu"), cue: /River/u },
  // "the Askja volcano", "the Vatna glacier", "the Darien isthmus": a name before a common noun
  // of landform is the landform's name.
  {
    kind: "place",
    pattern: new RegExp(
      `\\b(?<=\\bthe\\s)${CAP}\\s+(?:volcano|river|lake|glacier|mountain|mountains|peninsula|island|islands|isthmus|canal|desert|valley|strait|bay|gulf|plateau|fjord|waterfall|falls)\\b`,
      "gu",
    ),
    cue: /\s(?:volcano|river|lake|glacier|mountain|peninsula|island|isthmus|canal|desert|valley|strait|bay|gulf|plateau|fjord|waterfall|falls)/u,
  },
];
const PATTERN_LEAD =
  /^(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|With|After|Before|During|Under|Since|Until|And|But|Both|Its|Their|His|Her|Our)\s+/u;

/** Agreements, laws, wars and rivers found by the shape of their names. */
export function patternNames(text: string): { kind: "agreement" | "event" | "place"; start: number; end: number }[] {
  const out: { kind: "agreement" | "event" | "place"; start: number; end: number }[] = [];
  for (const { kind, pattern, cue } of NAME_PATTERNS) {
    if (!cue.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      let start = m.index ?? 0;
      let written = m[0];
      for (let lead = PATTERN_LEAD.exec(written); lead; lead = PATTERN_LEAD.exec(written)) {
        start += lead[0].length;
        written = written.slice(lead[0].length);
      }
      // "Trump's Treaty" is no name of a treaty; a lone "Act" or "War" neither.
      if (/^\p{Lu}[\p{L}-]*['\u2019]s\s/u.test(written) || !/\s|\d/.test(written.trim())) continue;
      const end = start + written.length;
      if (out.some((o) => o.start < end && o.end > start)) continue;
      out.push({ kind, start, end });
    }
  }
  return out;
}

/**
 * The matches of a global `pattern` in `text` that do not start right after a character
 * `notAfter` matches (a pattern anchored at its end): the same matches, in the same order, as
 * the pattern with a leading negative look-behind, tried position by position as the engine
 * does, without the cost of that look-behind (see lexicon.ts). All are collected before any is
 * used, so the pattern's own lastIndex can serve and no copy of the long pattern is made.
 */
function matchesNotAfter(text: string, pattern: RegExp, notAfter: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const nextCharacter = (at: number) => at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Two code units before the match hold the whole character before it, even an astral one.
    if (notAfter.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      // Not a match here: try again one character on, as the look-behind would have.
      pattern.lastIndex = nextCharacter(m.index);
      continue;
    }
    out.push(m);
    // An empty match must not hold the loop in place.
    if (m[0] === "") pattern.lastIndex = nextCharacter(m.index);
  }
  pattern.lastIndex = 0;
  return out;
}

export interface NameRegistry {
  /** Capitalised phrase -> the names found in it (offsets inside the phrase). */
  phrases: Map<string, ClassifiedName[]>;
  /** Lower-case surname -> full name, from people named in full somewhere in the document. */
  surnames: Map<string, string>;
  /**
   * Each sentence's capitalised runs, found while building the registry: detection then reads
   * the same sentences and need not find them again.
   */
  runs?: Map<string, Run[]>;
}

// A capitalised word, or an initial before another capitalised word ("Henry F. Chorley",
// "J. A. McNiel"): a middle initial does not end the name.
const CAP_WORD = "(?:\\p{Lu}\\.(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}\\p{N}\\-\\u2011]*)";
const CAP_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’\\-\\u2011])${CAP_WORD}(?:\\s+(?:(?:of|the|and|for|de|al|bin|on)\\s+)*${CAP_WORD})*`,
  "gu",
);
const LEADING_TAGS = new Set([
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "QuestionWord",
  "Modal",
  "Copula",
  "Possessive",
  "Negative",
  "Condition",
]);
const PLACE_TAGS = new Set(["Country", "City", "Region", "Place"]);
const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
// Sentence-initial capitals that compromise can mistake for names.
const NOT_NAMES = new Set([
  "western",
  "eastern",
  "northern",
  "southern",
  "islamic",
  "soviet",
  "arab",
  "gulf",
  "russia-iran",
  "iran-russia",
]);

// "Aleksei Zakharov is a Fellow with …": a name at the start of an author's biography.
const BIO =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:fellow|assistant|candidate|researcher|professor|analyst|director|journalist|lecturer|scholar|editor|correspondent|expert|specialist|economist|student|author|diplomat|officer|member)\b/iu;

// "Mr. Merritt", "Mrs. A. Brandt", "M. De Zeltner": a courtesy title before a capitalised word names a person.
// "Mr. J. A. McNiel", "M. De Zeltner": a surname may have a capital inside it ("McNiel", "MacDowell").
const HONORIFIC =
  /(?<![\p{L}.])(?:Mr|Mrs|Ms|Messrs|Mme|Mlle|Mister|Madame|Monsieur|Herr|Frau|M)\.?\s+((?:\p{Lu}\.\s*){0,3}(?:(?:De|de|Van|van|Von|von|Le|La|Di|Da)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?(?:[-\u2011]\p{Lu}[\p{Ll}'’-]+)?)/gu;

// Most sentences hold no possessive before a capital: testing that first skips the pattern.
const POSSESSIVE_CUE = /['’]s\s+\p{Lu}/u;
const SAINTS_POSSESSIVE =
  /(?<![\p{L}\p{N}])(?:(?:Saint|St\.?)\s+\p{Lu}[\p{L}-]+|King|Queen|Prince|Bishop)['’]s\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}/gu;

// Words that are adjectives of origin or kind more often than names ("Spanish music", "Moorish lute").
const ADJECTIVAL = /(?:ish|ian|ean|ese|ic|ical|al|an|ine)$/i;

/**
 * A capitalised run that no lexicon or tagger placed, read as a proper name of unknown kind: not the
 * sentence's first word, not after a colon, not an all-capitals heading, no month or function word,
 * and not an adjective of origin before its noun ("Spanish music").
 */
function unplacedName(text: string, whole: Run): Run | null {
  let run = whole;
  const opening = !/\p{L}/u.test(text.slice(0, run.start)) || /[.!?:;]["”’)]?\s+$/.test(text.slice(0, run.start));
  // "Experiments on Drosophila": the sentence's first word is capitalised anyway; the name is the rest.
  if (opening) {
    const rest = /^\S+\s+(?:(?:of|on|the|and|for|de|al|bin)\s+)*/u.exec(run.text);
    if (!rest || rest[0].length >= run.text.length) return null;
    run = { text: run.text.slice(rest[0].length), start: run.start + rest[0].length, end: run.end };
  }
  return isUnplacedName(text, run) ? run : null;
}

/** The run without a capitalised first word of the sentence ("Later Tolbeck" -> "Tolbeck"). */
function afterOpening(text: string, run: Run): Run {
  const opening = !/\p{L}/u.test(text.slice(0, run.start)) || /[.!?:;]["”’)]?\s+$/.test(text.slice(0, run.start));
  const rest = opening ? /^\S+\s+/u.exec(run.text) : null;
  if (!rest || rest[0].length >= run.text.length) return run;
  return { text: run.text.slice(rest[0].length), start: run.start + rest[0].length, end: run.end };
}

function isUnplacedName(text: string, run: Run): boolean {
  const before = text.slice(0, run.start);
  if (!/\p{L}/u.test(before) || /[:;]\s*$/.test(before) || /[.!?]["”’)]?\s+$/.test(before)) return false;
  if (run.text === run.text.toUpperCase() || run.text.length < 3) return false;
  const words = run.text.split(/\s+/);
  if (RUN_JOINS.has(words[0] ?? "") || RUN_JOINS.has(words[words.length - 1] ?? "")) return false;
  // "the Centre for Russian as well as …": a name joined by "of" or "for" does not end on an adjective.
  if (words.some((w) => RUN_JOINS.has(w)) && endsOnAdjective(words[words.length - 1] ?? "")) return false;
  for (const w of words) {
    // "League of Nations", "Sea of Ithel": the run's joining words are part of the name.
    if (RUN_JOINS.has(w)) continue;
    const tags = lexiconTags(w.toLowerCase());
    if (
      tags.some(
        (t) => LEADING_TAGS.has(t) || t === "Month" || t === "WeekDay" || t === "Honorific" || t === "Abbreviation",
      )
    )
      return false;
  }
  if (words.length === 1) {
    const tags = lexiconTags(run.text.toLowerCase());
    // A common word written with a capital ("Figure", "Gold") names nothing on its own.
    if (tags.length > 0) return false;
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(run.end));
    if (ADJECTIVAL.test(run.text) && next) {
      const nextTags = lexiconTags((next[1] ?? "").toLowerCase());
      const functionWord = nextTags.some(
        (t) => LEADING_TAGS.has(t) || t === "Verb" || t === "PastTense" || t === "PresentTense" || t === "Auxiliary",
      );
      if (!functionWord) return false;
    }
  }
  return true;
}

// The lower-case words CAP_RUN lets stand between two capitalised words of one name.
const RUN_JOINS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "de", "al", "bin", "on"]);

export interface Run {
  text: string;
  start: number;
  end: number;
}

/** Capitalised phrases with leading function words ("The", "However") trimmed. */
export function capitalisedRuns(text: string): Run[] {
  const out: Run[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    let start = m.index ?? 0;
    let phrase = m[0];
    // Drop leading words compromise knows as function words.
    for (;;) {
      const first = /^(\p{L}+)\s+/u.exec(phrase);
      if (!first) break;
      const tags = lexiconTags((first[1] ?? "").toLowerCase());
      if (!tags.some((t) => LEADING_TAGS.has(t))) break;
      start += first[0].length;
      phrase = phrase.slice(first[0].length);
    }
    phrase = phrase.replace(/[\s\-\u2011]+$/, "");
    if (phrase.length < 2) continue;
    if (phrase.split(/\s+/).length === 1 && lexiconTags(phrase.toLowerCase()).some((t) => LEADING_TAGS.has(t)))
      continue;
    // "Jana Korvel for Varnia", "Lord Edwin Marsh for Essel": a person's name does not go on
    // with "for", though an organisation's may ("Centre for Naval Studies").
    const forAt = /\s+for\s+(?:the\s+)?/.exec(phrase);
    if (forAt && endsInPerson(phrase.slice(0, forAt.index))) {
      const left = phrase.slice(0, forAt.index);
      const right = phrase.slice(forAt.index + forAt[0].length);
      out.push({ text: left, start, end: start + left.length });
      const rs = start + forAt.index + forAt[0].length;
      out.push({ text: right, start: rs, end: rs + right.length });
      continue;
    }
    // "Chile and Peru" is two names; a name the lexicon knows whole ("Trinidad and Tobago") is one.
    // An "of" before the "and" keeps one name ("School of Physics and Chemistry") unless an
    // article opens a second ("the Republic of Vessaria and the Kingdom of Ostmark").
    const and = /\s+and\s+/.exec(phrase);
    if (
      and &&
      lexiconTags(phrase.toLowerCase()).length === 0 &&
      (!/\b(?:of|for|on)\b/.test(phrase.slice(0, and.index)) || /^the\s/.test(phrase.slice(and.index + and[0].length)))
    ) {
      const left = phrase.slice(0, and.index);
      const right = phrase.slice(and.index + and[0].length);
      out.push({ text: left, start, end: start + left.length });
      const rs = start + and.index + and[0].length;
      out.push({ text: right, start: rs, end: rs + right.length });
      continue;
    }
    out.push({ text: phrase, start, end: start + phrase.length });
  }
  return out;
}

// Titles written before a person's full name.
const PERSON_TITLES: ReadonlySet<string> = new Set([
  "Lord",
  "Lady",
  "Sir",
  "Dame",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Professor",
  "President",
  "Senator",
  "Governor",
  "General",
  "King",
  "Queen",
  "Prince",
  "Princess",
]);

const isFirstName = (w: string) => lexiconTags(w.toLowerCase()).some((t) => NAME_TAGS.has(t));

/** A phrase that opens like a person's name: a first name, or a title and a first name. */
function personLed(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2) return false;
  return isFirstName(words[0] ?? "") || (PERSON_TITLES.has(words[0] ?? "") && isFirstName(words[1] ?? ""));
}

/** A phrase that ends in a person's full name ("Foreign Minister Jana Korvel"). */
function endsInPerson(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.slice(-3, -1).some(isFirstName);
}

function lexiconClass(phrase: string): ClassifiedName[] | null {
  const words = phrase.split(/\s+/);
  if (words.length !== 1) return null;
  const lower = phrase.toLowerCase();
  if (NOT_NAMES.has(lower)) return [];
  // "Iran-Russia", "Moscow-Tehran": a pair of places is a relationship, not a place.
  if (/[-\u2011]/.test(phrase)) {
    const parts = lower.split(/[-\u2011]/);
    if (parts.every((p) => lexiconTags(p).some((t) => PLACE_TAGS.has(t) || t === "Demonym"))) return [];
  }
  const tags = lexiconTags(lower);
  if (tags.length === 0) return null;
  const whole = (kind: ClassifiedName["kind"]): ClassifiedName[] => [
    { start: 0, end: phrase.length, text: phrase, kind },
  ];
  if (tags.some((t) => PLACE_TAGS.has(t))) return whole("place");
  if (tags.includes("Organization")) return whole("organisation");
  if (tags.includes("LastName")) return whole("person");
  if (tags.some((t) => NAME_TAGS.has(t))) return [];
  return [];
}

/** Classifies every capitalised phrase of the given sentences once. */
export function buildNameRegistry(sentences: readonly string[]): NameRegistry {
  const phrases = new Map<string, ClassifiedName[]>();
  const unknown: string[] = [];
  const surnames = new Map<string, string>();
  const runs = new Map<string, Run[]>();
  for (const s of sentences) {
    const sentenceRuns = runs.get(s) ?? capitalisedRuns(s);
    runs.set(s, sentenceRuns);
    for (const run of sentenceRuns) {
      if (phrases.has(run.text)) continue;
      const known = lexiconClass(run.text);
      phrases.set(run.text, known ?? []);
      if (known === null) unknown.push(run.text);
    }
    for (const m of matchesNotAfter(s, TITLE_CUE, TITLE_CUE_NOT_AFTER)) addSurname(surnames, cleanName(m[3] ?? ""));
    for (const m of s.matchAll(HONORIFIC)) {
      const name = (m[1] ?? "").replace(/['’]s$/, "");
      const last = name.split(/\s+/).pop() ?? "";
      if (last.length > 2 && !surnames.has(last.toLowerCase())) surnames.set(last.toLowerCase(), name);
    }
    const bio = BIO.exec(s);
    if (bio) addSurname(surnames, cleanName(bio[1] ?? ""));
  }
  // Batches keep compromise's per-call work small; one huge call is no faster.
  for (let i = 0; i < unknown.length; i += 200) {
    const batch = unknown.slice(i, i + 200);
    const found = classifyPhrases(batch);
    batch.forEach((phrase, k) => {
      const names = (found[k] ?? []).filter((n) => !NOT_NAMES.has(n.text.toLowerCase()));
      phrases.set(phrase, names);
    });
  }
  for (const names of phrases.values()) {
    for (const n of names) if (n.kind === "person") addSurname(surnames, n.text);
  }
  // "John Atta MILLS … MILLS died": a surname written in capitals names that person alone.
  for (const [surname, full] of capitalNames(sentences.join("\n"))) surnames.set(surname.toLowerCase(), full);
  return { phrases, surnames, runs };
}

function addSurname(surnames: Map<string, string>, full: string): void {
  const words = full.split(/\s+/);
  if (words.length < 2) return;
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (last.length > 2 && !surnames.has(last)) surnames.set(last, full);
}

/** Drops a possessive and words that are not part of a name (months, places). */
function cleanName(raw: string): string {
  const words = raw.replace(/['’]s$/, "").split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const tags = lexiconTags(w.toLowerCase());
    if (
      kept.length > 0 &&
      tags.some((t) => PLACE_TAGS.has(t) || t === "Month" || t === "WeekDay" || t === "Organization")
    )
      break;
    kept.push(w);
  }
  return kept.join(" ");
}

function nameValue(name: string, aliases: string[], role?: string): NameValue {
  return role ? { name, aliases, role } : { name, aliases };
}

function overlaps(list: readonly EntityMention[], start: number, end: number): boolean {
  return list.some((m) => m.start < end && m.end > start);
}

/** Entity mentions in `text` (spans offset by `base`), using names classified for the document. */
export function detectEntities(text: string, base: number, registry: NameRegistry): EntityMention[] {
  const out: EntityMention[] = [];
  const add = (m: EntityMention) => {
    if (!overlaps(out, m.start, m.end)) out.push(m);
  };

  for (const m of matchesNotAfter(text, KNOWN_NAME_PATTERN, KNOWN_NAME_NOT_AFTER)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const known = KNOWN_NAMES[index];
    if (!known) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // "Shanghai Cooperation Organization (SCO)": the acronym in brackets is part of the name.
    const bracket = /^\s?\(([^()]{2,12})\)/.exec(text.slice(end));
    if (bracket && (known.aliases.includes(bracket[1] ?? "") || known.name === bracket[1])) end += bracket[0].length;
    const written = m[0];
    const aliases = [known.name, ...known.aliases].filter((a) => a !== written);
    add({
      kind: known.kind,
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      value: nameValue(known.name, aliases),
    });
  }

  for (const m of text.matchAll(HONORIFIC)) {
    const written = (m[1] ?? "").replace(/['’]s$/, "");
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
    add(personMention(text, base, start, written, undefined, registry));
  }

  for (const m of matchesNotAfter(text, TITLE_CUE, TITLE_CUE_NOT_AFTER)) {
    const title = `${m[1] ?? ""}${m[2] ?? ""}`.trim();
    const nameText = cleanName(m[3] ?? "");
    if (nameText === "") continue;
    let start = (m.index ?? 0) + m[0].length - (m[3] ?? "").length;
    let written = nameText;
    // "Fath-Ali Shah Qajar": a name word right before the title makes the title part of the name.
    const lead =
      /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:[-\u2011]\p{Lu}\p{Ll}+)+|\p{Lu}\p{Ll}+[-\u2011]\p{Lu}\p{Ll}+)\s+$/u.exec(
        text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0),
      );
    if (lead && !(m[1] ?? "").trim()) {
      const from = (m.index ?? 0) - lead[0].length + (lead[0].match(/^[^\p{L}]/u) ? 1 : 0);
      written = text.slice(from, start + nameText.length);
      start = from;
      add(personMention(text, base, start, written, undefined, registry));
      continue;
    }
    add(personMention(text, base, start, nameText, title, registry));
    // "Presidents Vladimir Putin and Masoud Pezeshkian": a second name shares the title.
    const after = text.slice(start + nameText.length);
    const second = /^\s+and\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(after);
    if (second && /s$/.test(m[2] ?? "")) {
      const secondName = cleanName(second[1] ?? "");
      const s2 = start + nameText.length + second[0].length - (second[1] ?? "").length;
      if (secondName) add(personMention(text, base, s2, secondName, title.replace(/s$/, ""), registry));
    }
  }

  for (const p of patternNames(text)) {
    const written = text.slice(p.start, p.end);
    add({ kind: p.kind, text: written, start: base + p.start, end: base + p.end, value: nameValue(written, []) });
  }

  // "Saint Bride's Park", "St Paul's Cathedral", "King's College": a saint's or a sovereign's
  // possessive before a noun that heads names is one name, not a person and a word left over.
  for (const m of POSSESSIVE_CUE.test(text) ? text.matchAll(SAINTS_POSSESSIVE) : []) {
    const written = m[0];
    const head = written.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (!isPlaceWord(head) && !isOrgWord(head)) continue;
    const start = m.index ?? 0;
    add({
      kind: headKind(written) ?? "place",
      text: written,
      start: base + start,
      end: base + start + written.length,
      value: nameValue(written, []),
    });
  }

  const bio = BIO.exec(text);
  if (bio && /^\p{Lu}/u.test(bio[1] ?? ""))
    add(personMention(text, base, 0, cleanName(bio[1] ?? ""), undefined, registry));

  for (const run of registry.runs?.get(text) ?? capitalisedRuns(text)) {
    const names = registry.phrases.get(run.text) ?? [];
    // "Lord Edwin Marsh": a title and a first name open a person's name, whatever the tagger
    // read in it (a place, for the marsh).
    const titled = /^(\p{Lu}\p{L}+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(run.text);
    if (titled && PERSON_TITLES.has(titled[1] ?? "") && personLed(titled[2] ?? "")) {
      const written = titled[2] ?? "";
      add(personMention(text, base, run.end - written.length, written, titled[1], registry));
    }
    for (const n of names) {
      if (n.kind !== "person") continue;
      // "Fath-Ali Shah Qajar": the whole run of name words, not just the part the tagger knew.
      const whole = wholeName(run, run.start + n.start, run.start + n.end);
      add(
        personMention(
          text,
          base,
          whole.start,
          text.slice(whole.start, whole.end).replace(/['’]s$/, ""),
          undefined,
          registry,
        ),
      );
    }
    // Places and organisations, widened to the name words around them; the widest first, so
    // that a name which took in another ("School of Botany and Garden Design") is kept whole.
    const widened = names
      .filter((n) => n.kind !== "person")
      .map((n) => ({ kind: n.kind, ...widenName(text, run, n, names) }))
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const w of widened) {
      const written = text.slice(w.start, w.end);
      add({
        kind: headKind(written) ?? w.kind,
        text: written,
        start: base + w.start,
        end: base + w.end,
        value: nameValue(written, []),
      });
    }
    if (names.length === 0) {
      const words = run.text.split(/\s+/);
      const surname = words.length === 1 ? registry.surnames.get(run.text.toLowerCase()) : undefined;
      const rest = words.length === 2 ? afterOpening(text, run) : run;
      if (surname || /^(?:\p{Lu}\.\s+){1,3}\p{Lu}\p{Ll}[\p{L}'\u2019-]+$/u.test(run.text)) {
        // "J. A. McNiel": initials before a surname write a person whatever the tagger knows.
        add(personMention(text, base, run.start, run.text, undefined, registry));
      } else if (rest !== run && registry.surnames.has(rest.text.toLowerCase())) {
        add(personMention(text, base, rest.start, rest.text, undefined, registry));
      } else if (PLACE_NOUN_AFTER.test(text.slice(run.end, run.end + 40)) && words.length <= 3) {
        add({
          kind: "place",
          text: run.text,
          start: base + run.start,
          end: base + run.end,
          value: nameValue(run.text, []),
        });
      } else {
        const name = unplacedName(text, run);
        if (name)
          add({
            // "Westmoor Transport Board": a head noun after a name gives the kind; a lone
            // "Gulf" or "Army" is no name with a head.
            kind: (/\s/.test(name.text) ? headKind(name.text) : undefined) ?? "name",
            text: name.text,
            start: base + name.start,
            end: base + name.end,
            value: nameValue(name.text, []),
          });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NOT_IN_NAME: ReadonlySet<string> = new Set([
  "Country",
  "City",
  "Region",
  "Place",
  "Organization",
  "Month",
  "WeekDay",
  "Demonym",
]);

/** Widens a person found inside a capitalised run to the name words around it. */
function wholeName(run: Run, s: number, e: number): { start: number; end: number } {
  const words = [...run.text.matchAll(/\S+/g)].map((m) => ({
    start: run.start + (m.index ?? 0),
    end: run.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  const nameWord = (w: string) =>
    (/^\p{Lu}[\p{L}'\u2019-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w)) &&
    !lexiconTags(w.toLowerCase().replace(/['\u2019]s$/, "")).some((t) => NOT_IN_NAME.has(t) || LEADING_TAGS.has(t)) &&
    !TITLE_WORDS.has(w);
  let start = s;
  let end = e;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w || w.end > start) continue;
    if (w.end !== start - 1 || !nameWord(w.text)) break;
    start = w.start;
  }
  for (const w of words) {
    if (w.start < end) continue;
    if (w.start !== end + 1 || !nameWord(w.text)) break;
    end = w.end;
  }
  // A hyphenated first part glued to the match ("Fath-" + "Ali"): take the whole word.
  const glued = words.find((w) => w.start < start && w.end > start);
  if (glued) start = glued.start;
  const gluedEnd = words.find((w) => w.start < end && w.end > end);
  if (gluedEnd) end = gluedEnd.end;
  return { start, end };
}

/** The words of a run with their offsets in the sentence. */
function runWords(run: Run): { start: number; end: number; text: string }[] {
  return [...run.text.matchAll(/\S+/g)].map((m) => ({
    start: run.start + (m.index ?? 0),
    end: run.start + (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}

// A word next to a place or organisation that belongs to its name: capitalised, no function word,
// verb (a headline's "Moscow Sees"), month or title of a person, and no other place ("Paris"
// before "Orly" is a name of its own).
const VERB_TAGS = ["PresentTense", "PastTense", "Gerund", "Auxiliary"];
const NOT_IN_PLACE_NAME: ReadonlySet<string> = new Set([
  "Country",
  "City",
  "Month",
  "WeekDay",
  "Demonym",
  ...VERB_TAGS,
]);
// An organisation's name may open with its town or nation ("Boston Symphony Orchestra").
const NOT_IN_ORG_NAME: ReadonlySet<string> = new Set(["Month", "WeekDay", ...VERB_TAGS]);

/**
 * Widens a place or organisation the tagger found inside a capitalised run to the name words
 * next to it, which the tagger often leaves out when they look like adjectives: "Great Barrier
 * Reef" (not "Barrier Reef"), "Northfield Regional Health Board", "Mount Veltar". Stops at
 * another name of the run. The sentence's first word joins only when it reads as part of a name
 * (no part of speech the lexicon knows but an adjective, or a noun that heads names: "Mount").
 */
function widenName(
  text: string,
  run: Run,
  n: ClassifiedName,
  names: readonly ClassifiedName[],
): { start: number; end: number } {
  const words = runWords(run);
  const org = n.kind === "organisation";
  const taken = (w: { start: number; end: number }) =>
    names.some((o) => o !== n && run.start + o.start < w.end && run.start + o.end > w.start);
  const opening = !/\p{L}/u.test(text.slice(0, run.start)) || /[.!?:;]["”’)]?\s+$/.test(text.slice(0, run.start));
  const nameWord = (w: string, left: boolean) => {
    if (!/^\p{Lu}[\p{L}\p{N}'\u2019\-\u2011]*$/u.test(w) || (TITLE_WORDS.has(w) && !SAINT.has(w))) return false;
    const tags = lexiconTags(w.toLowerCase());
    const barred = left && org ? NOT_IN_ORG_NAME : NOT_IN_PLACE_NAME;
    return !tags.some((t) => barred.has(t) || LEADING_TAGS.has(t));
  };
  let start = run.start + n.start;
  let end = run.start + n.end;
  let first = words.findIndex((w) => w.end > start);
  let last = words.findIndex((w) => w.end >= end);
  if (first < 0 || last < 0) return { start, end };
  while (first > 0) {
    const w = words[first - 1];
    if (!w || taken(w) || !nameWord(w.text, true)) break;
    if (first - 1 === 0 && opening) {
      const lower = w.text.toLowerCase();
      const tags = lexiconTags(lower);
      if (!tags.every((t) => t === "Adjective") && !isPlaceWord(lower) && !isOrgWord(lower) && !SAINT.has(w.text))
        break;
    }
    first -= 1;
    start = w.start;
  }
  while (last < words.length - 1) {
    const w = words[last + 1];
    if (!w || taken(w) || !nameWord(w.text, false)) break;
    last += 1;
    end = w.end;
  }
  // "Lindenfield School of Botany and Garden Design", "Moscow State Institute of International
  // Relations": after a noun that heads names, "of" or "for" and the capitalised words after it are the
  // rest of the name, even where the tagger read a name of its own in them; a person is not.
  const head = words[last]?.text.toLowerCase() ?? "";
  if ((words[last + 1]?.text === "of" || words[last + 1]?.text === "for") && (isOrgWord(head) || isPlaceWord(head))) {
    const person = (w: { start: number; end: number }) =>
      names.some((o) => o.kind === "person" && run.start + o.start < w.end && run.start + o.end > w.start);
    const before = end;
    let lastWord = "";
    for (let i = last + 2; i < words.length; i++) {
      const w = words[i];
      if (!w || person(w)) break;
      if (OF_TAIL_JOINS.has(w.text)) continue;
      // "Studies and Analyses": after "and" a word the lexicon reads as a verb is a noun of the name.
      const coordinated = words[i - 1]?.text === "and" && /^\p{Lu}\p{Ll}+$/u.test(w.text);
      if (!nameWord(w.text, false) && !coordinated) break;
      end = w.end;
      lastWord = w.text;
    }
    // "the Centre for Russian as well as …": a name does not end on an adjective.
    if (endsOnAdjective(lastWord)) end = before;
  }
  return { start, end };
}

const OF_TAIL_JOINS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "on"]);

/** A word the lexicon reads as an adjective or a nationality and nothing else. */
function endsOnAdjective(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && tags.every((t) => t === "Adjective" || t === "Demonym" || t === "Comparable");
}

const SAINT: ReadonlySet<string> = new Set(["Saint", "St"]);

/**
 * The kind a name's head noun gives it, when the head is a word that ends names of one kind
 * only: "Lindenfield City Council" is an organisation whatever the tagger said, "Kessar Valley"
 * a place.
 */
function headKind(name: string): "organisation" | "place" | undefined {
  const head = (name.split(/\s+of\s+/u)[0] ?? name).split(/\s+/).pop()?.toLowerCase() ?? "";
  const orgHead = isOrgWord(head);
  const placeHead = isPlaceWord(head);
  if (orgHead && !placeHead) return "organisation";
  if (placeHead && !orgHead) return "place";
  return undefined;
}

const TITLE_WORDS = new Set([
  "President",
  "Prime",
  "Minister",
  "King",
  "Queen",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "General",
  "Senator",
  "Governor",
  "Mayor",
  "Pope",
  "Sir",
  "Lord",
  "Lady",
  "Emperor",
  "Kaiser",
  "Caliph",
  "Sultan",
  "Shah",
  "Prince",
  "Princess",
  "Duke",
  "Count",
  "Saint",
  "St",
  "Professor",
  "Chancellor",
]);

function personMention(
  text: string,
  base: number,
  start: number,
  written: string,
  role: string | undefined,
  registry: NameRegistry,
): EntityMention {
  const words = written.split(/\s+/);
  const full = words.length === 1 ? (registry.surnames.get(written.toLowerCase()) ?? written) : written;
  const aliases = new Set<string>();
  if (full !== written) aliases.add(full);
  // "Konrad IV", "Henry Ford Jr.": a regnal number or suffix is no surname; the name before it is.
  const parts = full.split(/\s+/);
  const last = /^(?:[IVXL]+|Jr\.?|Sr\.?)$/.test(parts[parts.length - 1] ?? "") ? undefined : parts.pop();
  if (last && last !== written) aliases.add(last);
  return {
    kind: "person",
    text: text.slice(start, start + written.length),
    start: base + start,
    end: base + start + written.length,
    value: nameValue(full, [...aliases], role),
  };
}
