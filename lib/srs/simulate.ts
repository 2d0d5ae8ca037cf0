// A seeded day-by-day simulation of one learner with FSRS: the scheduler (with its weights) decides
// when each card comes back; a "true" memory model (other weights, or the same) decides whether the
// learner recalls it. Used for synthetic histories (optimiser evaluation), the workload forecast of an
// assignment and the optimal-retention advice. Pure: the clock and the seed are inputs.
import {
  createEmptyCard,
  fsrs,
  forgetting_curve,
  Rating as FsrsRating,
  type Card,
  type FSRSState,
  type Grade,
} from "ts-fsrs";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import { addDaysToKey, studyDayKey, studyDayStartOfKey } from "./day";
import { schedulerFor } from "./fsrs";
import { toFsrsCard } from "./state";
import type { DayOptions, ReviewRecord } from "./history";
import type { FsrsState, Rating, SchedulingState, StudySettings } from "./types";

export type Rng = RandomGenerator;
export function simulationRng(seed: number): Rng {
  return xoroshiro128plus((Math.trunc(seed) % 0x1_0000_0000) | 0);
}
const SCALE = 2 ** 30;
/** A uniform number in [0, 1). */
export function uniform(rng: Rng): number {
  return uniformInt(rng, 0, SCALE - 1) / SCALE;
}

/** How the simulated learner answers: first sight, and when they do recall a seen card. */
export type RatingModel = { first: [number, number, number, number]; pass: [number, number, number] };
// Shares close to what FSRS's own simulator assumes for an average learner.
export const DEFAULT_RATINGS: RatingModel = { first: [0.25, 0.1, 0.55, 0.1], pass: [0.1, 0.8, 0.1] };

export type SimulationCard = { cardId: string; state: SchedulingState | null };

export type SimulationInput = {
  start: Date;
  days: number;
  day: DayOptions;
  scheduler: Pick<StudySettings, "desiredRetention" | "maxIntervalDays" | "fsrsParams">;
  /** The learner's real memory; null: the scheduler's own weights are the truth. */
  truthWeights?: readonly number[] | null;
  cards: SimulationCard[];
  newPerDay: number;
  maxReviewsPerDay?: number;
  seed: number;
  ratings?: RatingModel;
  /** Hours after the study day starts when the learner sits down. */
  sessionOffsetHours?: number;
  /** Seconds each review takes, per rating (for time per day). */
  secondsPerRating?: [number, number, number, number];
  recordLogs?: boolean;
  deckId?: string;
};

export type SimulatedDay = { day: string; reviews: number; newCards: number; seconds: number };
export type SimulationResult = {
  days: SimulatedDay[];
  logs: ReviewRecord[];
  /** Sum over seen cards of the true recall probability at the end: cards "known". */
  knownAtEnd: number;
  totalSeconds: number;
};

type Live = {
  cardId: string;
  card: Card;
  truth: FSRSState | null;
  lastDay: number | null; // index of the study day of the last review (negative: before the start), null never
  isNew: boolean;
};

function pickIndex(rng: Rng, shares: readonly number[]): number {
  const total = shares.reduce((a, b) => a + b, 0);
  let u = uniform(rng) * total;
  for (let i = 0; i < shares.length; i++) {
    u -= shares[i] ?? 0;
    if (u < 0) return i;
  }
  return shares.length - 1;
}

const GRADES: Grade[] = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy];
const STATE_NUMBER: Record<number, FsrsState> = { 0: 0, 1: 1, 2: 2, 3: 3 };
const MINUTE = 60_000;

export function simulate(input: SimulationInput): SimulationResult {
  const { day, scheduler, days } = input;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number >= 1, got ${days}`);
  const rng = simulationRng(input.seed);
  const ratings = input.ratings ?? DEFAULT_RATINGS;
  const seconds = input.secondsPerRating ?? [20, 15, 8, 6];
  const sched = schedulerFor(scheduler);
  const truthW = input.truthWeights ?? sched.parameters.w;
  const truthModel = input.truthWeights ? fsrs({ w: [...input.truthWeights], enable_fuzz: false }) : sched;
  const maxReviews = input.maxReviewsPerDay ?? Number.POSITIVE_INFINITY;
  const offset = (input.sessionOffsetHours ?? 6) * 3_600_000;

  const startKey = studyDayKey(input.start, day.timeZone, day.dayStartHour);
  const startDay0 = studyDayStartOfKey(startKey, day.timeZone, day.dayStartHour).getTime();
  const seen: Live[] = [];
  const unseen: SimulationCard[] = [];
  for (const c of input.cards) {
    if (c.state === null || c.state.state === 0) unseen.push(c);
    else {
      const lastDay = c.state.lastReview ? Math.floor((c.state.lastReview.getTime() - startDay0) / 86_400_000) : null;
      seen.push({
        cardId: c.cardId,
        card: toFsrsCard(c.state),
        truth: { stability: c.state.stability, difficulty: c.state.difficulty },
        lastDay,
        isNew: false,
      });
    }
  }
  let nextNew = 0;
  const out: SimulatedDay[] = [];
  const logs: ReviewRecord[] = [];
  let totalSeconds = 0;

  for (let d = 0; d < days; d++) {
    const key = addDaysToKey(startKey, d);
    const dayStart = studyDayStartOfKey(key, day.timeZone, day.dayStartHour).getTime();
    const dayEnd = studyDayStartOfKey(addDaysToKey(key, 1), day.timeZone, day.dayStartHour).getTime();
    let clock = Math.max(dayStart + offset, d === 0 ? input.start.getTime() : 0);
    let introduced = 0;
    while (introduced < input.newPerDay && nextNew < unseen.length) {
      const c = unseen[nextNew++] as SimulationCard;
      seen.push({ cardId: c.cardId, card: createEmptyCard(new Date(clock)), truth: null, lastDay: null, isNew: true });
      introduced += 1;
    }
    let reviews = 0;
    let spent = 0;
    // Cards due before the day ends, earliest first; learning steps bring some back the same day.
    let today = seen.filter((c) => c.card.due.getTime() < dayEnd);
    for (let guard = 0; guard < 100_000 && today.length > 0; guard++) {
      let next: Live | null = null;
      for (const c of today) if (next === null || c.card.due.getTime() < next.card.due.getTime()) next = c;
      if (next === null || reviews >= maxReviews) break;
      const at = Math.max(clock, next.card.due.getTime());
      if (at >= dayEnd) break;
      const elapsed = next.lastDay === null ? 0 : Math.max(0, d - next.lastDay);
      let ratingIndex: number;
      if (next.truth === null) ratingIndex = pickIndex(rng, ratings.first);
      else {
        const p = forgetting_curve([...truthW], elapsed, next.truth.stability);
        ratingIndex = uniform(rng) < p ? 1 + pickIndex(rng, ratings.pass) : 0;
      }
      const grade = GRADES[ratingIndex] as Grade;
      const rating = (ratingIndex + 1) as Rating;
      next.truth = truthModel.next_state(next.truth, elapsed, grade);
      const after = sched.next(next.card, new Date(at), grade).card;
      next.card = after;
      next.lastDay = d;
      const cost = seconds[ratingIndex] ?? 10;
      if (input.recordLogs) {
        logs.push({
          cardId: next.cardId,
          deckId: input.deckId ?? "simulated",
          reviewedAt: new Date(at),
          rating,
          durationMs: cost * 1000,
          origin: "study",
          state: STATE_NUMBER[after.state] ?? 2,
          stability: after.stability,
          difficulty: after.difficulty,
          scheduledDays: after.scheduled_days,
          due: new Date(after.due.getTime()),
        });
      }
      next.isNew = false;
      reviews += 1;
      spent += cost;
      // A short pause every 50 cards keeps same-second reviews apart without modelling breaks.
      clock = at + cost * 1000 + (reviews % 50 === 0 ? MINUTE : 0);
      if (after.due.getTime() >= dayEnd) today = today.filter((c) => c !== next);
    }
    totalSeconds += spent;
    out.push({ day: key, reviews, newCards: introduced, seconds: spent });
  }
  let knownAtEnd = 0;
  for (const c of seen) {
    if (c.truth === null) continue;
    knownAtEnd += forgetting_curve([...truthW], Math.max(0, days - (c.lastDay ?? days)), c.truth.stability);
  }
  return { days: out, logs, knownAtEnd, totalSeconds };
}
