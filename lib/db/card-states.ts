// The one definition of a CardState's columns as lib/db reads them, and the one mapper between
// CardState rows and lib/srs's CardStateRow.
import type { CardStateRow, FsrsState, SchedulingState } from "@/lib/srs";

/** What a review writes of a card state (lib/srs's SchedulingState), in the order the SQL lists them. */
export const SCHEDULING_COLUMNS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;
export type SchedulingColumn = (typeof SCHEDULING_COLUMNS)[number];

/**
 * Every column lib/db reads of a card state (lib/srs's CardStateRow): its card, the scheduling
 * columns, and its flags. The Prisma select, the hot path's SQL column lists and the writes are
 * built from this tuple, so a new column is added here once.
 */
export const CARD_STATE_COLUMNS = [
  "cardId",
  "factId",
  ...SCHEDULING_COLUMNS,
  "suspended",
  "buriedUntil",
  "leech",
  "version",
] as const;
export type CardStateColumn = (typeof CARD_STATE_COLUMNS)[number];

// Compile-time checks that the tuples name exactly the fields of the types they stand for.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type CardStateColumnsAreTheRow = Holds<Same<CardStateColumn, keyof CardStateRow>>;
export type SchedulingColumnsAreTheState = Holds<Same<SchedulingColumn, keyof SchedulingState>>;

/** A CardState row as Prisma reads it: the state is a plain number there. */
export type CardStateRecord = Omit<CardStateRow, "state"> & { state: number };

export function toCardStateRow(r: CardStateRecord): CardStateRow {
  return {
    cardId: r.cardId,
    factId: r.factId,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsedDays,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state as FsrsState,
    lastReview: r.lastReview,
    suspended: r.suspended,
    buriedUntil: r.buriedUntil,
    leech: r.leech,
    version: r.version,
  };
}

/** The scheduling columns of a state, for writing. */
export function schedulingColumns(s: SchedulingState): SchedulingState {
  return Object.fromEntries(SCHEDULING_COLUMNS.map((c) => [c, s[c]])) as SchedulingState;
}

/** The Prisma select of CARD_STATE_COLUMNS. */
export const CARD_STATE_SELECT = Object.fromEntries(CARD_STATE_COLUMNS.map((c) => [c, true])) as {
  readonly [C in CardStateColumn]: true;
};
