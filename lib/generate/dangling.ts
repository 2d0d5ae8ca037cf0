// Shapes of a built card that a teacher deletes or rewrites, checked after the builders (candidates.ts
// calls each; each names its shape, and onDrop reports it):
//   - questions that end where their meaning should begin: a preposition left at the end whose
//     object was a date or figure ("What did the board say on? → Monday"), "between" with one end,
//     a verb of saying whose content was cut off ("Which organisation said on Monday?");
//   - answers cut out of a larger one (one year of a list, a noun without its -ing head);
//   - "By what percentage" for a share, not a change; the noun of a verb idiom as an answer;
//     Who/Whom answered by a thing; a subject question whose words name nothing;
//   - blank cards on a piece of a quoted term, or whose pronoun the missing context explained.
// Stranded prepositions are fine with other answers ("What is the bridge made of?"). Verbs of
// saying are matched in lower case only: "the United States?" ends in a name, not a verb.
import { AUX } from "./clause";

const PREPOSITION_END = /\b(?:on|in|at|by|from|since|until|till|during|before|after|between|around|about|of)\?$/i;
// Forms that are verbs, not also nouns ("notes", "reports", "claims" end many good questions).
const SAYING =
  /\b(?:say|says|said|stated|announced|reported|told|claimed|added|noted|explained|confesses|confessed|remarks|remarked)(?:\s+(?:on|in|at|last|this|that|earlier|later)(?:\s+[\p{L}\d-]+){0,4})?\?$/u;
// "Who won the election and took?": a second verb whose words were cut off ("took over as …").
const BARE_SECOND_VERB = /\band\s+(?:(?:was|were|had|has)\s+)?\p{Ll}+(?:ed|ook|ent|ame|ave|old|ew|ung|ang|un|an)\?$/u;

const TIME_WORD =
  /^(?:(?:on|in|at)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|\d)/i;

/**
 * Why the question cannot stand, or null. `kind` is the candidate's kind (date, figure, …); a
 * weekday or a month in the answer counts as a date.
 */
export function danglingQuestion(
  prompt: string,
  kind: string,
  answer = "",
): "stranded-preposition" | "saying-without-content" | null {
  if (prompt.includes("____")) return null;
  const q = prompt.trim();
  if (/\bbetween\?$/i.test(q)) return "stranded-preposition";
  if ((kind === "date" || kind === "figure" || TIME_WORD.test(answer.trim())) && PREPOSITION_END.test(q))
    return "stranded-preposition";
  // "What did the board say?" asks for what was said; "Who said on Monday?" has lost it.
  if (SAYING.test(q) && !/^What\b/.test(q)) return "saying-without-content";
  if (BARE_SECOND_VERB.test(q)) return "stranded-preposition";
  // "In what year is there in existence a play-bill showing?": the year belonged to the thing
  // that exists ("a play-bill of 1833"), and an existential "there is" has no time to ask.
  if (/^(?:In what year|When|Until when|Since when)\s+(?:is|are|was|were|has|have)\s+there\b/i.test(q))
    return "stranded-preposition";
  return null;
}

// A year between other years of one list: "in 1998, 2002, 2016 and 2020".
const YEAR_BEFORE = /(?:\b\d{4}\s*,\s*|\b\d{4},?\s+and\s+)$/;
const YEAR_AFTER = /^(?:\s*,\s*\d{4}\b|,?\s+and\s+\d{4}\b)/;

/**
 * Answers cut out of a larger one, which no question can ask as written: one year of a list of
 * years (each card would hold the others in its question, or claim one year where there are
 * several), and a bare noun whose -ing head was left behind ("suffered mass bleaching" → "mass").
 * `before` and `after` are the sentence's text on either side of the answer.
 */
export function cutAnswer(answer: string, before: string, after: string): "year-of-a-list" | "cut-before-head" | null {
  const a = answer.trim();
  if (/^\d{4}$/.test(a) && (YEAR_BEFORE.test(before) || YEAR_AFTER.test(after))) return "year-of-a-list";
  if (/^\p{Ll}+$/u.test(a) && /^\s+\p{Ll}{3,}ing\b(?!\s+(?:to|that)\b)/u.test(after)) return "cut-before-head";
  return null;
}

// "By what percentage …" fits a change ("did exports rise"); of a share ("coral reefs cover less
// than one percent of the ocean floor") it reads as nonsense.
const CHANGE_VERB =
  /\b(?:ris(?:e|es|en)|rose|f[ae]ll(?:s|en)?|increase[ds]?|decrease[ds]?|gr[eo]ws?|grown|drop(?:s|ped)?|decline[ds]?|climb(?:s|ed)?|jump(?:s|ed)?|surge[ds]?|shr[iu]nk|shrinks|cut|cuts|reduce[ds]?|raise[ds]?|lower(?:s|ed)?|expand(?:s|ed)?|contract(?:s|ed)?|gain(?:s|ed)?|lose|loses|lost|slip(?:s|ped)?|plunge[ds]?|soar(?:s|ed)?|go up|went up|go down|went down|change[ds]?|vary|varied|improve[ds]?|worsen(?:s|ed)?|exceed(?:s|ed)?|outpace[ds]?)\b/;

/**
 * The question with its "By what percentage" fitted to what the figure is: kept for a change,
 * turned round for a share ("By what percentage do reefs cover of the floor?" → "What percentage
 * of the floor do reefs cover?"); null when it fits neither.
 */
export function percentageQuestion(prompt: string): string | null {
  if (!/^By what percentage\b/.test(prompt)) return prompt;
  if (CHANGE_VERB.test(prompt)) return prompt;
  const share =
    /^By what percentage\s+(do|does|did|is|are|was|were|has|have|had)\s+(.+?)\s+(\p{Ll}+)\s+of\s+(.+)\?$/u.exec(prompt);
  if (share) return `What percentage of ${share[4]} ${share[1]} ${share[2]} ${share[3]}?`;
  return null;
}

/**
 * A blank on part of a quoted term ('known as "petites ____"'): the quotation is one name, and a
 * blank on one of its words asks the reader to complete a phrase, not to recall a fact.
 */
export function blankInsideQuote(prompt: string): boolean {
  for (const m of prompt.matchAll(/["“]([^"”]{0,80})["”]/g)) {
    const inside = m[1] ?? "";
    if (inside.includes("____") && /\p{L}/u.test(inside.replace("____", ""))) return true;
  }
  return false;
}

// Verb + noun idioms: the noun is part of the verb ("enters into force", "took place"), never an
// answer of its own. Keyed by the noun; the verbs that make an idiom with it.
const IDIOM_VERBS: Record<string, RegExp> = {
  force: /\b(?:enter(?:s|ed|ing)?|come|comes|came|coming|remain(?:s|ed)?)\s+in(?:to)?\b/,
  effect: /\b(?:take|takes|took|taken|taking|come|comes|came|put|puts)\b/,
  place: /\b(?:take|takes|took|taken|taking)\b/,
  part: /\b(?:take|takes|took|taken|taking|play|plays|played)\b/,
  office: /\b(?:take|takes|took|taken|taking|hold|holds|held|leave|left)\b/,
  shape: /\b(?:take|takes|took|taken|taking)\b/,
  advantage: /\b(?:take|takes|took|taken|taking)\b/,
  account: /\b(?:take|takes|took|taken|taking)\b/,
  notice: /\b(?:take|takes|took|taken|taking)\b/,
  rise: /\b(?:give|gives|gave|given|giving)\b/,
  use: /\b(?:make|makes|made|making)\b/,
  sense: /\b(?:make|makes|made|making)\b/,
  attention: /\b(?:pay|pays|paid|paying|draw|draws|drew)\b/,
  role: /\b(?:take|takes|took|taken|taking|play|plays|played|playing)\b/,
  interest: /\b(?:take|takes|took|taken|taking|show|shows|showed|shown)\b/,
  care: /\b(?:take|takes|took|taken|taking)\b/,
  action: /\b(?:take|takes|took|taken|taking)\b/,
  steps: /\b(?:take|takes|took|taken|taking)\b/,
  charge: /\b(?:take|takes|took|taken|taking)\b/,
  control: /\b(?:take|takes|took|taken|taking|gain|gains|gained|lose|loses|lost)\b/,
  power: /\b(?:take|takes|took|taken|taking|come|comes|came)\b/,
  stand: /\b(?:take|takes|took|taken|taking)\b/,
};

/** "What does the Compact enter into? → force": the answer is the noun of a verb idiom. */
export function idiomNounAnswer(prompt: string, answer: string): boolean {
  if (prompt.includes("____")) return false;
  const words = answer
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .split(/\s+/);
  // "an active role", "a keen interest": an adjective before the idiom's noun changes nothing.
  const nouns = words.length <= 3 ? [words[0], words[words.length - 1]] : [words[0]];
  return nouns.some((noun) => {
    const verbs = noun ? IDIOM_VERBS[noun] : undefined;
    return verbs !== undefined && verbs.test(prompt);
  });
}

// Nouns for people, so that "Who …?" and "Whom …?" may answer with a common noun phrase.
const PERSON_NOUN =
  /^(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|famil(?:y|ies)|kings?|queens?|princes?|princess(?:es)?|emperors?|empress|presidents?|ministers?|members?|leaders?|officials?|officers?|soldiers?|troops|workers?|farmers?|students?|teachers?|professors?|scientists?|researchers?|doctors?|physicians?|nurses?|judges?|lawyers?|priests?|monks?|bishops?|popes?|authors?|writers?|poets?|artists?|painters?|composers?|musicians?|singers?|actors?|actress(?:es)?|players?|citizens?|residents?|settlers?|immigrants?|refugees?|voters?|delegates?|ambassadors?|envoys?|diplomats?|governors?|mayors?|senators?|deputies|representatives?|chiefs?|directors?|managers?|founders?|owners?|inventors?|engineers?|architects?|explorers?|sailors?|pilots?|generals?|commanders?|captains?|admirals?|colonels?|spies|agents?|experts?|critics?|historians?|philosophers?|journalists?|reporters?|editors?|publishers?|merchants?|traders?|bankers?|investors?|employees?|employers?|staff|crew|team|group|couple|pair|brothers?|sisters?|sons?|daughters?|fathers?|mothers?|parents?|husbands?|wives|wife|widows?|heirs?|rulers?|monarchs?|dukes?|counts?|lords?|ladies|lady|knights?|nobles?|peasants?|slaves?|servants?|prisoners?|victims?|survivors?|patients?|users?|customers?|clients?|visitors?|tourists?|pilgrims?|missionaries|missionary|rebels?|protesters?|activists?|volunteers?|partners?|allies|ally|friends?|rivals?|enemies|enemy|opponents?|supporters?|followers?|disciples?|pupils?|apprentices?|colleagues?|co-?workers?|authorities|government|council|committee|board|commission|court|parliament|congress|senate|assembly|party|parties|company|firm|state|states|country|countries|nation|nations|army|navy|police|union|church|university|school|society|organi[sz]ation|agency|ministry|department|office|bank|band|club)$/i;

/**
 * "Whom did the decisions require? → a two-thirds majority": a Who or Whom question whose answer is
 * a common noun phrase naming no person or body.
 */
export function whoWithoutPerson(prompt: string, answer: string): boolean {
  if (!/^(?:Who|Whom)\b/.test(prompt)) return false;
  const words = answer.trim().split(/\s+/);
  // With an article ("a majority of …"), or without one where only the sentence start gave the
  // first word its capital ("Uptake among people aged 65 …"): a common noun phrase.
  const article = /^(?:a|an|the|some|several|many)$/i.test(words[0] ?? "");
  const bareCommon =
    !article && words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? "") && /^\p{Ll}/u.test(words[1] ?? "");
  if (!article && !bareCommon) return false;
  // The head noun: the last word before "of", a relative word or a comma ("a majority of its members").
  const phrase: string[] = bareCommon ? [words[0] ?? ""] : [];
  for (const w of words.slice(1)) {
    if (
      /^(?:of|in|at|from|with|among|between|into|under|over|about|after|before|during|to|who|whom|that|which|for|on|by|,)$/i.test(
        w,
      )
    )
      break;
    phrase.push(w);
    if (/,$/.test(w)) break;
  }
  // A capitalised word after the article is a name ("the Mozilla Reps").
  if (phrase.some((w, i) => /^\p{Lu}/u.test(w) && !(bareCommon && i === 0))) return false;
  const head = (phrase[phrase.length - 1] ?? "").replace(/[^\p{L}-]/gu, "");
  if (head === "") return false;
  // Agent nouns are people ("a geologist", "the librarians", "an employee").
  if (/(?:ist|ian|er|or|ee|ant|ent)s?$/i.test(head)) return false;
  return !PERSON_NOUN.test(head);
}

/**
 * A blank in a piece cut from the middle of its sentence ("Western suppliers had imposed an embargo
 * on it in ____.", from "… because Western suppliers had imposed an embargo on it in 2014") whose
 * pronoun the cut-off start explained. A piece that starts where the sentence starts keeps the
 * words that name what its pronouns mean, as does the whole sentence.
 */
export function fragmentBlankWithPronoun(prompt: string, answer: string, sentence: string): boolean {
  if (!prompt.includes("____")) return false;
  const norm = (t: string) =>
    t
      .replace(/\s*\([^)]*\)/g, "")
      .replace(/\s+/g, " ")
      .replace(/[.;:!?]\s*$/, "")
      .trim()
      .toLowerCase();
  const filled = norm(prompt.replace("____", answer));
  if (norm(sentence).startsWith(filled)) return false;
  let rest = withoutRelationOwner(prompt);
  // "Marwede spent her last years in ____" (restated from "She spent …"): a person's pronoun after
  // the name the card opens with is that person's.
  const name = OPENING_NAME.exec(rest);
  if (name && !NOT_A_NAME.test(name[1] ?? "")) rest = rest.replace(/\b(?:he|him|his|she|her)\b/gi, "");
  return /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i.test(rest);
}

// "His son Peter III", "her pupil Jules Marchand", "their leader, Ana Rossi": a relation owned by a
// pronoun and followed by the name of the one meant. The name says who is meant; whose son he was
// is context a card can leave out. Case is spelled out: under the i flag \p{Lu} matches any letter.
const RELATION_BEFORE_NAME =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:elder|younger|eldest|youngest|only|former|late|first|second|third|new|old|close|chief|favourite|favorite)\s+)?(?:son|daughter|brother|sister|father|mother|wife|husband|widow|widower|heir|successor|predecessor|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|pupil|student|teacher|master|friend|rival|partner|colleague|assistant|deputy|ally|patron|mentor|companion|bride|fiancée?|leader|general|minister|envoy|captain|commander|lieutenant|secretary|son-in-law|daughter-in-law|stepson|stepdaughter|half-brother|half-sister)s?,?\s+(?=\p{Lu}\p{Ll})/gu;

/** `text` without the pronoun-owned relation before a name ("did his son Peter III claim" → "did Peter III claim"). */
export function withoutRelationOwner(text: string): string {
  return text.replace(RELATION_BEFORE_NAME, "");
}

// Words that open a phrase of time or place before a sentence's subject ("In 1911 she …").
const OPENER =
  /^(?:In|On|At|By|For|From|With|Along|Across|After|Before|During|Since|Until|Today|Then|Later|Once|Soon|Finally|Eventually|Now|When|While|As|Over|Under|Through|Within|Of|To|Into)[,]?$/;

// A card that opens on a name and its verb: "Ada Brandt moved …", "Marwede spent …".
const OPENING_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+\p{Ll}/u;
const NOT_A_NAME =
  /^(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|There|In|On|At|By|For|From|With|After|Before|During|When|While|Some|Many|Most|All|Each|Every|Such|However|Although|Since|As|If|But|And|Or|Then|Later|Today)\b/;

/**
 * A blank card whose sentence opens on a pronoun the sentence before explained ("Along its middle
 * course it cuts through the ____."): the card shows its sentence alone, so "it" names nothing.
 * The empty "it" of English ("It is likely that …", "it was not until …") is no such pronoun.
 */
export function blankLeansOnPronoun(prompt: string): boolean {
  if (!prompt.includes("____")) return false;
  const opening = withoutRelationOwner(prompt).split(/\s+/).slice(0, 7).join(" ");
  const m = /\b(it|he|she|they|his|her|its|their)\b/i.exec(opening);
  if (!m) return false;
  // Only a pronoun first, or after an opening phrase of time or place ("In 1911 she …", "Along its
  // middle course it …"), leans on the sentence before. A subject before it ("The society received
  // its charter", "The cemeteries, as they are called") or a name ("Mozilla noted that ____ of
  // their revenue …") may be what it means.
  const before = opening.slice(0, m.index).split(/\s+/).filter(Boolean);
  if (before.length > 0 && !OPENER.test(before[0] ?? "")) return false;
  if (before.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return false;
  const after = opening.slice(m.index + m[0].length);
  if (
    /^it$/i.test(m[1] ?? "") &&
    /^\s+(?:is|was|has been|had been|seems|seemed|appears|appeared)\s+(?:\p{Ll}+\s+)?(?:that|to|not|likely|unlikely|possible|clear|said|known|thought|believed|estimated|reported)\b/iu.test(
      after,
    )
  )
    return false;
  return true;
}

/**
 * "What saw a sharp decrease? → cloud computing": a question for the subject whose few remaining
 * words name nothing (no name, number or quoted term) fits anything the passage could be about.
 */
export function vagueSubjectQuestion(prompt: string): boolean {
  const m = /^(?:What|Who)\s+(\S+)\s+(.*)\?$/.exec(prompt.trim());
  if (!m || AUX.has((m[1] ?? "").toLowerCase())) return false;
  const rest = m[2] ?? "";
  if (/[\p{Lu}\p{N}"“”]/u.test(rest)) return false;
  return rest.split(/\s+/).filter(Boolean).length <= 4;
}
