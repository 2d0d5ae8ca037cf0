// Phrase answers: what someone agreed, pledged or refused to do, why something happened (a
// purpose or a cause), and what something led to. The question is built on the main clause
// ("Why did the council halt the project?"); the answer is the phrase after the marker, cut at a
// natural break, with the marker-word form accepted too ("to reach the airport").
import { causeVerbCards } from "./cause-verbs";
import { analyseClause, analyseClauseFrom, type Clause, invertVerb, isPluralSubject, type Token } from "./clause";
import { isHuman } from "./cause-verbs";
import { connectiveCards } from "./connectives";
import { toInfinitive } from "./nlp";
import { clauseEnd, outcomeCards } from "./participles";
import {
  clauseAround,
  type ClauseCard,
  clauseQuestionSaysEnough,
  clauseVariants,
  coordinatedVerb,
  listEnd,
  lower,
  MAX_ANSWER_WORDS,
  matchAt,
  objectOf,
  PARTICLES,
  phraseEnd,
  question,
  isBaseVerb,
  renderPart,
  sliceText,
  subjectOf,
} from "./reason-parts";

export type { ClauseCard } from "./reason-parts";

// Verbs that take an action as their object: "agreed to halt", "refused to sign".
const CONTROL = new Set(
  "agree pledge promise vow decide refuse decline threaten undertake seek attempt try fail vote choose offer plan intend aim resolve consent commit hope move begin continue start".split(
    " ",
  ),
);
const PURPOSE: string[][] = [
  ["in", "order", "to"],
  ["in", "order", "that"],
  ["so", "as", "to"],
  ["so", "that"],
  ["in", "an", "effort", "to"],
  ["in", "an", "attempt", "to"],
  ["in", "a", "bid", "to"],
  ["with", "the", "aim", "of"],
  ["with", "the", "goal", "of"],
  ["with", "a", "view", "to"],
  ["for", "the", "purpose", "of"],
  ["for", "the", "sake", "of"],
  ["in", "the", "hope", "of"],
  ["in", "the", "hope", "that"],
];
const CAUSE: string[][] = [
  ["because", "of"],
  ["because"],
  ["due", "to"],
  ["owing", "to"],
  ["as", "a", "result", "of"],
  ["as", "a", "consequence", "of"],
  ["thanks", "to"],
  ["on", "account", "of"],
  ["in", "response", "to"],
  ["in", "retaliation", "for"],
  ["for", "fear", "of"],
  ["for", "fear", "that"],
  ["on", "the", "grounds", "that"],
  ["given", "that"],
  ["now", "that"],
  // "since" and "as" give a reason when a clause follows them, not a date ("since 2010").
  ["since"],
  ["as"],
];

// Verbs whose prepositional object is a cause or an outcome: "led to", "stems from", "merged into".
const VERB_PREP: Record<string, { forms: string[]; preps: string[]; extra?: string }> = {
  lead: { forms: ["lead", "leads", "led", "leading"], preps: ["to"] },
  result: { forms: ["result", "results", "resulted"], preps: ["in", "from"] },
  stem: { forms: ["stem", "stems", "stemmed"], preps: ["from"] },
  arise: { forms: ["arise", "arises", "arose", "arisen"], preps: ["from"] },
  spring: { forms: ["spring", "springs", "sprang", "sprung"], preps: ["from"] },
  contribute: { forms: ["contribute", "contributes", "contributed"], preps: ["to"] },
  merge: { forms: ["merge", "merges", "merged"], preps: ["into"] },
  turn: { forms: ["turn", "turns", "turned"], preps: ["into"] },
  develop: { forms: ["develop", "develops", "developed"], preps: ["into"] },
  evolve: { forms: ["evolve", "evolves", "evolved"], preps: ["into"] },
  grow: { forms: ["grow", "grows", "grew", "grown"], preps: ["into"] },
  give: { forms: ["give", "gives", "gave", "given"], preps: ["to"], extra: "rise" },
};
const VERB_PREP_FORMS = new Map<string, string>();
for (const [lemma, v] of Object.entries(VERB_PREP)) for (const f of v.forms) VERB_PREP_FORMS.set(f, lemma);

// Participles whose "for" gives a purpose: "designed for", "intended for".
const DESIGNED_FOR = new Set(["designed", "intended", "meant", "built", "developed", "optimized", "optimised", "used"]);

/** Phrase-answer cards for one sentence (offsets inside it). */
// A cheap look before the token walk: most sentences have none of the markers.
const ANY_MARKER =
  /\b(?:used to|since|which meant|forc|compel|oblig|prompt|encourag|persuad|urg|allow|enabl|permit|push|dr[io]v|inspir|motivat|agre|pledg|promis|vow|decid|refus|declin|threaten|undert|seek|sought|attempt|tri|try|fail|vot|chose|choos|offer|plan|intend|aim|resolv|consent|commit|hop|mov|began|begin|continu|start|led|lead|result|in order|so as|so that|effort to|bid to|with the (?:aim|goal)|with a view|purpose of|sake of|because|due to|owing to|as a (?:result|consequence)|thanks to|account of|response to|retaliation|for fear|grounds that|given that|now that|favou?r of|by \w+ing|(?:designed|intended|meant|built|developed|optimi[sz]ed|used) for|stem|aris|arose|spr[ai]ng|sprung|contribut|merg|turn|develop|evolv|gr[eo]w|rise to)|^\W*as\b/i;

export function clauseCards(sentence: string, tokens: Token[]): ClauseCard[] {
  if (/\?["\u201d)]?\s*$/.test(sentence)) return [];
  // "because of these taxes", "to solve this problem": an answer that points back at the sentence
  // before teaches nothing on its own.
  return markerCards(sentence, tokens).filter((c) => !pointsBack(c.answer));
}

const POINTING = /^(?:\S+\s+){0,3}(?:this|these|those|such)\b/i;

function pointsBack(answer: string): boolean {
  return POINTING.test(answer);
}

function markerCards(sentence: string, tokens: Token[]): ClauseCard[] {
  const out: ClauseCard[] = [];
  out.push(
    ...connectiveCards(sentence, tokens),
    ...causeVerbCards(sentence, tokens),
    ...outcomeCards(sentence, tokens),
  );
  if (!ANY_MARKER.test(sentence)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const lemma = t.lemma ?? lower(t);
    const isVerb = t.cls === "past" || t.cls === "ed" || t.cls === "present" || t.cls === "nv";

    // What did X agree / pledge (not) to do?
    if (isVerb && CONTROL.has(lemma)) {
      let k = i + 1;
      const negated = lower(tokens[k]) === "not";
      if (negated) k++;
      if (lower(tokens[k]) !== "to") continue;
      const verb = tokens[k + 1];
      if (!verb || !(verb.cls === "present" || verb.cls === "noun" || verb.cls === "nv") || verb.lemma === "be")
        continue;
      const clause = analyseClause(tokens, i);
      if (!clause || clause.verb[1] - 1 !== i) continue;
      const subject = subjectOf(sentence, tokens, clause.subject);
      const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
      const end = phraseEnd(tokens, k + 1);
      const answer = end > 0 ? sliceText(sentence, tokens, k + 1, end) : null;
      if (!subject || !inverted || !answer || answer.text.split(" ").length < 2) continue;
      // "agree to take on …" cut short is no answer.
      if (answer.text.split(" ").length <= 2 && PARTICLES.has(answer.text.split(" ").pop()?.toLowerCase() ?? ""))
        continue;
      out.push({
        method: "action",
        prompt: question(["What", inverted.aux, subject, inverted.rest, negated ? "not to do?" : "to do?"]),
        answer: answer.text,
        start: answer.start,
        end: answer.end,
        variants: [`to ${answer.text}`],
      });
      continue;
    }

    // "Higher costs prompted many households to delay buying": what did higher costs prompt them to do?
    if (isVerb && MAKE_DO.has(lemma)) {
      const card = makeDoCard(sentence, tokens, i);
      if (card) out.push(card);
      if (card) continue;
    }

    // "The language is designed for safety and speed" -> "What is the language designed for?"
    if (
      DESIGNED_FOR.has(lower(t)) &&
      lower(tokens[i + 1]) === "for" &&
      /^(?:is|are|was|were)$/.test(lower(tokens[i - 1] ?? undefined))
    ) {
      const clause = clauseAround(tokens, i);
      const subject = clause && clause.verb[1] - 1 === i ? subjectOf(sentence, tokens, clause.subject) : null;
      const cut = phraseEnd(tokens, i + 2, 10);
      const end = cut > 0 ? listEnd(tokens, i + 2, cut, 10) : -1;
      const answer = end > 0 ? sliceText(sentence, tokens, i + 2, end) : null;
      if (subject && answer && clause) {
        out.push({
          method: "reason",
          prompt: question(["What", lower(tokens[i - 1]), subject, `${lower(t)} for?`]),
          answer: answer.text,
          start: answer.start,
          end: answer.end,
          variants: clauseVariants(answer.text, [`for ${answer.text}`]),
        });
        continue;
      }
    }

    // "Lipid droplets are used to store fat" -> "What are lipid droplets used for?" (also after "that are").
    if (
      lemma === "use" &&
      (t.cls === "ed" || t.cls === "past") &&
      lower(tokens[i + 1]) === "to" &&
      /^(?:is|are|was|were)$/.test(lower(tokens[i - 1]))
    ) {
      const verb = tokens[i + 2];
      if (verb && (verb.cls === "present" || verb.cls === "noun" || verb.cls === "nv") && verb.lemma !== "be") {
        const aux = lower(tokens[i - 1]);
        let subjectEnd = i - 1;
        if (/^(?:that|which)$/.test(lower(tokens[subjectEnd - 1]))) subjectEnd--;
        let subjectStart = subjectEnd;
        while (
          subjectStart > 0 &&
          subjectEnd - subjectStart < 6 &&
          /^(?:det|adj|noun|nv|proper|mention|num|ed)$/.test(tokens[subjectStart - 1]?.cls ?? "")
        )
          subjectStart--;
        // "organelles called lipid droplets that are used …": the name given is the subject.
        const named = subjectStart < subjectEnd ? subjectOf(sentence, tokens, [subjectStart, subjectEnd]) : null;
        const subject = named ? named.replace(/^.*\b(?:called|named|known as)\s+/i, "") : null;
        const end = phraseEnd(tokens, i + 2);
        const answer = end > 0 ? sliceText(sentence, tokens, i + 2, end) : null;
        if (subject && answer && !/^(?:the|a|an)$/i.test(subject)) {
          const start = tokens[i + 1]?.start ?? answer.start;
          out.push({
            method: "reason",
            prompt: question(["What", aux, subject, "used for?"]),
            answer: sentence.slice(start, answer.end).replace(/\s+/g, " "),
            start,
            end: answer.end,
            variants: [answer.text],
          });
          continue;
        }
      }
    }

    // "Wages rose faster than prices, which meant that real incomes grew": what was the consequence?
    if (lower(t) === "meant" && lower(tokens[i - 1]) === "which" && tokens[i - 2]?.text === ",") {
      const card = whichMeantCard(sentence, tokens, i);
      if (card) out.push(card);
      continue;
    }

    // What did X lead to / result in / stem from / merge into?
    const outcome = VERB_PREP_FORMS.get(lower(t));
    const rule = outcome ? VERB_PREP[outcome] : undefined;
    if (isVerb && rule) {
      let k = i + 1;
      if (rule.extra) {
        if (lower(tokens[k]) !== rule.extra) continue;
        k++;
      }
      const prep = lower(tokens[k]);
      if (!rule.preps.includes(prep)) continue;
      const clause = clauseAround(tokens, i);
      if (!clause || clause.verb[1] - 1 !== i) continue;
      const subject = subjectOf(sentence, tokens, clause.subject);
      const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
      const from = k + 1;
      const end = phraseEnd(tokens, from);
      const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
      if (!subject || !inverted || !answer) continue;
      const words = [rule.extra, prep].filter((w) => w !== undefined).join(" ");
      // "The board voted to cut wages, which led to a strike": the relative may mean the whole
      // clause before it, not "wages"; the question sets that clause as the scene and asks its result.
      // Only a consequence is asked so ("What was the outcome?"); "which stems from" is left alone.
      const scene = sentenceRelative(sentence, tokens, clause);
      const consequence = outcome === "lead" || outcome === "result" || outcome === "give";
      if (scene === null || (scene !== "" && (!consequence || prep === "from"))) continue;
      out.push({
        method: "reason",
        prompt: scene
          ? `${scene} What was the outcome?`
          : question(["What", inverted.aux, subject, inverted.rest, `${words}?`]),
        answer: answer.text,
        start: answer.start,
        end: answer.end,
        variants: clauseVariants(answer.text, []),
      });
      continue;
    }

    // Why …? / How …? — a purpose, a cause or a means after (or before) the main clause.
    const card = markerCard(sentence, tokens, i);
    if (card) out.push(card);
  }
  return out;
}

// Verbs that make their object do something: "forced the firm to close", "led farmers to sell".
const MAKE_DO = new Set(
  "force compel oblige prompt lead encourage persuade urge allow enable permit push drive inspire motivate".split(" "),
);

/** "The drought forced farmers to sell their herds": what did the drought force farmers to do? */
function makeDoCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  let to = i + 1;
  while (to < tokens.length && to < i + 8 && lower(tokens[to]) !== "to") {
    const t = tokens[to];
    if (!t || t.cls === "punct" || t.cls === "sub" || t.cls === "aux" || t.cls === "conj") return null;
    to++;
  }
  if (lower(tokens[to]) !== "to" || to === i + 1 || !isBaseVerb(tokens[to + 1])) return null;
  const clause = clauseAround(tokens, i);
  if (!clause || clause.verb[1] - 1 !== i) return null;
  const subject = subjectOf(sentence, tokens, clause.subject);
  const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  const object = renderPart(sentence, tokens, i + 1, to);
  if (!subject || !inverted || /^(?:it|them|him|her|us|me|you|this|that|these|those)$/i.test(object)) return null;
  if (!/^(?:det|adj|noun|nv|proper|mention|num|pronoun)$/.test(tokens[i + 1]?.cls ?? "")) return null;
  const end = phraseEnd(tokens, to + 1);
  const answer = end > 0 ? sliceText(sentence, tokens, to + 1, end) : null;
  if (!answer || answer.text.split(" ").length < 2) return null;
  if (answer.text.split(" ").length <= 2 && PARTICLES.has(answer.text.split(" ").pop()?.toLowerCase() ?? ""))
    return null;
  return {
    method: "action",
    prompt: question(["What", inverted.aux, subject, inverted.rest, object, "to do?"]),
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, [`to ${answer.text}`]),
  };
}

/**
 * For a clause whose subject is the antecedent of ", which" ending a clause of its own ("The board
 * voted to cut wages, which led to …"): that clause as a sentence, to lead the question; "" for
 * any other clause (asked as it is); null when that clause is too long to lead a question.
 */
function sentenceRelative(sentence: string, tokens: Token[], clause: Clause): string | null {
  const comma = clause.subject[1];
  if (tokens[comma]?.text !== "," || lower(tokens[comma + 1]) !== "which") return "";
  const main = analyseClause(tokens, 0);
  // The noun before ", which" is the main clause's own subject ("The drought, which …, led"): not this.
  if (!main || main.verb[1] > clause.subject[0]) return "";
  for (let k = 0; k < comma; k++) if (tokens[k]?.text === ";" || tokens[k]?.text === ":") return null;
  const scene = renderPart(sentence, tokens, 0, comma);
  if (scene.split(" ").length > 14 || !subjectOf(sentence, tokens, main.subject)) return null;
  return `${scene.charAt(0).toUpperCase()}${scene.slice(1)}.`;
}

/** "X, which meant that Y": "X. What was the consequence?" → Y, when X is a short clause of its own. */
function whichMeantCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const comma = i - 2;
  const main = analyseClause(tokens, 0);
  if (!main || main.verb[1] > comma || !subjectOf(sentence, tokens, main.subject)) return null;
  for (let k = 0; k < comma; k++) if (tokens[k]?.text === ";" || tokens[k]?.text === ":") return null;
  const scene = renderPart(sentence, tokens, 0, comma);
  if (scene.split(" ").length > 14) return null;
  const from = lower(tokens[i + 1]) === "that" ? i + 2 : i + 1;
  const effect = analyseClauseFrom(tokens, from);
  if (!effect || effect.subject[0] !== from || effect.subject[1] <= from) return null;
  const end = clauseEnd(tokens, from, MAX_ANSWER_WORDS);
  const answer = end > effect.verb[1] ? sliceText(sentence, tokens, from, end) : null;
  if (!answer || answer.text.split(" ").length < 3 || /^(?:it|they|this|that)\s/i.test(answer.text)) return null;
  return {
    method: "reason",
    prompt: `${scene.charAt(0).toUpperCase()}${scene.slice(1)}. What was the consequence?`,
    answer: answer.text,
    start: answer.start,
    end: answer.end,
    variants: clauseVariants(answer.text, [`that ${answer.text}`]),
  };
}

interface Marker {
  words: string[];
  /** "purpose": the answer keeps "to"; "cause": the answer is what follows; "means": by + -ing. */
  role: "purpose" | "cause" | "means" | "instead";
}

// First words of the markers, so most tokens are passed over with one lookup.
const MARKER_HEADS = new Set([...PURPOSE, ...CAUSE].map((m) => m[0] ?? "").concat(["by", "in"]));

function findMarker(tokens: Token[], i: number): Marker | null {
  if (!MARKER_HEADS.has(lower(tokens[i]))) return null;
  const purpose = PURPOSE.find((p) => matchAt(tokens, i, p));
  if (purpose) return { words: purpose, role: "purpose" };
  const cause = CAUSE.find((p) => matchAt(tokens, i, p));
  if (cause) return { words: cause, role: "cause" };
  const t = lower(tokens[i]);
  if (t === "by" && isIngVerb(tokens, i + 1)) return { words: ["by"], role: "means" };
  if (t === "in" && /^favou?r$/.test(lower(tokens[i + 1])) && lower(tokens[i + 2]) === "of")
    return { words: ["in", lower(tokens[i + 1]), "of"], role: "instead" };
  return null;
}

/** An -ing form used as a verb: tagged so, or followed by its object ("by copying them"). */
function isIngVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/ing$/i.test(t.text)) return false;
  if (t.cls === "gerund" && t.pos !== "NOUN") return true;
  return /^(?:det|pronoun|proper|mention|num)$/.test(tokens[i + 1]?.cls ?? "");
}

/** A finite verb among tokens [from, to): the marker is followed by a clause, not a noun phrase. */
function hasFiniteVerb(tokens: Token[], from: number, to: number, stative = false): boolean {
  return tokens
    .slice(from, to)
    .some((x) =>
      stative
        ? x.cls === "aux"
        : x.cls === "aux" ||
          x.cls === "past" ||
          (x.cls === "ed" && x.pos === "VERB") ||
          ((x.cls === "present" || x.cls === "nv") && x.pos === "VERB"),
    );
}

/**
 * The reported clause after "X announced that it …" up to token `to`, asked of X: X, the reported
 * verb inverted and its object. `clause` is the reporting clause or the reported one. Null unless
 * the reported subject is a pronoun that can only be X ("it" for one thing, "they" for several).
 */
function reportedSelf(
  sentence: string,
  tokens: Token[],
  clause: Clause,
  to: number,
): { subject: string | null; inverted: { aux: string; rest: string } | null; object: string | null } | null {
  let outer = clause;
  let that = clause.verb[1];
  if (lower(tokens[that]) !== "that") {
    // The reported clause itself: "that it would close …" after the reporting verb.
    that = clause.subject[0] - 1;
    const reporting = lower(tokens[that]) === "that" ? analyseClause(tokens, that - 1) : null;
    if (!reporting || reporting.verb[1] !== that) return null;
    outer = reporting;
  }
  if (lower(tokens[that]) !== "that" || !REPORTING_VERBS.has(tokens[that - 1]?.lemma ?? "")) return null;
  const pronoun = lower(tokens[that + 1]);
  const plural = isPluralSubject(tokens, outer.subject);
  const head = tokens[outer.subject[1] - 1];
  if (!((pronoun === "it" && !plural && !isHuman(head)) || (pronoun === "they" && plural))) return null;
  const inner = analyseClauseFrom(tokens, that + 1);
  if (!inner || inner.subject[0] !== that + 1 || inner.subject[1] !== that + 2 || inner.verb[1] > to) return null;
  return {
    subject: subjectOf(sentence, tokens, outer.subject),
    inverted: invertVerb(tokens, inner.verb, plural),
    object: objectOf(sentence, tokens, inner.verb[1], to),
  };
}

const REPORTING_VERBS = new Set(["announce", "say", "state", "declare", "confirm", "report", "reveal", "explain"]);

/** The card for a purpose, cause or means marker at token i, asked on the clause it belongs to. */
function markerCard(sentence: string, tokens: Token[], i: number): ClauseCard | null {
  const marker = findMarker(tokens, i);
  if (!marker) return null;
  const head = marker.words[0];
  const from = i + marker.words.length;
  const next = tokens[from];
  if (!next) return null;
  // "Because X, the council …": the main clause follows the comma.
  const fronted = tokens.slice(0, i).every((x) => x.cls === "punct" || x.cls === "adv" || x.cls === "conj");
  if (marker.words.length === 1 && (head === "since" || head === "as")) {
    // "since" and "as" give a reason when a clause follows them, not a date ("since 2010") or a
    // role ("as a child"). A fronted "As …," is a reason when its clause states a condition
    // ("As there are few monuments, …"), which an auxiliary shows; "as" later in a sentence is
    // too often "while" or "like" to read as a cause.
    if (head === "as" && !fronted) return null;
    // The verb must be the marker's own, before the comma that ends its clause ("As of late 2015, X has …").
    let upTo = from;
    while (upTo < tokens.length && upTo < from + 9 && tokens[upTo]?.cls !== "punct") upTo++;
    if (next.cls === "mention" || next.cls === "num" || !hasFiniteVerb(tokens, from, upTo, head === "as")) return null;
  }
  const cut = phraseEnd(tokens, from);
  const end = cut > 0 ? listEnd(tokens, from, cut, MAX_ANSWER_WORDS) : -1;
  const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
  if (!answer || answer.text.split(" ").length < 2) return null;
  const clause = fronted
    ? tokens[end]?.text === ","
      ? analyseClause(tokens, end + 1)
      : null
    : clauseAround(tokens, i);
  if (!clause) return null;
  if (!fronted && (i < clause.verb[1] || i > clause.rest[1])) return null;
  let subject = subjectOf(sentence, tokens, clause.subject);
  let inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
  let object = fronted
    ? objectOf(sentence, tokens, clause.verb[1], clause.rest[1])
    : objectOf(sentence, tokens, clause.verb[1], i);
  // "X announced that it would not release Y, since …": the reason is the reported clause's, and
  // its pronoun is X ("Why would X not release Y?"), which the question can say.
  const reported = fronted ? null : reportedSelf(sentence, tokens, clause, i);
  if (reported) ({ subject, inverted, object } = reported);
  if (!subject || !inverted || object === null) return null;
  // "Why could the withdrawal be?": a copula needs what follows it.
  const last = tokens[clause.verb[1] - 1];
  if (object === "" && (last?.cls === "aux" || last?.lemma === "be")) return null;
  if (coordinatedVerb(tokens, clause.verb[1], fronted ? clause.rest[1] : i)) return null;
  // "has gained momentum since the war began": after a perfect, "since" gives a time, not a reason.
  // A present or modal verb after "since" states a reason, whatever the tense before it: "have been
  // trained to listen, since a talk with a doctor often changes minds".
  const presentReason = tokens
    .slice(from, end)
    .some(
      (x) =>
        /^(?:is|are|does|do|can|may|must|will|remains)$/i.test(x.text) ||
        (x.cls === "nv" && x.pos === "VERB") ||
        (x.cls === "present" && x.pos === "VERB" && /s$/.test(x.text)),
    );
  if (
    head === "since" &&
    !presentReason &&
    tokens.slice(clause.verb[0], clause.verb[1]).some((x) => /^(?:has|have|had)$/i.test(x.text)) &&
    clause.verb[1] - clause.verb[0] >= 2
  )
    return null;
  // "the highest share since records began in 2009", "the first time since the war": after a
  // superlative, or with a year in its clause, "since" starts a time, not a reason.
  if (
    head === "since" &&
    (/\b(?:1[5-9]|20)\d\d\b/.test(answer.text) ||
      tokens
        .slice(Math.max(0, i - 4), i)
        .some((x) =>
          /^(?:first|last|highest|lowest|largest|smallest|biggest|greatest|most|least|best|worst|earliest|latest|fastest|slowest|strongest|weakest)$/i.test(
            x.text,
          ),
        ))
  )
    return null;
  // "How did they justify it?": a pronoun object leaves the question without its subject matter.
  if (/^(?:it|them|this|that|these|those)$/i.test(object)) return null;
  const markerText = marker.words.join(" ");
  let text = answer.text;
  let start = answer.start;
  let extras: string[];
  switch (marker.role) {
    case "purpose":
      if (marker.words[marker.words.length - 1] === "to") {
        start = tokens[from - 1]?.start ?? answer.start;
        text = sentence.slice(start, answer.end).replace(/\s+/g, " ");
        extras = [answer.text, `in order to ${answer.text}`];
      } else extras = [`${markerText} ${answer.text}`];
      break;
    case "means":
      start = tokens[i]?.start ?? answer.start;
      text = sentence.slice(start, answer.end).replace(/\s+/g, " ");
      extras = [answer.text];
      break;
    case "instead": {
      // "in favor of creating X" is also "to create X".
      const gerund = tokens[from];
      const base = isIngVerb(tokens, from) && gerund ? toInfinitive(gerund.text) : undefined;
      extras = [`${markerText} ${answer.text}`];
      if (base && /^\p{Ll}+$/u.test(base)) extras.push(`to ${base}${answer.text.slice(gerund?.text.length ?? 0)}`);
      break;
    }
    default:
      extras = [`${markerText} ${answer.text}`];
  }
  const asked = question([marker.role === "means" ? "How" : "Why", inverted.aux, subject, inverted.rest, `${object}?`]);
  return {
    method: "reason",
    prompt: clauseQuestionSaysEnough(asked) ? asked : withFirstConjunct(sentence, tokens, clause, asked),
    answer: text,
    start,
    end: answer.end,
    variants: clauseVariants(text, extras),
  };
}

/**
 * "Firefox was first named Phoenix, but the name was changed to avoid …": a question on the second
 * clause that says too little alone ("Why was the name changed?") is led by the first clause,
 * as a teacher sets the scene: "Firefox was first named Phoenix. Why was the name changed?". The
 * first clause must open the sentence with a subject of its own and be short.
 */
function withFirstConjunct(sentence: string, tokens: Token[], clause: Clause, asked: string): string {
  let k = clause.subject[0] - 1;
  if (!/^(?:but|and)$/.test(lower(tokens[k]))) return asked;
  if (tokens[k - 1]?.text === ",") k--;
  const first = analyseClause(tokens, 0);
  if (!first || first.subject[0] !== 0 || first.verb[1] > k) return asked;
  for (let j = 0; j < k; j++) if (tokens[j]?.cls === "sub" || tokens[j]?.text === ";") return asked;
  const subject = subjectOf(sentence, tokens, first.subject);
  const context = renderPart(sentence, tokens, 0, k);
  if (!subject || context.split(" ").length > 12) return asked;
  return `${context.charAt(0).toUpperCase()}${context.slice(1)}. ${asked}`;
}
