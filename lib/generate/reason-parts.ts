// The pieces every clause card is made of: where a phrase answer ends, its exact text, the parts
// of the main clause rendered for a question, the clause that holds a given word, and the
// accepted variants of a clause answer (without the marker, without filler adverbs, the core).
import { analyseClause, analyseClauseFrom, type Clause, type Token } from "./clause";
import { lexiconTags } from "./nlp";
import { namesAModel } from "./prompts";
import { contentWords } from "./text";

export interface ClauseCard {
  method: "reason" | "action";
  prompt: string;
  answer: string;
  /** The answer's offsets inside the sentence. */
  start: number;
  end: number;
  variants: string[];
}

export const MAX_ANSWER_WORDS = 14;
export const MAX_OBJECT_WORDS = 12;

export function lower(t: Token | undefined): string {
  if (!t) return "";
  t.low ??= t.text.toLowerCase();
  return t.low;
}

export function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => lower(tokens[i + k]) === w);
}

export function isVerbToken(t: Token | undefined): boolean {
  return !!t && (t.cls === "past" || t.cls === "ed" || t.cls === "present" || t.cls === "nv");
}

/** A base verb after "to": "to halt", "to store". */
export function isBaseVerb(t: Token | undefined): boolean {
  if (!t || t.lemma === "be") return false;
  // "in response to rising costs": an -ing form is no base verb ("bring" is its own lemma).
  if (t.cls === "gerund" && t.lemma !== undefined && t.lemma !== lower(t)) return false;
  if (t.pos !== undefined) return t.pos === "VERB";
  return t.cls === "present" || t.cls === "noun" || t.cls === "nv";
}

// Adjunct prepositions that end an action or cause phrase once it has a few words ("halt the
// project | after a long debate").
const ADJUNCT_PREPS = new Set([
  "after",
  "before",
  "during",
  "since",
  "until",
  "following",
  "amid",
  "despite",
  "throughout",
  "within",
  "by",
]);
export const PARTICLES = new Set(["up", "out", "off", "down", "away", "back", "over", "on", "in"]);
const BREAK_SUB = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "although",
  "though",
  "whereas",
  "because",
  "since",
  "unless",
  "if",
  "but",
]);
const QUOTES = /^["\u201c\u201d\u2018\u2019']$/;

/** End (exclusive token index) of a phrase answer starting at `from`, or -1 when it runs too long. */
export function phraseEnd(tokens: Token[], from: number, maxWords = MAX_ANSWER_WORDS): number {
  let words = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.cls === "punct" && !QUOTES.test(t.text)) break;
    if (BREAK_SUB.has(lower(t)) && i > from) break;
    if (ADJUNCT_PREPS.has(lower(t)) && words >= 2) break;
    if (t.cls === "mention" && i > from && /^(?:in|on)$/.test(lower(tokens[i - 1])) && words >= 3) {
      i--;
      break;
    }
    // "…, and" or "and" + a new subject and verb would start another clause; a second verb
    // phrase ("halt enrichment and allow inspections") stays.
    if (
      lower(t) === "and" &&
      (tokens[i + 1]?.cls === "pronoun" || (tokens[i + 1]?.cls === "det" && tokens[i + 3]?.cls === "aux"))
    )
      break;
    words++;
    if (words > maxWords) return -1;
  }
  // No dangling function words or quote marks at the end.
  while (
    i > from &&
    ((/^(?:det|prep|conj|sub|aux)$/.test(tokens[i - 1]?.cls ?? "") && !phrasalParticle(tokens, i - 1)) ||
      QUOTES.test(tokens[i - 1]?.text ?? ""))
  )
    i--;
  return i > from ? i : -1;
}

/** "silted up", "take on": a particle right after its verb ends a phrase; "dominance in" does not. */
function phrasalParticle(tokens: Token[], k: number): boolean {
  return PARTICLES.has(lower(tokens[k])) && /^(?:present|past|ed|nv|gerund)$/.test(tokens[k - 1]?.cls ?? "");
}

export interface TextPiece {
  text: string;
  start: number;
  end: number;
}

/** The exact text of tokens [from, to), without a footnote number glued to its last word. */
export function sliceText(sentence: string, tokens: Token[], from: number, to: number): TextPiece | null {
  let a = from;
  let b = to;
  while (a < b && QUOTES.test(tokens[a]?.text ?? "")) a++;
  while (b > a && QUOTES.test(tokens[b - 1]?.text ?? "")) b--;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b <= a) return null;
  let end = last.end;
  const raw = sentence.slice(first.start, end);
  // A footnote number glued to an ordinary word goes; "HTML5" keeps its 5.
  const foot = /(?<=\p{L})\d{1,3}$/u.exec(raw);
  if (foot && !namesAModel(raw.slice(0, foot.index))) end -= foot[0].length;
  const text = sentence.slice(first.start, end).replace(/\s+/g, " ").trim();
  return text === "" ? null : { text, start: first.start, end };
}

/** Renders tokens [from, to) for a question: spaces normalised, brackets and footnotes dropped. */
export function renderPart(sentence: string, tokens: Token[], from: number, to: number): string {
  let out = "";
  let depth = 0;
  let prevEnd = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.text === "(" || t.text === "[") depth++;
    if (depth > 0) {
      if (t.text === ")" || t.text === "]") depth--;
      prevEnd = t.end;
      continue;
    }
    if (/^["\u201c\u201d]$/.test(t.text)) continue;
    if (
      t.cls === "num" &&
      prevEnd === t.start &&
      /[\p{L}.,]$/u.test(sentence.slice(0, t.start)) &&
      !namesAModel(sentence.slice(0, t.start))
    )
      continue;
    let gap = prevEnd >= 0 ? sentence.slice(prevEnd, t.start) : "";
    // "Cisco-provided": the rest of a hyphenated word a mention token left out.
    const tail = /^[-\u2011][\p{L}\p{N}]+/u.exec(gap);
    if (tail) {
      out += tail[0];
      gap = gap.slice(tail[0].length);
    }
    if (out === "" || /^[,;:)]$/.test(t.text)) out += t.text;
    else if (/\s/.test(gap) || gap.length > 2) out += ` ${t.text}`;
    else out += gap + t.text;
    prevEnd = t.end;
  }
  return out.replace(/\s+/g, " ").replace(/,\s*$/, "").trim();
}

const VAGUE_SUBJECT =
  /^(?:it|they|this|these|those|that|which|who|he|she|we|i|you|there|such|some|many|others?|one|all|both|each)$/i;

/**
 * The subject rendered for a question, lower-cased at the start when it is a common noun; null for
 * a pronoun or a long subject. `expletive` allows "it" and "there" ("Why is it not possible …?").
 */
export function subjectOf(
  sentence: string,
  tokens: Token[],
  range: [number, number],
  expletive = false,
): string | null {
  // "it soon became": an adverb before the verb is no part of the subject.
  let to = range[1];
  // "boat anchors no longer": a negation before the adverb keeps both, for the question needs them.
  while (to > range[0] + 1 && tokens[to - 1]?.cls === "adv" && lower(tokens[to - 2]) !== "no") to--;
  const text = renderPart(sentence, tokens, range[0], to);
  const words = text.split(/\s+/);
  if (text === "" || words.length > 9) return null;
  // "a pledge, The Mozilla project": a quotation or heading run into the clause; "the view that
  // Russia …": a clause inside the subject.
  if (/,\s*(?:The|A|An)\s/.test(text)) return null;
  for (let k = range[0]; k < to; k++)
    if (tokens[k]?.cls === "sub" || (tokens[k]?.cls === "prep" && k === range[0])) return null;
  if (VAGUE_SUBJECT.test(text) && !(expletive && /^(?:it|there)$/i.test(text))) return null;
  const first = tokens[range[0]];
  // "approved a tax that resulted in …": a noun phrase met mid-sentence is "the tax" in the question.
  const before = tokens[range[0] - 1];
  if (before && before.cls !== "punct" && /^(?:a|an)$/i.test(first?.text ?? ""))
    return `the${text.slice(first?.text.length ?? 0)}`;
  if (first && sentenceInitialCommonWord(tokens, range[0])) return text.charAt(0).toLowerCase() + text.slice(1);
  if (
    first &&
    first.cls !== "proper" &&
    first.cls !== "mention" &&
    /^\p{Lu}[\p{Ll}']*$/u.test(words[0] ?? "") &&
    (first.cls === "det" ||
      first.cls === "gerund" ||
      first.cls === "noun" ||
      first.cls === "adj" ||
      first.cls === "pronoun" ||
      (first.cls === "ed" && first.pos !== "PROPN"))
  ) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

/**
 * "Manufacturers hired …", "Grain prices fell …", "Two doses are given": a capital the sentence
 * start gave a word the tagger then took for a name. A number word, a plural, or a word before a
 * common noun, that no lexicon knows as a name; tidyQuestion gives back the capital of a name the
 * document always writes with one.
 */
export function sentenceInitialCommonWord(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || tokens.slice(0, at).some((x) => x.cls !== "punct")) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  if (t.cls === "num") return true;
  if (t.cls !== "proper" || lexiconTags(lower(t)).some((tag) => NAME_TAGS.has(tag))) return false;
  const next = tokens[at + 1];
  const w = lower(t);
  // "Exporters have …", "Reefs near …"; not "Jenkins sold …".
  const plural =
    /(?:ers|ors|ists|ians|ants|ents|ies|ions|ings|ches|shes)$/.test(w) || (/[^su]s$/.test(w) && next?.cls === "prep");
  return plural || next?.cls === "noun" || next?.cls === "nv";
}

const NAME_TAGS = new Set([
  "Person",
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
  "ProperNoun",
]);

// Verbs that report speech or thought: a clause after "that" is their object ("announced that …").
const REPORTING_LEMMAS = new Set(
  "announce say state declare claim argue report note warn confirm reveal insist explain add write decide agree believe suggest".split(
    " ",
  ),
);

/**
 * The object words between the verb and `to` (exclusive) for a question. A comma ends them; so
 * does a relative clause. A reported clause ("announced that it would not …") stays when short,
 * for without it the question asks about a bare verb. Null when too long or when a clause break
 * leaves the verb without the object it needs.
 */
export function objectOf(sentence: string, tokens: Token[], from: number, to: number): string | null {
  let end = to;
  let reported = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t?.text === ",") {
      end = i;
      break;
    }
    if (t?.cls === "sub") {
      const verb = tokens[from - 1];
      if (i === from && lower(t) === "that" && REPORTING_LEMMAS.has(verb?.lemma ?? "")) {
        reported = true;
        continue;
      }
      if (i === from) return null;
      end = i;
      break;
    }
  }
  const text = renderPart(sentence, tokens, from, end);
  if (text.split(/\s+/).filter((w) => w !== "").length > MAX_OBJECT_WORDS + (reported ? 3 : 0)) return null;
  return text;
}

/**
 * "maintains ties with Israel and refuses to share …": a second inflected verb among tokens
 * [from, to) that a question on the first verb would leave uninverted.
 */
export function coordinatedVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!/^(?:and|or|but)$/.test(lower(tokens[k]))) continue;
    let n = k + 1;
    while (tokens[n]?.cls === "adv") n++;
    const t = tokens[n];
    if (
      t &&
      (t.cls === "nv" ||
        t.cls === "past" ||
        (t.cls === "ed" && t.pos === "VERB") ||
        (t.cls === "present" && /s$/.test(t.text) && t.pos === "VERB"))
    )
      return true;
  }
  return false;
}

/**
 * "by the massacre, burning alive, and the Inquisition": when a phrase stops at a comma that
 * opens the rest of a list, the end of the whole list (within `maxWords`), or -1 when the list
 * runs longer. The phrase end itself otherwise.
 */
export function listEnd(tokens: Token[], from: number, end: number, maxWords: number): number {
  if (tokens[end]?.text !== ",") return end;
  // "…, primarily the Firefox browser and …", "…, including …": what follows the comma spells the
  // phrase out; it is no further item of a list, so the phrase ends at the comma.
  if (
    tokens[end + 1]?.cls === "adv" ||
    /^(?:including|such|notably|especially|mainly|chiefly|primarily)$/.test(lower(tokens[end + 1]))
  )
    return end;
  let k = end + 1;
  while (k < tokens.length && k < end + 10 && !/^(?:and|or)$/.test(lower(tokens[k]))) {
    const t = tokens[k];
    if (!t || t.cls === "sub" || t.cls === "aux" || (t.pos === "VERB" && t.cls !== "gerund")) return end;
    k++;
  }
  if (!/^(?:and|or)$/.test(lower(tokens[k]))) return end;
  const last = phraseEnd(tokens, k + 1, 5);
  if (last < 0 || last - from > maxWords) return -1;
  return last;
}

export function question(parts: (string | undefined)[]): string {
  const q = parts
    .filter((p) => p !== undefined && p !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+\?/, "?");
  return q.charAt(0).toUpperCase() + q.slice(1);
}

/**
 * The clause whose verb group holds or precedes token `i`: the main clause, or the one after the
 * last clause break before `i` (a subordinator, "whereby", ", and" or ", but" before a new
 * subject). Null when no clause with a subject is found.
 */
export function clauseAround(tokens: Token[], i: number): Clause | null {
  for (let k = i - 1; k > 0; k--) {
    const t = tokens[k];
    if (!t) continue;
    if (t.text === ";" || t.text === ":") break;
    const next = tokens[k + 1];
    // "the drought, which led to famine": the relative's verb has the noun before it as subject.
    if (/^(?:which|who|that)$/.test(lower(t)) && k + 1 <= i && startsVerbGroup(next)) {
      const relative = relativeClause(tokens, k);
      return relative && relative.verb[0] <= i ? relative : null;
    }
    const newSubject = next && /^(?:det|pronoun|noun|proper|mention|adj|num)$/.test(next.cls);
    if (
      (t.cls === "sub" && lower(t) !== "that" && newSubject) ||
      (/^(?:whereby|so)$/.test(lower(t)) && newSubject) ||
      (lower(t) === "but" && newSubject) ||
      (lower(t) === "and" && tokens[k - 1]?.text === "," && newSubject)
    ) {
      const inner = analyseClauseFrom(tokens, k + 1);
      if (inner && inner.subject[1] > inner.subject[0] && inner.verb[0] <= i) return inner;
      return null;
    }
  }
  const clause = analyseClause(tokens, i);
  return clause && clause.verb[0] <= i ? clause : null;
}

function startsVerbGroup(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.cls === "aux") return true;
  return (t.cls === "past" || t.cls === "ed" || t.cls === "present" || t.cls === "nv") && t.pos === "VERB";
}

const NP_PART = /^(?:det|adj|noun|nv|num|proper|mention)$/;

/** The clause of a relative pronoun at `k` with its antecedent noun phrase as the subject. */
function relativeClause(tokens: Token[], k: number): Clause | null {
  const npEnd = tokens[k - 1]?.text === "," ? k - 1 : k;
  const head = tokens[npEnd - 1];
  if (!head || !/^(?:noun|nv|proper|mention)$/.test(head.cls)) return null;
  let npStart = npEnd - 1;
  while (npStart > 0 && npEnd - npStart < 7) {
    const t = tokens[npStart - 1];
    // "shared risks": an -ed form right before a noun or adjective describes it.
    const describing = t?.cls === "ed" && /^(?:noun|adj)$/.test(tokens[npStart]?.cls ?? "");
    if (!describing && !NP_PART.test(t?.cls ?? "")) break;
    npStart--;
  }
  // "powers like Russia and Iran, who …", "trust and shared risks that …": the noun phrase is part
  // of a list or comparison whose whole the relative may mean.
  if (/^(?:and|or|like|as|than|,)$/.test(lower(tokens[npStart - 1]))) return null;
  // "the rest of the stones, which": take the whole "of" phrase when short.
  if (lower(tokens[npStart - 1]) === "of" && NP_PART.test(tokens[npStart - 2]?.cls ?? "")) {
    let s2 = npStart - 2;
    while (s2 > 0 && npEnd - s2 < 8 && NP_PART.test(tokens[s2 - 1]?.cls ?? "")) s2--;
    if (npEnd - s2 < 9) npStart = s2;
  }
  let verbEnd = k + 2;
  if (tokens[k + 1]?.cls === "aux") {
    while (verbEnd < tokens.length && (tokens[verbEnd]?.cls === "adv" || lower(tokens[verbEnd]) === "not")) verbEnd++;
    while (verbEnd < tokens.length && tokens[verbEnd]?.cls === "aux") verbEnd++;
    const main = tokens[verbEnd];
    if (main && /^(?:ed|past|present|gerund|nv)$/.test(main.cls)) verbEnd++;
  }
  let to = tokens.length;
  for (let j = verbEnd; j < tokens.length; j++) {
    if (tokens[j]?.text === ";" || tokens[j]?.text === ":") {
      to = j;
      break;
    }
  }
  return { tokens, subject: [npStart, npEnd], verb: [k + 1, verbEnd], rest: [verbEnd, to] };
}

// Filler adverbs a student would leave out of an answer: "it had now focused" -> "it had focused".
const FILLER = /\s*\b(?:now|then|also|quite|very|simply|already|still|just|really|even|previously|thus)\b/gi;

/** Accepted forms of a clause answer: as given, without filler adverbs, and the extras given. */
export function clauseVariants(answer: string, extras: readonly string[]): string[] {
  const out = [...extras];
  const plain = answer.replace(FILLER, "").replace(/\s+/g, " ").trim();
  if (plain !== answer && plain.split(" ").length >= 2) out.push(plain);
  for (const e of extras) {
    const p = e.replace(FILLER, "").replace(/\s+/g, " ").trim();
    if (p !== e && p.split(" ").length >= 2) out.push(p);
  }
  // "a feeling that AI threatens their jobs": the reported clause on its own is the core.
  const content =
    /^(?:(?:a|an|the|their|his|her|its|our)\s+)?(?:\w+\s+)?(?:fact|feeling|belief|sense|idea|view|fear|perception|realisation|realization|knowledge|hope|concern|assumption|conviction|notion|suspicion|worry|expectation)\s+that\s+(.+)$/i.exec(
      answer,
    );
  if (content?.[1] && content[1].split(" ").length >= 3) out.push(content[1], `that ${content[1]}`);
  // "essential for the survival of the host organism" -> "essential for the survival": a student
  // may leave out the last "of" phrase of a long answer.
  const words = answer.split(" ");
  const of = words.lastIndexOf("of");
  if (words.length >= 6 && of >= 3 && words.length - of <= 5) out.push(words.slice(0, of).join(" "));
  // "there are few striking monuments" -> "few striking monuments".
  const existential = /^there\s+(?:is|are|was|were|had been|has been|have been)\s+(.+)$/i.exec(answer);
  if (existential?.[1]) out.push(existential[1]);
  return out;
}

// Verbs too general to say what a question is about ("Why did the council do it?").
const LIGHT_VERBS = new Set([
  "do",
  "did",
  "does",
  "done",
  "happen",
  "happened",
  "make",
  "made",
  "get",
  "got",
  "go",
  "went",
]);

/**
 * A why/how/what-happened question whose clause says enough to be asked on its own: three content
 * words or more besides the question word ("Why did the researchers use underwater drones?"). The
 * names-nothing test, made for noun-phrase questions ("What does the drainage comprise?"), would
 * turn it into a blank over a whole clause; "Why was the name changed?" still says too little.
 */
export function clauseQuestionSaysEnough(prompt: string): boolean {
  // "The board voted to cut wages. What did this lead to?": the scene set before says it.
  if (/^[^?]+\.\s+(?:What|Why|How)\b[^.]*\?$/.test(prompt)) return contentWords(prompt).length >= 4;
  if (!/^(?:Why|How|What happened|What did|What does|What do|What was|What were|What is|What are)\b/.test(prompt))
    return false;
  const words = contentWords(prompt.replace(/^\S+\s+/, "")).filter((w) => !LIGHT_VERBS.has(w));
  return words.length >= 3;
}
