// Dates: chrono-node reads days, months and ranges; bare years and year ranges ("2015–2025",
// "2022–23"), which chrono does not treat as dates, are read here.
import * as chrono from "chrono-node";
import { MONTH_NAMES } from "@/lib/values";
import type { DateValue, Mention } from "../types";

export type DateMention = Extract<Mention, { kind: "date" }>;

// "the fourteenth century", "the middle of the 12th century", "the late 9th and 10th centuries".
export const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "twenty-first",
];
const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join("|")})`;
const CENTURY = new RegExp(
  `(?:the\\s+)?(?:(?:early|late|mid|middle of the|end of the|beginning of the|close of the|first half of the|second half of the)[\\s-]+)?(${ORDINAL})(?:\\s+(?:and|or|to)\\s+(?:the\\s+)?(${ORDINAL}))?\\s+centur(?:y|ies)(?:\\s+(?:A\\.D\\.|AD|CE|B\\.C\\.|BC))?`,
  "gi",
);

function ordinalNumber(word: string): number | null {
  const digits = /^(\d{1,2})/.exec(word);
  if (digits) return Number(digits[1]);
  const at = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? at + 1 : null;
}

/** chrono fills missing parts from a reference; a fixed one keeps results independent of today. */
const REFERENCE = { instant: new Date(Date.UTC(2025, 0, 1)), timezone: 0 };

const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

// A time phrase around a date is part of the answer: "the evening of 23 June", "the summer of
// 1859", "the end of March 2024". It goes into the mention so no question is left half-asked.
const TIME_PHRASE =
  "(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:morning|afternoon|evening|night|dawn|dusk|end|beginning|start|middle|spring|summer|autumn|fall|winter|weekend|first\\s+half|second\\s+half|first\\s+week|last\\s+week)\\s+of\\s+";
const TIME_BEFORE = new RegExp(`${TIME_PHRASE}$`, "i");
const TIME_AT_START = new RegExp(`^${TIME_PHRASE}`, "i");
const TIME_ANYWHERE = new RegExp(`\\b${TIME_PHRASE}`, "gi");
// Years before 1800 ("established in 930", "as late as 1400", "about 1150", "A.D. 985", "the spring
// of 1796") look like any other number, so they are read only after a word or time phrase that
// introduces a time and before a clause boundary: "in 930." is a year, "in 930 graves" is not.
const EARLY_YEAR = new RegExp(
  "(\\b(?:in|since|until|till|before|after|from|around|about|circa|as (?:late|early) as|(?:in )?the year|A\\.D\\.|AD)\\s+|\\b(?:c|ca)\\.\\s?|\\b" +
    TIME_PHRASE +
    ")(\\d{3,4})(\\s*(?:A\\.D\\.|AD|CE|C\\.E\\.|B\\.C\\.(?:E\\.)?|BCE?)(?![\\p{L}]))?(?=\\s*(?:[.,;:)\\u2014\\u2013]|$)|\\s+(?:and|or|to|when|while|until|after|before|the|he|she|it|they|his|her|its|their|as|by|in|on|at)\\s)",
  "giu",
);

/** Start of the date at `s` widened over a time phrase written just before it. */
function withTimePhrase(text: string, s: number): number {
  const m = TIME_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
  return m ? s - m[0].length : s;
}

// Words chrono sometimes keeps in front of the date ("on 17 January 2025").
const LEADING_FILLER = /^(?:(?:on|in|at|from|since|by|of|the)\s+)+/i;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

function componentsIso(c: chrono.ParsedComponents, year: number | null): string | null {
  const y = c.isCertain("year") ? c.get("year") : year;
  if (y === null || y === undefined) return null;
  if (!c.isCertain("month")) return String(y);
  const month = `${y}-${two(c.get("month") ?? 1)}`;
  return c.isCertain("day") ? `${month}-${two(c.get("day") ?? 1)}` : month;
}

/** Nearest explicit year to `at` inside `text` (either side), or null. */
function nearestYear(text: string, at: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const m of text.matchAll(/(?<![\d.,$])((?:1[89]|20)\d\d)(?![\d%])/g)) {
    const d = Math.abs((m.index ?? 0) - at);
    if (d < bestDistance) {
      bestDistance = d;
      best = Number(m[1]);
    }
  }
  return best;
}

function isRealDay(iso: string): boolean {
  if (iso.length < 10) return true;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export interface DateContext {
  /** The last explicit year seen before this text, for "on June 11" with no year. */
  year?: number;
}

/**
 * Dates in `text`; spans are offset by `base` so they index the whole document.
 * A month without a year takes the nearest year in the same text, then the context year;
 * a bare month name without any year nearby is not a date.
 */
export function detectDates(text: string, base = 0, context: DateContext = {}): DateMention[] {
  const out: DateMention[] = [];
  const hasMonth = MONTH_WORD.test(text);
  if (!hasMonth && !/\d{3}|centur/i.test(text)) return out;

  const taken: [number, number][] = [];
  if (hasMonth) {
    // chrono reads "June 13-24, 2025" but not with an en dash; swapping dash characters keeps
    // every offset the same.
    // Time phrases are blanked (same length) so chrono reads the date inside them.
    const forChrono = text.replace(/[\u2010-\u2015\u2212]/g, "-").replace(TIME_ANYWHERE, (t) => " ".repeat(t.length));
    for (const r of chrono.en.casual.parse(forChrono, REFERENCE)) {
      const tags = [...r.tags()];
      if (tags.some((t) => t.includes("relative") || t.startsWith("casualReference"))) continue;
      if (tags.some((t) => t.includes("Time")) && !r.start.isCertain("day")) continue;
      let start = r.index;
      let raw = r.text;
      const filler = LEADING_FILLER.exec(raw);
      if (filler) {
        start += filler[0].length;
        raw = raw.slice(filler[0].length);
      }
      const timeLead = TIME_AT_START.exec(raw);
      if (timeLead) {
        start += timeLead[0].length;
        raw = raw.slice(timeLead[0].length);
      }
      // chrono may read a clock time after the date ("23 June at 5 pm"): the date is enough.
      raw = raw.replace(
        /\s+(?:at\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}:\d\d\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))$/i,
        "",
      );
      raw = raw.replace(/[\s,.;:]+$/, "");
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(raw);
      // A month word written as such, capitalised ("may" is usually the verb), or a full ISO date.
      if (!iso && !/^(?:\d{1,2}\s*(?:-\s*\d{1,2}\s+)?)?\p{Lu}/u.test(raw)) continue;
      if (!iso && !MONTH_WORD.test(raw)) continue;
      const hasDay = r.start.isCertain("day");
      let year: number | null = r.start.isCertain("year") ? r.start.get("year") : null;
      let inferred = false;
      if (year === null) {
        // "That July": a month pointing back to a year named just before.
        const anaphoric = /\b(?:that|the same|later that|earlier that)\s+$/i.test(
          text.slice(Math.max(0, start - 16), start),
        );
        year = nearestYear(text, start) ?? (hasDay || anaphoric ? (context.year ?? null) : null);
        inferred = true;
      }
      if (year === null) continue;
      const date = componentsIso(r.start, year);
      if (date === null || !isRealDay(date)) continue;
      const value: DateValue = { date };
      if (r.end) {
        const endYear = r.end.isCertain("year") ? r.end.get("year") : year;
        const end = componentsIso(r.end, endYear);
        if (end !== null && end >= date && isRealDay(end)) value.end = end;
      }
      if (inferred) value.inferredYear = true;
      const s = withTimePhrase(text, start);
      const e = start + raw.length;
      taken.push([s, e]);
      out.push({ kind: "date", text: text.slice(s, e), start: base + s, end: base + e, value });
    }
  }

  // Years and year ranges outside what chrono took. Not after "$" or inside "3,2025"; not a
  // decade ("2000s"), a percentage or a longer number.
  const yearPattern =
    /(?<![\d.,$€£/\\-])((?:1[89]|20)\d\d)(?:\s*[-\u2010-\u2015]\s*((?:1[89]|20)?\d\d))?(?![\d%]|s\b|,\d|\.\d{2}|-\p{L})/gu;
  for (const m of text.matchAll(yearPattern)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (taken.some(([ts, te]) => s < te && e > ts)) continue;
    // "Resolution 1929", "No. 2001": numbers that happen to look like years.
    if (/(?:resolution|no\.?|nos\.?|number|article|art\.|page|p\.|pp\.)\s*$/i.test(text.slice(Math.max(0, s - 14), s)))
      continue;
    const first = m[1] ?? "";
    const value: DateValue = { date: first };
    let endText = e;
    const second = m[2];
    if (second !== undefined) {
      const full = second.length === 2 ? first.slice(0, 2) + second : second;
      if (full > first) value.end = full;
      else endText = s + first.length; // "2024-12" is not a range; keep only the year
    }
    const from = withTimePhrase(text, s);
    out.push({ kind: "date", text: text.slice(from, endText), start: base + from, end: base + endText, value });
  }
  if (/centur(?:y|ies)/i.test(text)) {
    for (const m of text.matchAll(CENTURY)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      if (taken.some(([ts, te]) => s < te && e > ts) || out.some((d) => d.start - base < e && d.end - base > s))
        continue;
      const first = ordinalNumber(m[1] ?? "");
      const last = m[2] ? ordinalNumber(m[2]) : first;
      if (first === null || last === null || last < first || first > 21) continue;
      // Before Christ is left to the text; a century is given as its span of years.
      if (/B\.?C/i.test(m[0])) continue;
      const value: DateValue = { date: String((first - 1) * 100 + 1), end: String(last * 100), century: true };
      out.push({ kind: "date", text: m[0], start: base + s, end: base + e, value });
    }
  }
  for (const m of text.matchAll(EARLY_YEAR)) {
    const lead = m[1] ?? "";
    // "about 1150", "c. 985": the hedge belongs to the answer ("When was it built?" "About 1150").
    const hedge = /^(?:about|around|circa|c\.|ca\.)/i.test(lead);
    const s = (m.index ?? 0) + (hedge ? 0 : lead.length);
    const number = m[2] ?? "";
    const era = m[3];
    const e = (m.index ?? 0) + lead.length + number.length + (era ? era.length : 0);
    const year = Number(number);
    if (year < 100 || year >= 1800 || taken.some(([ts, te]) => s < te && e > ts)) continue;
    if (out.some((d) => d.start - base < e && d.end - base > s)) continue;
    // "about 300" counts something; only a four-digit year is read after a word of estimate.
    if (hedge && number.length < 4 && !era) continue;
    // A year before Christ is not an ISO year; it is left to the text.
    if (era && /^\s*B/i.test(era)) continue;
    const from = withTimePhrase(text, s);
    out.push({ kind: "date", text: text.slice(from, e), start: base + from, end: base + e, value: { date: number } });
  }
  return out.sort((a, b) => a.start - b.start);
}

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

function parts(iso: string): { y: string; m?: number; d?: number } {
  const [y, m, d] = iso.split("-");
  return { y: y ?? iso, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

/** "17 January 2025", "May 2024", "2025", or a range like "13–24 June 2025". */
export function formatDate(value: DateValue): string {
  const a = parts(value.date);
  const month = (m: number | undefined) => (m ? (MONTHS[m - 1] ?? "") : "");
  const single = (p: ReturnType<typeof parts>) =>
    p.d !== undefined ? `${p.d} ${month(p.m)} ${p.y}` : p.m !== undefined ? `${month(p.m)} ${p.y}` : p.y;
  if (!value.end) return single(a);
  const b = parts(value.end);
  if (a.d !== undefined && b.d !== undefined && a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${month(a.m)} ${a.y}`;
  if (a.m === undefined && b.m === undefined) return `${a.y}–${b.y}`;
  return `${single(a)} – ${single(b)}`;
}

/** Other ways to write the same date: US order, ISO, short month. */
export function dateVariants(value: DateValue): string[] {
  const a = parts(value.date);
  const out: string[] = [];
  const long = (m: number | undefined) => (m ? (MONTHS[m - 1] ?? "") : "");
  const short = (m: number | undefined) => (m ? (SHORT_MONTHS[m - 1] ?? "") : "");
  if (!value.end) {
    if (a.d !== undefined) {
      out.push(`${long(a.m)} ${a.d}, ${a.y}`, value.date, `${a.d} ${short(a.m)} ${a.y}`);
    } else if (a.m !== undefined) {
      out.push(value.date, `${short(a.m)} ${a.y}`);
    }
    return out;
  }
  const b = parts(value.end);
  if (a.d !== undefined && b.d !== undefined && a.y === b.y && a.m === b.m) {
    out.push(`${long(a.m)} ${a.d}–${b.d}, ${a.y}`, `${a.d}-${b.d} ${long(a.m)} ${a.y}`);
  } else if (a.m === undefined && b.m === undefined) {
    out.push(`${a.y}-${b.y}`, `${a.y} to ${b.y}`);
  }
  return out;
}
