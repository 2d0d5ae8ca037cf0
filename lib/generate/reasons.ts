// Phrase answers: what someone agreed, pledged or refused to do, why something happened (a
// purpose or a cause), and what something led to. The question is built on the main clause
// ("Why did the council halt the project?"); the answer is the phrase after the marker, cut at a
// natural break, with the marker-word form accepted too ("to reach the airport").
import { analyseClause, invertVerb, isPluralSubject, type Token } from "./clause";

export interface ClauseCard {
  method: "reason" | "action";
  prompt: string;
  answer: string;
  /** The answer's offsets inside the sentence. */
  start: number;
  end: number;
  variants: string[];
}

// Verbs that take an action as their object: "agreed to halt", "refused to sign".
const CONTROL = new Set(
  "agree pledge promise vow decide refuse decline threaten undertake seek attempt try fail vote choose offer plan intend aim resolve consent commit hope move begin continue start".split(
    " ",
  ),
);
const PURPOSE: string[][] = [
  ["in", "order", "to"],
  ["so", "as", "to"],
  ["in", "an", "effort", "to"],
  ["in", "a", "bid", "to"],
  ["with", "the", "aim", "of"],
  ["with", "the", "goal", "of"],
  ["for", "the", "purpose", "of"],
];
const CAUSE: string[][] = [
  ["because", "of"],
  ["because"],
  ["due", "to"],
  ["owing", "to"],
  ["as", "a", "result", "of"],
  ["thanks", "to"],
  // "since" gives a reason when a clause follows it, not a date ("since 2010").
  ["since"],
];
const OUTCOME = new Set(["lead", "result"]);

const MAX_ANSWER_WORDS = 14;
const MAX_OBJECT_WORDS = 8;

function lower(t: Token | undefined): string {
  if (!t) return "";
  t.low ??= t.text.toLowerCase();
  return t.low;
}

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => lower(tokens[i + k]) === w);
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
const PARTICLES = new Set(["up", "out", "off", "down", "away", "back", "over", "on", "in"]);
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

/** End (exclusive token index) of a phrase answer starting at `from`, or -1 when it runs too long. */
function phraseEnd(tokens: Token[], from: number): number {
  let words = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.cls === "punct" && t.text !== "\u201c" && t.text !== "\u201d" && t.text !== '"') break;
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
    if (words > MAX_ANSWER_WORDS) return -1;
  }
  // No dangling function words at the end.
  while (
    i > from &&
    /^(?:det|prep|conj|sub|aux)$/.test(tokens[i - 1]?.cls ?? "") &&
    !PARTICLES.has(lower(tokens[i - 1]))
  )
    i--;
  return i > from ? i : -1;
}

function sliceText(
  sentence: string,
  tokens: Token[],
  from: number,
  to: number,
): { text: string; start: number; end: number } | null {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return null;
  let end = b.end;
  // A footnote number glued to the last word is not part of the answer.
  const raw = sentence.slice(a.start, end);
  const foot = /(?<=\p{L})\d{1,3}$/u.exec(raw);
  if (foot) end -= foot[0].length;
  const text = sentence.slice(a.start, end).replace(/\s+/g, " ").trim();
  return text === "" ? null : { text, start: a.start, end };
}

/** Renders tokens [from, to) for a question: spaces normalised, brackets and footnotes dropped. */
function renderPart(sentence: string, tokens: Token[], from: number, to: number): string {
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
    if (t.cls === "num" && prevEnd === t.start && /[\p{L}.,]$/u.test(sentence.slice(0, t.start))) continue;
    const gap = prevEnd >= 0 ? sentence.slice(prevEnd, t.start) : "";
    if (out === "" || /^[,;:)]$/.test(t.text)) out += t.text;
    else if (/\s/.test(gap) || gap.length > 2) out += ` ${t.text}`;
    else out += gap + t.text;
    prevEnd = t.end;
  }
  return out.replace(/\s+/g, " ").replace(/,\s*$/, "").trim();
}

function subjectOf(sentence: string, tokens: Token[], range: [number, number]): string | null {
  const text = renderPart(sentence, tokens, range[0], range[1]);
  const words = text.split(/\s+/);
  if (text === "" || words.length > 9) return null;
  if (/^(?:it|they|this|these|those|that|which|who|he|she|we|i|you|there|such|some|many|others?)$/i.test(text))
    return null;
  const first = tokens[range[0]];
  if (
    first &&
    first.cls !== "proper" &&
    first.cls !== "mention" &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? "") &&
    (first.cls === "det" || first.cls === "noun" || first.cls === "adj")
  ) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

/** The object words between the verb and `to` (exclusive), short and without a clause break. */
function objectOf(sentence: string, tokens: Token[], from: number, to: number): string | null {
  let end = to;
  for (let i = from; i < to; i++) {
    if (tokens[i]?.text === "," || tokens[i]?.cls === "sub") {
      end = i;
      break;
    }
  }
  const text = renderPart(sentence, tokens, from, end);
  if (text.split(/\s+/).filter((w) => w !== "").length > MAX_OBJECT_WORDS) return null;
  return text;
}

function question(parts: (string | undefined)[]): string {
  const q = parts
    .filter((p) => p !== undefined && p !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+\?/, "?");
  return q.charAt(0).toUpperCase() + q.slice(1);
}

/** Phrase-answer cards for one sentence (offsets inside it). */
// A cheap look before the token walk: most sentences have none of the markers.
const ANY_MARKER =
  /\b(?:used to|since|agre|pledg|promis|vow|decid|refus|declin|threaten|undert|seek|sought|attempt|tri|try|fail|vot|chose|choos|offer|plan|intend|aim|resolv|consent|commit|hop|mov|began|begin|continu|start|led|lead|result|in order|so as|effort to|bid to|with the (?:aim|goal)|purpose of|because|due to|owing to|as a result|thanks to)/i;

export function clauseCards(sentence: string, tokens: Token[]): ClauseCard[] {
  const out: ClauseCard[] = [];
  if (/\?["\u201d)]?\s*$/.test(sentence) || !ANY_MARKER.test(sentence)) return out;
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

    // What did X lead to / result in?
    if (isVerb && OUTCOME.has(lemma) && (lower(tokens[i + 1]) === "to" || lower(tokens[i + 1]) === "in")) {
      const clause = analyseClause(tokens, i);
      if (!clause || clause.verb[1] - 1 !== i) continue;
      const subject = subjectOf(sentence, tokens, clause.subject);
      const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
      let from = i + 2;
      while (tokens[from]?.cls === "det" && from < i + 3) from++;
      const end = phraseEnd(tokens, from);
      const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
      if (!subject || !inverted || !answer) continue;
      out.push({
        method: "reason",
        prompt: question(["What", inverted.aux, subject, inverted.rest, `${lower(tokens[i + 1])}?`]),
        answer: answer.text,
        start: answer.start,
        end: answer.end,
        variants: [],
      });
      continue;
    }

    // Why …? — a purpose or a cause after (or before) the main clause.
    const purpose = PURPOSE.find((p) => matchAt(tokens, i, p));
    const cause = purpose ? undefined : CAUSE.find((p) => matchAt(tokens, i, p));
    const marker = purpose ?? cause;
    if (!marker) continue;
    if (marker.length === 1 && marker[0] === "since") {
      const next = tokens[i + 1];
      const clauseFollows = tokens
        .slice(i + 1, i + 6)
        .some(
          (x) =>
            x.cls === "aux" ||
            x.cls === "past" ||
            (x.cls === "ed" && x.pos === "VERB") ||
            (x.cls === "present" && x.pos === "VERB"),
        );
      if (!next || next.cls === "mention" || next.cls === "num" || !clauseFollows) continue;
    }
    const from = i + marker.length;
    const end = phraseEnd(tokens, from);
    const answer = end > 0 ? sliceText(sentence, tokens, from, end) : null;
    if (!answer || answer.text.split(" ").length < 2) continue;
    // "Because X, the council …": the main clause follows the comma.
    const fronted = tokens.slice(0, i).every((x) => x.cls === "punct" || x.cls === "adv" || x.cls === "conj");
    const clause = fronted
      ? tokens[end]?.text === ","
        ? analyseClause(tokens, end + 1)
        : null
      : analyseClause(tokens, i - 1);
    if (!clause) continue;
    if (!fronted && (i < clause.verb[1] || i > clause.rest[1])) continue;
    const subject = subjectOf(sentence, tokens, clause.subject);
    const inverted = subject ? invertVerb(tokens, clause.verb, isPluralSubject(tokens, clause.subject)) : null;
    const object = fronted
      ? objectOf(sentence, tokens, clause.verb[1], clause.rest[1])
      : objectOf(sentence, tokens, clause.verb[1], i);
    if (!subject || !inverted || object === null) continue;
    const lastMarker = marker[marker.length - 1] ?? "";
    const variants = purpose
      ? lastMarker === "to"
        ? [`to ${answer.text}`, `in order to ${answer.text}`]
        : [`${marker.join(" ")} ${answer.text}`]
      : [`${marker.join(" ")} ${answer.text}`];
    const start = purpose && lastMarker === "to" ? (tokens[from - 1]?.start ?? answer.start) : answer.start;
    out.push({
      method: "reason",
      prompt: question(["Why", inverted.aux, subject, inverted.rest, `${object}?`]),
      answer: sentence.slice(start, answer.end).replace(/\s+/g, " "),
      start,
      end: answer.end,
      variants: purpose && lastMarker === "to" ? [answer.text, `in order to ${answer.text}`] : variants,
    });
  }
  return out;
}
