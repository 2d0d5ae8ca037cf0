// The study day: it begins at dayStartHour local time (04:00 by default, so a late-night session counts
// for the day it started) and lasts 23, 24 or 25 hours depending on daylight saving.
import { TZDate } from "@date-fns/tz";

const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl formatter is slow next to the rest of this module, and zones are few.
const knownZones = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  if (timeZone.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    knownZones.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertDayOptions(timeZone: string, dayStartHour: number): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`dayStartHour must be a whole hour from 0 to 23, got ${dayStartHour}`);
  }
}

function parseKey(key: string): { y: number; m: number; d: number } {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new RangeError(`Study day key must look like YYYY-MM-DD, got ${key}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Round-trip through UTC to reject dates like 2026-02-30.
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${key}`);
  }
  return { y, m, d };
}

function formatKey(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The key n calendar days after (or before, n < 0) the given key. */
export function addDaysToKey(key: string, n: number): string {
  const { y, m, d } = parseKey(key);
  // Calendar arithmetic in UTC has no DST, so a day is always a day.
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return formatKey(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole calendar days from key a to key b (negative when b is earlier). */
export function daysBetweenKeys(a: string, b: string): number {
  const pa = parseKey(a);
  const pb = parseKey(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** The instant the study day with this key begins. */
export function studyDayStartOfKey(key: string, timeZone: string, dayStartHour: number): Date {
  assertDayOptions(timeZone, dayStartHour);
  const { y, m, d } = parseKey(key);
  // TZDate resolves a start hour that falls in a spring-forward gap to the first instant after it.
  return new Date(new TZDate(y, m - 1, d, dayStartHour, 0, 0, timeZone).getTime());
}

/** "YYYY-MM-DD" of the study day that `now` falls in. */
export function studyDayKey(now: Date, timeZone: string, dayStartHour: number): string {
  assertDayOptions(timeZone, dayStartHour);
  const local = new TZDate(now.getTime(), timeZone);
  const calendarKey = formatKey(local.getFullYear(), local.getMonth() + 1, local.getDate());
  // Comparing instants, not local hours, stays right when the start hour is skipped or repeated by DST.
  return now.getTime() < studyDayStartOfKey(calendarKey, timeZone, dayStartHour).getTime()
    ? addDaysToKey(calendarKey, -1)
    : calendarKey;
}

/** The instant the current study day began: the most recent dayStartHour:00 local time. */
export function studyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  return studyDayStartOfKey(studyDayKey(now, timeZone, dayStartHour), timeZone, dayStartHour);
}

/** The instant the next study day begins (exclusive end of the current one). */
export function studyDayEnd(now: Date, timeZone: string, dayStartHour: number): Date {
  return studyDayStartOfKey(addDaysToKey(studyDayKey(now, timeZone, dayStartHour), 1), timeZone, dayStartHour);
}
