// Causes a sentence names as the doer of a causal verb rather than with a marker: the subject of
// a causative ("The loss of the records makes a full count impossible" -> "What makes a full
// count impossible?"), and the agent of a causal verb in a relative or reduced relative clause
// ("growth driven by the fishing industry" -> "What drove the growth?"). Passives in the main
// clause are asked by the phrase reader; these are the ones it does not reach.
import type { Token } from "./clause";
import { lexiconTags, verbForms } from "./nlp";
import {
  clauseAround,
  type ClauseCard,
  clauseVariants,
  isVerbToken,
  lower,
  phraseEnd,
  question,
  renderPart,
  sliceText,
  subjectOf,
} from "./reason-parts";

const CAUSATIVE = new Set(["make", "makes", "made", "render", "renders", "rendered"]);
// Verbs whose doer is a cause: "driven by demand", "exposed by the uprooting of a plant".
const CAUSAL = new Set(
  "cause drive trigger prompt fuel spark expose provoke motivate inspire shape bring produce generate create power boost strengthen weaken undermine hamper limit slow accelerate disrupt interrupt halt block destroy damage kill threaten force worsen exacerbate offset replace supersede overshadow dominate affect hit influence fund finance sustain support".split(
    " ",
  ),
);
const NP_TOKEN = /^(?:det|adj|noun|nv|num|proper|mention|ed)$/;
const HUMAN_PLURAL = /(?:ers|ors|ists|ians|men|women|people|folk)$/;

export function isHuman(head: Token | undefined): boolean {
  if (!head) return false;
  const w = lower(head).replace(/s$/, "");
  return (
    lexiconTags(w).includes("Actor") || lexiconTags(lower(head)).includes("Actor") || HUMAN_PLURAL.test(lower(head))
  );
}

/** "X makes Y impossible": what makes Y impossible? X. */
function causative(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const clause = clauseAround(tokens, i);
  if (!clause || clause.verb[1] - 1 !== i) return null;
  // The object and its adjective: the clause ends right after the adjective.
  let e = i + 1;
  while (e < tokens.length && e < i + 12) {
    const t = tokens[e];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "conj") break;
    e++;
  }
  const adjective = tokens[e - 1];
  const head = tokens[e - 2];
  if (e - 1 <= i + 1 || adjective?.cls !== "adj" || !head || !/^(?:noun|nv|proper|mention)$/.test(head.cls))
    return null;
  if (tokens[i + 1]?.cls === "pronoun") return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const answer = sliceText(sentence, tokens, clause.subject[0], clause.subject[1]);
  if (!subject || !answer || answer.text.split(" ").length < 2 || answer.text.split(" ").length > 12) return null;
  const verbGroup = renderPart(sentence, tokens, clause.verb[0], clause.verb[1]).toLowerCase();
  const object = renderPart(sentence, tokens, i + 1, e);
  return {
    method: "reason",
    prompt: question(["What", verbGroup, `${object}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, []),
  };
}

/** The noun phrase ending before token `end` (exclusive): its first token, or -1. */
function nounPhraseStart(tokens: Token[], end: number): number {
  const head = tokens[end - 1];
  if (!head || !/^(?:noun|nv|proper|mention)$/.test(head.cls)) return -1;
  let s = end - 1;
  while (s > 0 && end - s < 7 && NP_TOKEN.test(tokens[s - 1]?.cls ?? "") && tokens[s - 1]?.pos !== "VERB") s--;
  return s;
}

/** "a golden image that had been exposed by the uprooting of a plant": what exposed the image? */
function causalAgent(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  let j = i - 1;
  if (tokens[j]?.cls === "adv") j--;
  const participle = tokens[j];
  if (!participle || !(participle.cls === "ed" || participle.cls === "past")) return null;
  // Without the tagger's lemma (very long sentences) the regular ending is enough to tell.
  const stem = lower(participle).replace(/ed$/, "");
  const base =
    participle.lemma && /^\p{Ll}+$/u.test(participle.lemma) ? participle.lemma : CAUSAL.has(stem) ? stem : `${stem}e`;
  if (!CAUSAL.has(base)) return null;
  let k = j - 1;
  const auxes: string[] = [];
  while (tokens[k]?.cls === "aux") auxes.unshift(lower(tokens[k--]));
  let npEnd: number;
  if (auxes.length > 0) {
    // Only inside a relative clause: a passive main clause is the phrase reader's.
    if (!/^(?:that|which)$/.test(lower(tokens[k]))) return null;
    npEnd = k;
  } else npEnd = j;
  const npStart = nounPhraseStart(tokens, npEnd);
  if (npStart < 0) return null;
  let agentEnd = phraseEnd(tokens, i + 1, 8);
  if (agentEnd < 0) return null;
  // "by the massacre, burning alive, and the Inquisition": the whole list, or no card.
  if (tokens[agentEnd]?.text === ",") {
    let k = agentEnd + 1;
    while (k < tokens.length && k < agentEnd + 10 && !/^(?:and|or)$/.test(lower(tokens[k])) && tokens[k]?.cls !== "sub")
      k++;
    if (/^(?:and|or)$/.test(lower(tokens[k]))) {
      const listEnd = phraseEnd(tokens, k + 1, 5);
      if (listEnd < 0 || listEnd - (i + 1) > 12) return null;
      agentEnd = listEnd;
    }
  }
  const first = tokens[i + 1];
  if (!first || !/^(?:det|adj|noun|nv|gerund|num)$/.test(first.cls) || /^(?:this|these|those|it)$/.test(lower(first)))
    return null;
  const answer = sliceText(sentence, tokens, i + 1, agentEnd);
  if (!answer) return null;
  let head = i + 1;
  while (head + 1 < agentEnd && NP_TOKEN.test(tokens[head + 1]?.cls ?? "") && tokens[head + 1]?.cls !== "det") head++;
  const who = isHuman(tokens[head]) ? "Who" : "What";

  let verb: string;
  const chain = auxes.join(" ");
  if (/^(?:is|are)$/.test(chain)) verb = verbForms(base).present;
  else if (/^(?:has|have) been$/.test(chain)) verb = `has ${participle.text.toLowerCase()}`;
  else if (
    chain === "" &&
    !tokens.some((t) => t.cls === "past" || (t.cls === "ed" && t.pos === "VERB" && t !== participle))
  )
    verb = verbForms(base).present;
  else verb = /ed$/i.test(participle.text) ? participle.text.toLowerCase() : verbForms(base).past;
  let np = renderPart(sentence, tokens, npStart, npEnd).replace(/^(?:a|an)\s/i, "the ");
  const npFirst = tokens[npStart];
  if (npStart === 0 && npFirst && npFirst.cls !== "proper" && npFirst.cls !== "mention")
    np = np.charAt(0).toLowerCase() + np.slice(1);
  if (np.split(" ").length < 1 || /^(?:it|they|this)$/i.test(np)) return null;
  return {
    method: "reason",
    prompt: question([who, verb, `${np}?`]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, [`by ${answer.text}`]),
  };
}

const CUE = /\b(?:make|makes|made|render|renders|rendered)\b|\w\s+by\s/i;

/** Cards for causes named as the doer of a causal verb (offsets inside the sentence). */
export function causeVerbCards(sentence: string, tokens: Token[]): ClauseCard[] {
  if (!CUE.test(sentence)) return [];
  const out: ClauseCard[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const w = lower(t);
    let card: ClauseCard | null = null;
    if (CAUSATIVE.has(w) && isVerbToken(t)) card = causative(sentence, tokens, i);
    else if (w === "by") card = causalAgent(sentence, tokens, i);
    if (card) out.push(card);
  }
  return out;
}
