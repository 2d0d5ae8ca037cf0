// Date distractors: nearby dates and other facts' dates, at the answer's precision and in its format.
import { shuffle, type Rng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { daysInMonth, formatDateLike, isValidYmd, parseIsoDate, type DateAnswer, type Ymd } from "@/lib/values";
import { conflictVersions, forbiddenKeys, interleave, others, takeDistinct } from "./compare";

type Precision = "year" | "month" | "day";
function precisionOf(d: Ymd): Precision {
  return d.day !== undefined ? "day" : d.month !== undefined ? "month" : "year";
}
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function truncate(d: Ymd, p: Precision): Ymd {
  if (p === "year") return { year: d.year };
  if (p === "month") return { year: d.year, month: d.month };
  return d;
}

function sameDate(a: Ymd, b: Ymd): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whether two dates can name the same day: equal at the coarser of their precisions. */
function overlapsDate(a: Ymd, b: Ymd): boolean {
  const p = PRECISION_RANK[precisionOf(a)] < PRECISION_RANK[precisionOf(b)] ? precisionOf(a) : precisionOf(b);
  return sameDate(truncate(a, p), truncate(b, p));
}

function shiftDate(d: Ymd, unit: "day" | "month" | "year", by: number): Ymd {
  if (unit === "day") {
    const t = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, (d.day ?? 1) + by));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  const months = unit === "year" ? by * 12 : by;
  const index = d.year * 12 + ((d.month ?? 1) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d.month === undefined) return { year };
  // 31 March minus a month is the last day of February, not 3 March.
  const day = d.day === undefined ? undefined : Math.min(d.day, daysInMonth(year, month));
  return { year, month, day };
}

/** Nearby dates at the answer's precision: a few days, months or years either side. */
function nearbyDates(d: Ymd): Ymd[] {
  const steps: ["day" | "month" | "year", number][] = [];
  const p = precisionOf(d);
  if (p === "day") {
    for (const n of [2, 3, 4, 5, 6, 7, 9, 11]) steps.push(["day", n], ["day", -n]);
    steps.push(["month", 1], ["month", -1], ["month", 2], ["month", -2], ["year", 1], ["year", -1]);
  } else if (p === "month") {
    for (const n of [1, 2, 3, 4, 5]) steps.push(["month", n], ["month", -n]);
    steps.push(["year", 1], ["year", -1]);
  } else {
    for (const n of [1, 2, 3, 4, 5, 6]) steps.push(["year", n], ["year", -n]);
  }
  return steps.map(([unit, by]) => shiftDate(d, unit, by));
}

export function dateDistractors(
  fact: Fact,
  template: DateAnswer,
  pool: readonly Fact[],
  rng: Rng,
  n: number,
): string[] {
  const answerDate: Ymd = { year: template.year, month: template.month, day: template.day };
  const p = precisionOf(answerDate);
  // Other facts' dates, when they are at least as precise as the answer.
  const fromPool: Ymd[] = [];
  for (const f of others(fact, pool)) {
    const iso = f.value?.date ? parseIsoDate(f.value.date) : null;
    if (iso && PRECISION_RANK[precisionOf(iso)] >= PRECISION_RANK[p]) fromPool.push(truncate(iso, p));
  }
  // Another source's version of this date is not wrong, so it is never offered as wrong.
  const versions = conflictVersions(fact, pool)
    .map((f) => (f.value?.date ? parseIsoDate(f.value.date) : null))
    .filter((d): d is Ymd => d !== null);
  const candidates = interleave(shuffle(rng, nearbyDates(answerDate)), shuffle(rng, fromPool))
    .filter((d) => isValidYmd(d) && !sameDate(d, answerDate) && !versions.some((v) => overlapsDate(v, d)))
    .map((d) => formatDateLike(template, d));
  return takeDistinct(candidates, forbiddenKeys(fact, pool), n);
}

export const YEAR_TOKEN = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g;

/** "By the end of 2025" -> "By the end of 2023": the same wording with every year moved alike. */
export function yearShiftDistractors(fact: Fact, rng: Rng, pool: readonly Fact[], n: number): string[] {
  const deltas = shuffle(rng, [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]);
  const candidates = deltas.map((delta) => fact.answer.replace(YEAR_TOKEN, (y) => String(Number(y) + delta)));
  return takeDistinct(candidates, forbiddenKeys(fact, pool), n);
}
