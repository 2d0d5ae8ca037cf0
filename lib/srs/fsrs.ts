// The ts-fsrs wrapper: one configured scheduler per distinct settings, and the review/preview entry points.
import {
  checkParameters,
  createEmptyCard,
  fsrs,
  Rating as FsrsRating,
  State,
  type Card,
  type FSRS,
  type Grade,
} from "ts-fsrs";
import { formatInterval } from "./format-interval";
import { fromFsrsCard, toFsrsCard } from "./state";
import { LEECH_LAPSES, type Rating, type SchedulingState, type StudySettings } from "./types";

const LEARNING_STEPS = ["1m", "10m"] as const;
const RELEARNING_STEPS = ["10m"] as const;

// Bounded so a long-running server with many users' optimised weights does not grow without limit.
const MAX_CACHED = 64;
const cache = new Map<string, FSRS>();

type SchedulerSettings = Pick<StudySettings, "desiredRetention" | "maxIntervalDays" | "fsrsParams">;

function assertSchedulerSettings(s: SchedulerSettings): void {
  if (!(s.desiredRetention > 0 && s.desiredRetention < 1)) {
    throw new RangeError(`desiredRetention must be between 0 and 1, got ${s.desiredRetention}`);
  }
  if (!Number.isInteger(s.maxIntervalDays) || s.maxIntervalDays < 1) {
    throw new RangeError(`maxIntervalDays must be a whole number of days >= 1, got ${s.maxIntervalDays}`);
  }
  // ts-fsrs would silently fall back to defaults on a wrong length; we would rather hear about it.
  if (s.fsrsParams !== null) checkParameters(s.fsrsParams);
}

/** The ts-fsrs scheduler for these settings (FSRS-6 defaults unless the user has optimised weights). */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  const key = `${settings.desiredRetention}|${settings.maxIntervalDays}|${settings.fsrsParams?.join(",") ?? "default"}`;
  const hit = cache.get(key);
  if (hit) return hit;
  assertSchedulerSettings(settings);
  const scheduler = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maxIntervalDays,
    ...(settings.fsrsParams ? { w: settings.fsrsParams } : {}),
    enable_fuzz: true,
    enable_short_term: true,
    learning_steps: LEARNING_STEPS,
    relearning_steps: RELEARNING_STEPS,
  });
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, scheduler);
  return scheduler;
}

const DAY_MS = 86_400_000;

// ts-fsrs keeps hard < good < easy by adding a day each after clamping to the maximum interval, so easy
// can land up to two days past it; the user's maximum is a promise, so we pull it back.
function withinMaxInterval(card: Card, now: Date, maxIntervalDays: number): Card {
  if (card.state !== State.Review || card.scheduled_days <= maxIntervalDays) return card;
  return { ...card, scheduled_days: maxIntervalDays, due: new Date(now.getTime() + maxIntervalDays * DAY_MS) };
}

function toGrade(rating: Rating): Grade {
  switch (rating) {
    case 1:
      return FsrsRating.Again;
    case 2:
      return FsrsRating.Hard;
    case 3:
      return FsrsRating.Good;
    case 4:
      return FsrsRating.Easy;
    default:
      // Ratings arrive from requests; the type alone does not guarantee the value.
      throw new RangeError(`Rating must be 1, 2, 3 or 4, got ${String(rating)}`);
  }
}

/** The state of a card nobody has studied yet. */
export function newSchedulingState(now: Date): SchedulingState {
  return fromFsrsCard(createEmptyCard(now));
}

export type ReviewResult = { next: SchedulingState; becameLeech: boolean };

/** Schedules one review. `prev` null means the card has no state yet (first sight). */
export function reviewCard(
  prev: SchedulingState | null,
  rating: Rating,
  now: Date,
  settings: StudySettings,
): ReviewResult {
  const card = prev ? toFsrsCard(prev) : createEmptyCard(now);
  const { card: after } = schedulerFor(settings).next(card, now, toGrade(rating));
  const next = fromFsrsCard(withinMaxInterval(after, now, settings.maxIntervalDays));
  const before = prev?.lapses ?? 0;
  return { next, becameLeech: before < LEECH_LAPSES && next.lapses >= LEECH_LAPSES };
}

export type IntervalPreview = { due: Date; label: string };
export type IntervalPreviews = {
  again: IntervalPreview;
  hard: IntervalPreview;
  good: IntervalPreview;
  easy: IntervalPreview;
};

/** What each rating would do, for the labels on the rating buttons. */
export function previewIntervals(prev: SchedulingState | null, now: Date, settings: StudySettings): IntervalPreviews {
  const card = prev ? toFsrsCard(prev) : createEmptyCard(now);
  const preview = schedulerFor(settings).repeat(card, now);
  const at = (grade: Grade): IntervalPreview => {
    const { due } = withinMaxInterval(preview[grade].card, now, settings.maxIntervalDays);
    return { due: new Date(due.getTime()), label: formatInterval(due.getTime() - now.getTime()) };
  };
  return {
    again: at(FsrsRating.Again),
    hard: at(FsrsRating.Hard),
    good: at(FsrsRating.Good),
    easy: at(FsrsRating.Easy),
  };
}
