// The expected number of reviews on each coming study day, counting the reviews that today's reviews
// will cause later (a card passed now comes back in its new interval; one forgotten comes back at
// once). Each review branches on recall, with FSRS's own predicted probability: pass → Good, fail →
// Again then Good at the relearning step. The same learner as lib/srs/simulate with ratings
// { pass: Good only }, computed exactly instead of sampled (branches below 1e-4 are dropped).
import { forgetting_curve, Rating as FsrsRating, type Card, type FSRSState } from "ts-fsrs";
import { addDaysToKey, studyDayKey, studyDayStartOfKey } from "./day";
import { schedulerFor } from "./fsrs";
import { toFsrsCard } from "./state";
import type { CardStateRow, StudySettings } from "./types";

const EPS = 1e-4;
const SESSION_OFFSET_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;

export function expectedReviews(
  states: readonly CardStateRow[],
  now: Date,
  settings: StudySettings,
  days: number,
): number[] {
  const sched = schedulerFor(settings);
  const w = [...sched.parameters.w];
  const { timeZone, dayStartHour } = settings;
  const startKey = studyDayKey(now, timeZone, dayStartHour);
  const starts: number[] = [];
  for (let d = 0; d <= days; d++)
    starts.push(studyDayStartOfKey(addDaysToKey(startKey, d), timeZone, dayStartHour).getTime());
  const day0 = starts[0] as number;
  const session = (d: number) => Math.max((starts[d] as number) + SESSION_OFFSET_MS, d === 0 ? now.getTime() : 0);
  const expected = new Array<number>(days).fill(0);

  const walk = (card: Card, truth: FSRSState, lastDay: number, prob: number, fromDay: number, depth: number) => {
    const due = card.due.getTime();
    let d = fromDay;
    while (d < days && due >= (starts[d + 1] as number)) d += 1;
    if (d >= days || depth > 60) return;
    const at = Math.max(session(d), due);
    const elapsed = lastDay === Number.NEGATIVE_INFINITY ? 0 : Math.max(0, d - lastDay);
    const p = forgetting_curve(w, elapsed, truth.stability);
    expected[d] = (expected[d] ?? 0) + prob;
    if (prob * p > EPS) {
      walk(
        sched.next(card, new Date(at), FsrsRating.Good).card,
        sched.next_state(truth, elapsed, FsrsRating.Good),
        d,
        prob * p,
        d,
        depth + 1,
      );
    }
    if (prob * (1 - p) > EPS) {
      walk(
        sched.next(card, new Date(at), FsrsRating.Again).card,
        sched.next_state(truth, elapsed, FsrsRating.Again),
        d,
        prob * (1 - p),
        d,
        depth + 1,
      );
    }
  };

  for (const s of states) {
    if (s.state === 0 || s.suspended || !(s.stability > 0)) continue;
    const lastDay = s.lastReview ? Math.floor((s.lastReview.getTime() - day0) / DAY_MS) : Number.NEGATIVE_INFINITY;
    walk(toFsrsCard(s), { stability: s.stability, difficulty: s.difficulty }, lastDay, 1, 0, 0);
  }
  return expected;
}
