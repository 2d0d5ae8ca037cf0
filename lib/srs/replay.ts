// Rebuilds a card's FSRS state from a review history made elsewhere (an Anki collection): each
// review is scheduled in turn, as if it had been made here, with the user's own settings. Pure:
// the times come from the history, never from the clock.
import { reviewCard } from "./fsrs";
import { LEECH_LAPSES, type Rating, type SchedulingState, type StudySettings } from "./types";

export type HistoryReview = { at: Date; rating: Rating; durationMs: number };
export type ReplayedReview = HistoryReview & { before: SchedulingState | null; after: SchedulingState };
export type Replay = { steps: ReplayedReview[]; final: SchedulingState | null; leech: boolean };

/** Replays reviews oldest first; reviews out of order or at the same instant as the last are skipped. */
export function replayReviews(reviews: readonly HistoryReview[], settings: StudySettings): Replay {
  const steps: ReplayedReview[] = [];
  let state: SchedulingState | null = null;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of reviews) {
    const t = r.at.getTime();
    if (!(t > last)) continue;
    last = t;
    const { next } = reviewCard(state, r.rating, r.at, settings);
    steps.push({ ...r, before: state, after: next });
    state = next;
  }
  return { steps, final: state, leech: (state?.lapses ?? 0) >= LEECH_LAPSES };
}
