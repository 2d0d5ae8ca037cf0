// Sentences whose subject is said elsewhere: "It was founded in 1998." after "Kestrel is a
// library …", or "the Moot, which met in 930". A question asked from such a clause would read
// "When was it founded?", so the clause is restated with its subject written out ("Kestrel was
// founded in 1998.", "The Moot met in 930.") and the questions are built from that restatement.
// The restatement keeps the clause's own words at their own offsets (see `ClauseView`), so every
// answer taken from it still lies in the document where the question says. Pure.
import { lexiconTags } from "./nlp";
import type { Mention, Sentence, Span } from "./types";

/**
 * A sentence as the question builders read it. `text` is `prefix + the sentence from `from``:
 * with `start = sentence.start + from - prefix.length`, every offset after the prefix is the
 * document's own offset. The prefix is a copy of `subject` (a span of the document elsewhere).
 */
export interface ClauseView extends Sentence {
  /** Length of the written-out subject at the head of `text`. */
  prefixLength: number;
  /** Where the written-out subject stands in the document. */
  subject: Span;
  /** Whether the subject itself may be an answer (it is in the evidence sentence). */
  subjectAnswerable: boolean;
  /** The subject is a person: the clause was "…, who …". */
  personal?: boolean;
  /** The name the clause is about, at its place in `text` (relative clauses). */
  head?: Mention;
  /** The evidence: the sentence the clause is from. */
  evidence: Sentence;
  /**
   * A fronted phrase kept before the written-out subject ("In 1800, " + "Napoleon …"): the first
   * `front` characters of `text` are the evidence's own first characters.
   */
  front?: number;
}

// Names that can be the topic carried by a pronoun; dates and figures are never its antecedent.
const NAME_KINDS: ReadonlySet<Mention["kind"]> = new Set([
  "organisation",
  "person",
  "place",
  "agreement",
  "event",
  "name",
  "weapon",
]);

// "It is said that …", "It was estimated that …", "It is likely to …": an empty subject, not a
// pronoun that points back.
const EXPLETIVE_IT =
  /^It\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|may be|must be|might be|would be|could be|can be|will be)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:that|to|whether|how|why|what|who|when|where|if)\b/u;
// A copula or a verb the lexicon does not know as a noun, right after the name: the name is the subject.
const VERB_AFTER =
  /^(?:\s*\([^)]{0,60}\))?\s+(?:is|was|are|were|has|had|have|can|could|will|would|may|might|must|became|becomes|began|begins|remains|remained|[\p{Ll}]+ed|[\p{Ll}]+s)\b/u;

// "Kestrel is a library …", "Pdf.js is an open source …": a definition's subject is a name even
// where, first in its sentence, no detector could tell it from an ordinary capitalised word.
const DEFINITION = /^((?:\p{Lu}[\p{L}\d.+#-]*)(?:\s+\p{Lu}[\p{L}\d.+#-]*){0,3})\s+(?:is|was)\s+(?:a|an|the|one)\s/u;

/** A name mention for the `name` a sentence opens with. */
function nameAtStart(sentence: Sentence, name: string): Mention {
  return {
    kind: "name",
    text: name,
    start: sentence.start,
    end: sentence.start + name.length,
    value: { name, aliases: [] },
  };
}

function definedName(sentence: Sentence): Mention | null {
  const m = DEFINITION.exec(sentence.text);
  const name = m?.[1]?.replace(/[.]+$/, "");
  if (!name || /^(?:This|That|It|There|Here|Each|Every|One|Such)\b/.test(name)) return null;
  return nameAtStart(sentence, name);
}

export interface Antecedent {
  /** The pronoun as written ("It", "he", "His"). */
  pronoun: string;
  /** The name it stands for, as written in the earlier sentence. */
  name: Mention;
  /** That earlier sentence. */
  sentence: Sentence;
  /** Where the pronoun stands in its sentence: 0, or after a fronted phrase ("In 1800, he …"). */
  at?: number;
  /** A possessive determiner ("His second symphony"): written out as "Name's". */
  possessive?: boolean;
}

// The pronouns a clause may open with, and what each can stand for.
type Agreement = "person" | "thing" | "group";
const AGREEMENT: Readonly<Record<string, Agreement>> = {
  he: "person",
  she: "person",
  his: "person",
  her: "person",
  it: "thing",
  its: "thing",
  they: "group",
  their: "group",
};
const POSSESSIVE = /^(?:his|her|its|their)$/i;

// "In 1800, he …", "After the war, they …", "By 1905 it …": a fronted adverbial, then the subject
// pronoun. The phrase opens with a preposition or a time adverb and says no pronoun of its own
// ("After he left, he …" and "In her youth, she …" are left alone); without a comma only a bare year.
const FRONTED =
  /^((?:In|On|At|By|After|Before|During|Following|Within|From|Until|Since|Later|Soon|Then|Eventually|Afterwards|Meanwhile|Subsequently|Thereafter)\b[^,;:()"“”]{0,60}?,|(?:In|By|Around|Until|From)\s+\d{3,4})\s+(it|he|she|they|its|his|her|their)\s+(?=\p{Ll})/u;
const PRONOUN_WORD = /\b(?:he|him|his|she|her|hers|it|its|they|them|their|this|these|those|who|which)\b/i;
// "It rained", "it snowed for a week": weather has no antecedent.
const WEATHER_IT = /^it\s+(?:rain|snow|pour|hail|drizzl|thunder|freez)/i;

// Roles the lexicon does not file as persons ("Actor").
const ROLE =
  /^(?:king|emperor|empress|prince|princess|duke|duchess|count|countess|lord|lady|pope|bishop|troubadour|founder|president|chancellor|minister|general|saint|sultan|shah|tsar|czar|khan|pharaoh)$/;

/**
 * A name the detectors could not type is a person's where its own sentence says so: "Marten Olsby
 * was a Danish admiral", "Ada Brandt (1801–1870) was …", "Ada Brandt, who …".
 */
function personLike(m: Mention, sentence: Sentence | undefined): boolean {
  if (m.kind === "person") return true;
  if (m.kind !== "name" || !sentence) return false;
  const after = sentence.text.slice(m.end - sentence.start);
  if (/^\s*(?:\((?:born|b\.|c\.|died|d\.)?\s*\d{3,4}|,\s+who\b)/.test(after)) return true;
  const role = /^\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(after)?.[1];
  if (!role) return false;
  return (
    role
      .toLowerCase()
      .split(/\s+/)
      // "botanist", "historian": role nouns the lexicon may not know.
      .some((w) => ROLE.test(w) || /^\p{Ll}{3,}(?:ist|ian)$/u.test(w) || lexiconTags(w).includes("Actor"))
  );
}

function agrees(kind: Agreement, m: Mention, sentence?: Sentence): boolean {
  const list = "members" in m.value && !!m.value.members;
  if (kind === "group") return list;
  if (list) return false;
  return kind === "person" ? personLike(m, sentence) : !personLike(m, sentence);
}

const OPENING_RUN = /^(\p{Lu}[\p{L}\d.+#-]*(?:\s+\p{Lu}[\p{L}\d.+#-]*){0,3})(?=\s)/u;
const NOT_A_NAME =
  /^(?:This|That|These|Those|It|Its|There|Here|Each|Every|One|Such|The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Some|Many|Most|All|Both|He|She|They|We|I|You|His|Her|Their|Our|However|Although|Since|As|If|But|And|Or|Yet|So|Then|Also|Later|Today|Several|No|Not|Other|Another)\b/;

/**
 * "Gecko is written in C++ …": a capitalised opening no detector typed is a name where the
 * document also writes it capitalised after a lowercase word, that is, not only as a sentence's
 * first word.
 */
function capitalisedName(sentence: Sentence, text: string | undefined): Mention | null {
  const name = OPENING_RUN.exec(sentence.text)?.[1]?.replace(/[.]+$/, "");
  if (!name || !text || NOT_A_NAME.test(name)) return null;
  const head = /^[^\s]+/.exec(name)?.[0] ?? name;
  if (!midSentenceWords(text).has(head)) return null;
  return nameAtStart(sentence, name);
}

// The capitalised words a document writes after a lowercase word, read once per document: a
// per-sentence search of the whole text would cost a pass over it for each sentence.
let wordsOf: { text: string; words: Set<string> } | undefined;
function midSentenceWords(text: string): Set<string> {
  if (wordsOf?.text === text) return wordsOf.words;
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{Ll}[,;]?[ \t]+(\p{Lu}[\p{L}\d.+#-]*)/gu))
    if (m[1]) words.add(m[1].replace(/[.]+$/, ""));
  wordsOf = { text, words };
  return words;
}

/** The subject a sentence opens with ("Rhino is …", "The Althing was …"), if it is a name. */
export function openingSubject(sentence: Sentence, mentions: readonly Mention[], text?: string): Mention | null {
  const opening = mentions.find((m) => m.start >= sentence.start);
  const opens = !!opening && /^(?:The\s+)?$/.test(sentence.text.slice(0, opening.start - sentence.start));
  const first = opens ? opening : (definedName(sentence) ?? capitalisedName(sentence, text));
  if (!first || !NAME_KINDS.has(first.kind)) return null;
  // "She was the first woman …": a capitalised pronoun opening a sentence names no one.
  if (/^(?:she|he|it|they|we|i|you|this|these|those|that|there|its|his|her|their)$/i.test(first.text.trim()))
    return null;
  if (!VERB_AFTER.test(sentence.text.slice(first.end - sentence.start))) return null;
  return first;
}

/**
 * "Karl Dorn and Ilse Fehr were …": two names joined by "and" as the opening subject, one list
 * that "they" can stand for. A list a detector already made is taken as it is.
 */
function openingPair(sentence: Sentence, mentions: readonly Mention[]): Mention | null {
  const [a, b] = mentions;
  if (a && "members" in a.value && a.value.members) return openingSubject(sentence, mentions);
  if (!a || !b || a.start !== sentence.start || a.kind !== b.kind || !NAME_KINDS.has(a.kind)) return null;
  if (sentence.text.slice(a.end - sentence.start, b.start - sentence.start) !== " and ") return null;
  if (!/^\s+(?:are|were|have|had|became|\p{Ll}+ed)\b/u.test(sentence.text.slice(b.end - sentence.start))) return null;
  const name = sentence.text.slice(0, b.end - sentence.start);
  return {
    kind: a.kind,
    text: name,
    start: a.start,
    end: b.end,
    value: { name, aliases: [], members: [a.text, b.text] },
  } as Mention;
}

/** Whether `mentions` hold a name a pronoun could stand for (dates and figures are none). */
export function namesAny(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => NAME_KINDS.has(m.kind));
}

/** Another name in `mentions` the pronoun could as well stand for: then it is not resolved. */
function competes(kind: Agreement, chosen: Mention, mentions: readonly Mention[]): boolean {
  if (kind === "thing") return false;
  const key = (m: Mention) => m.text.replace(/['’]s$/, "").toLowerCase();
  return mentions.some((m) => agrees(kind, m) && key(m) !== key(chosen) && !key(chosen).includes(key(m)));
}

/**
 * The subject of `previous` when it opens with a name ("Rhino is …", "The Althing was …") that
 * `sentence`'s subject pronoun can stand for: "it"/"its" for a thing or place, "he"/"she"/"his"/
 * "her" for a person, "they"/"their" for a list of names. The pronoun opens the sentence or
 * follows a fronted phrase ("In 1800, he …"). Null for an empty "it" ("It is said that …", "It
 * rained"), across a paragraph, when the earlier subject is no name, or when another person in
 * reach could as well be meant ("Ada met Bea. She …").
 */
export function pronounAntecedent(
  text: string,
  sentence: Sentence,
  previous: Sentence,
  previousMentions: readonly Mention[],
  mentions: readonly Mention[] = [],
): Antecedent | null {
  let at = 0;
  let pronoun = "";
  const m = /^(It|He|She|They|Its|His|Her|Their)\s+(?=\p{Ll})/u.exec(sentence.text);
  if (m) pronoun = m[1] ?? "";
  else {
    const f = FRONTED.exec(sentence.text);
    if (!f || PRONOUN_WORD.test(f[1] ?? "")) return null;
    pronoun = f[2] ?? "";
    at = f[0].trimEnd().length - pronoun.length;
  }
  const kind = AGREEMENT[pronoun.toLowerCase()];
  if (!kind) return null;
  const rest = sentence.text.slice(at);
  if (/^it\b/i.test(rest) && (EXPLETIVE_IT.test(rest.charAt(0).toUpperCase() + rest.slice(1)) || WEATHER_IT.test(rest)))
    return null;
  // A new paragraph may start a new topic.
  if (previous.end > sentence.start || /\n\s*\n/.test(text.slice(previous.end, sentence.start))) return null;
  const first =
    kind === "group" ? openingPair(previous, previousMentions) : openingSubject(previous, previousMentions, text);
  if (!first || !agrees(kind, first, previous)) return null;
  // The older forms ("It was …", "He was …") keep their reading; the new ones ask that no other
  // name in reach could be meant.
  const plain = at === 0 && /^(?:It|He|She)$/.test(pronoun);
  if (!plain || kind === "person") {
    const inReach = [...previousMentions, ...mentions.filter((x) => x.start < sentence.start + at)];
    if (competes(kind, first, inReach)) return null;
  }
  return {
    pronoun,
    name: first,
    sentence: previous,
    ...(at > 0 ? { at } : {}),
    ...(POSSESSIVE.test(pronoun) ? { possessive: true } : {}),
  };
}

// People a sentence may speak of without naming them: "His father taught him …" puts a second
// person in reach of the next "he".
const PERSON_NOUN =
  /\b(?:father|mother|brother|sister|son|daughter|wife|husband|widow|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|teacher|pupil|student|friend|rival|patron|king|queen|prince|princess|emperor|bishop|pope|duke|count|master|critic|man|woman|boy|girl)s?\b/i;

/**
 * The person a biography is about and the pronoun it uses for them, when the document leaves no
 * doubt: one person named in at least five sentences and in three times as many as anyone else,
 * and "he" (or "she") written at least three times as often as the other. Else null.
 */
export function topicPerson(
  text: string,
  perSentence: readonly (readonly Mention[])[],
): { key: string; pronoun: "he" | "she" } | null {
  const counts = new Map<string, number>();
  for (const mentions of perSentence) {
    const seen = new Set<string>();
    for (const m of mentions) if (m.kind === "person" && !m.value.members) seen.add(m.value.name.toLowerCase());
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 4 || (second && first[1] < 2 * second[1])) return null;
  const he = (text.match(/\b(?:he|his|him)\b/gi) ?? []).length;
  const she = (text.match(/\b(?:she|her|hers)\b/gi) ?? []).length;
  const pronoun = he >= 3 * she && he >= 5 ? "he" : she >= 3 * he && she >= 5 ? "she" : null;
  return pronoun ? { key: first[0], pronoun } : null;
}

/**
 * The one person `mentions` name, as the subject near the head of `sentence` ("In 1200 Nithart
 * …", "Nithart, the Bavarian poet, …"), with the
 * pronoun their first name calls for ("either" when the lexicon does not know it), or null when
 * they name no person or more than one.
 */
export function onlyPerson(
  sentence: Sentence,
  mentions: readonly Mention[],
): { key: string; pronoun: "he" | "she" | "either"; last: Mention } | null {
  const people: { m: Mention; name: string }[] = [];
  for (const m of mentions) if (m.kind === "person" && !m.value.members) people.push({ m, name: m.value.name });
  const keys = new Set(people.map((p) => p.name.toLowerCase()));
  const last = people[people.length - 1];
  const lead = people[0];
  if (keys.size !== 1 || !last || !lead) return null;
  // Named as the subject, first or after a short fronted phrase, and never as an owner ("Hagen's
  // book"): a name further on may stand beside a subject no detector typed.
  const head = sentence.text.slice(0, lead.m.start - sentence.start);
  if (!/^(?:(?:In|On|At|By|After|About|Around|Before|During|From|Until)\s+[^\s,]+,?\s+)?$/.test(head)) return null;
  if (people.some((p) => /['’]s$/.test(p.m.text))) return null;
  const first = (last.name.split(/\s+/)[0] ?? "").toLowerCase();
  const tags = lexiconTags(first);
  const pronoun = tags.includes("FemaleName") ? "she" : tags.includes("MaleName") ? "he" : "either";
  return { key: last.name.toLowerCase(), pronoun, last: last.m };
}

/**
 * "He spent his last summers in Spa." in a biography, where the sentence before ("His later
 * years were darkened by illness.") opens on no name: the pronoun stands for the person the
 * document is about (`topic`), written as they were last named (`last`). Not when the pronoun
 * is of the other gender, or when another person is in reach: named in the sentence before or
 * before the pronoun, or spoken of there ("His father …").
 */
export function topicPersonAntecedent(
  sentence: Sentence,
  previous: Sentence | undefined,
  reach: readonly Mention[],
  topic: { key: string; pronoun: "he" | "she" | "either" },
  last: Mention,
): Antecedent | null {
  let at = 0;
  let pronoun = "";
  const m = /^(He|She|His|Her)\s+(?=\p{Ll})/u.exec(sentence.text);
  if (m) pronoun = m[1] ?? "";
  else {
    const f = FRONTED.exec(sentence.text);
    if (!f || PRONOUN_WORD.test(f[1] ?? "")) return null;
    pronoun = f[2] ?? "";
    at = f[0].trimEnd().length - pronoun.length;
  }
  const lower = pronoun.toLowerCase();
  const wanted =
    topic.pronoun === "he" ? /^(?:he|his)$/ : topic.pronoun === "she" ? /^(?:she|her)$/ : /^(?:he|his|she|her)$/;
  if (!wanted.test(lower)) return null;
  const before = sentence.text.slice(0, at);
  const other = (x: Mention) => x.kind === "person" && x.value.name.toLowerCase() !== topic.key;
  // "He met Meyerbeer at Lord Russell's. He heard Faust in Paris.": a sentence led by the topic's
  // own pronoun or name hands its subject on, whoever else it names further on.
  const handsOn =
    previous !== undefined &&
    (new RegExp(`^(?:${topic.pronoun === "she" ? "She|Her" : "He|His"})\\s`).test(previous.text) ||
      reach.some((x) => x.kind === "person" && x.value.name.toLowerCase() === topic.key && x.start === previous.start));
  // "His father was a clerk.": a possessive lead hands on nothing when it speaks of another person.
  const spokenOf = previous !== undefined && PERSON_NOUN.test(previous.text);
  if (PERSON_NOUN.test(before) || (spokenOf && (!handsOn || /^(?:His|Her)\s/.test(previous.text)))) return null;
  if (reach.some((x) => other(x) && x.start >= sentence.start && x.start < sentence.start + at)) return null;
  const inReach = reach.filter((x) => x.start < sentence.start + at || x.end <= sentence.start);
  if (!handsOn && inReach.some(other)) return null;
  const name = { ...last, text: last.text.replace(/['’]s$/, "") };
  name.end = name.start + name.text.length;
  return {
    pronoun,
    name,
    // The name alone, so that nothing of its own sentence is written before it.
    sentence: { text: name.text, start: name.start, end: name.end },
    ...(at > 0 ? { at } : {}),
    ...(POSSESSIVE.test(pronoun) ? { possessive: true } : {}),
  };
}

/** How the name is written in place of the pronoun: "Kestrel", "the Althing", "Beethoven's". */
function writtenName(antecedent: Antecedent, midSentence: boolean): { text: string; name: number } {
  const name = antecedent.name;
  let lead = antecedent.sentence.text.slice(0, name.start - antecedent.sentence.start);
  if (midSentence) lead = lead.toLowerCase();
  const bare = name.text.replace(/['’]s$/, "");
  const text = lead + bare + (antecedent.possessive ? (/s$/.test(bare) ? "'" : "'s") : "");
  return { text, name: lead.length + bare.length };
}

/**
 * `sentence` restated with its subject pronoun replaced by the antecedent's name. A fronted phrase
 * before the pronoun stays at the head of the text (`front`), the rest at the document's own offsets.
 */
export function pronounView(sentence: Sentence, antecedent: Antecedent): ClauseView {
  const at = antecedent.at ?? 0;
  const written = writtenName(antecedent, at > 0);
  const from = at + antecedent.pronoun.length;
  const prefix = sentence.text.slice(0, at) + written.text;
  const nameStart = antecedent.name.start - (written.name - antecedent.name.text.replace(/['’]s$/, "").length);
  return {
    text: prefix + sentence.text.slice(from),
    start: sentence.start + from - prefix.length,
    end: sentence.end,
    prefixLength: prefix.length,
    subject: { start: nameStart, end: nameStart + written.name },
    subjectAnswerable: false,
    ...(at > 0 ? { front: at } : {}),
    // The sentence alone: the card's answer is there, and each sentence keeps its own cards.
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
  };
}

/** Where the written-out name stands in a view's text (the possessive ending left out). */
export function writtenSpan(view: ClauseView, antecedent: Antecedent): Span {
  const written = writtenName(antecedent, (antecedent.at ?? 0) > 0);
  const start = view.start + (antecedent.at ?? 0);
  return { start, end: start + written.name };
}

// "…, and it was renamed in 1905", "…, but he lost the seat": a coordinated clause whose subject
// is a pronoun standing for the sentence's own subject.
const COORDINATED =
  /,\s+(?:and|but|yet|while|although|though|because|since|when|after|before|until|so)\s+(it|he|she|they)\s+(?=\p{Ll})/gu;

/**
 * Each coordinated clause of `sentence` that opens with a subject pronoun, restated with the name
 * it stands for: the sentence's opening subject, or `carried` (what the sentence's own opening
 * pronoun stood for). Not when another name between could be meant, or the pronoun is empty.
 */
export function coordinatedPronounViews(
  sentence: Sentence,
  mentions: readonly Mention[],
  carried?: Antecedent | null,
): { view: ClauseView; name: Mention }[] {
  const out: { view: ClauseView; name: Mention }[] = [];
  for (const c of sentence.text.matchAll(COORDINATED)) {
    const pronoun = c[1] ?? "";
    const kind = AGREEMENT[pronoun.toLowerCase()];
    if (!kind) continue;
    const pos = (c.index ?? 0) + c[0].trimEnd().length - pronoun.length;
    const rest = sentence.text.slice(pos);
    if (/^it\b/.test(rest) && (EXPLETIVE_IT.test(`I${rest.slice(1)}`) || WEATHER_IT.test(rest))) continue;
    const own = openingSubject(sentence, mentions);
    const antecedent: Antecedent | null = own
      ? { pronoun, name: own, sentence }
      : carried && carried.at === undefined && !carried.possessive
        ? { pronoun, name: carried.name, sentence: carried.sentence }
        : null;
    if (!antecedent || !agrees(kind, antecedent.name, antecedent.sentence)) continue;
    // Any other name of the same kind before the pronoun could be meant ("Ada met Bea, and she …",
    // "Kestrel moved to Oslo, and it …").
    const between = mentions.filter((m) => m.start < sentence.start + pos && m.start !== antecedent.name.start);
    const key = antecedent.name.text.replace(/['’]s$/, "").toLowerCase();
    if (
      between.some(
        (m) => agrees(kind, m) && NAME_KINDS.has(m.kind) && m.text.replace(/['’]s$/, "").toLowerCase() !== key,
      )
    )
      continue;
    if (rest.split(/\s+/).length < 4) continue;
    if (!finiteSoon((rest.split(/[,;:()]/)[0] ?? "").split(/\s+/))) continue;
    const written = writtenName(antecedent, false);
    const prefix = written.text.charAt(0).toUpperCase() + written.text.slice(1);
    const from = pos + pronoun.length;
    const view: ClauseView = {
      text: prefix + sentence.text.slice(from),
      start: sentence.start + from - prefix.length,
      end: sentence.end,
      prefixLength: prefix.length,
      subject: { start: antecedent.name.start, end: antecedent.name.end },
      subjectAnswerable: false,
      evidence: sentence,
    };
    // The name as a mention of the restatement, without its article, which the question writes.
    const bare = antecedent.name.text.replace(/['’]s$/, "");
    const end = view.start + written.name;
    out.push({ view, name: { ...antecedent.name, text: bare, start: end - bare.length, end } });
  }
  return out;
}

// ", which was founded in 930", ", who was forced to leave": a relative clause on a name whose
// verb follows straight away (an adverb or a bracketed aside may come between).
// An aside may stand between the relative word and its verb (", who, by court intrigue, was …").
const RELATIVE =
  /,\s+(which|who)(,\s+[^,;:]{2,60},)?\s+(?=(?:\([^)]*\)\s+)?(?:[\p{Ll}]+ly\s+)?(?:is|was|are|were|has|had|have|had been|has been|would|could|can|will|[\p{Ll}]+ed)\b)/gu;

/**
 * Each non-restrictive relative clause on a name ("…, the Althing, which was founded in 930."),
 * restated as a clause of its own ("The Althing was founded in 930."). The name must end just
 * before the comma; the clause reads on to the end of the sentence.
 */
export function relativeViews(sentence: Sentence, mentions: readonly Mention[]): ClauseView[] {
  const out: ClauseView[] = [];
  for (const r of sentence.text.matchAll(RELATIVE)) {
    const at = r.index ?? 0;
    const head = mentions.find((m) => m.end - sentence.start === at && NAME_KINDS.has(m.kind));
    if (!head) continue;
    if (r[1] === "who" ? head.kind !== "person" && head.kind !== "name" : head.kind === "person") continue;
    // "the Althing" keeps its article, capitalised as a sentence's first word.
    const local = head.start - sentence.start;
    const the = /(?:^|\s)(the)\s+$/i.exec(sentence.text.slice(Math.max(0, local - 5), local));
    const subjectStart = the ? head.start - 4 : head.start;
    const written = sentence.text.slice(subjectStart - sentence.start, head.end - sentence.start);
    // An aside is left out of the restated clause: "Serjab was forced to leave …".
    const space = " ";
    const prefix = (the ? `The${written.slice(3)}` : written) + space;
    const from = at + r[0].length;
    // "…, who would sell their code": a pronoun in the clause points back past the name, and
    // restating the clause alone would leave it pointing at nothing.
    const clauseText = sentence.text.slice(from).split(/[,;:]/)[0] ?? "";
    if (/\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those)\b/i.test(clauseText)) continue;
    out.push({
      text: prefix + sentence.text.slice(from),
      start: sentence.start + from - prefix.length,
      end: sentence.end,
      prefixLength: prefix.length - space.length,
      subject: { start: subjectStart, end: head.end },
      subjectAnswerable: true,
      ...(r[1] === "who" ? { personal: true } : {}),
      head: {
        ...head,
        ...(r[1] === "who" && head.kind === "name" ? { kind: "person" as const } : {}),
        start: sentence.start + from - prefix.length + (head.start - subjectStart),
        end: sentence.start + from - prefix.length + (head.end - subjectStart),
      } as Mention,
      evidence: sentence,
    });
  }
  return out;
}

/**
 * Where a span of a view's text lies in the document: after the prefix it is the document's own
 * offset; inside the written-out subject it is the subject's place (only when the subject may be
 * asked); across the seam it is nowhere.
 */
export function placeInDocument(view: ClauseView, span: Span): Span | null {
  const seam = view.start + view.prefixLength;
  if (span.start >= seam) {
    // The single space after a relative clause's subject is the view's own.
    if (span.start === seam && view.text.charAt(view.prefixLength) === " " && span.end > span.start) {
      // A span starting at the seam's space is not a word of the document.
      return null;
    }
    return span;
  }
  if (view.front !== undefined && span.end <= view.start + view.front) {
    const start = view.evidence.start + (span.start - view.start);
    return { start, end: start + (span.end - span.start) };
  }
  if (span.end > seam || !view.subjectAnswerable || view.front !== undefined) return null;
  const offset = span.start - view.start;
  const length = span.end - span.start;
  // The prefix may capitalise "the": place the span by its offset inside the subject.
  const start = view.subject.start + offset;
  if (start + length > view.subject.end) return null;
  return { start, end: start + length };
}

// Where a clause with a subject of its own starts inside a sentence: after a comma and a
// conjunction or subordinator ("…, but the crisis hit Iceland hard"; "…, as Ada Brandt had
// given $500"), or after a verb of finding or showing and "that" ("have shown that the cells
// release it"). Conditions ("if", "unless") and opinions ("believe that") are not restated: their
// clauses are not said to be true.
const CLAUSE_START =
  /(?:,\s+|\s+[—–]\s+)(?:and|but|yet|while|whereas|although|though|because|since|as|when|after|before|until)\s+|\b(?:shown|showed|show|shows|found|finds|demonstrated|demonstrates|revealed|reveals|recall|recalls|know|knew|known|noted|notes|announced|announces|reported|reports|states|stated|says|said|writes|wrote|explains|explained|mentions|mentioned|discovered|confirmed|confirms|proved|proves|learned|observed|observes)\s+that\s+/g;
// The clause must open with its subject: a determiner, a name or a figure, not a pronoun ("…, and
// it fell") or a verb ("…, and found his way").
const SUBJECT_OPENING =
  /^(?:(?:the|a|an|some|many|most|all|both|each|several|no)\s+\p{L}|\p{Lu}[\p{L}'’.-]*(?:\s|$)|\d)/u;
// Verbs whose past is their bare form; the lexicon files them as nouns ("the crisis hit Iceland").
const SAME_PAST = /^(?:hit|put|set|cut|let|cost|spread|shut|hurt|split|burst|cast|thrust|quit)$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|do|shall|should)$/;

/** A finite verb within the clause's first words (not its first): an auxiliary, or a past or present form. */
function finiteSoon(words: readonly string[]): boolean {
  return words.slice(1, 9).some((w) => {
    if (AUXILIARY.test(w) || SAME_PAST.test(w)) return true;
    if (!/^\p{Ll}+$/u.test(w)) return false;
    const tags = lexiconTags(w);
    if (tags.includes("Plural") || tags.includes("Noun") || tags.includes("Singular")) return false;
    if (tags.includes("PastTense") || tags.includes("PresentTense") || tags.includes("Infinitive"))
      return !tags.includes("Gerund");
    // "released", "donated": a past form the lexicon files as an adjective or not at all.
    return /[^e]ed$/.test(w) && (tags.length === 0 || tags.includes("Adjective"));
  });
}
const PRONOUN_OPENING = /^(?:it|its|he|his|she|her|they|their|we|our|i|you|this|these|those|that|there|which|who)\b/i;

/** "…that human hair was found": a clause may open with a bare noun phrase, not with a verb or adverb. */
function bareNounOpening(rest: string): boolean {
  const first = /^\p{Ll}+/u.exec(rest)?.[0];
  if (!first || /(?:ly|ing)$/.test(first)) return false;
  const nounish = (w: string) =>
    ["Noun", "Singular", "Plural", "Uncountable", "Actor"].some((t) => lexiconTags(w).includes(t));
  if (!/ed$/.test(first) && nounish(first)) return true;
  // "…that ancient graves were …", "…that charred barley was …": an adjective or participle
  // opens it only before its noun (one the lexicon knows as a noun, or does not know at all).
  const second = /^\p{Ll}+\s+(\p{Ll}+)/u.exec(rest)?.[1];
  if (!second || /(?:ly|ed|ing)$/.test(second)) return false;
  const modifier = lexiconTags(first).includes("Adjective") || (/ed$/.test(first) && lexiconTags(first).length === 0);
  return modifier && (nounish(second) || lexiconTags(second).length === 0);
}

/**
 * Each clause inside `sentence` that has a subject of its own, restated as a sentence: its first
 * word capitalised, the rest at the document's own offsets. Mentions are those of the sentence.
 */
export function innerClauseViews(sentence: Sentence): ClauseView[] {
  const out: ClauseView[] = [];
  for (const c of sentence.text.matchAll(CLAUSE_START)) {
    const from = (c.index ?? 0) + c[0].length;
    const rest = sentence.text.slice(from);
    if (PRONOUN_OPENING.test(rest) || !(SUBJECT_OPENING.test(rest) || bareNounOpening(rest))) continue;
    // "…, as a poet attached to the court": after "as" a noun phrase is as often a role as a
    // subject; only a name starts a clause there ("…, as Ada Brandt had paid …").
    if (/[\s,—–]as\s+$/.test(c[0]) && !/^\p{Lu}/u.test(rest)) continue;
    // A clause of a few words is no sentence ("…, as before").
    if (rest.split(/\s+/).length < 5) continue;
    // "…, and the last of the kings (plate 11)": a clause needs a finite verb before its first comma.
    if (!finiteSoon((rest.split(/[,;:()]/)[0] ?? "").split(/\s+/))) continue;
    const first = /^[\p{L}\d'’.-]+/u.exec(rest)?.[0] ?? "";
    if (first === "") continue;
    const prefix = first.charAt(0).toUpperCase() + first.slice(1);
    out.push({
      text: prefix + rest.slice(first.length),
      start: sentence.start + from,
      end: sentence.end,
      prefixLength: 0,
      subject: { start: sentence.start + from, end: sentence.start + from + first.length },
      subjectAnswerable: true,
      evidence: sentence,
    });
  }
  return out;
}
