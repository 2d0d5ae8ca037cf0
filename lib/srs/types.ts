// Plain data shapes of the scheduler. They mirror the CardState row so lib/db can pass rows straight in.

/** 0 new, 1 learning, 2 review, 3 relearning: the same numbers as ts-fsrs `State` and the database column. */
export type FsrsState = 0 | 1 | 2 | 3;

/** What FSRS needs to schedule one card for one user. */
export type SchedulingState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: FsrsState;
  lastReview: Date | null;
};

/** A CardState row as lib/db reads it (userId and deckId left to the caller). */
export type CardStateRow = SchedulingState & {
  cardId: string;
  factId: string;
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
  version: number;
};

/** A user's study preferences (the matching columns of User). */
export type StudySettings = {
  desiredRetention: number;
  maxIntervalDays: number;
  timeZone: string;
  dayStartHour: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  /** Optimised FSRS weights (17, 19 or 21 numbers); null = FSRS-6 defaults. */
  fsrsParams: number[] | null;
};

export const DEFAULT_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  maxIntervalDays: 36500,
  timeZone: "UTC",
  dayStartHour: 4,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  fsrsParams: null,
};

/** Lapses at which a card is flagged as a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;

/** 1 again, 2 hard, 3 good, 4 easy. */
export type Rating = 1 | 2 | 3 | 4;

/** A studied card shown in cram mode, weakest on exam day first. */
export type CramCard = {
  cardId: string;
  front: string;
  back: string;
  template: string;
  explanation: string;
  recallOnExam: number;
  source: { key: string; title: string; section: string };
};
