// Look-ahead numbers for the dashboard: reviews due per study day, and the study streak.
import { addDaysToKey, studyDayKey, studyDayStartOfKey } from "./day";
import type { CardStateRow, StudySettings } from "./types";

export type DayForecast = { day: string; due: number };

/**
 * Cards coming due on each of the next `days` study days, today first. Overdue cards count today; new
 * (state 0) and suspended cards are not due; a buried card counts on the day its burial ends, if later.
 */
export function dueForecast(states: CardStateRow[], now: Date, settings: StudySettings, days = 7): DayForecast[] {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number >= 1, got ${days}`);
  const { timeZone, dayStartHour } = settings;
  const todayKey = studyDayKey(now, timeZone, dayStartHour);
  const keys = Array.from({ length: days }, (_, i) => addDaysToKey(todayKey, i));
  // Bucket by instant against each day's end, so 23- and 25-hour days need no special case.
  const ends = keys.map((k) => studyDayStartOfKey(addDaysToKey(k, 1), timeZone, dayStartHour).getTime());
  const counts = new Array<number>(days).fill(0);
  for (const s of states) {
    if (s.state === 0 || s.suspended) continue;
    const at = Math.max(s.due.getTime(), s.buriedUntil?.getTime() ?? 0);
    const i = ends.findIndex((end) => at < end);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return keys.map((day, i) => ({ day, due: counts[i] ?? 0 }));
}

/** Consecutive study days with reviews, ending today, or yesterday when today has none yet. */
export function studyStreak(reviewDayKeys: string[], todayKey: string): number {
  const studied = new Set(reviewDayKeys);
  let day = studied.has(todayKey) ? todayKey : addDaysToKey(todayKey, -1);
  let streak = 0;
  while (studied.has(day)) {
    streak += 1;
    day = addDaysToKey(day, -1);
  }
  return streak;
}
