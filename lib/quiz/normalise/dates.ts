// Free-typed dates as calendar keys ("2025-01-17", "2025-01", "2025"), read with chrono against a
// fixed reference date, so the result never depends on today.
import * as chrono from "chrono-node";
import { foldText } from "./text";

/** chrono fills missing parts from a reference; a fixed one keeps results independent of today. */
export const DEFAULT_REFERENCE_DATE = new Date(Date.UTC(2025, 0, 1));

// Casual, because strict mode does not read "January 2025"; relative forms are refused below.
// GB reads numbers day-first; it is only used to spot numeric dates that read two ways.
const usDates = chrono.en.casual;
const gbDates = chrono.en.GB;

// Words around a date that do not change it ("on 17 January", "in May 2018").
const DATE_FILLER = /\b(?:on|in|the|of|year)\b|[\s,.;:!?'"()]/g;

/**
 * A canonical key for a date at the precision it was written: "2025", "2025-01", "2025-01-17",
 * "--04-21" (no year), with "/end" for a range. Null when the text is not one absolute date,
 * or when a numeric form reads differently day-first and month-first ("01/02/2025").
 */
export function toDateKey(s: string, referenceDate: Date = DEFAULT_REFERENCE_DATE): string | null {
  const text = foldText(s).replace(/[.\s]+$/, "");

  // chrono does not read a bare year or ISO year-month, the two shortest forms answers use.
  const year = /^(?:in (?:the year )?)?([12]\d{3})$/.exec(text);
  if (year) return year[1] ?? null;
  const yearMonth = /^(?:in )?([12]\d{3})-(0[1-9]|1[0-2])$/.exec(text);
  if (yearMonth) return `${yearMonth[1]}-${yearMonth[2]}`;

  const ref = { instant: referenceDate, timezone: 0 };
  const results = usDates.parse(text, ref);
  if (results.length !== 1) return null;
  const [result] = results;
  if (!result) return null;

  // "today", "2 weeks ago": relative to the reference, so they name no fixed date.
  const tags = [...result.tags()];
  if (tags.some((t) => t.startsWith("casualReference") || t.includes("relative"))) return null;
  // A date answer always carries a day or a year; "May" alone or "this month" is not one.
  if (!/\d/.test(result.text)) return null;
  const rest = text.slice(0, result.index) + " " + text.slice(result.index + result.text.length);
  if (rest.replace(DATE_FILLER, "") !== "") return null;

  const key = componentsKey(result.start) + (result.end ? `/${componentsKey(result.end)}` : "");
  if (key === "") return null;

  if (/^[\d\s/.-]+$/.test(result.text)) {
    const gb = gbDates.parse(result.text, ref);
    const gbResult = gb.length === 1 ? gb[0] : undefined;
    if (!gbResult || componentsKey(gbResult.start) !== componentsKey(result.start)) return null;
  }
  return key;
}

function componentsKey(c: chrono.ParsedResult["start"]): string {
  const two = (n: number | null) => String(n ?? 0).padStart(2, "0");
  const year = c.isCertain("year") ? String(c.get("year")) : "-";
  if (!c.isCertain("month")) return year === "-" ? "" : year;
  const month = `${year}-${two(c.get("month"))}`;
  return c.isCertain("day") ? `${month}-${two(c.get("day"))}` : month;
}
