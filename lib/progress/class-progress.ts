// Class progress for an assignment, from plain data: per student (cards introduced, reviews in
// the last 7 days, predicted recall on the due date, last active, on track or at risk) and per
// fact (how often the class misses it in reviews and in quizzes). Pure: the caller reads the rows.
import { deckReadiness, type SchedulingState, type StudySettings } from "@/lib/srs";

export type StudentInput = {
  id: string;
  name: string | null;
  email: string;
  settings: StudySettings;
  states: SchedulingState[];
  reviewsLast7Days: number;
  lastActive: Date | null;
};

export type StudentProgress = {
  studentId: string;
  name: string | null;
  email: string;
  cardsIntroduced: number;
  totalCards: number;
  reviewsLast7Days: number;
  predictedRecall: number;
  newPerDayNeeded: number;
  lastActive: string | null;
  status: "on-track" | "at-risk";
};

/** Recently active means a review within this many days. */
export const ACTIVE_WITHIN_DAYS = 3;

/**
 * On track: the predicted recall on the due date already reaches the target, or the student is
 * active (reviewed in the last ACTIVE_WITHIN_DAYS days) and the new cards still to meet fit within
 * their own daily new-card limit. Everyone else is at risk.
 */
export function studentProgress(
  s: StudentInput,
  totalCards: number,
  dueAt: Date,
  target: number,
  now: Date,
): StudentProgress {
  const r = deckReadiness({ states: s.states, totalCards, examAt: dueAt, now, settings: s.settings });
  const active = s.lastActive !== null && now.getTime() - s.lastActive.getTime() <= ACTIVE_WITHIN_DAYS * 24 * 3600_000;
  const onTrack =
    r.predictedRecall >= target || (active && r.daysLeft > 0 && r.newPerDayNeeded <= s.settings.newPerDay);
  return {
    studentId: s.id,
    name: s.name,
    email: s.email,
    cardsIntroduced: s.states.filter((x) => x.state !== 0).length,
    totalCards,
    reviewsLast7Days: s.reviewsLast7Days,
    predictedRecall: r.predictedRecall,
    newPerDayNeeded: r.newPerDayNeeded,
    lastActive: s.lastActive ? s.lastActive.toISOString() : null,
    status: onTrack ? "on-track" : "at-risk",
  };
}

export type FactInfo = {
  factId: string;
  key: string;
  prompt: string;
  answer: string;
  source: { key: string; title: string; section: string };
};
export type FactOutcome = { factId: string; missed: boolean };

export type FactProgress = FactInfo & {
  reviews: number;
  lapses: number;
  lapseRate: number;
  quizAnswers: number;
  quizErrors: number;
  quizErrorRate: number;
};

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

/**
 * Per fact: the share of the class's reviews rated Again (lapse rate) and the share of quiz answers
 * that were wrong. Sorted so the facts the class keeps missing come first: by the larger of the two
 * rates, then by how many misses, then by prompt. Facts nobody has met yet come last.
 */
export function factProgress(facts: FactInfo[], reviews: FactOutcome[], quizAnswers: FactOutcome[]): FactProgress[] {
  const tally = (outcomes: FactOutcome[]) => {
    const m = new Map<string, { n: number; missed: number }>();
    for (const o of outcomes) {
      const t = m.get(o.factId) ?? { n: 0, missed: 0 };
      t.n++;
      if (o.missed) t.missed++;
      m.set(o.factId, t);
    }
    return m;
  };
  const r = tally(reviews);
  const q = tally(quizAnswers);
  return facts
    .map((f) => {
      const rv = r.get(f.factId) ?? { n: 0, missed: 0 };
      const qz = q.get(f.factId) ?? { n: 0, missed: 0 };
      return {
        ...f,
        reviews: rv.n,
        lapses: rv.missed,
        lapseRate: rate(rv.missed, rv.n),
        quizAnswers: qz.n,
        quizErrors: qz.missed,
        quizErrorRate: rate(qz.missed, qz.n),
      };
    })
    .sort((a, b) => {
      const seenA = a.reviews + a.quizAnswers > 0 ? 1 : 0;
      const seenB = b.reviews + b.quizAnswers > 0 ? 1 : 0;
      return (
        seenB - seenA ||
        Math.max(b.lapseRate, b.quizErrorRate) - Math.max(a.lapseRate, a.quizErrorRate) ||
        b.lapses + b.quizErrors - (a.lapses + a.quizErrors) ||
        a.prompt.localeCompare(b.prompt)
      );
    });
}
