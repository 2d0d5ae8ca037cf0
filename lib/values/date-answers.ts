// Dates as answers are written: "17 January 2025", "January 17, 2025", "May 2018", "2023" or ISO,
// read with how they were written, and other dates written the same way.
import { isValidYmd, monthFromName, monthName, type Ymd } from "./calendar";

type DateLayout = "day-month-year" | "month-day-year" | "month-year" | "year" | "iso";

/** A calendar date at the precision it was written, with how it was written. */
export type DateAnswer = {
  year: number;
  month?: number;
  day?: number;
  layout: DateLayout;
  /** "Jan" instead of "January". */
  shortMonth: boolean;
  /** "January 17, 2025" has a comma; "January 17 2025" does not. */
  comma: boolean;
};

/**
 * Reads an answer that is exactly one date: "17 January 2025", "January 17, 2025", "May 2018",
 * "2023", "2025-01-17" or "2025-01". Null for anything else (ranges, "by the end of 2025").
 */
export function parseDateAnswer(text: string): DateAnswer | null {
  const s = text.trim().replace(/\.$/, "");
  let m: RegExpExecArray | null;
  let out: DateAnswer | null = null;
  if ((m = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(s))) {
    const mi = monthFromName(m[2] ?? "");
    if (mi)
      out = {
        year: Number(m[3]),
        month: mi.month,
        day: Number(m[1]),
        layout: "day-month-year",
        shortMonth: mi.short,
        comma: false,
      };
  } else if ((m = /^([A-Za-z]+\.?) (\d{1,2})(,?) (\d{4})$/.exec(s))) {
    const mi = monthFromName(m[1] ?? "");
    if (mi)
      out = {
        year: Number(m[4]),
        month: mi.month,
        day: Number(m[2]),
        layout: "month-day-year",
        shortMonth: mi.short,
        comma: m[3] === ",",
      };
  } else if ((m = /^([A-Za-z]+\.?) (\d{4})$/.exec(s))) {
    const mi = monthFromName(m[1] ?? "");
    if (mi) out = { year: Number(m[2]), month: mi.month, layout: "month-year", shortMonth: mi.short, comma: false };
  } else if ((m = /^(\d{4})$/.exec(s))) {
    out = { year: Number(m[1]), layout: "year", shortMonth: false, comma: false };
  } else if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s))) {
    out = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: m[3] === undefined ? undefined : Number(m[3]),
      layout: "iso",
      shortMonth: false,
      comma: false,
    };
  }
  return out && isValidYmd(out) ? out : null;
}

/** Reads a schema ISO date ("2025", "2025-01", "2025-01-17"). */
export function parseIsoDate(iso: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const d: Ymd = {
    year: Number(m[1]),
    month: m[2] === undefined ? undefined : Number(m[2]),
    day: m[3] === undefined ? undefined : Number(m[3]),
  };
  return isValidYmd(d) ? d : null;
}

/** Writes a date the way the template answer was written, at the template's precision. */
export function formatDateLike(template: DateAnswer, d: Ymd): string {
  const nameOf = (n: number) => monthName(n, template.shortMonth);
  const two = (n: number) => String(n).padStart(2, "0");
  switch (template.layout) {
    case "day-month-year":
      return `${d.day} ${nameOf(d.month ?? 1)} ${d.year}`;
    case "month-day-year":
      return `${nameOf(d.month ?? 1)} ${d.day}${template.comma ? "," : ""} ${d.year}`;
    case "month-year":
      return `${nameOf(d.month ?? 1)} ${d.year}`;
    case "year":
      return String(d.year);
    case "iso":
      return template.day === undefined
        ? `${d.year}-${two(d.month ?? 1)}`
        : `${d.year}-${two(d.month ?? 1)}-${two(d.day ?? 1)}`;
  }
}
