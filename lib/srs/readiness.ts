// Predicted recall and exam readiness, from ts-fsrs's own forgetting curve.
import type { FSRS } from "ts-fsrs";
import { studyDayKey, daysBetweenKeys } from "./day";
import { schedulerFor } from "./fsrs";
import type { CardStateRow, SchedulingState, StudySettings } from "./types";

const DAY_MS = 86_400_000;

/** What recall depends on of a state. */
export type RecallState = Pick<SchedulingState, "state" | "stability" | "lastReview" | "due" | "scheduledDays">;

/**
 * Probability of recalling the card at `at` if it is not studied before then. Unseen cards are 0.
 * Elapsed time is fractional days (ts-fsrs's get_retrievability floors to whole days, which is too coarse
 * for ordering learning cards and for an exam at a given hour).
 */
export function recallAt(state: RecallState | null, at: Date, settings: StudySettings): number {
  return recallOf(settings, at)(state);
}

/** recallAt for many states at one time: the scheduler is looked up once, not per state. */
export function recallOf(settings: StudySettings, at: Date): (state: RecallState | null) => number {
  const recall = recallOfTimes(settings, at);
  return (state) =>
    state === null
      ? 0
      : recall(
          state.state,
          state.stability,
          state.lastReview?.getTime() ?? null,
          state.due.getTime(),
          state.scheduledDays,
        );
}

/** recallOf with the state's times as epoch milliseconds (the queue read builds no Date per state). */
export function recallOfTimes(
  settings: StudySettings,
  at: Date,
): (state: number, stability: number, lastReviewMs: number | null, dueMs: number, scheduledDays: number) => number {
  // Looked up at the first state that needs it, as recallAt did (an unseen card never asks).
  let scheduler: FSRS | undefined;
  const atMs = at.getTime();
  return (state, stability, lastReviewMs, dueMs, scheduledDays) => {
    if (state === 0 || !(stability > 0)) return 0;
    scheduler ??= schedulerFor(settings);
    // Rows imported without lastReview fall back to due minus the interval.
    const fromMs = lastReviewMs ?? dueMs - scheduledDays * DAY_MS;
    const elapsedDays = Math.max(0, (atMs - fromMs) / DAY_MS);
    const r = scheduler.forgetting_curve(elapsedDays, stability);
    return Math.min(1, Math.max(0, r));
  };
}

export type DeckReadiness = {
  /** Mean predicted recall at examAt over all cards of the deck; unseen cards count 0. */
  predictedRecall: number;
  cardsNew: number;
  /** Whole study days from today until the exam's study day (0 when the exam is today or past). */
  daysLeft: number;
  newPerDayNeeded: number;
};

export function deckReadiness(input: {
  states: SchedulingState[];
  totalCards: number;
  examAt: Date;
  now: Date;
  settings: StudySettings;
}): DeckReadiness {
  const { states, examAt, now, settings } = input;
  // Never divide by fewer cards than have states, whatever the caller counted.
  const totalCards = Math.max(input.totalCards, states.length);
  const seen = states.filter((s) => s.state !== 0);
  const recallSum = seen.reduce((sum, s) => sum + recallAt(s, examAt, settings), 0);
  const cardsNew = totalCards - seen.length;
  const { timeZone, dayStartHour } = settings;
  const daysLeft = Math.max(
    0,
    daysBetweenKeys(studyDayKey(now, timeZone, dayStartHour), studyDayKey(examAt, timeZone, dayStartHour)),
  );
  return {
    predictedRecall: totalCards === 0 ? 0 : recallSum / totalCards,
    cardsNew,
    daysLeft,
    newPerDayNeeded: Math.ceil(cardsNew / Math.max(daysLeft, 1)),
  };
}

/** Card ids to cram first: lowest predicted recall on exam day first; suspended cards are left out. */
export function cramOrder(states: CardStateRow[], examAt: Date, settings: StudySettings): string[] {
  return states
    .filter((s) => !s.suspended)
    .map((s) => ({ id: s.cardId, r: recallAt(s, examAt, settings) }))
    .sort((a, b) => a.r - b.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((x) => x.id);
}
