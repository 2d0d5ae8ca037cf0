// Figure questions the clause reader does not ask, read from constructions any report or news item
// uses, whatever its subject:
//   "Within a week more than 200 bolts were replaced"  -> How many bolts were replaced within a week?
//   "a poll of more than 2,300 office workers"         -> How many office workers took part in the poll?
//   "The port ranked third in 2024"                    -> Where did the port rank in 2024?
//   "…, ranking at number five" / "took the top spot"  -> the same, on the main clause's subject
// A figure as the subject is no answer for the clause reader (prompts.ts asks only what is
// not the subject); here its counted noun goes into the question and the number is the answer.
// Each reader makes nothing where its construction is not complete. Pure.
import { ORDINAL_WORDS } from "./detect/dates";
import { analyseClause, invertVerb, isPluralSubject, type Token } from "./clause";
import { lower, question, renderPart, subjectOf } from "./reason-parts";
import { longestSharedRun, MAX_SHARED_RUN } from "./prompts";
import type { FrameCard } from "./frames";
import type { Mention } from "./types";

interface Ctx {
  sentence: string;
  tokens: Token[];
  mentions: readonly Mention[];
}

function mentionOf(ctx: Ctx, t: Token | undefined): Mention | undefined {
  return t?.cls === "mention" && t.mention !== undefined ? ctx.mentions[t.mention] : undefined;
}

// Measures and durations are not things counted one by one ("How many feet …" is "How deep").
const NOT_A_COUNT =
  /^(?:miles|feet|yards|metres|meters|kilometres|kilometers|pounds|tons|tonnes|acres|hectares|inches|hours|days|years|months|weeks|minutes|seconds|decades|centuries|percent|dollars|euros|times)$/;

/** The counted noun written at the end of a figure ("more than 600 companies"), or null. */
function countedNounOf(m: Mention): string | null {
  if (m.kind !== "quantity") return null;
  const unit = m.value.unit ?? "";
  if (!/^\p{L}[\p{L} -]*\p{L}$/u.test(unit) || !m.text.endsWith(unit)) return null;
  const head = unit.split(" ").pop() ?? "";
  if (NOT_A_COUNT.test(head) || !/(?:s|people|staff|personnel|aircraft|troops)$/.test(head)) return null;
  return unit;
}

function startsVerbGroup(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.cls === "aux") return true;
  return /^(?:past|ed|present|nv)$/.test(t.cls) && t.pos === "VERB";
}

/** Where a predicate ends for a question: a clause break, a comma, or a new clause after "and". */
function predicateEnd(tokens: Token[], from: number, maxTokens: number): number {
  let i = from;
  for (; i < tokens.length && i - from < maxTokens; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.cls === "punct" && !/^["\u201c\u201d]$/.test(t.text)) break;
    if (t.cls === "sub" && i > from) break;
    if (/^(?:and|but|or)$/.test(lower(t)) && /^(?:det|pronoun|proper|mention|aux)$/.test(tokens[i + 1]?.cls ?? ""))
      break;
  }
  if (i - from >= maxTokens && i < tokens.length && tokens[i]?.cls !== "punct") return -1;
  while (i > from && /^(?:det|prep|conj|sub)$/.test(tokens[i - 1]?.cls ?? "")) i--;
  return i;
}

/**
 * The phrase before token `i` that opens its clause ("Within a week", "In 2025,"), moved to the end
 * of a question; "" when the clause starts at `i`; null when what stands before is no such phrase.
 */
function frontedBefore(ctx: Ctx, i: number): string | null {
  const { tokens, sentence } = ctx;
  let b = i;
  while (b > 0) {
    const t = tokens[b - 1];
    if (!t) break;
    if (t.text === ";" || t.text === ":") break;
    if (/^(?:and|but)$/.test(lower(t)) && (b - 1 === 0 || tokens[b - 2]?.text === ",")) break;
    b--;
  }
  // A leading "and"/"but" belongs to the sentence, not to the phrase.
  const from = b;
  if (from === i) return "";
  const words = tokens.slice(from, i).filter((t) => t.text !== ",");
  if (words.length === 0) return "";
  const first = words[0];
  if (!first || (first.cls !== "prep" && !(first.cls === "adv" && words.length === 1))) return null;
  if (words.some((t) => t.cls === "aux" || t.cls === "sub" || (t.pos === "VERB" && t.cls !== "gerund"))) return null;
  if (words.length > 6) return null;
  const text = renderPart(sentence, tokens, from, i);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Within a week more than 200 bolts were replaced": How many bolts were replaced within a week? */
function countedSubjects(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (!m) return;
    const noun = countedNounOf(m);
    if (!noun) return;
    // "more than 1,000 families on the islands depended …": a short place phrase belongs to the subject.
    let v = i + 1;
    if (/^(?:in|on|at|from|across|around|near|outside|inside)$/.test(lower(tokens[v]))) {
      let e = v + 1;
      while (e < tokens.length && e - v <= 4 && /^(?:det|adj|noun|proper|mention)$/.test(tokens[e]?.cls ?? "")) e++;
      if (e > v + 1 && startsVerbGroup(tokens[e]) && mentionOf(ctx, tokens[e - 1])?.kind !== "date") v = e;
    }
    if (!startsVerbGroup(tokens[v])) return;
    // Only a figure that is the whole subject: the clause reader's verb group starts right after it.
    // (The clause reader may find no clause behind a fronted phrase; what it finds must agree.)
    const clause = analyseClause(tokens, i);
    if (clause && clause.verb[0] !== v) return;
    const fronted = frontedBefore(ctx, i);
    if (fronted === null) return;
    const end = predicateEnd(tokens, v, 12);
    if (end <= v) return;
    const place = v > i + 1 ? renderPart(sentence, tokens, i + 1, v) : "";
    // "working these mines": the question, read on its own, says "the mines".
    const predicate = renderPart(sentence, tokens, v, end).replace(/\b(?:these|those|this|that)\s(?=\p{L})/giu, "the ");
    // "… cross it", "… replaced them": a predicate that points back at the passage asks nothing alone.
    if (/\b(?:it|them|him|her|they)\b|\b(?:this|that|these|those)$/i.test(predicate)) return;
    const prompt = question([`How many ${noun}`, place, predicate, fronted, "?"]);
    if (longestSharedRun(prompt, sentence) > MAX_SHARED_RUN + 1) return;
    const number = m.text.slice(0, m.text.length - noun.length).trimEnd();
    if (number === "") return;
    out.push({
      kind: "figure",
      method: "clause",
      prompt,
      answer: number,
      start: t.start,
      end: t.start + number.length,
      variants: [m.text],
      mention: t.mention,
    });
  });
}

// "a survey of more than 5,000 professionals": the people a survey, poll or study asked.
const SURVEY_NOUN = /^(?:survey|poll|study|census|questionnaire|sample|study)$/;

function surveySizes(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (!m || lower(tokens[i - 1]) !== "of" || !SURVEY_NOUN.test(lower(tokens[i - 2]))) return;
    const noun = countedNounOf(m);
    if (!noun) return;
    // The survey as a noun phrase: its determiner or owner and modifiers ("GitLab's annual survey").
    let s = i - 2;
    while (s > 0 && i - 2 - s < 4 && /^(?:det|adj|noun|proper|mention|ed)$/.test(tokens[s - 1]?.cls ?? "")) s--;
    let survey = renderPart(sentence, tokens, s, i - 1);
    // "This year's survey", "a poll": a question names it "the survey".
    survey = survey
      .replace(/^(?:this|last|next)\s+(?:year|month|week)['\u2019]s\s+/i, "the ")
      .replace(/^(?:a|an|this|that|our|its|their)\s+/i, "the ");
    if (!/^(?:the\s|\p{Lu})/u.test(survey)) survey = `the ${survey}`;
    const number = m.text.slice(0, m.text.length - noun.length).trimEnd();
    if (number === "") return;
    out.push({
      kind: "figure",
      method: "clause",
      prompt: question([`How many ${noun} took part in`, survey, "?"]),
      answer: number,
      start: t.start,
      end: t.start + number.length,
      variants: [m.text],
      mention: t.mention,
    });
  });
}

/** "Some crusts are estimated to be more than 8,000 years old": How old are some crusts estimated to be? */
function ages(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (m?.kind !== "quantity" || m.value.unit !== "years" || lower(tokens[i + 1]) !== "old") return;
    // The verb chain back to its copula: "is", "are estimated to be", "was thought to be".
    let c = i - 1;
    while (c > 0 && i - c <= 4 && !/^(?:is|are|was|were)$/.test(lower(tokens[c]))) {
      if (!/^(?:to|be)$/.test(lower(tokens[c])) && !/^(?:ed|past|adv)$/.test(tokens[c]?.cls ?? "")) return;
      c--;
    }
    if (!/^(?:is|are|was|were)$/.test(lower(tokens[c]))) return;
    const clause = analyseClause(tokens, c);
    if (!clause || clause.verb[0] !== c) return;
    const subject = subjectOf(sentence, tokens, subjectRange(tokens, clause.subject));
    if (!subject) return;
    const chain = renderPart(sentence, tokens, c + 1, i);
    out.push({
      kind: "figure",
      method: "clause",
      prompt: question(["How old", lower(tokens[c]), subject, chain, "?"]),
      answer: t.text,
      start: t.start,
      end: t.end,
      variants: [`${t.text} old`],
      mention: t.mention,
    });
  });
}

// --- Changes: "the economy grew by 3.4% in 2024", "unemployment fell to 6.1%" --------------------

const CHANGE_VERB =
  /^(?:r(?:ose|ise|ises|isen)|f(?:ell|all|alls|allen)|gr(?:ew|ow|ows|own)|(?:increas|decreas|declin|climb|jump|slipp|slip|dropp|drop|surg|soar|expand|contract|shrank|shrink|gain)(?:e|es|ed|s)?)$/;

function changes(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  tokens.forEach((t, i) => {
    const m = mentionOf(ctx, t);
    if (!m || (m.kind !== "percent" && m.kind !== "money" && m.kind !== "quantity")) return;
    const prep = lower(tokens[i - 1]);
    if ((prep !== "by" && prep !== "to") || !CHANGE_VERB.test(lower(tokens[i - 2]))) return;
    const clause = analyseClause(tokens, i - 2);
    if (!clause || clause.verb[1] !== i - 1) return;
    const range = subjectRange(tokens, clause.subject);
    const subject = subjectOf(sentence, tokens, range);
    if (!subject) return;
    const inverted = invertVerb(tokens, clause.verb, isPluralSubject(tokens, range));
    if (!inverted) return;
    let clauseEnd = i;
    while (clauseEnd < tokens.length && tokens[clauseEnd]?.text !== "," && tokens[clauseEnd]?.cls !== "sub")
      clauseEnd++;
    // "fell by 64% within a decade": a short time phrase after the figure says over what span.
    const span =
      clauseEnd - i <= 8 && /^(?:within|over|during|in|since|between|after)$/.test(lower(tokens[i + 1]))
        ? renderPart(sentence, tokens, i + 1, clauseEnd)
        : "";
    const period = span === "" ? periodNear(ctx, 0, clauseEnd) : "";
    out.push({
      kind: "figure",
      method: "clause",
      prompt: question([
        prep === "by" ? "By how much" : "To what level",
        inverted.aux,
        subject,
        inverted.rest,
        span || period,
        "?",
      ]),
      answer: t.text,
      start: t.start,
      end: t.end,
      variants: [],
      mention: t.mention,
    });
  });
}

// --- Ranks ---------------------------------------------------------------------------------------

// Ranks "first" to "twelfth", as far as the cardinal and suffixed forms below go.
const ORDINALS = ORDINAL_WORDS.slice(0, 12);
const CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const SUFFIXED = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"];

/** The place a rank phrase names, 1-based, or 0. */
function rankOf(phrase: string): number {
  const p = phrase.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:the )?top (?:spot|place|position)$/.test(p)) return 1;
  const n = /^(?:number|no\.) (\w+)$/.exec(p)?.[1];
  if (n) {
    const k = CARDINALS.indexOf(n);
    return k >= 0 ? k + 1 : /^\d+$/.test(n) ? Number(n) : 0;
  }
  const word = /^(?:the )?(\w+)(?: place| position| spot)?$/.exec(p)?.[1] ?? "";
  const o = ORDINALS.indexOf(word);
  if (o >= 0) return o + 1;
  const s = SUFFIXED.indexOf(word);
  return s >= 0 ? s + 1 : 0;
}

function rankVariants(phrase: string, rank: number): string[] {
  const out = new Set<string>();
  const ordinal = ORDINALS[rank - 1];
  if (ordinal) out.add(ordinal);
  if (SUFFIXED[rank - 1]) out.add(SUFFIXED[rank - 1] ?? "");
  if (CARDINALS[rank - 1]) out.add(`number ${CARDINALS[rank - 1]}`);
  out.add(`number ${rank}`);
  if (rank === 1) out.add("top");
  out.delete(phrase.toLowerCase());
  return [...out];
}

const RANK_WORD = `(?:${ORDINALS.join("|")}|(?:1|2|3|4|5|6|7|8|9|10|11|12)(?:st|nd|rd|th))`;
// The verb, a preposition, and the rank: "ranked number two", "ranking at number five",
// "came third", "fell to fourth place", "took the top spot".
const RANK = new RegExp(
  String.raw`\b(rank(?:s|ed|ing)?|plac(?:es|ed|ing)|c(?:ame|omes|oming)|finish(?:es|ed|ing)|end(?:s|ed|ing)|(?:rose|rises|rising|climbed|climbs|climbing|fell|falls|falling|slipped|slips|slipping|dropped|drops|dropping)(?=\s+to\b)|t(?:ook|akes|aking)(?=\s+the\s+top\b))` +
    String.raw`(?:\s+(?:at|to|in))?\s+((?:number|No\.)\s+(?:${CARDINALS.join("|")}|\d{1,2})\b|(?:the\s+)?${RANK_WORD}(?:\s+(?:place|position|spot))?\b|the\s+top\s+(?:spot|place|position)\b)`,
  "giu",
);

const RANK_LEMMA: Record<string, string> = {
  rank: "rank",
  plac: "place",
  c: "come",
  finish: "finish",
  end: "end",
  rose: "rise",
  ris: "rise",
  climb: "climb",
  fell: "fall",
  fall: "fall",
  slipp: "slip",
  slip: "slip",
  dropp: "drop",
  drop: "drop",
  t: "take",
};

function lemmaOfRankVerb(verb: string): { lemma: string; tense: "past" | "present" | "participle" } {
  const v = verb.toLowerCase();
  const tense = /ing$/.test(v) ? "participle" : /(?:ed|ame|ose|ell|ook)$/.test(v) ? "past" : "present";
  const stem =
    v === "came" || v === "comes" || v === "coming"
      ? "c"
      : v === "took" || v === "takes" || v === "taking"
        ? "t"
        : v === "rose" || v === "rises" || v === "rising"
          ? "rose"
          : v === "fell" || v === "falls" || v === "falling"
            ? "fell"
            : v.replace(/(?:ing|ed|es|s)$/, "");
  return { lemma: RANK_LEMMA[stem] ?? RANK_LEMMA[stem.replace(/e$/, "")] ?? stem, tense };
}

/** "In 2024", "in the regional league": the nearest date before the rank in its clause, as a phrase. */
function periodNear(ctx: Ctx, from: number, to: number): string {
  const { tokens, sentence } = ctx;
  for (let k = to - 1; k >= from; k--) {
    const m = mentionOf(ctx, tokens[k]);
    if (m?.kind !== "date" || !/^\d{4}$/.test(m.text)) continue;
    const prep = lower(tokens[k - 1]);
    if (!/^(?:in|during|for|since|by)$/.test(prep)) continue;
    return `${prep} ${renderPart(sentence, tokens, k, k + 1)}`;
  }
  return "";
}

/** A clause subject without a fronted phrase the clause reader left in it ("In 2022, cloud computing"). */
function subjectRange(tokens: Token[], range: [number, number]): [number, number] {
  let from = range[0];
  for (let k = range[1] - 1; k > range[0]; k--) {
    if (tokens[k]?.text === "," || /^(?:and|but)$/.test(lower(tokens[k]))) {
      from = k + 1;
      break;
    }
  }
  return [from, range[1]];
}

function ranks(ctx: Ctx, out: FrameCard[]): void {
  const { tokens, sentence } = ctx;
  for (const r of sentence.matchAll(RANK)) {
    const verbText = r[1] ?? "";
    const phrase = r[2] ?? "";
    const rank = rankOf(phrase);
    if (rank === 0) continue;
    const verbAt = r.index ?? 0;
    const phraseAt = verbAt + r[0].length - phrase.length;
    const v = tokens.findIndex((t) => t.start === verbAt);
    if (v <= 0) continue;
    const { lemma, tense } = lemmaOfRankVerb(verbText);
    // "come", "end" and "take" rank only as "came third", "ended fifth", "took the top spot".
    if ((lemma === "come" || lemma === "end") && !/^(?:\w+)$/.test(phrase.replace(/\s+(?:place|position)$/, "")))
      continue;
    let subject: string | null = null;
    let plural = false;
    let pastTense = tense === "past";
    let clauseStart = 0;
    let subjectAt = 0;
    if (tense === "participle") {
      // "…, ranking at number five": the subject of the clause before the comma.
      if (tokens[v - 1]?.text !== ",") continue;
      const main = analyseClause(tokens, 0);
      if (!main || main.verb[1] > v - 1) continue;
      const range = subjectRange(tokens, main.subject);
      subject = subjectOf(sentence, tokens, range);
      plural = isPluralSubject(tokens, range);
      const mainVerb = tokens[main.verb[0]];
      pastTense = mainVerb?.cls === "past" || /^(?:was|were|had|did)$/.test(lower(mainVerb));
      clauseStart = 0;
    } else {
      const clause = analyseClause(tokens, v);
      if (!clause || clause.verb[1] - 1 !== v) continue;
      // An auxiliary before the verb ("had ranked", "has come") keeps its own tense.
      const aux = clause.verb[1] - clause.verb[0] > 1 ? tokens[clause.verb[0]] : undefined;
      if (aux && !/^(?:has|have|had)$/.test(lower(aux))) continue;
      const range = subjectRange(tokens, clause.subject);
      subjectAt = range[0];
      subject = subjectOf(sentence, tokens, range);
      plural = isPluralSubject(tokens, range);
      if (aux) pastTense = true;
      // "In 2022, cloud computing ranked …": a fronted phrase of the clause dates it too.
      clauseStart = clause.subject[0];
      while (
        clauseStart > 0 &&
        !/^[;:]$/.test(tokens[clauseStart - 1]?.text ?? "") &&
        !(lower(tokens[clauseStart - 1]) === "and" && tokens[clauseStart - 2]?.text === ",")
      )
        clauseStart--;
    }
    if (!subject || subject.split(" ").length > 7) continue;
    // "Childcare support, which ranked second": the relative's own subject is the noun before it.
    if (/^(?:which|who|that)$/i.test(subject)) continue;
    const inverted = invertVerb(tokens, [v, v + 1], plural);
    const aux = pastTense ? "did" : (inverted?.aux ?? (plural ? "do" : "does"));
    // The clause runs on to its next comma: "ranked third among the ports in 2024, behind …".
    let clauseEnd = v;
    while (clauseEnd < tokens.length && tokens[clauseEnd]?.text !== "," && tokens[clauseEnd]?.cls !== "sub")
      clauseEnd++;
    const period = periodNear(ctx, clauseStart, clauseEnd);
    const wh =
      lemma === "rank"
        ? ["Where", aux, subject, "rank"]
        : lemma === "take"
          ? ["Where", aux, subject, "rank"]
          : lemma === "place" || lemma === "finish" || lemma === "come" || lemma === "end"
            ? ["In what place", aux, subject, lemma]
            : ["To what place", aux, subject, lemma];
    // What the ranking is in ("among European container ports"), when short.
    const after = sentence.slice(phraseAt + phrase.length);
    const among =
      /^\s+((?:among|in|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=\s*[,.;]|\s+(?:in|for|after|behind|ahead)\b)/u.exec(
        after,
      );
    // "In the regional league, X finished second": where the ranking holds, unless it is the date.
    const front = tense === "participle" || period !== "" ? null : frontedBefore(ctx, subjectAt);
    const prompt = question([...wh, among ? (among[1] ?? "") : "", period, front ?? "", "?"]);
    // "ranked number two, after security": what ranked above it is a fact of its own.
    const ahead =
      /^([^,;.]{0,50}?,\s+(?:after|behind)\s+)((?:the\s+)?\p{L}[\p{L}-]*(?:\s+(?:and\s+)?\p{L}[\p{L}-]*){0,3}?)(?=\s*[,.;]|\s*$)/u.exec(
        after,
      );
    if (ahead && (lemma === "rank" || lemma === "take") && !/^(?:that|which|it|them)$/i.test(ahead[2] ?? "")) {
      const at = phraseAt + phrase.length + (ahead[1] ?? "").length;
      const verb = pastTense ? "ranked" : plural ? "rank" : "ranks";
      out.push({
        kind: "concept",
        method: "clause",
        prompt: question(["What", verb, "ahead of", subject, among ? (among[1] ?? "") : "", period, "?"]),
        answer: ahead[2] ?? "",
        start: at,
        end: at + (ahead[2] ?? "").length,
        variants: [],
      });
    }
    const answerStart = phraseAt;
    out.push({
      kind: "figure",
      method: "clause",
      prompt,
      answer: phrase,
      start: answerStart,
      end: answerStart + phrase.length,
      variants: rankVariants(phrase, rank),
    });
  }
}

/** Figure cards from the constructions above, for one sentence (offsets inside it). */
export function figureFrameCards(sentence: string, tokens: Token[], mentions: readonly Mention[]): FrameCard[] {
  const ctx: Ctx = { sentence, tokens, mentions };
  const out: FrameCard[] = [];
  if (mentions.some((m) => m.kind === "quantity")) {
    countedSubjects(ctx, out);
    if (/\bold\b/.test(sentence)) ages(ctx, out);
    if (/\b(?:survey|poll|study|census|questionnaire|sample)\s+of\b/i.test(sentence)) surveySizes(ctx, out);
  }
  if (/\b(?:rank|plac|came|come|finish|end|rose|ris|climb|fell|fall|slip|drop|took|take)/i.test(sentence))
    ranks(ctx, out);
  if (/\s(?:by|to)\s/.test(sentence) && mentions.some((m) => m.kind !== "date")) changes(ctx, out);
  return out;
}
