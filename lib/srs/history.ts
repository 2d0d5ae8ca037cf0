// A user's review log as the statistics and the optimiser read it, and the per-card sequences
// both are built from. Plain data: lib/db maps ReviewLog rows to ReviewRecord.
import { daysBetweenKeys, studyDayKey } from "./day";
import type { FsrsState, Rating } from "./types";

/** One review, with the card's state after it (what ReviewLog keeps). */
export type ReviewRecord = {
  cardId: string;
  deckId: string;
  reviewedAt: Date;
  rating: Rating;
  durationMs: number;
  /** study | quiz | cram. Cram leaves FSRS alone, so it is neither a memory event nor a retention sample. */
  origin: string;
  state: FsrsState;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  due: Date;
  /** The study-day rule of the learner who made it, when reviews of several learners are pooled
   *  (a class fit); otherwise the rule given to the function reading the records applies. */
  day?: DayOptions;
};

/** A review in its card's sequence, with what the card was before it. */
export type SequencedReview = ReviewRecord & {
  /** The card's state before this review (0 for its first one). */
  stateBefore: FsrsState;
  /** The stability before this review, 0 for the first. */
  stabilityBefore: number;
  /** Days the card had been scheduled for at the previous review (0 for the first). */
  intervalBefore: number;
  /** Study days since the previous review (0 for the first or a same-day review). */
  elapsedDays: number;
  /** Fractional days since the previous review (for predicted recall), 0 for the first. */
  elapsedExact: number;
  /** 0 for the card's first review, 1 for its second, and so on. */
  index: number;
};

export type DayOptions = { timeZone: string; dayStartHour: number };

const DAY_MS = 86_400_000;

/** Reviews that changed the FSRS memory state: everything but cram. */
export function schedulingReviews(records: readonly ReviewRecord[]): ReviewRecord[] {
  return records.filter((r) => r.origin !== "cram");
}

const byTime = (a: ReviewRecord, b: ReviewRecord) =>
  a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

/**
 * Groups reviews by card, in time order, each with what the card was before it. Cram reviews are left
 * out: they did not touch the state the next review starts from. Study days are counted by each
 * record's own rule when it has one (pooled learners), else by `day`.
 */
export function sequenceByCard(records: readonly ReviewRecord[], day: DayOptions): Map<string, SequencedReview[]> {
  const sorted = schedulingReviews(records).sort(byTime);
  const out = new Map<string, SequencedReview[]>();
  const dayKeys = new Map<string, string>();
  const keyOf = (r: ReviewRecord) => {
    const rule = r.day ?? day;
    const at = `${rule.timeZone}|${rule.dayStartHour}|${r.reviewedAt.getTime()}`;
    let k = dayKeys.get(at);
    if (k === undefined) {
      k = studyDayKey(r.reviewedAt, rule.timeZone, rule.dayStartHour);
      dayKeys.set(at, k);
    }
    return k;
  };
  for (const r of sorted) {
    const list = out.get(r.cardId) ?? [];
    const prev = list[list.length - 1];
    list.push({
      ...r,
      stateBefore: prev ? prev.state : 0,
      stabilityBefore: prev ? prev.stability : 0,
      intervalBefore: prev ? prev.scheduledDays : 0,
      elapsedDays: prev ? Math.max(0, daysBetweenKeys(keyOf(prev), keyOf(r))) : 0,
      elapsedExact: prev ? Math.max(0, (r.reviewedAt.getTime() - prev.reviewedAt.getTime()) / DAY_MS) : 0,
      index: list.length,
    });
    out.set(r.cardId, list);
  }
  return out;
}

/** One training item for the optimiser: a card's reviews up to one review, as [rating, study days since the previous]. */
export type TrainingItem = { reviews: [Rating, number][]; reviewedAt: number };

/**
 * The FSRS training set: for every review after a card's first, the card's history up to and including
 * it (the shape fsrs-rs trains on), once the card has been seen on a second day. Ordered by the time of
 * the item's last review.
 */
export function trainingItems(records: readonly ReviewRecord[], day: DayOptions): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const list of sequenceByCard(records, day).values()) {
    const reviews: [Rating, number][] = [];
    for (const r of list) {
      reviews.push([r.rating, r.elapsedDays]);
      // fsrs-rs aborts the whole process on an item with no review on a later day: such items (a
      // card's same-day learning steps before it was ever seen again) carry no forgetting to fit.
      if (r.index > 0 && reviews.some(([, days]) => days > 0)) {
        items.push({ reviews: reviews.slice(), reviewedAt: r.reviewedAt.getTime() });
      }
    }
  }
  return items.sort((a, b) => a.reviewedAt - b.reviewedAt);
}

/** Items whose last review came on a later study day than the one before: what the forgetting curve is fitted on. */
export function longTermCount(items: readonly TrainingItem[]): number {
  let n = 0;
  for (const item of items) if ((item.reviews[item.reviews.length - 1]?.[1] ?? 0) > 0) n += 1;
  return n;
}
