// Questions whose answer is a person, read from the constructions prose uses to say who someone
// was or what their group did, where the clause reader finds no subject or object to ask for:
//   "…, by Ada Brandt, Swedish consul to Lima in 1870;"      → Who was the Swedish consul to Lima in 1870?
//   "a team headed by Ivo Lanz at Basel had mapped the …"     → Whose team at Basel mapped the …?
//   "Ivo Lanz and colleagues at Basel fed the mice …"         → Whose group fed the mice …?
//   "…, Ivo Lanz, who drew the first chart of the bay"        → Who drew the first chart of the bay?
//   "the comet C/1911 Brooks, discovered by Ida Sen,"         → Who discovered the comet C/1911 Brooks?
//   "Kai Moll's pupil, Ida Sen, …"                            → Who was Kai Moll's pupil?
//   "Ida Sen studied under Kai Moll"                          → Under whom did Ida Sen study?
//   "2019: Ida SEN elected president" (a results line)        → Who was elected president of Varnia in 2019?
// Each answer is the person's name as written; a card is made only where the question names what
// it asks about (a capitalised name in the role, a verb and its object), never where it would
// lean on a pronoun or on "the study".
import { lexiconTags, verbForms } from "./nlp";
import { type PosToken, tagSentence } from "./pos";
import { longestSharedRun, MAX_SHARED_RUN } from "./prompts";
import type { Mention } from "./types";

export interface PersonCard {
  prompt: string;
  /** Offsets of the answer inside the sentence. */
  start: number;
  end: number;
  construction: "role" | "group" | "kin" | "teacher" | "made" | "relative" | "elected";
}

// Offices, trades and callings a person is named by in an apposition, and a spouse. Other kinship
// nouns are not here: "the son of X" is one of several sons (KIN_NOUNS asks "X's son, Y," instead).
const ROLE_NOUNS =
  "wife|husband|widow|consul|ambassador|envoy|president|vice-president|king|queen|emperor|empress|sultan|caliph|shah|pope|bishop|archbishop|abbot|abbess|cardinal|leader|founder|co-founder|director|head|chief|chairman|chairwoman|chair|secretary|minister|governor|mayor|admiral|commander|professor|lecturer|analyst|editor|composer|conductor|painter|sculptor|poet|novelist|playwright|architect|inventor|historian|chronicler|chancellor|treasurer|senator|executive|ceo|curator|rector|dean|librarian|correspondent|spokesman|spokeswoman|spokesperson|organist|choirmaster|kapellmeister|violinist|pianist|cellist|astronomer|physicist|chemist|biologist|botanist|mathematician|philosopher|economist|explorer|missionary|viceroy|regent|duke|duchess|prince|princess|general";

// "…, French consul to Panama in 1860;" — the role, with at most a short of/at/to phrase, up to
// the end of the apposition. The words before the role are its modifiers ("senior", "French").
const ROLE_APPOSITION = new RegExp(
  `^,\\s+((?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:${ROLE_NOUNS})(?:\\s+(?:of|at|to|for|in|on|with|from)\\s+[^,;:()—–]{2,70}?)?)(?=\\s*(?:[,;:)]|\\s[—–]\\s|\\.\\s*$|$|\\s\\())`,
  "iu",
);

// Words that cannot stand inside an apposition's role: they open a clause or a list.
const NOT_IN_ROLE =
  /\b(?:who|which|that|whose|he|she|they|it|his|her|their|its|is|was|were|are|has|had|have|and|or|but|said|says|also|one|some|many|several|former)\b/i;

const VERB_TAGS: ReadonlySet<string> = new Set([
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Verb",
  "Gerund",
  "Auxiliary",
  "Copula",
]);

// "a group led by …", "a team headed by …".
const LED_GROUP =
  /(?:^|[\s(—–])(?:[Aa]n?|[Tt]he)\s+(?:(?:research|small|large|international|separate|rival|second|Dutch|French|German|British|American|Chinese|Japanese)\s+)?(group|team|laboratory|lab)\s+(?:led|headed|directed|run|coordinated)\s+by\s+$/u;
// "Ivo Lanz and co-workers", "Lanz and his colleagues".
const AND_GROUP =
  /^\s+and\s+(?:(?:his|her|their)\s+)?(co-workers|coworkers|colleagues|collaborators|co-authors|coauthors|associates|team|students)\b/u;
// "Mori's group", "Mori's laboratory at Sendai".
const POSSESSIVE_GROUP = /^['’]s\s+(?:research\s+)?(group|team|laboratory|lab)\b/u;
// "Whose group" is a research group: "colleagues" make one only where the sentence tells of a
// lab's work (an institute, or a verb of research); "Berg and his colleagues visited the harbour" is
// a committee's outing.
const RESEARCH =
  /\b(?:University|Institute|Institut|College|Laborator(?:y|ies)|Hospital|Observatory|Academy|Centre|Center|found|find|showed|show|shown|describ\w*|report\w*|identif\w*|measur\w*|sequenc\w*|mapp\w*|test\w*|stud(?:y|ied|ies)|observ\w*|analy[sz]\w*|discover\w*|develop\w*|fed|feed|recorded|compared|isolated|detected|examined|treated|infected|injected|grew|bred|modelled|modeled|simulated|surveyed|tracked|sampled)\b/;

// "… and co-workers—including A and B of X as joint first authors—".
const MEMBERS_AS_AUTHORS =
  /^\s+and\s+(?:(?:his|her|their)\s+)?(co-workers|coworkers|colleagues|collaborators)\s*[—–(,]\s*including\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?(?:and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?)?)(of\s+(?:the\s+)?\p{Lu}[\p{L}\s]{1,40}?\s+)?as\s+((?:the\s+)?(?:joint\s+|co-)?(?:first|lead|senior|last|corresponding)\s+authors?)\s*[—–),]/u;

// Words that may open a verb group after the subject: auxiliaries the question keeps.
const AUXILIARY = new Set(["has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should"]);
const ADVERB_IN_VERB_GROUP = /^(?:just|recently|earlier|already|also|first|now|since|previously|independently|then)$/i;
// Where the object of the question's verb ends.
const OBJECT_END = new Set([",", ";", ":", "(", "—", "–", ")"]);
const CLAUSE_OPENERS = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "although",
  "though",
  "because",
  "whereas",
  "but",
  "when",
  "where",
  "after",
  "before",
  "so",
]);
// A word that points back to what the passage said before: the question would lean on it.
const LEANS_BACK =
  /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|such|same|former|latter|above|following|present|study|paper|work|article|report|experiment|experiments|result|results|finding|findings)\b/i;

/** Whether the sentence tells of the past (a past verb anywhere), for "Who was …" against "Who is …". */
function pastSentence(sentence: string): boolean {
  return tagSentence(sentence).some((t) => {
    if (t.pos !== "VERB" && t.pos !== "AUX") return false;
    const w = sentence.slice(t.start, t.end).toLowerCase();
    if (w === "was" || w === "were" || w === "had") return true;
    return t.pos === "VERB" && w !== t.lemma && w === verbForms(t.lemma).past;
  });
}

/** A capitalised word after the role's first one that is a name, not a nationality ("French"). */
function namesSomething(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Lu}/u.test(w) && !lexiconTags(w.toLowerCase()).some((t) => t === "Demonym" || t === "Adjective"));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The words of `answer` the question must not repeat (the name is what it asks for). */
function answerShows(prompt: string, answer: string): boolean {
  const asked = new Set(prompt.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  return (answer.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).some((w) => asked.has(w));
}

/**
 * The verb group and object after a group's subject ("had just identified a protein …"), as the
 * question writes them for a singular subject ("identified a protein …"), or null where no verb
 * follows or the object leans on the passage before it. Word classes are the tagger's.
 */
function predicateAfter(sentence: string, from: number, atVerb = false): string | null {
  const words = tagSentence(sentence).filter((t) => t.start >= from);
  const text = (t: PosToken) => sentence.slice(t.start, t.end);
  let i = 0;
  // An aside between dashes before the verb: "—including A and B as joint first authors—".
  if (text(words[0] ?? { start: 0, end: 0, pos: "", lemma: "" }) === "—") {
    const close = words.findIndex((w, k) => k > 0 && text(w) === "—");
    if (close < 0) return null;
    i = close + 1;
  }
  // An affiliation or an aside before the verb: "at the University of X, the IDIBAPS in Y and …",
  // ", one of the authors of the present study,". It holds no verb and no clause of its own.
  for (; i < words.length && i < 40; i++) {
    const w = words[i];
    if (!w) return null;
    if (w.pos === "VERB" || w.pos === "AUX") break;
    const low = text(w).toLowerCase();
    if (CLAUSE_OPENERS.has(low) || low === "that" || w.pos === "PRON") return null;
  }
  // After "who" the verb comes first; an adverb before it stays ("who first made …").
  const leading = words.slice(0, i);
  if (atVerb && leading.some((w) => w.pos !== "ADV")) return null;
  let k = i;
  const first = words[k];
  if (!first) return null;
  let aux = "";
  // "had proposed": the tagger may read the auxiliary as a verb when a participle follows.
  const participleNext = words[k + 1]?.pos === "VERB" && /^(?:has|have|had)$/i.test(text(first));
  if (first.pos === "AUX" || participleNext) {
    aux = text(first).toLowerCase();
    if (!AUXILIARY.has(aux)) return null;
    k++;
  }
  while (words[k] && (words[k]?.pos === "ADV" || ADVERB_IN_VERB_GROUP.test(text(words[k] as PosToken)))) k++;
  const verbToken = words[k];
  if (!verbToken || verbToken.pos !== "VERB") return null;
  const verb = text(verbToken);
  if (!/^\p{Ll}+$/u.test(verb) || /^(?:said|says|say|told|tell|tells|added|noted)$/.test(verb)) return null;
  const group: string[] = atVerb
    ? leading.map(text).filter((w) => !/^(?:just|also|then|now|later|thus|therefore)$/i.test(w))
    : [];
  const pastForm = verbForms(verbToken.lemma).past;
  if (aux === "") {
    // A present verb of a plural subject ("describe") is written for one group ("describes").
    group.push(verb === pastForm || /ed$/.test(verb) ? verb : verbForms(verbToken.lemma).present);
  } else if (aux === "had") group.push(/ed$/.test(verb) ? verb : pastForm);
  else if (aux === "have") group.push("has", verb);
  else group.push(aux, verb);
  k++;
  // The object, to the end of its clause.
  const object: PosToken[] = [];
  for (; k < words.length; k++) {
    const w = words[k];
    if (!w) break;
    const low = text(w).toLowerCase();
    if (OBJECT_END.has(low) || CLAUSE_OPENERS.has(low) || low === ".") break;
    object.push(w);
  }
  // "the collection now deposited in the museum": a participle between a noun and its place
  // says nothing the question needs ("the collection in the museum").
  const object2 = object.filter((w, n) => {
    const next = object[n + 1];
    const prev = object[n - 1];
    if (
      w.pos === "VERB" &&
      /ed$/.test(text(w)) &&
      prev &&
      (prev.pos === "NOUN" || prev.pos === "ADV") &&
      next?.pos === "ADP"
    )
      return false;
    return !(
      w.pos === "ADV" &&
      /^(?:now|then|still)$/i.test(text(w)) &&
      object[n + 1]?.pos === "VERB" &&
      prev?.pos === "NOUN"
    );
  });
  // "identified a protein that appeared to be the receptor": what was identified is the receptor,
  // with its hedge ("identified what appeared to be the receptor").
  let hedge = "";
  let body: PosToken[] = object2;
  const [det, head, rel, seem] = object2;
  if (
    det &&
    head &&
    rel &&
    seem &&
    /^(?:a|an)$/i.test(text(det)) &&
    head.pos === "NOUN" &&
    /^(?:that|which)$/i.test(text(rel)) &&
    /^(?:appeared|seemed|proved|turned)$/i.test(text(seem))
  ) {
    hedge = "what ";
    body = object2.slice(3);
  }
  const verbGroup = `${group.join(" ")} ${hedge}`.trimEnd();
  // "… histones that could well be at work throughout …": a long object ends before its relative
  // clause, participle or place, which the question need not repeat.
  const fits = (ws: readonly PosToken[]) =>
    ws.length > 0 &&
    ws.length <= 12 &&
    longestSharedRun(`${verbGroup} ${joined(sentence, ws)}`, sentence) <= MAX_SHARED_RUN;
  let kept: PosToken[] = body;
  for (const cut of ["that", "which", "involving", "including", "using", "in", "on", "from", "with", "at", "of"]) {
    if (fits(kept)) break;
    const at = kept.findIndex((w, n) => n >= 3 && text(w).toLowerCase() === cut);
    if (at > 0) kept = kept.slice(0, at);
  }
  if (!fits(kept)) return null;
  const content = kept.filter((w) => w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "ADJ" || w.pos === "VERB");
  if (content.length < 2) return null;
  const objectText = joined(sentence, kept);
  if (LEANS_BACK.test(objectText) || ROLE_BACK.test(objectText) || /^(?:to|that)\b/.test(objectText)) return null;
  // "proposed the method": a bare definite noun is something the passage named before.
  if (/^(?:the|this|that)\s+[\p{Ll}-]+$/u.test(objectText)) return null;
  // After "who", the verb takes a definite or named object ("made the greater part of …"); "taught
  // at the academy" or "wrote poems" is true of many people.
  if (atVerb && !hedge && !((kept[0]?.pos === "DET" && /^the$/i.test(text(kept[0]))) || kept[0]?.pos === "PROPN"))
    return null;
  return `${verbGroup} ${objectText}`;
}

// "the first biography of the composer": a person named by a role only, whom the passage named before.
const ROLE_BACK = new RegExp(
  `\\bthe\\s+(?:${ROLE_NOUNS}|man|woman|artist|writer|scientist|author|poet|musician|explorer|collector|king|queen|emperor|ruler|prince)\\b`,
  "i",
);

/** Tokens written as in the sentence, one space where a word between them was left out. */
function joined(sentence: string, tokens: readonly PosToken[]): string {
  let out = "";
  tokens.forEach((t, n) => {
    const prev = tokens[n - 1];
    const gap = prev ? sentence.slice(prev.end, t.start) : "";
    out += prev ? (/^\s*$/.test(gap) && gap.length <= 2 ? gap : " ") : "";
    out += sentence.slice(t.start, t.end);
  });
  return out.replace(/\s+/g, " ");
}

// A person's name read from the text where no detector marked one, or where it marked only its
// first part: capitalised words and initials, a regnal number ("Berthold I", "Konrad IV") or an
// epithet ("Henry the Young"), and for a lone given name its "of" place ("Adela of Sarn").
const NAME_WORDS =
  /^(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?(?:\s+(?:(?:de|van|von|da|di|le|la)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?){0,3}/u;
const NAME_TAIL =
  /^(?:\s+[IVX]{1,4}\b|\s+the\s+(?:Young|Elder|Younger|Great|Bold|Fair|Pious|Lame|Wise|Good|Conqueror|Confessor|Fat|Tall|Short|Red|Black|Old)\b)/u;
const GIVEN_NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);

function nameSpanAt(sentence: string, start: number): { start: number; end: number } | null {
  const m = NAME_WORDS.exec(sentence.slice(start));
  if (!m) return null;
  const words = m[0].split(/\s+/);
  // A word the lexicon knows as anything but a name ("The", "After", "Queen") opens no name here.
  if (
    words.some((w) =>
      lexiconTags(w.toLowerCase()).some(
        (t) => !GIVEN_NAME_TAGS.has(t) && t !== "LastName" && t !== "ProperNoun" && t !== "Singular" && t !== "Noun",
      ),
    )
  )
    return null;
  let end = start + m[0].length;
  const tail = NAME_TAIL.exec(sentence.slice(end));
  if (tail) end += tail[0].length;
  else if (words.length === 1 && lexiconTags(words[0]?.toLowerCase() ?? "").some((t) => GIVEN_NAME_TAGS.has(t))) {
    const of = /^\s+of\s+\p{Lu}[\p{Ll}'’-]+\b/u.exec(sentence.slice(end));
    if (of) end += of[0].length;
  }
  return { start, end };
}

/** A detected person widened by a regnal number or epithet the detector left out ("Henry" + " the Young"). */
function widened(sentence: string, span: { start: number; end: number }): { start: number; end: number } {
  const tail = NAME_TAIL.exec(sentence.slice(span.end));
  if (tail) return { start: span.start, end: span.end + tail[0].length };
  if (!/\s/.test(sentence.slice(span.start, span.end))) {
    const whole = nameSpanAt(sentence, span.start);
    if (whole && whole.end > span.end && !/\s(?:and|or)\s/.test(sentence.slice(span.end, whole.end))) return whole;
  }
  return span;
}

// The possessive of a named person and a role in their life, before a name: "Berthold's
// brother, Conrad," (then the name, then a comma) or "Manfredi's first patron was Count Harrach".
const KIN_NOUNS =
  "son|daughter|wife|husband|widow|brother|sister|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|heir|successor|predecessor|pupil|student|teacher|tutor|patron|chancellor|secretary|biographer|physician|assistant|mentor|mistress|favourite|favorite";
const KIN_ORDINAL =
  "(?:(?:first|second|third|eldest|elder|youngest|younger|only|favourite|favorite|chief|principal|main|last)\\s+)?";
const KIN_APPOSITION = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})['’]s\\s+(${KIN_ORDINAL}(?:${KIN_NOUNS})),\\s+$`,
  "u",
);
const KIN_COPULA = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})['’]s\\s+(${KIN_ORDINAL}(?:${KIN_NOUNS}))\\s+(was|is)\\s+$`,
  "u",
);
// "Ida Sen studied at the University of Varnia, where her teacher was …": the sentence's subject
// is whom the pronoun means.
const WHERE_KIN = new RegExp(
  `\\bat\\s+(the\\s+\\p{Lu}[^,;]{2,60}?|\\p{Lu}[^,;]{2,60}?),\\s+where\\s+(?:his|her)\\s+(${KIN_ORDINAL}(?:${KIN_NOUNS}))\\s+was\\s+$`,
  "u",
);

// "the asteroid 1702 Iversen, discovered by …", "Kestrel Press, founded by …": a named thing and
// the participle that says who made it.
const MADE_BY =
  /(?:^|[\s(])((?:[Tt]he\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}\p{N}'’-]*|\d+)(?:\s+(?:of\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}\p{N}'’-]*|\d+)){0,4}),\s+(founded|discovered|invented|written|composed|painted|designed|built|established|translated|edited|created|developed|directed|commanded|organised|organized|led|headed|named|described|devised|begun|started)\s+(?:(?:in|about|around)\s+\d{4}\s+)?by\s+$/u;

/** Person cards of one sentence; `mentions` carry document offsets, `sentenceStart` places them. */
export function peopleCards(
  sentence: string,
  mentions: readonly Mention[],
  sentenceStart: number,
  topic?: string,
): PersonCard[] {
  const out: PersonCard[] = [];
  const push = (card: PersonCard) => {
    const answer = sentence.slice(card.start, card.end);
    if (card.end <= card.start || answerShows(card.prompt, answer)) return;
    if (out.some((c) => c.start === card.start && c.end === card.end && c.prompt === card.prompt)) return;
    out.push(card);
  };
  const local = mentions
    .map((m) => ({ kind: m.kind, start: m.start - sentenceStart, end: m.end - sentenceStart }))
    .filter((m) => m.start >= 0 && m.end <= sentence.length);
  // People the detectors found, and names of no known kind, which a person's role makes a person.
  const people = local.filter((m) => m.kind === "person").map((m) => widened(sentence, m));
  const unknown = local.filter((m) => m.kind === "name").map((m) => widened(sentence, m));
  const named = [...people, ...unknown].sort((a, b) => a.start - b.start);
  /** The name that starts at `at`: a mention, or read from the text. */
  const nameAt = (at: number) => {
    const mention = named.find((m) => m.start === at);
    if (mention) return mention;
    // A place or organisation the detectors found there is no person.
    if (local.some((m) => m.start <= at && m.end > at)) return null;
    return nameSpanAt(sentence, at);
  };
  let pastCache: boolean | undefined;
  const isPast = () => (pastCache ??= pastSentence(sentence));
  const was = () => (isPast() ? "was" : "is");

  // Apposition of a role: "…, French consul to Panama in 1860;".
  for (const p of named) {
    const role = ROLE_APPOSITION.exec(sentence.slice(p.end));
    if (!role) continue;
    const phrase = (role[1] ?? "").trim();
    // The role names what it is a role in, after its noun: "consul to Panama", "leader of Iceland's …".
    const noun = new RegExp(`\\b(?:${ROLE_NOUNS})\\b`, "iu").exec(phrase);
    const tail = noun ? phrase.slice(noun.index + noun[0].length) : "";
    const modifiers = noun ? phrase.slice(0, noun.index).split(/\s+/).filter(Boolean) : [];
    const anchored = /['’]s\b/.test(tail) || namesSomething(`of ${tail.trim()}`);
    // "Wenzel, became abbot of …" is a subject and its verb, not an apposition.
    const verbal = modifiers.some((w) => lexiconTags(w.toLowerCase()).some((t) => VERB_TAGS.has(t)));
    if (!anchored || verbal || NOT_IN_ROLE.test(phrase) || /^(?:a|an)\s/i.test(phrase)) continue;
    const determined = /^the\s/i.test(phrase) ? phrase.replace(/^The/, "the") : `the ${phrase}`;
    const dated = /\b(?:in|from|until|since)\s+\d{4}\b/.test(phrase);
    // The verb after the apposition gives the tense: "…, has said" is, "…, wrote" was.
    const next = /^\s*,\s+(\p{Ll}+)/u.exec(sentence.slice(p.end + (role[0] ?? "").length))?.[1] ?? "";
    const nextTags = lexiconTags(next);
    const tense = dated
      ? "was"
      : /^(?:is|are|has|have|says|does)$/.test(next) || (nextTags.includes("PresentTense") && /s$/.test(next))
        ? "is"
        : /^(?:was|were|had)$/.test(next) || nextTags.includes("PastTense") || /ed$/.test(next)
          ? "was"
          : was();
    push({ prompt: `Who ${tense} ${determined}?`, start: p.start, end: p.end, construction: "role" });
  }

  // "Berthold's brother, Conrad, …", "Manfredi's first patron was Count Harrach": the possessor is
  // named, so the question stands alone.
  for (const m of sentence.matchAll(/['’]s\s+/gu)) {
    const from = (m.index ?? 0) + m[0].length;
    for (let k = from; k <= from + 40 && k < sentence.length; k++) {
      if (k > 0 && !/\s/.test(sentence.charAt(k - 1))) continue;
      const before = sentence.slice(0, k);
      const apposed = KIN_APPOSITION.exec(before);
      const copula = apposed ? null : KIN_COPULA.exec(before);
      const kin = apposed ?? copula;
      if (!kin) continue;
      const owner = kin[1] ?? "";
      if (/^(?:The|A|An|His|Her|Their|Its|This|That|One)$/.test(owner.split(/\s+/)[0] ?? "")) break;
      const name = nameAt(k);
      if (!name) break;
      // The apposition closes with a comma or the sentence's end.
      if (apposed && !/^\s*(?:,|\.\s*$|$)/.test(sentence.slice(name.end))) break;
      const verb = copula ? (copula[3] === "is" ? "is" : "was") : was();
      push({
        prompt: `Who ${verb} ${owner}'s ${kin[2] ?? ""}?`,
        start: name.start,
        end: name.end,
        construction: "kin",
      });
      break;
    }
  }

  // "a group led by Ivo Lanz at Basel, …, had shown …" and "Ivo Lanz and co-workers … describe …".
  for (const p of people) {
    const before = sentence.slice(0, p.start);
    const after = sentence.slice(p.end);
    const led = LED_GROUP.exec(before);
    const possessive = POSSESSIVE_GROUP.exec(after);
    const andGroup = AND_GROUP.exec(after) ?? possessive;
    if (!led && !andGroup) continue;
    if (andGroup && /^(?:colleagues|associates|team|students)$/.test(andGroup[1] ?? "") && !RESEARCH.test(after))
      continue;
    const noun = (led?.[1] ?? possessive?.[1] ?? "group").replace(/^lab$/, "laboratory");
    // "at Rochester": a short place phrase right after the name says which group.
    const rest = possessive ? after.slice(possessive[0].length) : after;
    const at =
      led || possessive ? /^\s+at\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=[\s,])/u.exec(rest) : null;
    const subjectEnd =
      p.end + (after.length - rest.length) + (at ? at[0].length : possessive ? 0 : (andGroup?.[0].length ?? 0));
    const predicate = predicateAfter(sentence, subjectEnd);
    if (predicate)
      push({
        prompt: `Whose ${noun}${at ? ` at ${at[1] ?? ""}` : ""} ${predicate}?`,
        start: p.start,
        end: p.end,
        construction: "group",
      });
  }

  // "…, Kai Moll, who made the first map of the coast": what the person did, asked of them.
  for (const p of named) {
    const who = /^,\s+who\s+/.exec(sentence.slice(p.end));
    if (!who) continue;
    const predicate = predicateAfter(sentence, p.end + who[0].length, true);
    if (predicate) push({ prompt: `Who ${predicate}?`, start: p.start, end: p.end, construction: "relative" });
  }

  // "Lanz and co-workers—including Ida Sen and Kai Moll of Basel as joint first authors—": which
  // members of the group had the role.
  for (const p of people) {
    const members = MEMBERS_AS_AUTHORS.exec(sentence.slice(p.end));
    if (!members) continue;
    const list = (members[2] ?? "").trimEnd();
    const listStart = p.end + members[0].indexOf(members[2] ?? "");
    const owner = sentence.slice(p.start, p.end);
    const role = (members[4] ?? "").replace(/^the\s+/, "");
    push({
      prompt: `Which of ${owner}'s ${members[1] ?? ""} ${/\sand\s/.test(list) ? "were the" : "was the"} ${role}?`,
      start: listStart,
      end: listStart + list.length,
      construction: "group",
    });
  }

  // "the asteroid 1702 Iversen, discovered by Karl Reinmuth": who made a named thing.
  for (const m of sentence.matchAll(/\sby\s+/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const made = MADE_BY.exec(sentence.slice(0, at));
    if (!made) continue;
    const thing = (made[1] ?? "").replace(/^The\b/, "the");
    if (!namesSomething(`x ${thing}`) && !/\d/.test(thing)) continue;
    const name = nameAt(at);
    if (!name || !people.some((p) => p.start === name.start)) continue;
    const verb = made[2] ?? "";
    const past = PARTICIPLE_PAST[verb] ?? verb;
    push({ prompt: `Who ${past} ${thing}?`, start: name.start, end: name.end, construction: "made" });
  }

  // Teachers: "Ida Sen studied under Kai Moll", "Ida Sen was taught by Kai Moll".
  const first = named[0];
  const opening = first ? sentence.slice(0, first.start) : "";
  if (
    first &&
    /^(?:(?:As an? (?:boy|girl|child|youth|young man|young woman|student)|In \d{4}|Later|Then|At first),?\s+)?$/.test(
      opening,
    )
  ) {
    const subject = sentence.slice(first.start, first.end);
    for (const teacher of named) {
      if (teacher.start <= first.end) continue;
      const between = sentence.slice(first.end, teacher.start);
      const when = opening.replace(/,?\s+$/, "").replace(/^(?:Later|Then|At first)$/, "");
      const lead = when ? ` ${when.charAt(0).toLowerCase()}${when.slice(1)}` : "";
      if (/^\s+(?:first\s+|later\s+)?studied\s+(?:\p{Ll}+\s+){0,3}?under\s+(?:the\s+\p{Ll}+\s+)?$/u.test(between))
        push({
          prompt: `Under whom did ${subject} study${lead}?`,
          start: teacher.start,
          end: teacher.end,
          construction: "teacher",
        });
      else if (/^\s+was\s+(?:first\s+)?taught\s+(?:\p{Ll}+\s+){0,3}?by\s+(?:the\s+\p{Ll}+\s+)?$/u.test(between))
        push({
          prompt: `Who taught ${subject}${lead}?`,
          start: teacher.start,
          end: teacher.end,
          construction: "teacher",
        });
      else if (
        /^\s+(?:was|became)\s+(?:a|the)\s+(?:pupil|student|apprentice|disciple)\s+of\s+(?:the\s+\p{Ll}+\s+)?$/u.test(
          between,
        )
      )
        push({
          prompt: `Whose pupil was ${subject}${lead}?`,
          start: teacher.start,
          end: teacher.end,
          construction: "teacher",
        });
      else {
        const where = WHERE_KIN.exec(sentence.slice(0, teacher.start));
        // "the Academy of Fine Arts in The Hague": the town may go where the question would copy too much.
        const place = where?.[1] ?? "";
        const full = `Who was ${subject}'s ${where?.[2] ?? ""} at ${place}?`;
        const short = `Who was ${subject}'s ${where?.[2] ?? ""} at ${place.replace(/\s+in\s+\p{Lu}.*$/u, "")}?`;
        if (where && !/[.;]/.test(between))
          push({
            prompt: longestSharedRun(full, sentence) <= MAX_SHARED_RUN ? full : short,
            start: teacher.start,
            end: teacher.end,
            construction: "teacher",
          });
      }
    }
  }

  // A results line of a fact sheet: "2024: Ida SEN elected president", asked of the sheet's subject
  // (the line may open with its field's name: "Executive branch (election results): 2024: …").
  const results = /(?:^|:\s)((?:1[89]|20)\d\d):\s+$/.exec(opening);
  if (first && results && topic) {
    const office =
      /^\s+((?:re-?)?elected|appointed|chosen|sworn in as)\s+(president|prime minister|chancellor|governor|mayor|speaker|premier)\b/.exec(
        sentence.slice(first.end),
      );
    if (office)
      push({
        prompt: `Who was ${office[1] ?? ""} ${office[2] ?? ""} of ${topic} in ${results[1] ?? ""}?`,
        start: first.start,
        end: first.end,
        construction: "elected",
      });
  }
  return out.map((c) => ({ ...c, prompt: capitalise(c.prompt.replace(/\s+/g, " ").trim()) }));
}

const PARTICIPLE_PAST: Readonly<Record<string, string>> = {
  written: "wrote",
  begun: "began",
  built: "built",
  led: "led",
};
