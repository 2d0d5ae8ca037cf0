// The one mapper between CardState rows and lib/srs's CardStateRow.
import type { CardStateRow, FsrsState, SchedulingState } from "@/lib/srs";

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
export function schedulingColumns(s: SchedulingState) {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastReview: s.lastReview,
  };
}

export const CARD_STATE_SELECT = {
  cardId: true,
  factId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  suspended: true,
  buriedUntil: true,
  leech: true,
  version: true,
} as const;
