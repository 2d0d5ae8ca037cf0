// One reading of dates for every input: ISO 8601 strings only (no numbers, null, booleans or
// arrays, which `new Date(x)` would also take), real calendar dates ("2024-02-30" is refused, not
// rolled over into March) and years in a range both databases and people agree on.
import { z } from "zod";

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant an ISO date or date-time names, or null when it is not a real one in range. */
export function parseIsoInstant(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return null;
    if (m[8] && m[8] !== "Z") {
      const [oh, om] = m[8].slice(1).split(":").map(Number) as [number, number];
      if (oh > 14 || om > 59) return null;
    }
  }
  // A date-time without an offset is read as UTC, so the answer does not depend on the server.
  const normalised = m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` : m[8] ? s : `${s}Z`;
  const t = Date.parse(normalised);
  return Number.isNaN(t) ? null : new Date(t);
}

const RANGE = `a real date between ${MIN_YEAR} and ${MAX_YEAR}, like 2026-12-18 or 2026-12-18T17:00:00Z`;

/** An ISO date or date-time string, read as a Date. */
export const isoInstant = (label = "date") =>
  z.string({ error: `${label} must be ${RANGE}` }).transform((s, ctx) => {
    const d = parseIsoInstant(s.trim());
    if (!d) {
      ctx.addIssue({ code: "custom", message: `${label} must be ${RANGE}` });
      return z.NEVER;
    }
    return d;
  });

/** A calendar day "YYYY-MM-DD" (as date inputs send it), checked to exist. */
export const calendarDay = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((s) => parseIsoInstant(s) !== null, "That is not a real date.");

/** An instant that lies after `now` and at most `maxDaysAhead` days later. */
export function futureInstant(now: Date, opts: { label: string; maxDaysAhead: number }) {
  return isoInstant(opts.label)
    .refine((d) => d.getTime() > now.getTime(), `${opts.label} has passed; choose a coming date`)
    .refine((d) => d.getTime() <= now.getTime() + opts.maxDaysAhead * 86_400_000, `${opts.label} is too far ahead`);
}
