// Question frames the clause reader does not reach: fixed English constructions whose answer
// role is known from the construction itself, whatever the subject matter.
//   "X's return to Y in July 1886"             -> When did X return to Y?
//   "After the death of X, the guild declined"  -> After whose death did the guild decline?
//   "a team led by X at Y identified Z"         -> Whose team at Y identified Z?
//   "X and co-workers at Y describe Z"          -> Whose group describes Z?
//   "The valley is ten to fifteen miles wide"   -> How wide is the valley?
//   "dug to depths of 20 to 80 feet"            -> To what depth were the wells dug?
//   "some stones weigh(ing) 300 pounds or more" -> How much do some stones weigh?
//   "Over half (55%) of respondents said …"     -> What share of respondents said …?
//   "X, by Y, was forced to leave Z"            -> What forced X to leave Z?
//   "X differed from Y in that …"               -> How did X differ from Y?
//   "X is (mainly) valuable/known for …"        -> What is X (mainly) valuable/known for?
//   "X are named after Y"                       -> What are X named after?
// Each frame asks only where its construction is complete; otherwise it makes nothing. Pure.
import type { FactKind } from "@/lib/content/schema";
import { analyseClause, analyseClauseFrom, invertVerb, isPluralSubject, type Token } from "./clause";
import { toInfinitive } from "./nlp";
import { lower, objectOf, phraseEnd, question, renderPart, sliceText, subjectOf } from "./reason-parts";
import { figureFrameCards } from "./figure-frames";
import { longestSharedRun, MAX_SHARED_RUN, type PromptMethod } from "./prompts";
import type { Mention } from "./types";

export interface FrameCard {
  kind: FactKind;
  method: PromptMethod;
  prompt: string;
  answer: string;
  /** Offsets of the answer inside the sentence. */
  start: number;
  end: number;
  variants: string[];
  /** The mention the answer is, when it is one (dates and figures keep their value). */
  mention?: number;
  /** The main clause's own question on the same answer is the better one, where there is one. */
  deferred?: boolean;
}

interface Ctx {
  sentence: string;
  tokens: Token[];
  mentions: readonly Mention[];
}

function mentionOf(ctx: Ctx, t: Token | undefined): Mention | undefined {
  return t?.cls === "mention" && t.mention !== undefined ? ctx.mentions[t.mention] : undefined;
}

/** The verb group, subject and inverted verb of the clause whose verb group starts at token v. */
function clauseFor(ctx: Ctx, v: number) {
  const clause = analyseClause(ctx.tokens, v);
  if (!clause || clause.verb[0] > v || clause.verb[1] <= v) return null;
  const subject = subjectOf(ctx.sentence, ctx.tokens, clause.subject);
  if (!subject) return null;
  const inverted = invertVerb(ctx.tokens, clause.verb, isPluralSubject(ctx.tokens, clause.subject));
  if (!inverted) return null;
  return { clause, subject, inverted };
}

// --- "X's return to Y, in July 1886" ----------------------------------------------------------

// Event nouns and the verb phrase a question turns them into ("{X}" is the person).
const EVENT_NOUNS: Record<string, (who: string) => string> = {
  return: (w) => `did ${w} return`,
  death: (w) => `did ${w} die`,
  arrival: (w) => `did ${w} arrive`,
  departure: (w) => `did ${w} leave`,
  birth: (w) => `was ${w} born`,
  retirement: (w) => `did ${w} retire`,
  resignation: (w) => `did ${w} resign`,
  marriage: (w) => `did ${w} marry`,
  election: (w) => `was ${w} elected`,
  coronation: (w) => `was ${w} crowned`,
  execution: (w) => `was ${w} executed`,
  arrest: (w) => `was ${w} arrested`,
  abdication: (w) => `did ${w} abdicate`,
  visit: (w) => `did ${w} visit`,
  withdrawal: (w) => `did ${w} withdraw`,
  fall: (w) => `did ${w} fall`,
};
// "Pezeshkian's visit to Moscow": a transitive verb takes the place without its preposition.
const TRANSITIVE_EVENTS = new Set(["visit"]);

const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|M|St)\.?\s+)?(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'-]+(?:\s+(?:de|van|von|da|di|De|Van|Von|al-)?\s*\p{Lu}[\p{L}'-]+){0,3}`;
const EVENT_POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})['’]s\s+(${Object.keys(EVENT_NOUNS).join("|")})\b((?:\s+(?:to|from|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}|\p{Ll}+\s+deal|\p{Ll}+\s+treaty|\p{Ll}+\s+agreement))?)\s*,?\s+(?:in|on)\s+$`,
  "u",
);
const EVENT_OF = new RegExp(
  String.raw`\bthe\s+(${Object.keys(EVENT_NOUNS).join("|")})\s+of\s+(${NAME})((?:\s+(?:to|from|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})?)\s*,?\s+(?:in|on)\s+$`,
  "u",
);

function eventDates(ctx: Ctx, out: FrameCard[]): void {
  ctx.tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (m?.kind !== "date") return;
    const before = ctx.sentence.slice(Math.max(0, t.start - 120), t.start);
    const pos = EVENT_POSSESSIVE.exec(before);
    const of = pos ? null : EVENT_OF.exec(before);
    // "During President Kova's visit": a preposition opening the sentence is no part of the name.
    const who = (pos?.[1] ?? of?.[2])?.replace(
      /^(?:During|After|Before|In|On|At|Since|Following|With|Upon|Until|By|From|For|The)\s+/,
      "",
    );
    const noun = pos?.[2] ?? of?.[1];
    let where = (pos?.[3] ?? of?.[3] ?? "").trim();
    if (TRANSITIVE_EVENTS.has(noun ?? "")) {
      // "the visit" with no place says nothing a question could ask on.
      if (!/^to\s/.test(where)) return;
      where = where.replace(/^to\s+/, "");
    }
    if (!who || !noun) return;
    const verb = EVENT_NOUNS[noun];
    if (!verb) return;
    // "Smith's death in the war": only a date answers When.
    if (/^(?:the\s+)?(?:summer|winter|spring|autumn|fall)\b/i.test(t.text) && !/\d/.test(t.text)) return;
    void i;
    // "During X's visit to Moscow on 17 January 2025, the two states signed …": the event phrase
    // opens the sentence and dates its main clause, whose own When question comes first.
    const at = (pos ?? of)?.index ?? 0;
    const opening = /^\W*(?:\p{Lu}\p{Ll}+\s+)?$/u.test(ctx.sentence.slice(0, Math.max(0, t.start - 120) + at));
    const deferred = opening && /^\s*,/.test(ctx.sentence.slice(t.end));
    out.push({
      ...(deferred ? { deferred } : {}),
      kind: "date",
      method: "clause",
      prompt: question(["When", verb(who.replace(/\s+/g, " ")), where.replace(/\s+/g, " "), "?"]),
      answer: t.text,
      start: t.start,
      end: t.end,
      variants: [],
      mention: t.mention,
    });
  });
}

// --- "After the death of X, …" ------------------------------------------------------------------

function afterDeath(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  // Only the sentence's opening phrase: "After the death of X(, apposition), main clause".
  let k = 0;
  while (tokens[k]?.cls === "adv" || tokens[k]?.text === ",") k++;
  const head = lower(tokens[k]);
  if (!/^(?:after|before|following|upon|on)$/.test(head)) return;
  let nameAt = -1;
  if (lower(tokens[k + 1]) === "the" && lower(tokens[k + 2]) === "death" && lower(tokens[k + 3]) === "of")
    nameAt = k + 4;
  // Whoever died is a person, whatever a detector took the name for ("Henry Marsh" as a place).
  const m = mentionOf(ctx, tokens[nameAt]);
  if (!m || !/^(?:person|name|place|organisation)$/.test(m.kind)) return;
  // The apposition after the name ("the last Swabian emperor of …") runs to the next comma.
  let c = nameAt + 1;
  if (tokens[c]?.text === ",") {
    c++;
    while (c < tokens.length && tokens[c]?.text !== "," && c - nameAt < 16) c++;
  }
  if (tokens[c]?.text !== ",") return;
  let cl = analyseClauseFrom(tokens, c + 1);
  if (!cl || cl.subject[0] !== c + 1) {
    // "minnesinging in Germany declined": a subject the clause reader does not take (a gerund
    // heading it) runs to the first finite verb.
    let v = c + 1;
    while (
      v < tokens.length &&
      v - c <= 6 &&
      !(tokens[v]?.pos === "VERB" && /^(?:past|ed|present|nv)$/.test(tokens[v]?.cls ?? ""))
    )
      v++;
    if (tokens[v]?.pos === "VERB" && /^(?:past|ed|present|nv)$/.test(tokens[v]?.cls ?? "") && v > c + 1)
      cl = { tokens, subject: [c + 1, v], verb: [v, v + 1], rest: [v + 1, tokens.length] };
  }
  const subject = cl ? subjectOf(sentence, tokens, cl.subject) : null;
  const inverted = cl && subject ? invertVerb(tokens, cl.verb, isPluralSubject(tokens, cl.subject)) : null;
  const clause = cl && subject && inverted ? { clause: cl, subject, inverted } : null;
  if (!clause || clause.clause.subject[0] !== c + 1) return;
  const object = objectOf(sentence, tokens, clause.clause.verb[1], restEnd(tokens, clause.clause.verb[1]));
  if (object === null) return;
  const name = tokens[nameAt];
  if (!name) return;
  const answer = name.text.replace(/['’]s$/, "");
  const wh = head === "before" ? "Before" : "After";
  out.push({
    kind: "person",
    method: "clause",
    prompt: question([wh, "whose death", clause.inverted.aux, clause.subject, clause.inverted.rest, object, "?"]),
    answer,
    start: name.start,
    end: name.start + answer.length,
    variants: [],
    mention: name.mention,
  });
}

/** Where the object of a verb ends: the first comma, clause word or "and" + verb, or the end. */
function restEnd(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.cls === "punct" || t.cls === "sub") return i;
    if (/^(?:and|but|or)$/.test(lower(t))) return i;
  }
  return tokens.length;
}

// --- "a group led by X at Y identified Z", "X and co-workers at Y describe Z" --------------------

const GROUP_NOUNS = /^(?:team|group|study|expedition|project|survey|delegation|commission|committee|lab|laboratory)$/;

function groupLeaders(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let nameTok: Token | undefined;
    let noun = "";
    let after = -1;
    // "(a|the) team led by X"
    if (
      lower(t) === "led" &&
      lower(tokens[i + 1]) === "by" &&
      GROUP_NOUNS.test(lower(tokens[i - 1])) &&
      /^(?:a|an|the)$/.test(lower(tokens[i - 2]))
    ) {
      nameTok = tokens[i + 2];
      noun = lower(tokens[i - 1]);
      after = i + 3;
    }
    // "X and co-workers", "X and colleagues"
    else if (
      /^(?:co-?workers|colleagues|collaborators|coworkers)$/.test(lower(tokens[i + 2])) &&
      lower(tokens[i + 1]) === "and" &&
      t?.cls === "mention"
    ) {
      nameTok = t;
      noun = "group";
      after = i + 3;
    }
    const m = mentionOf(ctx, nameTok);
    if (!nameTok || !m || m.kind !== "person" || after < 0) continue;
    // "Anand, Cermelli and co-workers": one name of a list is half the answer.
    if (noun === "group" && /^(?:,|and)$/.test(lower(tokens[i - 1]))) continue;
    // "at Rochester", "at the University of Oslo": where the group works, kept in the question.
    let where = "";
    let v = after;
    if (lower(tokens[v]) === "at" && tokens[v + 1]) {
      let e = v + 1;
      if (lower(tokens[e]) === "the") e++;
      while (
        e < tokens.length &&
        (tokens[e]?.cls === "mention" || tokens[e]?.cls === "proper" || lower(tokens[e]) === "of") &&
        e - v < 7
      )
        e++;
      if (e === v + 1 || lower(tokens[e - 1]) === "of") continue;
      where = renderPart(sentence, tokens, v, e);
      v = e;
    }
    // An apposition or a list of further places before the verb: skip to the comma that closes it.
    if (tokens[v]?.text === "," || tokens[v]?.text === "—") {
      let e = v + 1;
      while (e < tokens.length && tokens[e]?.text !== "," && tokens[e]?.text !== "—" && e - v < 14) e++;
      if (tokens[e]?.text !== "," && tokens[e]?.text !== "—") continue;
      v = e + 1;
    }
    while (tokens[v]?.cls === "adv") v++;
    // The verb group: auxiliaries, then a finite verb.
    let ve = v;
    while (tokens[ve]?.cls === "aux") ve++;
    while (tokens[ve]?.cls === "adv") ve++;
    const verb = tokens[ve];
    if (!verb || !/^(?:past|ed|present|nv)$/.test(verb.cls) || (verb.pos !== undefined && verb.pos !== "VERB"))
      continue;
    const auxWords = tokens
      .slice(v, ve)
      .filter((x) => x.cls === "aux")
      .map((x) => x.text.toLowerCase());
    const objEnd = phraseEnd(tokens, ve + 1, 7);
    // "showed that …": what was shown is a clause, too long to restate.
    if (objEnd < 0 || objEnd <= ve + 1 || tokens[ve + 1]?.cls === "sub") continue;
    const object = renderPart(sentence, tokens, ve + 1, objEnd);
    // A bare present after "X and co-workers" is plural ("describe"); the question's subject is one group.
    let verbText = verb.text;
    if (auxWords.length === 0 && verb.cls !== "past" && verb.cls !== "ed" && !/s$/.test(verb.text)) {
      const base = verb.lemma ?? toInfinitive(verb.text);
      verbText = /(?:s|sh|ch|x|z)$/.test(base)
        ? `${base}es`
        : /[^aeiou]y$/.test(base)
          ? `${base.slice(0, -1)}ies`
          : `${base}s`;
    }
    const aux = auxWords.map((w) => (w === "have" ? "has" : w === "are" ? "is" : w === "were" ? "was" : w));
    const answer = nameTok.text.replace(/['’]s$/, "");
    // Where the group works goes first when the question would copy too much of the sentence.
    const full = question(["Whose", noun, where, ...aux, verbText, `${object}?`]);
    const prompt =
      longestSharedRun(full, sentence) <= MAX_SHARED_RUN
        ? full
        : question(["Whose", noun, ...aux, verbText, `${object}?`]);
    out.push({
      kind: "person",
      method: "clause",
      prompt,
      answer,
      start: nameTok.start,
      end: nameTok.start + answer.length,
      variants: [],
      mention: nameTok.mention,
    });
  }
}

// --- Measures: "is ten to fifteen miles wide", "to depths of 15 to 60 feet", "weighing 300 pounds" --

const DIMENSIONS = /^(?:wide|deep|long|high|tall|thick|broad)$/;
const MEASURE_UNIT =
  /\b(?:miles?|feet|foot|ft|yards?|inch(?:es)?|metres?|meters?|m|km|kilometres?|kilometers?|cm|mm|fathoms?|leagues?)\b/i;
const WEIGHT_UNIT = /\b(?:pounds?|lbs?|tons?|tonnes?|kilograms?|kg|grams?|g|ounces?|oz|hundredweight)\b/i;

/** The figure with "or more" / "or less" after it, which is part of what is said. */
function figureAnswer(ctx: Ctx, t: Token): { text: string; end: number; variants: string[] } {
  const tail = /^\s+or\s+(?:more|less|over|so|above)\b/.exec(ctx.sentence.slice(t.end));
  if (!tail) return { text: t.text, end: t.end, variants: [] };
  return { text: `${t.text}${tail[0]}`.replace(/\s+/g, " "), end: t.end + tail[0].length, variants: [t.text] };
}

function measures(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (!m || m.kind !== "quantity") return;
    const unitText = m.text;
    // "X is (from) ten to fifteen miles wide"
    const adj = lower(tokens[i + 1]);
    if (DIMENSIONS.test(adj) && MEASURE_UNIT.test(unitText)) {
      let a = i - 1;
      let from = "";
      if (/^(?:from|about|some|nearly|almost|roughly|around|over)$/.test(lower(tokens[a]))) {
        from = lower(tokens[a]);
        a--;
      }
      // "is 45 metres long and three metres wide": the second measure shares the first one's verb.
      if (
        lower(tokens[a]) === "and" &&
        DIMENSIONS.test(lower(tokens[a - 1])) &&
        mentionOf(ctx, tokens[a - 2])?.kind === "quantity"
      ) {
        a -= 3;
        if (/^(?:from|about|some|nearly|almost|roughly|around|over)$/.test(lower(tokens[a]))) a--;
      }
      const cop = tokens[a];
      if (!cop || !/^(?:is|are|was|were)$/.test(lower(cop))) return;
      const found = clauseFor(ctx, a);
      if (!found || found.clause.verb[1] !== a + 1) return;
      const variants = from === "from" ? [`from ${t.text}`] : [];
      out.push({
        kind: "figure",
        method: "clause",
        prompt: question(["How", adj, lower(cop), found.subject, "?"]),
        answer: t.text,
        start: t.start,
        end: t.end,
        variants,
        mention: t.mention,
      });
      return;
    }
    // "sunk to depths varying from 15 to 60 feet", "dug to a depth of 20 feet"
    const back = sentence.slice(Math.max(0, t.start - 50), t.start);
    const depth = /\bto\s+(?:a\s+)?(depths?|heights?)\s+(?:of\s+|(?:varying|ranging)\s+from\s+|between\s+)?$/i.exec(
      back,
    );
    if (depth && MEASURE_UNIT.test(unitText)) {
      // The verb group ends right before "to".
      const toAt = tokens.findIndex(
        (x) => x.start === t.start - depth[0].length + (depth[0].length - depth[0].trimStart().length),
      );
      const toIndex =
        toAt >= 0
          ? toAt
          : tokens.findIndex((x, k) => k < i && lower(x) === "to" && x.start >= t.start - depth[0].length);
      if (toIndex <= 0) return;
      const found = clauseFor(ctx, toIndex - 1);
      if (!found || found.clause.verb[1] !== toIndex) return;
      const noun = (depth[1] ?? "depth").toLowerCase().replace(/s$/, "");
      out.push({
        kind: "figure",
        method: "clause",
        prompt: question([`To what ${noun}`, found.inverted.aux, found.subject, found.inverted.rest, "?"]),
        answer: t.text,
        start: t.start,
        end: t.end,
        variants: [],
        mention: t.mention,
      });
      return;
    }
    // "weighing 300 pounds or more", "weighs 3 tons"
    const w = lower(tokens[i - 1]);
    if (/^(?:weighing|weighs|weighed|weigh)$/.test(w) && WEIGHT_UNIT.test(unitText)) {
      let subject: string | null = null;
      let plural = false;
      let tense: "present" | "past" = "present";
      if (w === "weighing") {
        // "Some of the stones are very heavy, weighing …": the subject of the clause before the comma.
        if (tokens[i - 2]?.text !== ",") return;
        const cl = analyseClause(tokens, 0);
        if (!cl || cl.verb[1] > i - 2) return;
        subject = subjectOf(sentence, tokens, cl.subject);
        plural = isPluralSubject(tokens, cl.subject) || /^(?:some|many|most|several|few)\s+of\b/i.test(subject ?? "");
        const v = lower(tokens[cl.verb[0]]);
        tense = /^(?:was|were|had)$/.test(v) || tokens[cl.verb[0]]?.cls === "past" ? "past" : "present";
      } else {
        const found = clauseFor(ctx, i - 1);
        if (!found || found.clause.verb[1] !== i) return;
        subject = found.subject;
        plural = isPluralSubject(tokens, found.clause.subject);
        tense = w === "weighed" ? "past" : "present";
      }
      if (!subject) return;
      const aux = tense === "past" ? "did" : plural ? "do" : "does";
      const ans = figureAnswer(ctx, t);
      out.push({
        kind: "figure",
        method: "clause",
        prompt: question(["How much", aux, subject, "weigh?"]),
        answer: ans.text,
        start: t.start,
        end: ans.end,
        variants: ans.variants,
        mention: t.mention,
      });
    }
  });
}

// --- Shares: "Over half (55%) of respondents said …", "64% of the farmers want …" ----------------

const FRACTION =
  /^(?:(?:nearly|almost|over|about|around|roughly|some|just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|well\s+over)\s+)?(?:half|a\s+third|one\s+third|two[-\s]thirds|a\s+quarter|one\s+quarter|three[-\s]quarters|a\s+fifth|one\s+in\s+\w+|\w+\s+in\s+\w+)\s*\($/i;

// Verbs that say what a surveyed group said, did or wants: where the group's description ends.
const SHARE_VERB =
  /^(?:said|say|says|reported|report|told|agreed|agree|believe|believed|expect|expected|want|wanted|plan|planned|think|thought|felt|feel|fear|feared|prefer|preferred|consider|considered|use|used|support|supported|oppose|opposed)$/;

function shares(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (!m || m.kind !== "percent") return;
    let k = i + 1;
    let head = i;
    let fraction = "";
    let fronted = "";
    // "Over half (55%) of …": the words before the bracket say the same share.
    if (tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")") {
      const before = sentence.slice(0, tokens[i - 1]?.end ?? 0);
      const f = FRACTION.exec(before.trimStart());
      if (!f) return;
      fraction = before.slice(0, -1).trim();
      k = i + 2;
      head = 0;
    } else if (i !== 0) {
      // "In 2025, 37% of employers …", "…: 41% of managers …", "…, and 40% of exports …": the
      // share opens its own clause; a fronted phrase goes to the end of the question.
      const prev = lower(tokens[i - 1]);
      if (prev === "," && !/^(?:and|but)$/.test(lower(tokens[i - 2]))) {
        let b = i - 1;
        while (b > 0 && !/^[,;:]$/.test(tokens[b - 1]?.text ?? "")) b--;
        const first = tokens[b];
        if (b !== 0 || first?.cls !== "prep" || i - b > 7) return;
        if (tokens.slice(b, i - 1).some((x) => x.cls === "aux" || x.cls === "sub" || x.pos === "VERB")) return;
        fronted = lower(first) + renderPart(sentence, tokens, b, i - 1).slice(first.text.length);
      } else if (!(prev === ":" || prev === ";" || (prev === "and" && tokens[i - 2]?.text === ","))) return;
    }
    if (lower(tokens[k]) !== "of") return;
    void head;
    // The counted group: a plain noun phrase ("(the) surveyed farmers"), then the main verb.
    let v = k + 1;
    while (v < tokens.length && v - k < 8 && /^(?:det|adj|noun|nv|ed|proper|mention|num)$/.test(tokens[v]?.cls ?? "")) {
      // "farmers said": a verb the tagger knows ends the noun phrase.
      // "the surveyed farmers": an -ed form before a noun describes it.
      // "of libraries offered evening hours": after the group's noun an -ed form is its verb.
      const describes =
        tokens[v]?.cls === "ed" &&
        /^(?:noun|nv|adj)$/.test(tokens[v + 1]?.cls ?? "") &&
        (v === k + 1 || tokens[v - 1]?.cls === "det");
      if (v > k + 1 && tokens[v]?.pos === "VERB" && !describes) break;
      v++;
    }
    // "of respondents whose organisations use AI said …", "of respondents under thirty reported …":
    // a relative clause or a phrase after the group, up to the verb that reports what they said.
    let qualified = false;
    if (v > k + 1 && (tokens[v]?.cls === "sub" || tokens[v]?.cls === "prep")) {
      let r = v + 1;
      while (r < tokens.length && r - v < 14 && tokens[r]?.cls !== "punct" && !SHARE_VERB.test(lower(tokens[r]))) r++;
      if (!SHARE_VERB.test(lower(tokens[r])) || r === v + 1) return;
      v = r;
      qualified = true;
    }
    const verb = tokens[v];
    if (
      v === k + 1 ||
      !verb ||
      !(qualified || verb.cls === "aux" || (/^(?:past|present|nv|ed)$/.test(verb.cls) && verb.pos === "VERB"))
    )
      return;
    const cl = { subject: [0, v] as [number, number], verb: [v, v + 1] as [number, number] };
    const ofPart = renderPart(sentence, tokens, k + 1, cl.subject[1]);
    if (ofPart === "" || ofPart.split(" ").length > (qualified ? 13 : 9)) return;
    // What they said or did: to the end of the clause (a comma or "compared to" closes it).
    let e = cl.verb[1];
    while (e < tokens.length && tokens[e]?.text !== "," && tokens[e]?.text !== ";") e++;
    // "said they wanted to …": what the group itself says it does is the question's predicate.
    const rest = renderPart(sentence, tokens, cl.verb[0], e)
      .replace(/^told us\b/, "said")
      .replace(/^(?:said|say|reported|report|told us|stated|indicated)\s+(?:that\s+)?they\s+(?=\p{Ll})/u, "");
    if (rest.split(" ").length > 14 || rest.split(" ").length < 2) return;
    out.push({
      kind: "figure",
      method: "reason",
      prompt: question(["What share of", ofPart, rest, `${fronted}?`]),
      answer: t.text,
      start: t.start,
      end: t.end,
      variants: fraction ? [fraction] : [],
      mention: t.mention,
    });
  });
}

// --- "X, by Y, was forced to leave Z" / "X was forced to leave Z by Y" -------------------------

const FORCED = /^(?:forced|compelled|obliged|driven|induced|persuaded|prompted|pushed)$/;

function forcedBy(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i];
    if (!FORCED.test(lower(t)) || !/^(?:was|were)$/.test(lower(tokens[i - 1])) || lower(tokens[i + 1]) !== "to")
      continue;
    const verb = tokens[i + 2];
    if (!verb || !/^(?:present|noun|nv)$/.test(verb.cls)) continue;
    // The infinitive phrase: "leave Bagdad".
    let e = i + 3;
    while (
      e < tokens.length &&
      e - i < 9 &&
      !/^(?:punct|sub|conj)$/.test(tokens[e]?.cls ?? "") &&
      lower(tokens[e]) !== "by"
    )
      e++;
    const todo = renderPart(sentence, tokens, i + 2, e);
    // The agent: ", by Y," before the verb group, or "by Y" after the infinitive phrase.
    let agent: { from: number; to: number } | null = null;
    let subjectEnd = i - 1;
    if (tokens[i - 2]?.text === ",") {
      let b = i - 3;
      while (b > 0 && tokens[b]?.text !== "," && lower(tokens[b]) !== "by") b--;
      // ", by Y," or ", driven by Y,": the agent set off by commas before the verb group.
      const opener =
        tokens[b - 1]?.text === "," ? b - 1 : tokens[b - 1]?.cls === "ed" && tokens[b - 2]?.text === "," ? b - 2 : -1;
      if (lower(tokens[b]) === "by" && opener > 0) {
        agent = { from: b + 1, to: i - 2 };
        subjectEnd = opener;
      }
    } else if (lower(tokens[e]) === "by") {
      const end = phraseEnd(tokens, e + 1, 8);
      if (end > e + 1) agent = { from: e + 1, to: end };
    }
    if (!agent) continue;
    // The subject: the noun phrase before it, after a relative word or from the clause start.
    let s = subjectEnd - 1;
    while (s >= 0 && /^(?:det|adj|noun|nv|proper|mention|num|ed)$/.test(tokens[s]?.cls ?? "")) s--;
    if (tokens[s]?.text === ",") {
      // "one of them, Serjab, who, …": the name before "who".
      s = -2;
    }
    let subject: string | null = null;
    if (s === -2 || lower(tokens[subjectEnd - 1]) === "who") {
      let n = subjectEnd - 1;
      if (lower(tokens[n]) === "who") n--;
      if (tokens[n]?.text === ",") n--;
      const name = mentionOf(ctx, tokens[n]);
      const named = name ? name.kind === "person" || name.kind === "name" : tokens[n]?.cls === "proper";
      subject = named ? (tokens[n]?.text ?? null) : null;
    } else subject = subjectOf(sentence, tokens, [s + 1, subjectEnd]);
    if (!subject) continue;
    const piece = sliceText(sentence, tokens, agent.from, agent.to);
    if (!piece || piece.text.split(" ").length > 8) continue;
    const answerWords = piece.text.replace(/^(?:the|a|an)\s+/i, "");
    out.push({
      kind: "concept",
      method: "reason",
      prompt: question(["What", lower(t), subject, "to", `${todo}?`]),
      answer: piece.text,
      start: piece.start,
      end: piece.end,
      variants: answerWords !== piece.text ? [answerWords, `by ${piece.text}`] : [`by ${piece.text}`],
    });
  }
}

// --- "X differed from Y in that …", "X is valuable for …", "X are named after Y" ---------------

const FOR_ADJECTIVES =
  /^(?:known|famous|noted|renowned|celebrated|remembered|valuable|valued|notable|responsible|prized|praised|criticized|criticised|admired|best known|useful|important|notorious)$/;

function predicateFrames(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i];
    const w = lower(t);
    // "differed from the weavers in that they sold …"
    if (/^(?:differ|differs|differed)$/.test(w) && lower(tokens[i + 1]) === "from") {
      const found = clauseFor(ctx, i);
      if (!found || found.clause.verb[1] !== i + 1) continue;
      let k = i + 2;
      while (k < tokens.length && k - i < 10 && !(lower(tokens[k]) === "in" && lower(tokens[k + 1]) === "that")) k++;
      if (lower(tokens[k]) !== "in" || lower(tokens[k + 1]) !== "that") continue;
      const other = renderPart(sentence, tokens, i + 2, k);
      if (other === "" || /,/.test(other)) continue;
      const end = phraseEnd(tokens, k + 2, 16);
      const piece = end > 0 ? sliceText(sentence, tokens, k + 2, end) : null;
      if (!piece || piece.text.split(" ").length < 3) continue;
      out.push({
        kind: "concept",
        method: "reason",
        prompt: question(["How", found.inverted.aux, found.subject, "differ from", `${other}?`]),
        answer: piece.text,
        start: piece.start,
        end: piece.end,
        variants: [`in that ${piece.text}`],
      });
      continue;
    }
    // "are mainly valuable for having given …", "is known for its glass"
    if (FOR_ADJECTIVES.test(w) && lower(tokens[i + 1]) === "for") {
      let a = i - 1;
      const adverbs: string[] = [];
      while (tokens[a]?.cls === "adv") {
        adverbs.unshift(lower(tokens[a]));
        a--;
      }
      const cop = tokens[a];
      if (!cop || !/^(?:is|are|was|were)$/.test(lower(cop))) continue;
      const found = clauseFor(ctx, a);
      if (!found || found.clause.verb[0] !== a) continue;
      const end = phraseEnd(tokens, i + 2, 12);
      const piece = end > 0 ? sliceText(sentence, tokens, i + 2, end) : null;
      if (!piece || piece.text.split(" ").length < 2) continue;
      out.push({
        kind: "concept",
        method: "reason",
        prompt: question(["What", lower(cop), found.subject, ...adverbs, w, "for?"]),
        answer: piece.text,
        start: piece.start,
        end: piece.end,
        variants: [`for ${piece.text}`],
      });
      continue;
    }
    // "are named after the German words for …"
    if (
      /^(?:named|called)$/.test(w) &&
      lower(tokens[i + 1]) === "after" &&
      /^(?:is|are|was|were)$/.test(lower(tokens[i - 1]))
    ) {
      const found = clauseFor(ctx, i - 1);
      if (!found || found.clause.verb[1] !== i + 1) continue;
      const end = phraseEnd(tokens, i + 2, 10);
      const piece = end > 0 ? sliceText(sentence, tokens, i + 2, end) : null;
      if (!piece) continue;
      out.push({
        kind: "concept",
        method: "clause",
        prompt: question(["What", lower(tokens[i - 1]), found.subject, w, "after?"]),
        answer: piece.text,
        start: piece.start,
        end: piece.end,
        variants: [],
      });
    }
  }
}

// --- "To protect the harvest, the villagers built a dyke" ----------------------------------------

function frontedPurpose(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  if (lower(tokens[0]) !== "to") return;
  const verb = tokens[1];
  if (!verb || !/^(?:present|noun|nv)$/.test(verb.cls) || (verb.pos !== undefined && verb.pos !== "VERB")) return;
  if (verb.lemma === "be") return;
  let comma = 2;
  while (comma < tokens.length && comma < 18 && tokens[comma]?.text !== ",") {
    // "To date, …" and a clause inside the phrase: no plain purpose.
    if (tokens[comma]?.cls === "sub" || tokens[comma]?.cls === "aux") return;
    comma++;
  }
  if (tokens[comma]?.text !== "," || comma < 3) return;
  const cl = analyseClauseFrom(tokens, comma + 1);
  if (!cl || cl.subject[0] !== comma + 1) return;
  const subject = subjectOf(sentence, tokens, cl.subject);
  const inverted = subject ? invertVerb(tokens, cl.verb, isPluralSubject(tokens, cl.subject)) : null;
  if (!subject || !inverted) return;
  const last = tokens[cl.verb[1] - 1];
  const end = restEnd(tokens, cl.verb[1]);
  const object = objectOf(sentence, tokens, cl.verb[1], end);
  if (object === null || (object === "" && (last?.cls === "aux" || last?.lemma === "be"))) return;
  if (end < tokens.length - 1 && tokens[end]?.cls === "conj") return;
  const piece = sliceText(sentence, tokens, 0, comma);
  if (!piece) return;
  const bare = sentence.slice(tokens[1]?.start ?? 0, piece.end).replace(/\s+/g, " ");
  out.push({
    kind: "concept",
    method: "reason",
    prompt: question(["Why", inverted.aux, subject, inverted.rest, `${object}?`]),
    answer: piece.text,
    start: piece.start,
    end: piece.end,
    variants: [bare, `in order to ${bare}`],
  });
}

// --- "found two kinds of vault, the barrel and the groin" ---------------------------------------

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };

function countedLists(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    // "two kinds", or a count the detector read as one figure ("three winners").
    const counted = t.cls === "mention" ? /^(two|three|four)\s+(\p{Ll}+)$/u.exec(t.text) : null;
    const n = COUNTS[counted ? (counted[1] ?? "") : lower(t)];
    if (!n || i < 2) return;
    // The counted noun phrase: "two (well marked) varieties (of vault)".
    let e = i + 1;
    while (!counted && e < tokens.length && e - i < 6 && /^(?:adj|adv|ed|noun|nv)$/.test(tokens[e]?.cls ?? "")) e++;
    if (!counted && lower(tokens[e]) === "of" && /^(?:noun|nv|adj)$/.test(tokens[e + 1]?.cls ?? "")) e += 2;
    const head = tokens[e - 1];
    if (
      !counted &&
      (e === i + 1 ||
        !head ||
        !/^(?:noun|nv)$/.test(tokens[e - 1 - (lower(tokens[e - 2]) === "of" ? 2 : 0)]?.cls ?? ""))
    )
      return;
    if (tokens[e]?.text !== ",") return;
    // The list: n items, "and" before the last, then the end of the sentence.
    const from = e + 1;
    let k = from;
    let items = 1;
    while (k < tokens.length && tokens[k]?.cls !== "punct" && k - from < 14) {
      if (lower(tokens[k]) === "and") items++;
      k++;
    }
    // "A, B and C": further items up to the one after "and"; what follows the list is left.
    let closed = items > 1;
    while (!closed && tokens[k]?.text === "," && k < tokens.length) {
      items++;
      k++;
      const segment = k;
      while (k < tokens.length && tokens[k]?.cls !== "punct" && k - from < 16) {
        if (lower(tokens[k]) === "and") {
          // ", and C" (a serial comma): the comma already counted C.
          if (k !== segment) items++;
          closed = true;
        }
        k++;
      }
    }
    if (items !== n || !closed) return;
    const piece = sliceText(sentence, tokens, from, k);
    if (!piece || piece.text.split(" ").length > 10 || !/\band\b/.test(piece.text)) return;
    // The clause: the counted phrase is the object right after the verb, whose subject is the
    // noun phrase before it; a fronted place or time ("In the cellar") goes to the end.
    const v = tokens[i - 1];
    if (!v || !/^(?:past|ed|present|nv)$/.test(v.cls) || (v.pos !== undefined && v.pos !== "VERB")) return;
    let s0 = i - 1;
    while (s0 > 0 && s0 > i - 8 && /^(?:det|adj|noun|nv|proper|mention|num)$/.test(tokens[s0 - 1]?.cls ?? "")) {
      // "In the Bugaba cemetery Mr. Merritt found": a name right after a noun starts the subject.
      if (/^(?:proper|mention)$/.test(tokens[s0]?.cls ?? "") && tokens[s0 - 1]?.cls === "noun") break;
      if (tokens[s0 - 1]?.cls === "det" && s0 - 1 > 0 && tokens[s0 - 2]?.cls === "noun") {
        s0--;
        break;
      }
      s0--;
    }
    if (s0 === i - 1) return;
    const subject = subjectOf(sentence, tokens, [s0, i - 1]);
    const inverted = subject ? invertVerb(tokens, [i - 1, i], isPluralSubject(tokens, [s0, i - 1])) : null;
    if (!subject || !inverted) return;
    let fronted = "";
    if (s0 > 0) {
      // A bare preposition left in front means the place ran into the subject: no card.
      if (tokens[0]?.cls !== "prep" || s0 > 6 || s0 < 2 || tokens[s0 - 1]?.cls === "prep") return;
      fronted = renderPart(sentence, tokens, 0, s0);
      fronted = fronted.charAt(0).toLowerCase() + fronted.slice(1);
    }
    const noun = counted ? (counted[2] ?? "") : renderPart(sentence, tokens, i + 1, e);
    const count = counted ? (counted[1] ?? "") : lower(t);
    out.push({
      kind: "concept",
      method: "clause",
      prompt: question([`Which ${count} ${noun}`, inverted.aux, subject, inverted.rest, fronted, "?"]),
      answer: piece.text,
      start: piece.start,
      end: piece.end,
      variants: [piece.text.replace(/\bthe\s+/gi, "")],
    });
  });
}

// --- "X were so called from Y, meaning Z", "X take their name from Y" --------------------------

const NAME_SOURCE =
  /\b(?:(?:is|are|was|were)\s+(?:so\s+)?(?:called|named)\s+from|(?:take|takes|took|get|gets|got|derive|derives|derived)\s+(?:their|its|his|her)\s+names?\s+from)\s+[_"\u201c\u2018']?$/i;
const FOREIGN_WORD = /^_?(\p{L}+)_?$/u;

function nameSources(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const before = sentence.slice(0, t.start);
    const src = NAME_SOURCE.exec(before);
    if (!src) continue;
    // The verb group starts at the first word of the marker.
    const v = tokens.findIndex((x) => x.start >= src.index);
    if (v <= 0) continue;
    let found = clauseFor(ctx, v);
    // "The troubadours themselves were …": a reflexive after the subject stops the clause reader.
    if (!found && /^(?:themselves|itself|himself|herself)$/i.test(tokens[v - 1]?.text ?? "")) {
      const subject = subjectOf(sentence, tokens, [0, v - 1]);
      const inverted = invertVerb(tokens, [v, v + 1], isPluralSubject(tokens, [0, v - 1]));
      if (subject && inverted)
        found = {
          clause: { tokens, subject: [0, v - 1], verb: [v, v + 1], rest: [v + 1, tokens.length] },
          subject,
          inverted,
        };
    }
    if (!found || found.clause.verb[0] !== v) continue;
    const end = phraseEnd(tokens, i, 8);
    const piece = end > 0 ? sliceText(sentence, tokens, i, end) : null;
    if (!piece) continue;
    const word = piece.text.replace(/^_|_$/g, "");
    const passive = /^(?:is|are|was|were)$/i.test(tokens[v]?.text ?? "");
    const possessive = /\b(their|its|his|her)\b/i.exec(src[0])?.[1]?.toLowerCase() ?? "their";
    const prompt = passive
      ? ""
      : question(["What", found.inverted.aux, found.subject, found.inverted.rest, `${possessive} name from?`]);
    // "The troubadours themselves were so called": the reflexive only stresses the subject.
    const named = found.subject.replace(/\s+(?:themselves|itself|himself|herself)$/i, "");
    const asked = passive ? question(["Where does the name of", named, "come from?"]) : prompt;
    out.push({
      kind: "concept",
      method: "clause",
      prompt: asked,
      answer: word === piece.text ? piece.text : word,
      start: word === piece.text ? piece.start : piece.start + piece.text.indexOf(word),
      end: word === piece.text ? piece.end : piece.start + piece.text.indexOf(word) + word.length,
      variants: [],
    });
    // "…, meaning to invent": what the source word means.
    const meaning = /^\s*_?,\s+meaning\s+/.exec(
      sentence.slice(word === piece.text ? piece.end : piece.start + piece.text.indexOf(word) + word.length),
    );
    if (meaning && FOREIGN_WORD.test(word)) {
      const mStart =
        (word === piece.text ? piece.end : piece.start + piece.text.indexOf(word) + word.length) + meaning[0].length;
      const mTok = tokens.findIndex((x) => x.start >= mStart);
      const mEnd = mTok > 0 ? phraseEnd(tokens, mTok, 6) : -1;
      const gloss = mEnd > 0 ? sliceText(sentence, tokens, mTok, mEnd) : null;
      if (gloss && !/^(?:that|this|it)\b/i.test(gloss.text))
        out.push({
          kind: "concept",
          method: "clause",
          prompt: `What does the word "${word}" mean?`,
          answer: gloss.text,
          start: gloss.start,
          end: gloss.end,
          variants: [],
        });
    }
    return;
  }
}

// --- "X was the first (European) to cross the pass" ---------------------------------------------

function firstTo(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (lower(tokens[i]) !== "first" || lower(tokens[i - 1]) !== "the") continue;
    // "was (also) the first (woman) to …" or "became the first …"
    let b = i - 2;
    while (tokens[b]?.cls === "adv") b--;
    const verb = lower(tokens[b]);
    if (!/^(?:was|were|is|became|becomes)$/.test(verb)) continue;
    let k = i + 1;
    const nounFrom = k;
    while (k < tokens.length && k - nounFrom < 3 && /^(?:noun|adj|proper|nv)$/.test(tokens[k]?.cls ?? "")) k++;
    if (lower(tokens[k]) !== "to" || !tokens[k + 1] || !/^(?:present|noun|nv)$/.test(tokens[k + 1]?.cls ?? ""))
      continue;
    const end = phraseEnd(tokens, k + 1, 9);
    if (end <= k + 2) continue;
    // The subject: a name right before the verb, or before ", who".
    let n = b - 1;
    const relative = lower(tokens[n]) === "who";
    if (relative) n -= tokens[n - 1]?.text === "," ? 2 : 1;
    const m = mentionOf(ctx, tokens[n]);
    const name = tokens[n];
    if (!name || !m || !/^(?:person|organisation|place|name)$/.test(m.kind)) continue;
    // The subject starts the sentence or its relative clause: no list or possessive before it.
    if (
      !relative &&
      n > 0 &&
      !(tokens[n - 1]?.text === "," || tokens[n - 1]?.cls === "det" || tokens[n - 1]?.cls === "proper")
    )
      continue;
    const noun = renderPart(sentence, tokens, nounFrom, k);
    // What was done first, cut back at a preposition while the question copies too much.
    let cut = end;
    const ask = (to: number) =>
      question(["X", "the first", noun, "to", `${renderPart(sentence, tokens, k + 1, to)}?`]).slice(2);
    while (longestSharedRun(ask(cut), sentence) > MAX_SHARED_RUN - 1 && cut > k + 3) {
      let p = cut - 1;
      while (p > k + 2 && tokens[p]?.cls !== "prep") p--;
      if (p <= k + 2) break;
      cut = p;
    }
    if (longestSharedRun(ask(cut), sentence) > MAX_SHARED_RUN - 1) continue;
    const rest = renderPart(sentence, tokens, k + 1, cut);
    const whWord = m.kind === "person" ? "Who" : m.kind === "place" ? "Which place" : "Which organisation";
    const tense = /^(?:was|were|became)$/.test(verb)
      ? verb === "became"
        ? "became"
        : "was"
      : verb === "becomes"
        ? "becomes"
        : "is";
    const answer = name.text.replace(/['’]s$/, "");
    out.push({
      kind: m.kind === "person" ? "person" : "concept",
      method: "clause",
      prompt: question([whWord, tense, "the first", noun, "to", `${rest}?`]),
      answer,
      start: name.start,
      end: name.start + answer.length,
      variants: [],
      mention: name.mention,
    });
  }
}

/** "Mr Hale" as the sentence writes it, "Mr. Hale": the question renderer drops the title's dot. */
function restoreTitles(prompt: string, sentence: string): string {
  return prompt.replace(/\b(Mr|Mrs|Ms|Dr|Prof|St|M)\s(?=\p{Lu})/gu, (all, title: string) =>
    sentence.includes(`${title}. `) ? `${title}. ` : all,
  );
}

/** Cards from the fixed constructions above, for one sentence (offsets inside it). */
export function frameCards(sentence: string, tokens: Token[], mentions: readonly Mention[]): FrameCard[] {
  if (/\?["\u201d)]?\s*$/.test(sentence)) return [];
  const ctx: Ctx = { sentence, tokens, mentions };
  const out: FrameCard[] = [];
  if (/['’]s\s|\bthe\s+\w+\s+of\b/.test(sentence)) eventDates(ctx, out);
  if (/\bdeath\s+of\b/i.test(sentence)) afterDeath(ctx, out);
  if (/\bled\s+by\b|\band\s+(?:co-?workers|colleagues|collaborators)\b/i.test(sentence)) groupLeaders(ctx, out);
  if (/\b(?:wide|deep|long|high|tall|thick|broad|depths?|heights?|weigh\w*)\b/i.test(sentence)) measures(ctx, out);
  if (sentence.includes("%")) shares(ctx, out);
  if (/\b(?:was|were)\s+(?:forced|compelled|obliged|driven|induced|persuaded|prompted|pushed)\s+to\b/i.test(sentence))
    forcedBy(ctx, out);
  if (/\b(?:differ\w*\s+from|for\b|named\s+after|called\s+after)/i.test(sentence)) predicateFrames(ctx, out);
  if (/^\W*to\s/i.test(sentence)) frontedPurpose(ctx, out);
  if (/\b(?:two|three|four)\b/i.test(sentence)) countedLists(ctx, out);
  if (/\b(?:called|named)\s+(?:from|after)|\bnames?\s+from\b/i.test(sentence)) nameSources(ctx, out);
  if (/\bthe\s+first\b/i.test(sentence)) firstTo(ctx, out);
  out.push(...figureFrameCards(sentence, tokens, mentions));
  for (const c of out) c.prompt = restoreTitles(c.prompt, sentence);
  return out;
}
