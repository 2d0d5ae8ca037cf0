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

// Time-zone arithmetic (TZDate, through Intl) is the slow part of this module, and one request asks
// for the same few study days several times (the queue: its start, its end, the read-until bound).
// Both caches hold exact answers: a day's start instant never changes, and a study day is the
// interval [start(key), start(next key)), so an instant inside a cached interval has that key.
const MAX_CACHED = 2048;
const dayStarts = new Map<string, number>();
const lastDay = new Map<string, { key: string; startMs: number; endMs: number }>();

/** The instant the study day with this key begins. */
export function studyDayStartOfKey(key: string, timeZone: string, dayStartHour: number): Date {
  assertDayOptions(timeZone, dayStartHour);
  const cacheKey = `${timeZone}|${dayStartHour}|${key}`;
  const cached = dayStarts.get(cacheKey);
  if (cached !== undefined) return new Date(cached);
  const { y, m, d } = parseKey(key);
  // TZDate resolves a start hour that falls in a spring-forward gap to the first instant after it.
  const ms = new TZDate(y, m - 1, d, dayStartHour, 0, 0, timeZone).getTime();
  if (dayStarts.size >= MAX_CACHED) dayStarts.clear();
  dayStarts.set(cacheKey, ms);
  return new Date(ms);
}

/** "YYYY-MM-DD" of the study day that `now` falls in. */
export function studyDayKey(now: Date, timeZone: string, dayStartHour: number): string {
  assertDayOptions(timeZone, dayStartHour);
  const t = now.getTime();
  const zoneKey = `${timeZone}|${dayStartHour}`;
  const last = lastDay.get(zoneKey);
  if (last && last.startMs <= t && t < last.endMs) return last.key;
  const local = new TZDate(t, timeZone);
  const calendarKey = formatKey(local.getFullYear(), local.getMonth() + 1, local.getDate());
  // Comparing instants, not local hours, stays right when the start hour is skipped or repeated by DST.
  const key =
    t < studyDayStartOfKey(calendarKey, timeZone, dayStartHour).getTime() ? addDaysToKey(calendarKey, -1) : calendarKey;
  const startMs = studyDayStartOfKey(key, timeZone, dayStartHour).getTime();
  const endMs = studyDayStartOfKey(addDaysToKey(key, 1), timeZone, dayStartHour).getTime();
  if (startMs <= t && t < endMs) {
    if (lastDay.size >= MAX_CACHED) lastDay.clear();
    lastDay.set(zoneKey, { key, startMs, endMs });
  }
  return key;
}

/** The instant the current study day began: the most recent dayStartHour:00 local time. */
export function studyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  return studyDayStartOfKey(studyDayKey(now, timeZone, dayStartHour), timeZone, dayStartHour);
}

/** The instant the next study day begins (exclusive end of the current one). */
export function studyDayEnd(now: Date, timeZone: string, dayStartHour: number): Date {
  return studyDayStartOfKey(addDaysToKey(studyDayKey(now, timeZone, dayStartHour), 1), timeZone, dayStartHour);
}
