// Quiz-item makers: each takes facts (and the seeded generator where it shuffles) and returns an
// item with its answer, or null when the facts do not suit that kind of item. Pure: assembly,
// storage and scoring live elsewhere.
import { isShortAnswer, withoutAttribution } from "./cards";
import { answerKey, distractorsFor } from "@/lib/quiz/distractors";
import { parseDateAnswer, parseIsoDate } from "@/lib/values";
import { coin, int, shuffle, type Rng } from "./random";
import { trueFalseStatement } from "./statements";
import type { Fact } from "./schema";

export const QUIZ_ITEM_KINDS = ["multiple-choice", "true-false", "type-in", "timeline", "matching"] as const;
export type QuizItemKind = (typeof QUIZ_ITEM_KINDS)[number];

export type QuizExplanation = { factId: string; text: string; source: string; section: string };

/**
 * One source's version of a disputed fact: the item's own fact first, then the other facts of its
 * conflict group. `sourceTitle` is filled in where the source titles are known (the database).
 */
export type QuizVersion = {
  factId: string;
  source: string;
  sourceTitle?: string;
  period?: string;
  answer: string;
  accepted: string[];
};

export type QuizItem = {
  /** Stable: the kind and the fact ids ("multiple-choice:treaty-signed"), so a quiz can be regenerated. */
  id: string;
  kind: QuizItemKind;
  factIds: string[];
  prompt: string;
  options?: string[];
  /** Matching only: the cues, in the order the answer lists their matches. */
  left?: string[];
  /** The option text (mc), "true"/"false" (tf), the canonical answer (typein), a sequence otherwise. */
  answer: string | string[];
  /** Type-in only: the fact's other accepted forms, for the answer checker. */
  accepted?: string[];
  explanations: QuizExplanation[];
  /** One-fact items on a disputed fact: every source's version, this item's first. */
  versions?: QuizVersion[];
};

function versionOf(fact: Fact): QuizVersion {
  const v: QuizVersion = { factId: fact.id, source: fact.source, answer: fact.answer, accepted: [...fact.variants] };
  if (fact.value?.period) v.period = fact.value.period;
  return v;
}

/**
 * Adds every source's version to a one-fact item whose fact belongs to a conflict group, so the
 * checker can recognise another source's answer and the results can show them side by side.
 */
export function withVersions(item: QuizItem, pool: readonly Fact[]): QuizItem {
  if (item.factIds.length !== 1) return item;
  const fact = pool.find((f) => f.id === item.factIds[0]);
  if (!fact?.conflict) return item;
  const others = pool.filter((f) => f.conflict === fact.conflict && f.id !== fact.id);
  if (others.length === 0) return item;
  return { ...item, versions: [versionOf(fact), ...others.map(versionOf)] };
}

function explain(fact: Fact, withAnswer = false): QuizExplanation {
  // In true/false and multi-fact items the right answer is not on screen, so it leads the text.
  const text = withAnswer ? `${fact.answer} — ${fact.explanation}` : fact.explanation;
  return { factId: fact.id, text, source: fact.source, section: fact.section };
}

function itemId(kind: QuizItemKind, facts: readonly Fact[]): string {
  // Sorted, so the id says which facts are in the item but not the order that answers it.
  return `${kind}:${facts
    .map((f) => f.id)
    .sort()
    .join("+")}`;
}

/** A shuffle that never hands back the answer's own order, which would answer the item for free. */
function shuffleAwayFrom(rng: Rng, items: readonly string[]): string[] {
  const out = shuffle(rng, items);
  if (items.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as string);
  return out;
}

// ---------------------------------------------------------------------------------------------

/** The answer and three same-kind distractors, shuffled; null when three cannot be found. */
export function multipleChoice(fact: Fact, pool: readonly Fact[], rng: Rng): QuizItem | null {
  const distractors = distractorsFor(fact, pool, rng, 3);
  if (distractors.length < 3) return null;
  return {
    id: itemId("multiple-choice", [fact]),
    kind: "multiple-choice",
    factIds: [fact.id],
    prompt: fact.prompt,
    options: shuffle(rng, [fact.answer, ...distractors]),
    answer: fact.answer,
    explanations: [explain(fact)],
  };
}

/**
 * The question with a proposed answer: the real one or, half the time, a distractor. Null when
 * the fact has no distractor, since an item that can only ever be true teaches the wrong habit.
 */
export function trueFalse(fact: Fact, pool: readonly Fact[], rng: Rng): QuizItem | null {
  const [wrong] = distractorsFor(fact, pool, rng, 1);
  if (wrong === undefined) return null;
  const truthful = coin(rng);
  const shown = truthful ? fact.answer : wrong;
  return {
    id: itemId("true-false", [fact]),
    kind: "true-false",
    factIds: [fact.id],
    prompt: trueFalseStatement(fact, shown),
    options: ["True", "False"],
    answer: truthful ? "true" : "false",
    explanations: [explain(fact, true)],
  };
}

/** Type the answer; only for answers short enough to type (dates, figures, names, systems). */
export function typeIn(fact: Fact): QuizItem | null {
  if (!isShortAnswer(fact.answer)) return null;
  return {
    id: itemId("type-in", [fact]),
    kind: "type-in",
    factIds: [fact.id],
    prompt: fact.prompt,
    answer: fact.answer,
    accepted: [...fact.variants],
    explanations: [explain(fact)],
  };
}

/** The items of a list answer ("Syria, Iraq and the Persian Gulf"), or null when it is not a list. */
export function listItems(answer: string): string[] | null {
  const items = answer
    .split(/\s*(?:;|,\s*(?:and\s+)?|\s+and\s+)\s*/)
    .map((i) => i.trim())
    .filter((i) => i !== "");
  if (items.length < 2 || items.length > 6) return null;
  return items.every((i) => isShortAnswer(i)) ? items : null;
}

const capitaliseFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Type-in for a list answer too long to type as one short answer: half the time the whole list
 * (the checker takes it in any order), otherwise one item, with the others given. So every item
 * of a list is askable as well as the list itself. Null when the answer is not a list of short
 * items, or the question asks for a number of items only ("Name at least four …").
 */
export function listTypeIn(fact: Fact, rng: Rng): QuizItem | null {
  const items = listItems(fact.answer);
  if (!items || /^name at least/i.test(fact.prompt)) return null;
  const base = { kind: "type-in" as const, factIds: [fact.id], explanations: [explain(fact, true)] };
  if (fact.answer.length <= 120 && coin(rng)) {
    return {
      ...base,
      id: itemId("type-in", [fact]),
      prompt: fact.prompt,
      answer: fact.answer,
      accepted: [...fact.variants],
    };
  }
  const missing = int(rng, 0, items.length - 1);
  const given = items.filter((_, i) => i !== missing);
  const hint =
    given.length === 1 ? `One is ${given[0]}; name the other.` : `Given: ${given.join("; ")}. Name the one missing.`;
  return {
    ...base,
    // Its own id: the missing item differs from the whole-list item on the same fact.
    id: `${itemId("type-in", [fact])}:item`,
    prompt: `${fact.prompt} ${hint}`,
    answer: capitaliseFirst(items[missing] ?? ""),
    accepted: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline

/** Base form → past tense, for turning "When did Iran sign …?" into "Iran signed …". */
export const PAST: Record<string, string> = {
  abandon: "abandoned",
  adopt: "adopted",
  agree: "agreed",
  announce: "announced",
  annex: "annexed",
  approve: "approved",
  attack: "attacked",
  become: "became",
  begin: "began",
  break: "broke",
  buy: "bought",
  close: "closed",
  collapse: "collapsed",
  come: "came",
  conclude: "concluded",
  create: "created",
  cut: "cut",
  decide: "decided",
  declare: "declared",
  deliver: "delivered",
  deploy: "deployed",
  die: "died",
  drop: "dropped",
  elect: "elected",
  end: "ended",
  enter: "entered",
  establish: "established",
  exit: "exited",
  expire: "expired",
  extend: "extended",
  fall: "fell",
  form: "formed",
  found: "founded",
  go: "went",
  grow: "grew",
  halt: "halted",
  happen: "happened",
  hold: "held",
  host: "hosted",
  impose: "imposed",
  invade: "invaded",
  issue: "issued",
  join: "joined",
  launch: "launched",
  leave: "left",
  lift: "lifted",
  lose: "lost",
  meet: "met",
  move: "moved",
  occur: "occurred",
  open: "opened",
  order: "ordered",
  pass: "passed",
  publish: "published",
  raise: "raised",
  ratify: "ratified",
  reach: "reached",
  receive: "received",
  recognise: "recognised",
  recognize: "recognized",
  release: "released",
  resume: "resumed",
  return: "returned",
  rise: "rose",
  seize: "seized",
  sell: "sold",
  send: "sent",
  sign: "signed",
  start: "started",
  stop: "stopped",
  strike: "struck",
  supply: "supplied",
  suspend: "suspended",
  take: "took",
  visit: "visited",
  vote: "voted",
  win: "won",
  withdraw: "withdrew",
  write: "wrote",
  accuse: "accused",
};

const WHEN =
  /^(?:when|by when|on what date|on which date|in what year|in which year|what year|which year|in what month and year|in which month and year|in what month|in which month)\s+(did|was|were)\s+(.+?)\?$/i;

/**
 * A short statement for a date question, as a timeline shows it: "On what date did Iran's
 * Parliament ratify the treaty?" -> "Iran's Parliament ratified the treaty". Questions of other
 * shapes keep their wording, which still reads, just longer.
 */
export function timelineLabel(fact: Fact): string {
  const question = withoutAttribution(fact.prompt);
  const m = WHEN.exec(question);
  if (!m) return question;
  const [, aux = "", rest = ""] = m;
  const words = rest.split(" ");
  if (aux.toLowerCase() === "did") {
    // The verb may carry the comma of an aside: "did Russia agree, under US pressure, to …".
    const core = (w: string) => w.replace(/[,;:]+$/, "");
    const v = words.findIndex((w, i) => i > 0 && i < 16 && PAST[core(w)] !== undefined);
    if (v < 0) return question;
    const word = words[v] ?? "";
    words[v] = (PAST[core(word)] ?? "") + word.slice(core(word).length);
  }
  // "When was the brief published?" -> "The brief published": headline style drops the "was".
  const label = words.join(" ");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

type Span = { fact: Fact; start: number; end: number };

/** The days a fact's date covers at its precision: "2025" is all of 2025, "2025-01" all January. */
function span(fact: Fact): Span | null {
  const from = fact.value?.date ? parseIsoDate(fact.value.date) : null;
  if (!from) return null;
  const to = (fact.value?.end ? parseIsoDate(fact.value.end) : null) ?? from;
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const start = day(from.year, from.month ?? 1, from.day ?? 1);
  // Day 0 of the next month is the last day of this one.
  const end =
    to.day !== undefined
      ? day(to.year, to.month ?? 1, to.day)
      : to.month !== undefined
        ? day(to.year, to.month + 1, 0)
        : day(to.year, 12, 31);
  return { fact, start, end };
}

/**
 * Whether one span ends before the other starts: only then is their order beyond doubt. Two
 * versions of one conflict are never ordered: the sources disagree on that very date.
 */
function ordered(a: Span, b: Span): boolean {
  if (a.fact.conflict !== undefined && a.fact.conflict === b.fact.conflict) return false;
  return a.end < b.start || b.end < a.start;
}

/**
 * Put `size` events in order. Uses facts whose answer is their date (kind date, or an answer
 * such as "2022"), so the label is the question and the date is what is being ordered. Dates must
 * be distinct and unambiguously ordered at their precision: "2025" and "17 January 2025" overlap,
 * so they are never in one timeline. Null when not enough such facts exist.
 */
export function timeline(facts: readonly Fact[], rng: Rng, size = 4): QuizItem | null {
  if (size < 2) return null;
  const labels = new Set<string>();
  const spans: Span[] = [];
  for (const f of facts) {
    if (f.kind !== "date" && !parseDateAnswer(f.answer)) continue;
    const s = span(f);
    const key = answerKey(timelineLabel(f));
    if (!s || labels.has(key)) continue;
    labels.add(key);
    spans.push(s);
  }

  let chosen: Span[] = [];
  for (const s of shuffle(rng, spans)) {
    if (chosen.every((c) => ordered(c, s))) chosen.push(s);
    if (chosen.length === size) break;
  }
  if (chosen.length < size) {
    // The random pass can paint itself into a corner; the longest chain (earliest end first)
    // says whether `size` is possible at all, and a random part of it keeps variety.
    const chain: Span[] = [];
    for (const s of [...spans].sort((a, b) => a.end - b.end || a.fact.id.localeCompare(b.fact.id))) {
      if (chain.every((c) => ordered(c, s))) chain.push(s);
    }
    if (chain.length < size) return null;
    chosen = shuffle(rng, chain).slice(0, size);
  }

  const inOrder = [...chosen].sort((a, b) => a.start - b.start);
  const answer = inOrder.map((s) => timelineLabel(s.fact));
  return {
    id: itemId(
      "timeline",
      inOrder.map((s) => s.fact),
    ),
    kind: "timeline",
    factIds: chosen.map((s) => s.fact.id),
    prompt: "Put these events in chronological order, earliest first.",
    options: shuffleAwayFrom(rng, answer),
    answer,
    explanations: inOrder.map((s) => explain(s.fact, true)),
  };
}

// ---------------------------------------------------------------------------------------------
// Matching

function suitsMatching(f: Fact): boolean {
  return f.answer.trim().length <= 60 && !/^(yes|no)\b/i.test(f.answer.trim());
}

/**
 * Match `size` questions to their answers. Prefers facts of one kind (names with names, dates
 * with dates), so the right match is not given away by its type. Answers are distinct (no answer
 * is another's answer or variant) and no two facts are versions of one conflict. Null when
 * `size` such facts cannot be found.
 */
export function matching(facts: readonly Fact[], rng: Rng, size = 4): QuizItem | null {
  if (size < 2) return null;
  const pickDistinct = (candidates: readonly Fact[]): Fact[] => {
    const chosen: Fact[] = [];
    const taken = new Set<string>();
    const conflicts = new Set<string>();
    for (const f of shuffle(rng, candidates)) {
      const keys = [f.answer, ...f.variants].map(answerKey);
      if (keys.some((k) => taken.has(k)) || (f.conflict !== undefined && conflicts.has(f.conflict))) continue;
      chosen.push(f);
      for (const k of keys) taken.add(k);
      if (f.conflict !== undefined) conflicts.add(f.conflict);
      if (chosen.length === size) break;
    }
    return chosen;
  };

  const suitable = facts.filter(suitsMatching);
  const kinds = [...new Set(suitable.map((f) => f.kind))].sort();
  let chosen: Fact[] = [];
  for (const kind of shuffle(rng, kinds)) {
    chosen = pickDistinct(suitable.filter((f) => f.kind === kind));
    if (chosen.length === size) break;
  }
  if (chosen.length < size) chosen = pickDistinct(suitable);
  if (chosen.length < size) return null;

  const answer = chosen.map((f) => f.answer);
  return {
    id: itemId("matching", chosen),
    kind: "matching",
    factIds: chosen.map((f) => f.id),
    prompt: "Match each question with its answer.",
    left: chosen.map((f) => f.prompt),
    options: shuffleAwayFrom(rng, answer),
    answer,
    explanations: chosen.map((f) => explain(f, true)),
  };
}
