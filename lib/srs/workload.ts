// The workload an assignment would put on each student: day by day until the due date, simulated
// with FSRS using the student's own weights and settings, with every unseen card of the deck
// introduced evenly before the due date. Also the recall the simulation predicts on the due date,
// to compare with the assignment's target. Pure: states, settings, dates and seeds are inputs.
import { daysBetweenKeys, studyDayKey } from "./day";
import { simulate } from "./simulate";
import type { CardStateRow, StudySettings } from "./types";

export type WorkloadStudent = { studentId: string; name: string; settings: StudySettings; states: CardStateRow[] };
export type StudentWorkload = {
  studentId: string;
  name: string;
  newPerDay: number;
  /** Mean simulated reviews on each day (today first). */
  perDay: number[];
  meanPerDay: number;
  peak: number;
  minutesPerDay: number;
  predictedRecall: number;
  meetsTarget: boolean;
  /** The new cards needed per day exceed the student's own daily limit. */
  overNewLimit: boolean;
};
export type AssignmentWorkload = { days: string[]; target: number; students: StudentWorkload[]; classMean: number[] };

/** Most days simulated: a due date further out is previewed for its first year. */
export const MAX_PREVIEW_DAYS = 365;
const RUNS = 3;

export function assignmentWorkload(input: {
  cardIds: string[];
  students: WorkloadStudent[];
  dueAt: Date;
  target: number;
  now: Date;
}): AssignmentWorkload {
  const { cardIds, dueAt, now, target } = input;
  const students = input.students.map((s) => {
    const key = (d: Date) => studyDayKey(d, s.settings.timeZone, s.settings.dayStartHour);
    const days = Math.min(MAX_PREVIEW_DAYS, Math.max(1, daysBetweenKeys(key(now), key(dueAt)) + 1));
    const byCard = new Map(s.states.map((st) => [st.cardId, st]));
    const cards = cardIds.map((cardId) => {
      const st = byCard.get(cardId);
      return { cardId, state: st && st.state !== 0 && !st.suspended ? st : null };
    });
    const unseen = cards.filter((c) => c.state === null).length;
    const newPerDay = Math.ceil(unseen / days);
    const perDay = new Array<number>(days).fill(0);
    let known = 0;
    let seconds = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const run = simulate({
        start: now,
        days,
        day: s.settings,
        scheduler: s.settings,
        cards,
        newPerDay,
        maxReviewsPerDay: s.settings.maxReviewsPerDay,
        seed,
      });
      run.days.forEach((d, i) => (perDay[i] = (perDay[i] ?? 0) + d.reviews / RUNS));
      known += run.knownAtEnd / RUNS;
      seconds += run.totalSeconds / RUNS;
    }
    const predictedRecall = cardIds.length === 0 ? 0 : known / cardIds.length;
    return {
      studentId: s.studentId,
      name: s.name,
      newPerDay,
      perDay: perDay.map((x) => Math.round(x * 10) / 10),
      meanPerDay: Math.round((perDay.reduce((a, b) => a + b, 0) / days) * 10) / 10,
      peak: Math.round(Math.max(0, ...perDay)),
      minutesPerDay: Math.round((seconds / days / 60) * 10) / 10,
      predictedRecall,
      meetsTarget: predictedRecall >= target,
      overNewLimit: newPerDay > s.settings.newPerDay,
      days,
    };
  });
  const longest = Math.max(0, ...students.map((s) => s.days));
  const instructorKey = studyDayKey(now, "UTC", 4);
  const days = Array.from({ length: longest }, (_, i) => {
    const t = new Date(
      Date.UTC(
        Number(instructorKey.slice(0, 4)),
        Number(instructorKey.slice(5, 7)) - 1,
        Number(instructorKey.slice(8, 10)) + i,
      ),
    );
    return t.toISOString().slice(0, 10);
  });
  const classMean = days.map((_, i) =>
    students.length === 0
      ? 0
      : Math.round((students.reduce((a, s) => a + (s.perDay[i] ?? 0), 0) / students.length) * 10) / 10,
  );
  return { days, target, students: students.map(({ days: _d, ...s }) => s), classMean };
}
