// Outcomes a sentence adds in a participle clause after the main clause: "The storm cut the power
// lines, forcing schools to close" -> "What did the storm force schools to do?" -> "close";
// "…, causing the closure of the airport" -> "What did the storm cause?"; and the outcome of an
// event for its subject: "The economy grew quickly after the war ended" -> "What happened to the
// economy after the war ended?" -> "grew quickly".
import { analyseClauseFrom, invertVerb, isPluralSubject, type Token } from "./clause";
import { isHuman } from "./cause-verbs";
import { toInfinitive } from "./nlp";
import {
  clauseAround,
  type ClauseCard,
  clauseVariants,
  coordinatedVerb,
  isBaseVerb,
  isVerbToken,
  lower,
  objectOf,
  phraseEnd,
  question,
  renderPart,
  sentenceInitialCommonWord,
  sliceText,
  subjectOf,
} from "./reason-parts";

// "forcing X to V", "allowing X to V": what the subject made someone do.
const MAKE_DO = new Set([
  "force",
  "allow",
  "enable",
  "compel",
  "prompt",
  "lead",
  "oblige",
  "push",
  "encourage",
  "permit",
]);
// "causing X", "disrupting X": what the subject caused or harmed.
const RESULT_OBJECT = new Set(
  "cause trigger spark provoke prompt disrupt damage destroy kill end halt block delay displace flood close injure interrupt paralyse paralyze devastate".split(
    " ",
  ),
);

/** The question's auxiliary for the subject's tense: a passive or a perfect main verb still asks with "did". */
function doAux(aux: string): string {
  if (/^(?:was|were|had|did)$/.test(aux)) return "did";
  if (/^(?:is|has|does)$/.test(aux)) return "does";
  if (/^(?:are|have|do|am)$/.test(aux)) return "do";
  return aux;
}

/** The gerund at `i` continues a participle clause that starts after a comma (", sending … and disrupting"). */
function participleStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (tokens[k]?.cls === "adv") k--;
  if (tokens[k]?.text === ",") return k;
  if (lower(tokens[k]) !== "and") return -1;
  for (let j = k - 1; j > 0 && j > k - 14; j--) {
    const t = tokens[j];
    if (!t || t.text === ";" || t.cls === "sub") return -1;
    if (t.text === "," && tokens[j + 1]?.cls === "gerund") return j;
  }
  return -1;
}

function resultCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const ing = tokens[i];
  if (!ing || ing.cls !== "gerund") return null;
  const base =
    ing.lemma && /^\p{Ll}+$/u.test(ing.lemma) && !/ing$/.test(ing.lemma) ? ing.lemma : toInfinitive(ing.text);
  const makeDo = MAKE_DO.has(base);
  if (!makeDo && !RESULT_OBJECT.has(base) && !(base === "lead" || base === "result")) return null;
  const comma = participleStart(tokens, i);
  if (comma < 1) return null;
  const clause = clauseAround(tokens, comma - 1);
  if (!clause || clause.verb[1] > comma) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  if (!subject || !inverted) return null;
  const aux = doAux(inverted.aux);

  let from = i + 1;
  let tail: string;
  let extras: (text: string) => string[] = () => [];
  if (base === "lead" || base === "result") {
    const prep = lower(tokens[from]);
    if (!(base === "lead" ? prep === "to" : prep === "in")) return null;
    from++;
    tail = `${base} ${prep}?`;
  } else if (makeDo) {
    // "forcing many firms to close": the object is asked about, the action is the answer.
    let to = from;
    while (to < tokens.length && to < from + 7 && lower(tokens[to]) !== "to") {
      const t = tokens[to];
      if (!t || t.cls === "punct" || t.cls === "sub") return null;
      to++;
    }
    if (lower(tokens[to]) !== "to" || to === from) return null;
    const object = renderPart(sentence, tokens, from, to);
    if (/^(?:it|them|this)$/i.test(object)) return null;
    tail = `${base} ${object} to do?`;
    from = to + 1;
    extras = (text) => [`to ${text}`];
  } else {
    tail = `${base}?`;
  }
  const end = phraseEnd(tokens, from, 10);
  const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
  if (!answer) return null;
  if (!makeDo && answer.text.split(" ").length < 2 && tokens[from]?.cls !== "proper") return null;
  return {
    method: "reason",
    prompt: question(["What", aux, subject, tail]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, extras(answer.text)),
  };
}

const TIME_LINK = new Set(["after", "when", "once", "following"]);

/** "The economy diversified greatly after the country joined the EEA": what happened to the economy? */
function happenedCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const clause = clauseAround(tokens, i);
  if (!clause || clause.verb[1] - 1 !== i || clause.verb[1] - clause.verb[0] !== 1) return null;
  const verb = tokens[i];
  if (!verb || !(verb.cls === "past" || verb.cls === "ed")) return null;
  // Things and states, not people: "What happened to the economy …?", never "… to the king?".
  const first = tokens[clause.subject[0]];
  const head = tokens[clause.subject[1] - 1];
  // "Fish populations grew …": a plural noun phrase opening the sentence needs no article.
  const bare =
    clause.subject[0] === 0 &&
    /s$/.test(head?.text ?? "") &&
    tokens
      .slice(0, clause.subject[1])
      .every((t, k) => t.cls === "noun" || t.cls === "adj" || (k === 0 && sentenceInitialCommonWord(tokens, 0)));
  if ((first?.cls !== "det" && !bare) || head?.cls !== "noun" || isHuman(head)) return null;
  let k = i + 1;
  while (tokens[k]?.cls === "adv" && k < i + 3) k++;
  const link = tokens[k];
  if (!link || !TIME_LINK.has(lower(link))) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  if (!subject || /^(?:he|she|they|we|i|you)$/i.test(subject)) return null;
  // The time phrase: up to a comma, at most a dozen words.
  let e = k + 1;
  while (e < tokens.length && tokens[e]?.cls !== "punct") e++;
  if (e - k > 13 || e - k < 2) return null;
  const when = renderPart(sentence, tokens, k, e);
  const answer = sliceText(sentence, tokens, i, k);
  if (!answer) return null;
  const pronoun = isPluralSubject(tokens, clause.subject) ? "they" : "it";
  return {
    method: "reason",
    prompt: question(["What happened to", subject, `${when}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, [`${pronoun} ${answer.text}`]),
  };
}

const PRONOUN_SUBJECT = /^(?:it|they|he|she|we|i|you|this|these|those|that|there)$/i;

/**
 * "When the water cooled, many colonies regained their algae": what happened when the water
 * cooled? The fronted clause (when, after, once, as soon as) must hold a verb of its own, so "After
 * the war, …" (too wide a question) makes no card; the answer is the main clause, whose subject
 * must be a name or a noun, not a pronoun the question cannot show.
 */
function frontedEventCard(sentence: string, tokens: Token[]): ClauseCard | null {
  let i = 0;
  while (tokens[i]?.cls === "punct") i++;
  // "Quite strikingly, when …": an opening adverb set off by a comma.
  let k = i;
  while (tokens[k]?.cls === "adv" && k < i + 3) k++;
  if (k > i && tokens[k]?.text === ",") i = k + 1;
  const head = lower(tokens[i]);
  const words = head === "as" && lower(tokens[i + 1]) === "soon" && lower(tokens[i + 2]) === "as" ? 3 : 1;
  if (words === 1 && !FRONTED_LINK.has(head)) return null;
  const from = i + words;
  let comma = from;
  while (comma < tokens.length && tokens[comma]?.text !== "," && comma - from < 18) {
    const t = tokens[comma];
    if (!t || t.text === ";" || t.text === ":" || t.text === "\u2014") return null;
    // "When AOL (Netscape's parent company) reduced …": an aside the question leaves out.
    if (t.text === "(") while (comma < tokens.length && tokens[comma]?.text !== ")") comma++;
    comma++;
  }
  if (tokens[comma]?.text !== "," || comma - from < 3) return null;
  // A clause of its own: a subject and a finite verb.
  const inner = analyseClauseFrom(tokens, from);
  if (!inner || inner.subject[0] !== from || inner.verb[1] > comma || inner.subject[1] <= inner.subject[0]) return null;
  const innerSubject = renderPart(sentence, tokens, inner.subject[0], inner.subject[1]);
  if (PRONOUN_SUBJECT.test(innerSubject)) return null;
  const main = analyseClauseFrom(tokens, comma + 1);
  if (!main || main.subject[0] !== comma + 1 || main.subject[1] <= main.subject[0]) return null;
  const mainSubject = renderPart(sentence, tokens, main.subject[0], main.subject[1]);
  if (PRONOUN_SUBJECT.test(mainSubject) || /^(?:its|their|his|her)\b/i.test(mainSubject)) return null;
  // The main clause whole, to its end or a clause break: never a cut "… the legal".
  const end = clauseEnd(tokens, comma + 1, MAX_EVENT_WORDS);
  if (end < 0 || end <= main.verb[1]) return null;
  const answer = sliceText(sentence, tokens, comma + 1, end);
  if (!answer) return null;
  const when = renderPart(sentence, tokens, i, comma);
  const verb = tokens[main.verb[0]];
  // "rose" is a past whatever its tag: a present form is the dictionary form or it plus -s.
  const low = lower(verb);
  const present =
    !!verb &&
    (/^(?:is|are|do|does|has|have|can)$/.test(low) ||
      ((verb.cls === "present" || verb.cls === "nv") &&
        (!verb.lemma || low === verb.lemma || low.replace(/e?s$/, "") === verb.lemma.replace(/e$/, ""))));
  return {
    method: "reason",
    prompt: question([present ? "What happens" : "What happened", `${when.charAt(0).toLowerCase()}${when.slice(1)}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, firstConjunct(answer.text)),
  };
}

/** "histones were released and killed the bacteria": the first of two verb phrases also answers. */
function firstConjunct(answer: string): string[] {
  const at = answer.search(/\s+and\s+/);
  return at > 0 && answer.slice(0, at).split(" ").length >= 3 ? [answer.slice(0, at)] : [];
}

// Verbs that keep someone or something from an action: "kept seaweed from smothering the corals".
const PREVENT = new Set(["prevent", "stop", "keep", "deter", "discourage", "bar", "prohibit", "block", "restrain"]);

/** "Grazing fish kept seaweed from smothering the corals": what did grazing fish keep seaweed from doing? */
function preventCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const verb = tokens[i];
  if (!verb || !/^(?:past|ed|present|nv)$/.test(verb.cls)) return null;
  const base = verb.lemma && /^\p{Ll}+$/u.test(verb.lemma) ? verb.lemma : toInfinitive(verb.text);
  if (!PREVENT.has(base)) return null;
  let from = i + 1;
  while (from < tokens.length && from < i + 8 && lower(tokens[from]) !== "from") {
    const t = tokens[from];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "conj" || (t.cls === "prep" && lower(t) !== "of"))
      return null;
    from++;
  }
  const ing = tokens[from + 1];
  if (lower(tokens[from]) !== "from" || from === i + 1 || !ing || !/ing$/i.test(ing.text)) return null;
  const clause = clauseAround(tokens, i);
  if (!clause || clause.verb[1] - 1 !== i) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  const object = renderPart(sentence, tokens, i + 1, from);
  if (!subject || !inverted || /^(?:it|them|him|her|us|this|that)$/i.test(object)) return null;
  const end = phraseEnd(tokens, from + 1, 10);
  const answer = end > 0 ? sliceText(sentence, tokens, from + 1, end) : null;
  if (!answer || answer.text.split(" ").length < 2) return null;
  return {
    method: "reason",
    prompt: question(["What", inverted.aux, subject, inverted.rest, object, "from doing?"]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, [`from ${answer.text}`]),
  };
}

const HOPING = new Set(["hoping", "seeking", "aiming", "wanting", "trying"]);
const CAUSAL_PARTICIPLE = new Set([
  "driven",
  "fuelled",
  "fueled",
  "spurred",
  "prompted",
  "triggered",
  "caused",
  "boosted",
  "helped",
]);

/**
 * "The minister resigned in May, citing poor health": why did the minister resign in May? The
 * clause before the comma is asked; what is cited is the answer.
 */
function citingCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  // ", driven mainly by exports", ", fuelled by cheap credit": the doer of a causal participle.
  let comma = i - 1;
  if (tokens[comma]?.cls === "adv") comma--;
  if (tokens[comma]?.text !== ",") return null;
  let from = i + 1;
  let marker = "citing";
  // ", hoping to compete with …": the purpose the subject had, asked why of the clause before.
  const hoping = HOPING.has(lower(tokens[i])) && lower(tokens[i + 1]) === "to" && isBaseVerb(tokens[i + 2]);
  if (hoping) {
    marker = lower(tokens[i]);
    from = i + 1;
  } else if (lower(tokens[i]) !== "citing") {
    let by = i + 1;
    if (tokens[by]?.cls === "adv") by++;
    if (!CAUSAL_PARTICIPLE.has(lower(tokens[i])) || lower(tokens[by]) !== "by") return null;
    marker = `${lower(tokens[i])} by`;
    from = by + 1;
  }
  const clause = clauseAround(tokens, comma - 1);
  if (!clause || clause.verb[1] > comma) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  const object = objectOf(sentence, tokens, clause.verb[1], comma);
  if (!subject || !inverted || object === null || /^(?:it|them|this|that)$/i.test(object)) return null;
  const last = tokens[clause.verb[1] - 1];
  if (object === "" && (last?.cls === "aux" || last?.lemma === "be")) return null;
  if (coordinatedVerb(tokens, clause.verb[1], comma)) return null;
  const first = tokens[from];
  if (!first || /^(?:this|that|these|those|it|them)$/i.test(first.text)) return null;
  const end = phraseEnd(tokens, from, 12);
  const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
  if (!answer || answer.text.split(" ").length < (hoping ? 3 : 2)) return null;
  return {
    method: "reason",
    prompt: question(["Why", inverted.aux, subject, inverted.rest, `${object}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(
      answer.text,
      hoping
        ? [`${marker} ${answer.text}`, answer.text.replace(/^to\s+/i, "")]
        : [`${marker} ${answer.text}`, `because of ${answer.text}`],
    ),
  };
}

/**
 * "The drones photographed each reef, after which the images were sorted by a model": what
 * happened after the drones photographed each reef? Only a short clause with a noun subject.
 */
function afterWhichCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  if (lower(tokens[i]) !== "after" || lower(tokens[i + 1]) !== "which" || tokens[i - 1]?.text !== ",") return null;
  const comma = i - 1;
  const clause = clauseAround(tokens, comma - 1);
  if (!clause || clause.verb[1] > comma || clause.subject[1] <= clause.subject[0]) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  if (!subject || PRONOUN_SUBJECT.test(subject)) return null;
  for (let k = clause.subject[0]; k < comma; k++) if (tokens[k]?.text === "," || tokens[k]?.cls === "sub") return null;
  const rest = renderPart(sentence, tokens, clause.verb[0], comma);
  if (`${subject} ${rest}`.split(" ").length > 14) return null;
  const main = analyseClauseFrom(tokens, i + 2);
  if (!main || main.subject[0] !== i + 2 || main.subject[1] <= main.subject[0]) return null;
  const mainSubject = renderPart(sentence, tokens, main.subject[0], main.subject[1]);
  if (PRONOUN_SUBJECT.test(mainSubject)) return null;
  const end = clauseEnd(tokens, i + 2, MAX_EVENT_WORDS);
  if (end < 0 || end <= main.verb[1]) return null;
  const answer = sliceText(sentence, tokens, i + 2, end);
  if (!answer) return null;
  return {
    method: "reason",
    prompt: question(["What happened after", subject, `${rest}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, firstConjunct(answer.text)),
  };
}

/**
 * End (exclusive) of a whole clause answer from `from`: the next comma, colon, semicolon or
 * bracket, or a word that opens another clause ("which", "because", "but"); -1 past `max` words.
 * Unlike a phrase answer it runs on past "by" or "after", which belong to the clause.
 */
export function clauseEnd(tokens: Token[], from: number, max: number): number {
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.cls === "punct" && !/^["\u201c\u201d]$/.test(t.text))) break;
    if (
      i > from &&
      /^(?:which|who|whom|whose|while|although|though|whereas|because|since|unless|if|but)$/.test(lower(t))
    )
      break;
    if (i - from >= max) return -1;
  }
  while (i > from && /^(?:det|prep|conj|sub|aux)$/.test(tokens[i - 1]?.cls ?? "")) i--;
  return i > from ? i : -1;
}

const FRONTED_LINK = new Set(["when", "after", "once", "whenever"]);
const MAX_EVENT_WORDS = 16;

const CUE =
  /\b(?:forcing|allowing|enabling|compelling|prompting|leading|obliging|pushing|encouraging|permitting|causing|triggering|sparking|provoking|disrupting|damaging|destroying|killing|ending|halting|blocking|delaying|displacing|flooding|closing|injuring|interrupting|paralys|paralyz|devastating|resulting)\b|\w(?:ed|[^e]t|ew|ose|ang|ank|ell|ent)\s+(?:\w+ly\s+)?(?:after|when|once|following)\b/i;

/** Outcome cards from participle clauses and from "what happened to X after …" (offsets inside the sentence). */
export function outcomeCards(sentence: string, tokens: Token[]): ClauseCard[] {
  const out: ClauseCard[] = [];
  const event = /^\W*(?:(?:\w+\s+)?\w+\s*,\s*)?(?:when|after|once|whenever|as soon as)\b/i.test(sentence)
    ? frontedEventCard(sentence, tokens)
    : null;
  if (event) out.push(event);
  if (
    /\b(?:citing|(?:hoping|seeking|aiming|wanting|trying) to|after which|from \w+ing|(?:driven|fuell?ed|fueled|spurred|prompted|triggered|caused|boosted|helped)\s+(?:\w+ly\s+)?by)\b/i.test(
      sentence,
    )
  ) {
    for (let i = 1; i < tokens.length - 2; i++) {
      const w = lower(tokens[i]);
      const card =
        w === "citing" || CAUSAL_PARTICIPLE.has(w) || HOPING.has(w)
          ? citingCard(sentence, tokens, i)
          : w === "after"
            ? afterWhichCard(sentence, tokens, i)
            : isVerbToken(tokens[i])
              ? preventCard(sentence, tokens, i)
              : null;
      if (card) out.push(card);
    }
  }
  if (!CUE.test(sentence)) return out;
  for (let i = 2; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (!t) continue;
    let card: ClauseCard | null = null;
    if (t.cls === "gerund") card = resultCard(sentence, tokens, i);
    else if (
      (t.cls === "past" || t.cls === "ed") &&
      (TIME_LINK.has(lower(tokens[i + 1])) || (tokens[i + 1]?.cls === "adv" && TIME_LINK.has(lower(tokens[i + 2]))))
    )
      card = happenedCard(sentence, tokens, i);
    if (card) out.push(card);
  }
  return out;
}
