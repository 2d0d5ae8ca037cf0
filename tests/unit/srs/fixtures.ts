// Shared test data: fixed instants and a CardStateRow builder.
import { DEFAULT_SETTINGS, type CardStateRow, type StudySettings } from "@/lib/srs";

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export const at = (iso: string): Date => new Date(iso);
export const daysBefore = (d: Date, days: number): Date => new Date(d.getTime() - days * DAY_MS);
export const daysAfter = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);

export const UTC_SETTINGS: StudySettings = { ...DEFAULT_SETTINGS, timeZone: "UTC", dayStartHour: 4 };

let counter = 0;

/** A review-state row unless overridden; every row gets its own card and fact unless given. */
export function row(overrides: Partial<CardStateRow> = {}): CardStateRow {
  counter += 1;
  const lastReview = overrides.lastReview === undefined ? at("2026-03-01T12:00:00Z") : overrides.lastReview;
  return {
    cardId: `card-${counter}`,
    factId: `fact-${counter}`,
    due: daysAfter(lastReview ?? at("2026-03-01T12:00:00Z"), 5), // a never-reviewed row still needs a due date
    stability: 5,
    difficulty: 5,
    elapsedDays: 3,
    scheduledDays: 5,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview,
    suspended: false,
    buriedUntil: null,
    leech: false,
    version: 1,
    ...overrides,
  };
}
