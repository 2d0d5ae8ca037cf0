// Causes and purposes a sentence gives without a marker phrase: a result joined by "so" ("The
// roads were icy, so the school closed" -> "Why did the school close?" -> "the roads were icy"),
// and a purpose given by a bare "to" after a complete verb phrase ("The town built a dam to
// store water" -> "Why did the town build a dam?" -> "to store water").
import { analyseClause, analyseClauseFrom, invertVerb, isPluralSubject, type Token } from "./clause";
import { toInfinitive } from "./nlp";
import {
  clauseAround,
  type ClauseCard,
  clauseVariants,
  isBaseVerb,
  lower,
  MAX_ANSWER_WORDS,
  MAX_OBJECT_WORDS,
  objectOf,
  coordinatedVerb,
  phraseEnd,
  question,
  renderPart,
  sliceText,
  subjectOf,
} from "./reason-parts";

// Verbs whose object is followed by an infinitive complement, not a purpose: "asked them to
// leave", "allowed users to edit", "wanted the council to act".
const OBJECT_INFINITIVE = new Set(
  "ask allow enable permit force compel oblige require expect want need like prefer persuade urge encourage tell order invite help cause lead get teach advise remind warn instruct authorize authorise empower embolden entitle incentivize incentivise spur tempt induce convince press galvanize galvanise mobilize mobilise prompt drive inspire motivate push pressure train elect appoint choose select leave have be seem appear tend happen begin start continue fail manage agree decide try attempt plan intend hope wish aim refuse promise pledge vow threaten offer seek prepare expect consider believe know find show make let see hear watch feel judge declare report say think suppose assume presume".split(
    " ",
  ),
);
// Nouns an infinitive completes: "the right to vote", "a plan to build", "the first to fly".
const INFINITIVE_NOUNS = new Set(
  "ability capability right rights decision decisions plan plans attempt attempts effort efforts need needs way ways chance chances opportunity opportunities power powers time order orders bid bids desire willingness permission authority capacity capability tendency pressure obligation freedom reason reasons means failure refusal promise promises pledge pledges agreement agreements proposal proposals motion call calls request requests demand demands wish wishes intention intentions determination ambition ambitions aspiration aspirations motivation inclination hesitation eagerness readiness commitment commitments licence license mandate incentive incentives urge temptation courage strength tools resources skills money funds funding place places lot much little nothing something anything everything enough first last only next one ones move moves deal deals campaign campaigns initiative initiatives program programme programs programmes project projects law laws bill bills measure measures legislation vote votes offer offers invitation invitations instruction instructions advice threat threats struggle drive push".split(
    " ",
  ),
);

function infinitiveNoun(t: Token | undefined, head = false): boolean {
  const w = lower(t);
  // "reluctance to", "readiness to", "inability to", "urgency to": abstract nouns take an infinitive.
  if (head && /(?:ance|ence|ness|ity|ancy|ency|cy)$/.test(w)) return true;
  return INFINITIVE_NOUNS.has(w) || INFINITIVE_NOUNS.has(w.replace(/ies$/, "y").replace(/s$/, ""));
}

/** A verb of another clause among tokens [from, to): an auxiliary or a past form after a noun. */
function finiteAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.cls === "sub" || t.text === "," || t.text === ";") return true;
    if (t.cls === "aux") return true;
    if (
      (t.cls === "past" || t.cls === "ed") &&
      t.pos === "VERB" &&
      /^(?:noun|nv|proper|mention|pronoun)$/.test(tokens[k - 1]?.cls ?? "")
    )
      return true;
  }
  return false;
}

/** End of the question's tail after a result clause's verb: to the sentence end, never past a clause break. */
function tailEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) return k;
    if (t.text === ";" || t.text === ":" || t.text === "(" || t.text === "\u2014" || t.text === "\u2013") return k;
    if (t.text === "," && /^(?:sub|conj)$/.test(tokens[k + 1]?.cls ?? "")) return k;
    if (t.text === ",") return -1;
  }
  return tokens.length;
}

/** "X, so Y": why Y? Because X. */
function soResult(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const next = tokens[i + 1];
  if (!next || !/^(?:det|pronoun|noun|proper|mention|num)$/.test(next.cls) || lower(next) === "that") return null;
  if (/^(?:and|or|not|even|just|only)$/.test(lower(tokens[i - 1])) && tokens[i - 2]?.text !== ",") return null;
  const effect = analyseClauseFrom(tokens, i + 1);
  if (!effect || effect.subject[0] !== i + 1 || effect.verb[0] - effect.subject[0] > 8) return null;
  // "so it makes sense …", "so it is not possible …", "so there is …": the empty subject is fine.
  const expletive = tokens
    .slice(effect.verb[0], effect.verb[1])
    .some((t) => t.cls === "aux" || /^(?:be|make|seem|become)$/.test(t.lemma ?? ""));
  const subject = subjectOf(sentence, tokens, effect.subject, expletive);
  if (!subject) return null;
  const tail = tailEnd(tokens, effect.verb[1]);
  if (tail < 0) return null;
  const rest = renderPart(sentence, tokens, effect.verb[1], tail);
  if (rest.split(/\s+/).length > MAX_OBJECT_WORDS + 2) return null;
  const inverted = invertVerb(tokens, effect.verb, isPluralSubject(tokens, effect.subject));
  if (!inverted) return null;

  // The cause: the clause before "so", from its subject.
  let causeEnd = i;
  if (tokens[causeEnd - 1]?.text === ",") causeEnd--;
  const cause = analyseClause(tokens, Math.max(0, causeEnd - 1));
  if (!cause || cause.verb[0] >= causeEnd || cause.subject[1] <= cause.subject[0]) return null;
  for (let k = cause.subject[0]; k < causeEnd; k++) {
    const t = tokens[k];
    // Another clause inside the cause makes it no single reason.
    if (t?.text === ";" || (t?.text === "," && tokens[k + 1]?.cls === "conj")) return null;
  }
  const piece = sliceText(sentence, tokens, cause.subject[0], causeEnd);
  if (!piece) return null;
  const words = piece.text.split(" ").length;
  if (words < 3 || words > MAX_ANSWER_WORDS) return null;
  if (/^(?:it|this|that)\s/i.test(piece.text)) return null;
  const text = piece.text;
  return {
    method: "reason",
    prompt: question(["Why", inverted.aux, subject, inverted.rest, `${rest}?`]),
    answer: text,
    start: piece.start,
    end: piece.end,
    variants: clauseVariants(text, [`because ${text}`]),
  };
}

/** "The town built a dam to store water": a purpose after a complete verb phrase. */
function barePurpose(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  if (!isBaseVerb(tokens[i + 1])) return null;
  const prev = tokens[i - 1];
  if (!prev) return null;
  const nominal =
    prev.cls === "noun" ||
    prev.cls === "nv" ||
    prev.cls === "proper" ||
    prev.cls === "mention" ||
    (prev.cls === "pronoun" && /^(?:it|them|him|her|us)$/i.test(prev.text));
  if (!nominal || infinitiveNoun(prev, true)) return null;
  // "enough money to", "too small to", "the first woman to fly", "a custom for nobles to keep".
  const before = tokens.slice(Math.max(0, i - 5), i).map(lower);
  if (before.some((w) => /^(?:enough|too|first|last|only|for)$/.test(w))) return null;
  const clause = clauseAround(tokens, i);
  if (!clause || i <= clause.verb[1] || i > clause.rest[1]) return null;
  // "had to evolve X to cope": after a semi-modal the verb that takes the object follows "to".
  let verbEnd = clause.verb[1];
  let main = tokens[verbEnd - 1];
  if (main?.cls === "aux" && /^(?:have|has|had|ought)$/.test(lower(main)) && lower(tokens[verbEnd]) === "to") {
    verbEnd += 2;
    main = tokens[verbEnd - 1];
  }
  const lemma = main?.lemma ?? lower(main);
  if (!main || OBJECT_INFINITIVE.has(lemma) || main.cls === "aux" || verbEnd >= i) return null;
  // A second verb or a clause break between the verb and "to": the purpose is another clause's.
  if (finiteAfter(tokens, verbEnd, i)) return null;
  for (let k = verbEnd; k < i; k++) if (tokens[k]?.cls === "noun" && infinitiveNoun(tokens[k])) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  const object = objectOf(sentence, tokens, clause.verb[1], i);
  if (!subject || !inverted || !object || /^(?:it|them|him|her|us)$/i.test(object)) return null;
  // A verb inside the object may be what the purpose belongs to ("steps toward leveraging X to …").
  if (coordinatedVerb(tokens, clause.verb[1], i)) return null;
  // "works by training the immune system to recognise …": the infinitive completes the -ing verb.
  for (let k = verbEnd; k < i - 1; k++) {
    const next = tokens[k + 1];
    if (tokens[k]?.cls === "prep" && (next?.cls === "gerund" || /ing$/i.test(next?.text ?? ""))) return null;
    if (next && /ing$/i.test(next.text) && OBJECT_INFINITIVE.has(next.lemma ?? toInfinitive(next.text))) return null;
  }
  const end = phraseEnd(tokens, i + 1);
  const core = end > 0 ? sliceText(sentence, tokens, i + 1, end) : null;
  const at = tokens[i];
  if (!core || !at || core.text.split(" ").length < 2) return null;
  const text = sentence.slice(at.start, core.end).replace(/\s+/g, " ");
  return {
    method: "reason",
    prompt: question(["Why", inverted.aux, subject, inverted.rest, `${object}?`]),
    answer: text,
    start: at.start,
    end: core.end,
    variants: clauseVariants(text, [core.text, `in order to ${core.text}`]),
  };
}

/**
 * "To keep the workers employed, the owner designed cheap glasses": a purpose put before the main
 * clause. Asked on the main clause; the answer is the whole "to" phrase, which a comma ends.
 */
function frontedPurpose(sentence: string, tokens: Token[]): ClauseCard | null {
  let i = 0;
  while (tokens[i]?.cls === "punct") i++;
  if (lower(tokens[i]) !== "to" || !isBaseVerb(tokens[i + 1])) return null;
  let comma = i + 2;
  while (comma < tokens.length && tokens[comma]?.cls !== "punct") comma++;
  if (tokens[comma]?.text !== "," || comma - i - 1 > MAX_ANSWER_WORDS) return null;
  // "To the north, …" is no purpose; "To the king, who …" holds a clause of its own.
  for (let k = i + 2; k < comma; k++) if (/^(?:which|who|whom|whose)$/.test(lower(tokens[k]))) return null;
  const clause = analyseClauseFrom(tokens, comma + 1);
  if (!clause || clause.subject[0] !== comma + 1 || clause.verb[0] - clause.subject[0] > 8) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  if (!subject || !inverted) return null;
  const last = tokens[clause.verb[1] - 1];
  if (last?.cls === "aux" || last?.lemma === "be") return null;
  let end = clause.rest[1];
  while (end > clause.verb[1] && tokens[end - 1]?.cls === "punct") end--;
  const object = objectOf(sentence, tokens, clause.verb[1], end);
  if (object === null || /^(?:it|them|him|her|us|this|that)$/i.test(object)) return null;
  if (coordinatedVerb(tokens, clause.verb[1], end)) return null;
  const piece = sliceText(sentence, tokens, i, comma);
  const core = sliceText(sentence, tokens, i + 1, comma);
  if (!piece || !core || core.text.split(" ").length < 2) return null;
  const text = piece.text.charAt(0).toLowerCase() + piece.text.slice(1);
  return {
    method: "reason",
    prompt: question(["Why", inverted.aux, subject, inverted.rest, `${object}?`]),
    answer: piece.text,
    start: piece.start,
    end: piece.end,
    variants: clauseVariants(text, [text, core.text, `in order to ${core.text}`]),
  };
}

const CUE = /\bso\b|\bto\s+[a-z]/i;

/** Cards from "so" results and bare "to" purposes in one sentence (offsets inside it). */
export function connectiveCards(sentence: string, tokens: Token[]): ClauseCard[] {
  if (!CUE.test(sentence)) return [];
  const out: ClauseCard[] = [];
  const fronted = frontedPurpose(sentence, tokens);
  if (fronted) out.push(fronted);
  for (let i = 1; i < tokens.length - 2; i++) {
    const w = lower(tokens[i]);
    if (w === "so") {
      const card = soResult(sentence, tokens, i);
      if (card) out.push(card);
    } else if (w === "to" && (tokens[i]?.pos === "PART" || tokens[i]?.pos === undefined)) {
      // "in order to", "so as to", "used to", "agreed to" have their own readers.
      if (/^(?:order|as|used|able|going|about|due|have|has|had|ought)$/.test(lower(tokens[i - 1]))) continue;
      const card = barePurpose(sentence, tokens, i);
      if (card) out.push(card);
    }
  }
  return out;
}
