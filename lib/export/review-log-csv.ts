// The review log in the CSV columns the FSRS tools read (fsrs-rs, the FSRS optimizer, the
// @open-spaced-repetition/binding's convertCsvToFsrsItems): card_id, review_time (Unix ms),
// review_rating (1-4), review_state (the card's state before the review: 0 new, 1 learning,
// 2 review, 3 relearning) and review_duration (ms). Card ids are numbered 1, 2, … in the order
// the cards were first reviewed, because the tools want integers. Pure.
import { stringify } from "csv-stringify/sync";
import { safeRecord } from "./csv";

export type ReviewLogEntry = {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  durationMs: number;
  stateAfter: number;
  origin: string;
};

export const REVIEW_LOG_COLUMNS = [
  "card_id",
  "review_time",
  "review_rating",
  "review_state",
  "review_duration",
] as const;

/** Entries oldest first (any order is sorted). */
export function reviewLogCsv(entries: readonly ReviewLogEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const number = new Map<string, number>();
  const lastState = new Map<string, number>();
  const rows = sorted.map((e) => {
    let n = number.get(e.cardId);
    if (n === undefined) {
      n = number.size + 1;
      number.set(e.cardId, n);
    }
    const before = lastState.get(e.cardId) ?? 0;
    lastState.set(e.cardId, e.stateAfter);
    return safeRecord({
      card_id: n,
      review_time: e.reviewedAt.getTime(),
      review_rating: e.rating,
      review_state: before,
      review_duration: Math.max(0, Math.round(e.durationMs)),
    });
  });
  return stringify(rows, { header: true, columns: [...REVIEW_LOG_COLUMNS] });
}
