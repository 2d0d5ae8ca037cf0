// The one mapper between ts-fsrs's Card and our SchedulingState: field names and null handling live here only.
import { State, type Card } from "ts-fsrs";
import type { FsrsState, SchedulingState } from "./types";

function toFsrsStateNumber(state: State): FsrsState {
  switch (state) {
    case State.New:
      return 0;
    case State.Learning:
      return 1;
    case State.Review:
      return 2;
    case State.Relearning:
      return 3;
    default:
      throw new RangeError(`Unknown FSRS state: ${String(state)}`);
  }
}

function toFsrsStateEnum(state: FsrsState): State {
  switch (state) {
    case 0:
      return State.New;
    case 1:
      return State.Learning;
    case 2:
      return State.Review;
    case 3:
      return State.Relearning;
  }
}

export function toFsrsCard(s: SchedulingState): Card {
  return {
    due: new Date(s.due.getTime()),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: toFsrsStateEnum(s.state),
    // ts-fsrs marks "never reviewed" by leaving last_review out, not by null.
    ...(s.lastReview ? { last_review: new Date(s.lastReview.getTime()) } : {}),
  };
}

export function fromFsrsCard(c: Card): SchedulingState {
  return {
    due: new Date(c.due.getTime()),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: toFsrsStateNumber(c.state),
    lastReview: c.last_review ? new Date(c.last_review.getTime()) : null,
  };
}
