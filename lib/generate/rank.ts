// Ranking: every candidate gets a quality score in 0..1 from what is known about it (how its
// prompt was made, what kind of answer it has, how specific that answer is, signs of conversion
// noise in its sentence) and, when the score is low, a short reason a reviewer can read. Then
// duplicates collapse to the best one and the rest come out best first.
import type { PromptMethod } from "./prompts";
import type { Candidate } from "./types";

export interface RankFeatures {
  method: PromptMethod;
  /** The answer's mention kind, or "clause" for a phrase answer (purpose, cause, action). */
  mention: string;
  /** Dates: "day" | "month" | "year"; whether the year was inferred from context. */
  datePrecision?: "day" | "month" | "year";
  inferredYear?: boolean;
  /** The answer is a place the whole document is about. */
  dominantPlace?: boolean;
  /** The answer is a single country name. */
  country?: boolean;
  /** A weapon system named without any transfer. */
  bareWeapon?: boolean;
  /** Number of words in the sentence the card comes from. */
  sentenceWords: number;
  /** Signs of conversion noise in the sentence (glued footnotes, markup, stray symbols). */
  noise: number;
  /** The question points back to words outside it ("their", "this region"). */
  reference?: boolean;
  /** A fact-sheet question that only joins the words of a sub-field label. */
  fromLabel?: boolean;
  /** Lowered by a precision rule (precision.ts), with the reason to show. */
  penalty?: { amount: number; note: string };
}

export const LOW_SCORE = 0.5;

const METHOD_BASE: Record<PromptMethod, number> = {
  attribute: 0.8,
  transfer: 0.8,
  clause: 0.75,
  action: 0.72,
  reason: 0.7,
  cloze: 0.5,
};

const METHOD_NOTE: Partial<Record<PromptMethod, string>> = {
  cloze: "fill-in-the-blank card: no clear question could be built from the sentence",
};

/** Signs of conversion noise in a sentence: 0 (clean) and up. */
export function noiseSigns(sentence: string): number {
  let n = 0;
  // Glued footnote numbers ("years.12", "deal3"), not a model's number ("HTML5", "ARMv7").
  // The leading (?=\d) only skips ahead: without it the look-behind over the word before runs
  // at every character of the sentence, which cost more than the rest of the scoring.
  if (/[.,;)]\d{1,3}(?=\s|$)|(?=\d)(?<=\p{Ll})(?<![\p{L}-]*\p{Lu}[\p{L}-]*)\d{1,3}(?=\s|$)/u.test(sentence)) n++;
  if (/[\\*_#|<>{}^~]|&\w+;/.test(sentence)) n++;
  // Two sentences glued at their stop ("deal.The"); matched from the stop, the rarer character.
  if (/[.!?;](?<=\p{Ll}{2}[.!?;])\p{Lu}\p{Ll}/u.test(sentence)) n++;
  if ((sentence.match(/\b\p{Lu}{2,}\b/gu) ?? []).length > 6) n++;
  if (/^[^\p{L}]*\p{Ll}/u.test(sentence)) n++; // starts mid-sentence: a broken split
  return n;
}

/**
 * Whether a question leans on sentences the card does not show: "drop" for a personal pronoun
 * ("What did he die in?", "Which country will we pass to?"), "weak" for a possessive or
 * pointing word that a reader can mostly still place ("their total revenue", "this region"); undefined for a self-contained question. An "it" followed by a
 * "to" or "that" clause is the empty subject of English ("Why is it not possible to …?").
 */
export function leansOnContext(question: string): "drop" | "weak" | undefined {
  const q = question.replace(/[“”"][^“”"]*[“”"]/g, "");
  // "When did Ada Lind publish her first survey?": a his/her whose owner the question names
  // (a name before it, past the question word) is read as that person's.
  const POSSESSIVE = /\b(?:his|her)\s+(?!(?:a|an|the|to|in|on|at|of|for|with|by|from|and|or)\b)\p{Ll}/gu;
  const owned = /^\S+\s.*?\b\p{Lu}\p{Ll}+\b.*?\b(?:his|her)\s/u.test(q);
  const personal = owned ? q.replace(POSSESSIVE, "") : q;
  if (/\b(?:he|she|him|his|her|hers|we|us|our|I|me|my|they|them)\b/i.test(personal)) return "drop";
  // "the following responsibilities", "the same engine" (as what?), "the former": words that
  // point at text the card does not show.
  if (/\bthe\s+(?:following|former|latter|above|aforesaid)\b/i.test(q)) return "drop";
  // "… deprecate in favor?", "… on behalf?": an idiom cut before its "of".
  if (
    /\b(?:in\s+favou?r|on\s+behalf|in\s+front|in\s+spite|in\s+terms|instead|because|in\s+charge|in\s+place|ahead)\?$/i.test(
      q,
    )
  )
    return "drop";
  // "Who died there in 1938?": a place named in the sentence before. "Is there", "there were" say
  // that something exists, and point nowhere.
  if (
    /\S\s+(?<!\b(?:is|are|was|were|be|been|being)\s+)there\b(?!\s+(?:is|are|was|were|be|been|has|have|had|exist|existed|remain|remained|seems?|seemed)\b)/i.test(
      q,
    )
  )
    return "drop";
  if (/\bthe\s+same\b/i.test(q) && !/\bas\b/i.test(q.slice(q.search(/\bthe\s+same\b/i)))) return "drop";
  const it = /\bit\b/i.exec(q);
  if (it && !/\b(?:to|that|for)\b/i.test(q.slice(it.index + 2))) return "drop";
  // "its soil", "their revenue": an owner most often named earlier in the same question.
  if (/\b(?:its|their|this|these|those|such)\b/i.test(q)) return "weak";
  return undefined;
}

/** The score (0..1) and, when it is low, the main reason. */
export function scoreCandidate(answer: string, prompt: string, f: RankFeatures): { score: number; reason?: string } {
  let score = METHOD_BASE[f.method];
  const notes: [number, string][] = [];
  const methodNote = METHOD_NOTE[f.method];
  if (methodNote) notes.push([0.3, methodNote]);
  const add = (delta: number, note?: string) => {
    score += delta;
    if (note && delta < 0) notes.push([-delta, note]);
  };
  if (f.mention === "date") {
    if (f.datePrecision === "day") add(0.08);
    else if (f.datePrecision === "month") add(0.04);
    else add(-0.08, "the answer is only a year");
    if (f.inferredYear) add(-0.08, "the year is inferred from the text around it");
  }
  if (f.mention === "money" || f.mention === "percent") add(0.05);
  // A phrase the clause reader picked out is less sure to be a fact worth a card than a detected name, date or figure.
  if (f.mention === "phrase") {
    add(-0.1);
    // "a number of years", "a simple framework", "the critical part": vague heads make vague cards.
    if (
      /^(?:a|an|some|many|several|various|much|more|most|other)\s/i.test(answer) ||
      /\b(?:number|part|way|ways|kind|kinds|lot|variety|form|forms|type|types|one|thing|things|aspect|fact|role|matter|example|case|amount|level|range|degree|sort)(?:\s+of)?$/i.test(
        answer,
      )
    ) {
      add(-0.2, "the answer is vague");
    }
  }
  if (f.dominantPlace) add(-0.3, "the answer is a place the whole document is about");
  else if (f.country) add(-0.08, "the answer is just a country name");
  if (f.bareWeapon) add(-0.1, "a weapon named without what happened to it");
  if (f.mention === "person" && answer.includes(" ")) add(0.04);
  if (f.mention === "agreement") add(0.05);
  const answerWords = answer.split(/\s+/).length;
  if (answer.length <= 2 && !/\d/.test(answer)) add(-0.3, "the answer is too short to mean much");
  if (f.mention !== "clause" && answerWords > 8) add(-0.1, "long answer");
  if (f.mention === "clause" && answerWords > 12) add(-0.1, "long answer");
  const promptWords = prompt.split(/\s+/).length;
  if (promptWords > 24) add(-0.1, "long question");
  if (f.method === "cloze" && f.sentenceWords > 28) add(-0.1, "long sentence to fill in");
  if (f.noise > 0) add(-0.08 * Math.min(3, f.noise), "the sentence shows signs of conversion noise");
  if (f.reference) add(-0.15, "the question points back to words it does not show");
  if (f.penalty) add(-f.penalty.amount, f.penalty.note);
  if (f.fromLabel) add(-0.15, "the question is pieced together from a fact-sheet label");
  // "Who announced that Mozilla's leadership had come?": a that-clause of a few words is cut short.
  if (f.method === "clause" && /\bthat(?:\s+\S+){1,5}\?$/.test(prompt) && !/\bthat\s+is\b/.test(prompt))
    add(-0.15, "the question may stop in the middle of what was said");
  score = Math.max(0, Math.min(1, score));
  const rounded = Math.round(score * 100) / 100;
  if (rounded >= LOW_SCORE || notes.length === 0) return { score: rounded };
  notes.sort((a, b) => b[0] - a[0]);
  const reason = notes[0]?.[1] ?? "";
  return { score: rounded, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}

// How many cards one answer may have in one document. Vague answers (a year, a country, a region)
// recur in many sentences; a couple of cards are plenty.
const MAX_PER_ANSWER = 5;
const MAX_PER_VAGUE_ANSWER = 2;
const MAX_CLOZE_PER_SENTENCE = 2;
const REVERSED_PENALTY = 0.15;

function isVague(c: Candidate): boolean {
  if (c.kind === "date") return (c.value?.date?.length ?? 0) === 4 && !c.value?.end;
  return c.kind === "place";
}

function promptKey(p: string): string {
  return p
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Two questions from one sentence that ask the same fact both ways round ("What has 10% of the
 * market?" → "Firefox"; "What share of the market does Firefox have?" → "10%"): each one's answer
 * is written in the other's question. The better one is enough. Blank cards are not compared:
 * each is the whole sentence, so any two would look reversed.
 */
export function askedBothWays(c: Candidate, sameSentence: readonly Candidate[]): boolean {
  if (c.method === "cloze" || c.prompt.includes("____")) return false;
  const inside = (prompt: string, answer: string) => promptKey(prompt).includes(promptKey(answer));
  return sameSentence.some(
    (k) =>
      k.method !== "cloze" && !k.prompt.includes("____") && inside(k.prompt, c.answer) && inside(c.prompt, k.answer),
  );
}

/** A blank card and a question from one sentence that ask one fact, each the other way round. */
export function blankReversesQuestion(c: Candidate, sameSentence: readonly Candidate[]): boolean {
  const inside = (prompt: string, answer: string) => promptKey(prompt).includes(promptKey(answer));
  // A blank on the date of what the question asks about is a fact of its own ("… joined the EEA in
  // ____" beside "What happened to the economy after the country joined the EEA in 1994?").
  const reversed = (blank: Candidate, question: Candidate) =>
    !(blank.kind === "date" && question.kind !== "date") &&
    inside(question.prompt, blank.answer) &&
    inside(blank.prompt, question.answer);
  // Whichever of the two ranks lower is the one left out.
  if (c.prompt.includes("____")) return sameSentence.some((k) => !k.prompt.includes("____") && reversed(c, k));
  return sameSentence.some((k) => k.prompt.includes("____") && reversed(k, c));
}

/**
 * Collapses duplicates and returns the rest best first: one card per answer and sentence; a list
 * card ("Chile and Peru") over cards on its members from the same sentence; one card per prompt;
 * and a few cards per answer in a document.
 */
export function collapseAndRank(
  list: readonly Candidate[],
  accept: (c: Candidate) => boolean = () => true,
): Candidate[] {
  const ranked = [...list].sort((a, b) => b.score - a.score || a.answerSpan.start - b.answerSpan.start);
  const perSentence = new Set<string>();
  const perPrompt = new Set<string>();
  const perAnswer = new Map<string, number>();
  const clozes = new Map<string, number>();
  // Members covered by a list card, per sentence.
  const listed = new Set<string>();
  for (const c of ranked) {
    if (!c.answerKey.includes("+")) continue;
    const e = c.evidence[0];
    for (const m of c.answerKey.split("+")) listed.add(`${e?.start}|${m}`);
  }
  const out: Candidate[] = [];
  const keptBySentence = new Map<number, Candidate[]>();
  const lowered = new Set<Candidate>();
  // One card per answer where it stands: two questions on the same or overlapping words
  // ("Gecko", "the Gecko layout engine") ask for one fact.
  // A date or figure inside a longer phrase answer ("the Askja volcano of 1875") is a fact of its own.
  const measured = (c: Candidate) => c.kind === "date" || c.kind === "figure";
  // Kept answer spans per sentence (answers lie inside their sentence, so only those can overlap).
  // A whole clause answered to a why or what-happened question ("the Foundation was designated the
  // legal steward") and a question on a name inside it ask two facts; a blank on that name does not.
  const asksClause = (c: Candidate) =>
    (c.method === "reason" || c.method === "action") && c.answer.split(/\s+/).length >= 4;
  const spansBySentence = new Map<
    number,
    { start: number; end: number; measured: boolean; clause: boolean; cloze: boolean }[]
  >();
  const overlapsKept = (c: Candidate) =>
    (spansBySentence.get(c.evidence[0]?.start ?? -1) ?? []).some(
      (x) =>
        (x.start === c.answerSpan.start && x.end === c.answerSpan.end) ||
        (x.measured === measured(c) &&
          !(x.clause !== asksClause(c) && !x.cloze && c.method !== "cloze") &&
          x.start < c.answerSpan.end &&
          c.answerSpan.start < x.end),
    );
  for (const c of ranked) {
    const e = c.evidence[0];
    const sentenceKey = `${e?.start}|${c.answerKey}`;
    if (perSentence.has(sentenceKey) || overlapsKept(c)) continue;
    if (!c.answerKey.includes("+") && listed.has(sentenceKey)) continue;
    // At most two fill-in-the-blank cards per sentence: more blanks on one sentence repeat each other.
    const clozeKey = `${e?.start}|cloze`;
    const clozeCount = clozes.get(clozeKey) ?? 0;
    if (c.method === "cloze" && clozeCount >= MAX_CLOZE_PER_SENTENCE) continue;
    const pk = promptKey(c.prompt);
    if (perPrompt.has(pk)) continue;
    // A blank on a word the sentence's kept question is asked with, whose answer the blank card
    // shows ("When did Netscape make two announcements?" and "On January 23, 1998, ____ made two
    // announcements."): one fact, asked twice.
    if (blankReversesQuestion(c, keptBySentence.get(e?.start ?? -1) ?? [])) continue;
    // Kept (each direction may be what an exam asks) but ranked under the better one.
    if (askedBothWays(c, keptBySentence.get(e?.start ?? -1) ?? []) && !lowered.has(c)) {
      lowered.add(c);
      c.score = Math.max(0, Math.round((c.score - REVERSED_PENALTY) * 100) / 100);
      if (c.score < LOW_SCORE) c.reason ??= "Asks the same fact as another card from its sentence, the other way round";
    }
    const answerKey = `${c.kind}|${c.answerKey}`;
    const count = perAnswer.get(answerKey) ?? 0;
    if (count >= (isVague(c) ? MAX_PER_VAGUE_ANSWER : MAX_PER_ANSWER)) continue;
    if (!accept(c)) continue;
    perSentence.add(sentenceKey);
    const sentenceStart = e?.start ?? -1;
    const kept = spansBySentence.get(sentenceStart) ?? [];
    kept.push({ ...c.answerSpan, measured: measured(c), clause: asksClause(c), cloze: c.method === "cloze" });
    spansBySentence.set(sentenceStart, kept);
    if (c.method === "cloze") clozes.set(clozeKey, clozeCount + 1);
    perPrompt.add(pk);
    perAnswer.set(answerKey, count + 1);
    const same = keptBySentence.get(sentenceStart) ?? [];
    same.push(c);
    keptBySentence.set(sentenceStart, same);
    out.push(c);
  }
  // Best first again after the lowering (a stable sort keeps equal scores in place).
  return out.sort((a, b) => b.score - a.score);
}
