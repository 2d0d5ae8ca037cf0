// Today's study queue for one user and deck: which cards, in what order, within the daily limits,
// and the one definition of the counts (new, learning, review) every page and the API show.
import { studyDayEnd } from "./day";
import { recallOfTimes } from "./readiness";
import type { CardStateRow, StudySettings } from "./types";

export type QueueKind = "review" | "learning" | "new";
/** `due` is set for learning cards: a card due after `now` is shown only when nothing else is left. */
export type QueuedCard = { cardId: string; factId: string; queue: QueueKind; due: Date | null };
export type NewCardInput = { cardId: string; factId: string; position: number };
export type TodayCounts = {
  newIntroduced: number;
  reviewsDone: number;
  /** Facts with a card reviewed this study day: their siblings wait for another day. */
  factIdsStudied: string[];
};
/** What the queue reads of a card state: a caller may read these columns alone. */
export type QueueState = Pick<
  CardStateRow,
  "cardId" | "factId" | "state" | "due" | "stability" | "lastReview" | "scheduledDays" | "suspended" | "buriedUntil"
>;
export type QueueInput = {
  now: Date;
  settings: StudySettings;
  states: QueueState[];
  newCards: NewCardInput[];
  today: TodayCounts;
  limit?: number;
  /** How far ahead a learning card may be shown early when nothing else is left (Anki's learn-ahead). */
  learnAheadMs?: number;
};
/**
 * The counts, in cards (not facts), of what this study session still holds:
 * - new: cards never studied that today's new-card room lets in (one per fact, none of a fact studied today);
 * - learning: learning and relearning cards due now or within the learn-ahead window;
 * - review: review cards due before the study day ends, within the daily review room (one per fact).
 */
export type QueueCounts = { new: number; learning: number; review: number };
export type Queue = {
  cards: QueuedCard[];
  counts: QueueCounts;
  /** The next learning card due later today, beyond the learn-ahead window (null: none). */
  nextLearningDue: Date | null;
};

/** Anki's default learn-ahead limit: 20 minutes. Callers read states due before max(day end, now + this). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * A state that can be in the queue (not suspended, not buried now), its times as epoch milliseconds:
 * what buildQueueOfTimes reads. The hot read (lib/db) makes these straight from its rows: a Date per
 * state costs more than the rest of the build inside a Next server, whose Date constructor is wrapped.
 */
export type QueueTimes = {
  cardId: string;
  factId: string;
  state: QueueState["state"];
  dueMs: number;
  stability: number;
  lastReviewMs: number | null;
  scheduledDays: number;
};
export type QueueTimesInput = Omit<QueueInput, "states"> & { states: QueueTimes[] };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isLearning = (s: QueueTimes): boolean => s.state === 1 || s.state === 3;

/** A state row's fields that the queue reads, its times as milliseconds. */
export function queueTimesOf(s: QueueState): QueueTimes {
  return {
    cardId: s.cardId,
    factId: s.factId,
    state: s.state,
    dueMs: s.due.getTime(),
    stability: s.stability,
    lastReviewMs: s.lastReview?.getTime() ?? null,
    scheduledDays: s.scheduledDays,
  };
}

export function buildQueue(input: QueueInput): Queue {
  const nowMs = input.now.getTime();
  const available: QueueTimes[] = [];
  for (const s of input.states) {
    if (s.suspended || (s.buriedUntil && s.buriedUntil.getTime() > nowMs)) continue;
    available.push(queueTimesOf(s));
  }
  // A card with a row is governed by the row (it may be suspended), whatever the new-card list says.
  return queueOfTimes({ ...input, states: available }, new Set(input.states.map((s) => s.cardId)));
}

/** buildQueue of states given as QueueTimes: every one available (the caller left out suspended and buried ones). */
export function buildQueueOfTimes(input: QueueTimesInput): Queue {
  return queueOfTimes(input, new Set(input.states.map((s) => s.cardId)));
}

function queueOfTimes(input: QueueTimesInput, hasRow: Set<string>): Queue {
  const { now, settings, states: available, newCards, today } = input;
  const nowMs = now.getTime();
  const aheadMs = nowMs + Math.max(0, input.learnAheadMs ?? LEARN_AHEAD_MS);
  const dayEndMs = studyDayEnd(now, settings.timeZone, settings.dayStartHour).getTime();

  const studied = new Set(today.factIdsStudied);
  const claimed = new Set<string>();

  // Learning cards claim their fact first: they are the card already in progress today, so they are
  // allowed even when their fact was studied today. Those due within the learn-ahead window are part
  // of this session; later ones (today) only set when the session resumes.
  // A step due within the window is shown even when it falls just after the study day ends (at
  // 03:55, a 10-minute step does not wait for tomorrow); later steps after the day ends are tomorrow's.
  const learningAll = available
    .filter((s) => isLearning(s) && (s.dueMs < dayEndMs || s.dueMs <= aheadMs))
    .sort((a, b) => a.dueMs - b.dueMs || byId(a.cardId, b.cardId));
  const learning: QueueTimes[] = [];
  let nextLearningDue: Date | null = null;
  for (const s of learningAll) {
    if (claimed.has(s.factId)) continue;
    claimed.add(s.factId);
    if (s.dueMs <= aheadMs) learning.push(s);
    else if (nextLearningDue === null) nextLearningDue = new Date(s.dueMs);
  }
  const learningNow = learning.filter((s) => s.dueMs <= nowMs);
  const learningAhead = learning.filter((s) => s.dueMs > nowMs);

  // Lowest retrievability first: the card most at risk of being forgotten, relative to its stability.
  const reviewRoom = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
  const recall = recallOfTimes(settings, now);
  const reviewCandidates = available
    .filter((s) => s.state === 2 && s.dueMs < dayEndMs)
    .map((s) => ({ s, r: recall(s.state, s.stability, s.lastReviewMs, s.dueMs, s.scheduledDays) }))
    .sort((a, b) => a.r - b.r || a.s.dueMs - b.s.dueMs || byId(a.s.cardId, b.s.cardId));
  const reviews: QueueTimes[] = [];
  for (const { s } of reviewCandidates) {
    if (reviews.length >= reviewRoom) break;
    if (claimed.has(s.factId) || studied.has(s.factId)) continue;
    claimed.add(s.factId);
    reviews.push(s);
  }

  // Rows still in state 0 (e.g. suspended before first study, then unsuspended) were touched on purpose,
  // so they go ahead of untouched new cards.
  const newRoom = Math.max(0, settings.newPerDay - today.newIntroduced);
  const newCandidates: { cardId: string; factId: string }[] = [
    ...available.filter((s) => s.state === 0).sort((a, b) => a.dueMs - b.dueMs || byId(a.cardId, b.cardId)),
    ...newCards
      .filter((c) => !hasRow.has(c.cardId))
      .sort((a, b) => a.position - b.position || byId(a.cardId, b.cardId)),
  ];
  const fresh: { cardId: string; factId: string }[] = [];
  for (const c of newCandidates) {
    if (fresh.length >= newRoom) break;
    if (claimed.has(c.factId) || studied.has(c.factId)) continue;
    claimed.add(c.factId);
    fresh.push(c);
  }

  // A learning step that is due comes first (its timing is the point of the step); learning cards not
  // yet due come last, shown early only once nothing else is left.
  const asLearning = (s: QueueTimes): QueuedCard => ({
    cardId: s.cardId,
    factId: s.factId,
    queue: "learning",
    due: new Date(s.dueMs),
  });
  const all: QueuedCard[] = [
    ...learningNow.map(asLearning),
    ...reviews.map((s) => ({ cardId: s.cardId, factId: s.factId, queue: "review" as const, due: null })),
    ...fresh.map((c) => ({ cardId: c.cardId, factId: c.factId, queue: "new" as const, due: null })),
    ...learningAhead.map(asLearning),
  ];
  const limit = input.limit === undefined ? all.length : Math.max(0, Math.floor(input.limit));
  return {
    cards: all.slice(0, limit),
    counts: { new: fresh.length, learning: learning.length, review: reviews.length },
    nextLearningDue,
  };
}

/** The latest due a state can have and still be in today's queue: what callers must read up to. */
export function queueReadUntil(
  now: Date,
  settings: Pick<StudySettings, "timeZone" | "dayStartHour">,
  learnAheadMs = LEARN_AHEAD_MS,
): Date {
  const dayEnd = studyDayEnd(now, settings.timeZone, settings.dayStartHour);
  return new Date(Math.max(dayEnd.getTime(), now.getTime() + learnAheadMs + 1));
}

/** The counts alone (the dashboard, deck list and API), by the same rule as the queue. */
export function queueCounts(input: Omit<QueueInput, "limit">): QueueCounts {
  return buildQueue({ ...input, limit: 0 }).counts;
}
