// Wrong options for multiple-choice and true/false items. A distractor has to be the same kind of
// thing as the answer and written the same way, or the right option gives itself away: a date
// among dates at the same precision, a dollar figure among dollar figures, a weapon system among
// weapon systems. Pure: the caller passes the pool of facts and the seeded generator.
import { daysInMonth, isValidYmd, monthFromName, monthName, type Ymd } from "@/lib/values";
import type { Fact } from "./schema";
import { shuffle, type Rng } from "./random";

// ---------------------------------------------------------------------------------------------
// Comparing answers

const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/**
 * The form two answers are compared on: no case, accents, punctuation, spacing or leading article.
 * Spaces go too, so "S-400", "S400" and "S 400" agree; a decimal point stays, so "4.8" is not "48".
 */
export function answerKey(s: string): string {
  const words = s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2018\u2019`]/g, "")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/\.(?!\d)|(?<!\d)\./g, " ")
    .trim()
    .split(/\s+/);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? "")) words.shift();
  return words.join("");
}

/** The keys a fact's own answer is accepted under: these may never be offered as wrong. */
function acceptedKeys(fact: Fact): Set<string> {
  return new Set([fact.answer, ...fact.variants].map(answerKey));
}

function isYesNo(answer: string): boolean {
  return /^(yes|no)\b/i.test(answer.trim());
}

/** Other facts that may lend their values: never the fact itself or another version of it. */
function others(fact: Fact, pool: readonly Fact[]): Fact[] {
  return pool.filter((f) => f.id !== fact.id && (fact.conflict === undefined || f.conflict !== fact.conflict));
}

/** The other versions of a fact where sources disagree. */
function conflictVersions(fact: Fact, pool: readonly Fact[]): Fact[] {
  return fact.conflict === undefined ? [] : pool.filter((f) => f.conflict === fact.conflict && f.id !== fact.id);
}

/** Answers that must not be offered: the fact's own, and those of its conflict group's versions. */
function forbiddenKeys(fact: Fact, pool: readonly Fact[]): Set<string> {
  const keys = acceptedKeys(fact);
  if (fact.conflict !== undefined) {
    for (const f of pool) {
      if (f.conflict === fact.conflict) for (const k of acceptedKeys(f)) keys.add(k);
    }
  }
  return keys;
}

function sharedTags(a: Fact, b: Fact): number {
  return a.tags.filter((t) => b.tags.includes(t)).length;
}

/** Alternates two candidate lists so neither source crowds out the other. */
function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) out.push(first[i] as T);
    if (i < second.length) out.push(second[i] as T);
  }
  return out;
}

/** The first n candidates that are neither forbidden nor repeats of one another. */
function takeDistinct(candidates: readonly string[], forbidden: ReadonlySet<string>, n: number): string[] {
  const seen = new Set(forbidden);
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= n) break;
    const key = answerKey(c);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

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

function dateDistractors(fact: Fact, template: DateAnswer, pool: readonly Fact[], rng: Rng, n: number): string[] {
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

const YEAR_TOKEN = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g;

/** "By the end of 2025" -> "By the end of 2023": the same wording with every year moved alike. */
function yearShiftDistractors(fact: Fact, rng: Rng, pool: readonly Fact[], n: number): string[] {
  const deltas = shuffle(rng, [1, -1, 2, -2, 3, -3, 4, -4, 5, -5]);
  const candidates = deltas.map((delta) => fact.answer.replace(YEAR_TOKEN, (y) => String(Number(y) + delta)));
  return takeDistinct(candidates, forbiddenKeys(fact, pool), n);
}

// ---------------------------------------------------------------------------------------------
// Numbers written in answers

type NumberToken = {
  start: number;
  end: number;
  value: number;
  /** Digits after the decimal point, kept in generated values. */
  decimals: number;
  commas: boolean;
  /** Set when the number is written as a word ("Seven"); the word's capitalisation. */
  word?: "lower" | "capital" | "upper";
};

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function wordToNumber(word: string): number | null {
  const [tens, ones] = word.toLowerCase().split("-");
  const o = ONES.indexOf(tens ?? "");
  if (o >= 0 && ones === undefined) return o;
  const t = TENS.indexOf(tens ?? "");
  if (t < 2) return null;
  if (ones === undefined) return t * 10;
  const u = ONES.indexOf(ones);
  return u >= 1 && u <= 9 ? t * 10 + u : null;
}

function numberToWord(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return ONES[n] ?? null;
  const t = TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? t : `${t}-${ONES[n % 10]}`;
}

// Digits not glued to a name: "Su-35", "S-400" and "J-10" are systems, not quantities.
const DIGITS = /(?<![\p{L}\p{N}.,])(?<!\p{L}-)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}])/gu;
const WORD_NUMBER = new RegExp(
  `\\b(?:${TENS.slice(2).join("|")})(?:-(?:${ONES.slice(1, 10).join("|")}))?\\b|\\b(?:${ONES.join("|")})\\b`,
  "gi",
);

/** Numbers written with digits; when there are none, the first number word. */
function numberTokens(text: string): NumberToken[] {
  const digits: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const whole = m[1] ?? "";
    const frac = m[2];
    digits.push({
      start: m.index,
      end: m.index + m[0].length,
      value: Number(whole.replace(/,/g, "") + (frac ? `.${frac}` : "")),
      decimals: frac?.length ?? 0,
      commas: whole.includes(","),
    });
  }
  if (digits.length > 0) return digits;
  for (const m of text.matchAll(WORD_NUMBER)) {
    const value = wordToNumber(m[0]);
    if (value === null) continue;
    const word = m[0] === m[0].toUpperCase() && m[0].length > 1 ? "upper" : /^[A-Z]/.test(m[0]) ? "capital" : "lower";
    return [{ start: m.index, end: m.index + m[0].length, value, decimals: 0, commas: false, word }];
  }
  return [];
}

function formatToken(token: NumberToken, value: number, decimals = token.decimals): string | null {
  if (!(value > 0) || !Number.isFinite(value)) return null;
  if (token.word) {
    const w = numberToWord(value);
    if (w === null) return null;
    if (token.word === "upper") return w.toUpperCase();
    return token.word === "capital" ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  }
  // "$8.0 billion" reads as a made-up figure; people write "$8 billion".
  const fixed = value
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  const [whole = "", frac] = fixed.split(".");
  // Keep the answer's habit: "400" had no room for a separator, so "1,000" gets one; "2025"
  // written without one keeps none.
  const separate = token.commas || token.value < 1000;
  const grouped = separate ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function replaceTokens(text: string, tokens: readonly NumberToken[], values: readonly string[]): string {
  let out = "";
  let at = 0;
  tokens.forEach((t, i) => {
    out += text.slice(at, t.start) + (values[i] ?? "");
    at = t.end;
  });
  return out + text.slice(at);
}

/** Rounds to the precision the answer was written at: its decimals, or its round tens/hundreds. */
function roundLike(token: NumberToken, value: number): number {
  if (token.decimals > 0) return Number(value.toFixed(token.decimals));
  let step = 1;
  let v = token.value;
  while (v >= 10 && v % 10 === 0) {
    step *= 10;
    v /= 10;
  }
  return Math.round(value / step) * step;
}

const FACTORS = [0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.4, 1.5, 1.75, 2, 2.5, 3];

/** The same wording with every number scaled by one factor ("$4.8 billion" -> "$3.6 billion"). */
function scaledNumbers(text: string, tokens: readonly NumberToken[], rng: Rng, max?: number): string[] {
  const out: string[] = [];
  for (const factor of shuffle(rng, FACTORS)) {
    const values = tokens.map((t) => roundLike(t, t.value * factor));
    // A range must stay a range; a percentage stays a percentage.
    if (values.some((v, i) => i > 0 && v <= (values[i - 1] ?? 0))) continue;
    if (max !== undefined && values.some((v) => v > max)) continue;
    const texts = tokens.map((t, i) => formatToken(t, values[i] ?? 0));
    if (texts.some((t) => t === null)) continue;
    out.push(replaceTokens(text, tokens, texts as string[]));
  }
  return out;
}

/** Another fact's value written into this answer's wording, or null when it does not fit. */
function numberInTemplate(text: string, token: NumberToken, value: number): string | null {
  for (let decimals = 0; decimals <= Math.max(2, token.decimals); decimals++) {
    const rounded = Number(value.toFixed(decimals));
    if (rounded > 0 && Math.abs(rounded - value) <= Math.abs(value) * 1e-9) {
      const written = formatToken(token, rounded, decimals);
      return written === null ? null : replaceTokens(text, [token], [written]);
    }
  }
  return null;
}

function isPercent(fact: Fact): boolean {
  return fact.value?.unit?.toLowerCase() === "percent" || /%|\bper ?cent\b/i.test(fact.answer);
}

function figureDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const tokens = numberTokens(fact.answer);
  const forbidden = forbiddenKeys(fact, pool);
  const unit = fact.value?.unit?.toLowerCase();
  const sameUnit = others(fact, pool).filter(
    (f) =>
      f.value?.number !== undefined && f.value.unit?.toLowerCase() === unit && f.value.number !== fact.value?.number,
  );
  if (tokens.length === 0) {
    // No number to rewrite ("a handful"): other figures of the same unit as their authors wrote them.
    return takeDistinct(
      shuffle(
        rng,
        sameUnit.map((f) => f.answer),
      ),
      forbidden,
      n,
    );
  }
  const scaled = scaledNumbers(fact.answer, tokens, rng, isPercent(fact) ? 100 : undefined);
  const fromPool: string[] = [];
  const [only] = tokens;
  const number = fact.value?.number;
  // "$4.8 billion" carries 4.8 for 4,800,000,000: the same ratio writes 3,770,000,000 as 3.77.
  if (tokens.length === 1 && only && number !== undefined && number !== 0 && only.value !== 0) {
    const scale = number / only.value;
    for (const f of shuffle(rng, sameUnit)) {
      const written = numberInTemplate(fact.answer, only, (f.value?.number ?? 0) / scale);
      if (written !== null) fromPool.push(written);
    }
  }
  // Another source's figure is not wrong: drop candidates that restate a conflicting version.
  const versions = conflictVersions(fact, pool)
    .map((f) => f.value?.number)
    .filter((v): v is number => v !== undefined);
  const ratio =
    number !== undefined && only && only.value !== 0 && tokens.length === 1 ? number / only.value : undefined;
  const restates = (candidate: string) => {
    const first = numberTokens(candidate)[0];
    return (
      ratio !== undefined &&
      first !== undefined &&
      versions.some((v) => Math.abs(first.value * ratio - v) <= Math.abs(v) * 1e-9)
    );
  };
  return takeDistinct(
    interleave(fromPool, scaled).filter((c) => !restates(c)),
    forbidden,
    n,
  );
}

// ---------------------------------------------------------------------------------------------
// Article numbers

function articleDistractors(fact: Fact, token: NumberToken, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const article = fact.article ?? token.value;
  const fromPool = shuffle(
    rng,
    others(fact, pool)
      .filter((f) => f.article !== undefined && f.article !== article)
      // Articles of the same document first: a constitution article among constitution articles.
      .sort((a, b) => Number(b.kind === fact.kind) - Number(a.kind === fact.kind))
      .map((f) => f.article as number),
  );
  const nearby = shuffle(
    rng,
    [1, -1, 2, -2, 3, -3, 5, -5, 8, -8, 12, -12].map((d) => article + d).filter((a) => a >= 1),
  );
  const candidates = interleave([...new Set(fromPool)], nearby).map((a) =>
    replaceTokens(fact.answer, [token], [String(a)]),
  );
  return takeDistinct(candidates, forbiddenKeys(fact, pool), n);
}

// ---------------------------------------------------------------------------------------------
// Arms transfers

type TransferAnswer = { mode: "quantity"; token: NumberToken } | { mode: "system" } | null;

/** Whether the answer names the transferred system or gives its quantity (or neither). */
function transferAnswer(fact: Fact): TransferAnswer {
  const t = fact.transfer;
  if (!t) return null;
  if (t.quantity !== undefined) {
    const token = numberTokens(fact.answer).find((k) => k.value === t.quantity);
    if (token) return { mode: "quantity", token };
  }
  return namesSystem(fact) ? { mode: "system" } : null;
}

function overlaps(a: string, b: string): boolean {
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
}

function namesSystem(fact: Fact): boolean {
  const system = answerKey(fact.transfer?.system ?? "");
  return [fact.answer, ...fact.variants].some((a) => overlaps(answerKey(a), system));
}

/** "Shahed drones (Geran-2/Geran-3), co-produced" -> "Shahed drones": the name, not the notes. */
function systemName(system: string): string {
  return system.split(/\s*[(,;]/)[0]?.trim() || system;
}

/**
 * The family names in a system's name: the letters before a model number ("Shahed" in
 * "Shahed-136", "MiG" in "MiG-29") and capitalised proper words ("Mohajer"). Two names sharing
 * one may be the same weapon under two names (the Geran-2 is a Shahed-136), so neither is
 * offered as wrong for the other.
 */
function families(name: string): Set<string> {
  const generic =
    /^(drones?|missiles?|systems?|air|defen[cs]e|fighter|jets?|aircraft|helicopters?|attack|training|ballistic|unmanned|aerial|artillery|shells|ammunition|mortars|military|equipment|surface|sukhoi|mil|yakovlev)$/i;
  const out = new Set<string>();
  for (const word of name.split(/[\s/(),]+/)) {
    const stem = /^(\p{L}{3,})(?:-?\p{Lu}?\d)/u.exec(word)?.[1] ?? (/^\p{Lu}\p{L}{2,}$/u.test(word) ? word : undefined);
    if (stem && !generic.test(stem)) out.add(stem.toLowerCase());
  }
  return out;
}

const CATEGORIES: [string, RegExp][] = [
  ["drone", /\b(drones?|uavs?|uas|unmanned)\b/i],
  ["air-defence", /\b(air[- ]defen[cs]e|surface-to-air)\b/i],
  ["missile", /\bmissiles?\b/i],
  ["aircraft", /\b(aircraft|jets?|fighters?)\b/i],
  ["helicopter", /\bhelicopters?\b/i],
  ["munitions", /\b(shells|ammunition|mortars|artillery)\b/i],
];

/** The kind of weapon a generic name ("Drones", "Unmanned aerial systems") stands for. */
function category(name: string): string | undefined {
  return CATEGORIES.find(([, re]) => re.test(name))?.[0];
}

function systemDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const ownNames = [fact.answer, ...fact.variants, fact.transfer?.system ?? ""];
  const own = ownNames.map(answerKey).filter((k) => k !== "");
  const ownFamilies = new Set(ownNames.flatMap((s) => [...families(s)]));
  // A generic answer ("Drones") is a category: another name for that category is no wrong answer.
  // ("S-400" is a model, with a number; "Mohajer" is a named family.)
  const generic = !/\d/.test(fact.answer) && families(fact.answer).size === 0;
  const ownCategories = new Set(generic ? [category(fact.answer)].filter((c) => c !== undefined) : []);
  // Answer "S-400 air defence system" wants full names; answer "S-400" wants short ones.
  const wantsFullName = answerKey(fact.answer) === answerKey(fact.transfer?.system ?? "");
  const scored = shuffle(
    rng,
    others(fact, pool).filter((f) => f.kind === "arms-transfer"),
  )
    .flatMap((f) => {
      const t = f.transfer;
      if (!t) return [];
      // An answer that is a short form of its system ("S-400" for "S-400 air defence system") reads
      // best among short answers; anything else ("The Su-35 deal", "About 400") gives its system.
      const shortName = answerKey(t.system).includes(answerKey(f.answer)) ? f.answer : t.system;
      const sameRoute = t.from === fact.transfer?.from && t.to === fact.transfer?.to ? 2 : 0;
      // "Shahed-136" says nothing of drones, but its record does (system name or tags).
      const cat = category(t.system) ?? category(f.tags.join(" "));
      if (cat !== undefined && ownCategories.has(cat)) return [];
      return [{ name: systemName(wantsFullName ? t.system : shortName), score: sameRoute + sharedTags(f, fact) }];
    })
    .sort((a, b) => b.score - a.score);
  const out: string[] = [];
  const taken: string[] = [...own];
  for (const { name } of scored) {
    if (out.length >= n) break;
    const key = answerKey(name);
    // "S-400" and "S-400 air defence system" are one system: never offer it twice or as wrong.
    if (key === "" || taken.some((k) => overlaps(k, key))) continue;
    const fams = families(name);
    if ([...fams].some((f) => ownFamilies.has(f))) continue;
    taken.push(key);
    for (const f of fams) ownFamilies.add(f);
    out.push(name);
  }
  return out;
}

function quantityDistractors(fact: Fact, token: NumberToken, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const quantity = fact.transfer?.quantity;
  const fromPool = shuffle(
    rng,
    others(fact, pool)
      .map((f) => f.transfer?.quantity)
      .filter((q): q is number => q !== undefined && q !== quantity),
  )
    .map((q) => numberInTemplate(fact.answer, token, q))
    .filter((s): s is string => s !== null);
  const scaled = scaledNumbers(fact.answer, [token], rng);
  return takeDistinct(interleave(fromPool, scaled), forbiddenKeys(fact, pool), n);
}

// ---------------------------------------------------------------------------------------------
// Names and descriptions

type Shape = "date" | "number" | "text";
function shapeOf(answer: string): Shape {
  if (parseDateAnswer(answer)) return "date";
  return /\d/.test(answer) ? "number" : "text";
}

// How an answer is written: a name ("Dmitry Peskov") or a description ("That it was…").
// (No "i" flag on the lower-case test: with it, \p{Ll} would match capitals too.)
const DESCRIPTIVE_OPENER = /^(that|they|it|as|to|no|not|only|by|because)\b/i;
function isDescriptive(answer: string): boolean {
  const a = answer.trim();
  const words = a.split(/\s+/);
  return (
    DESCRIPTIVE_OPENER.test(a) ||
    /^\p{Ll}/u.test(a) ||
    words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length / 2
  );
}

/**
 * Other answers of the same kind and shape: those sharing tags first, then those written alike
 * (similar length, name or description). One that contains the answer or is contained in it
 * ("the United Arab Emirates" for "Saudi Arabia and the United Arab Emirates") is half right,
 * so it is left out.
 */
function sameKindDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const shape = shapeOf(fact.answer);
  const len = fact.answer.length;
  const descriptive = isDescriptive(fact.answer);
  const own = [...acceptedKeys(fact)].filter((k) => k.length >= 4);
  const ranked = shuffle(
    rng,
    others(fact, pool).filter((f) => {
      if (f.kind !== fact.kind || isYesNo(f.answer) || shapeOf(f.answer) !== shape) return false;
      const key = answerKey(f.answer);
      return key.length < 4 || !own.some((k) => overlaps(k, key));
    }),
  )
    .map((f) => {
      const ratio = Math.max(len, f.answer.length) / Math.max(1, Math.min(len, f.answer.length));
      const alike = (ratio <= 2 ? 1 : 0) + (isDescriptive(f.answer) === descriptive ? 1 : 0);
      return { answer: f.answer, score: 2 * sharedTags(f, fact) + alike };
    })
    .sort((a, b) => b.score - a.score)
    .map((c) => c.answer);
  return takeDistinct(ranked, forbiddenKeys(fact, pool), n);
}

// ---------------------------------------------------------------------------------------------

/**
 * Up to n wrong options of the same kind as the fact's answer, written like it:
 * - dates: nearby dates and other facts' dates, at the answer's precision and in its format;
 * - figures: the answer's numbers scaled, and other figures of the same unit in its wording;
 * - constitution/treaty articles: other article numbers ("Article 9" -> "Article 152");
 * - arms transfers: other weapon systems from the pool, or other quantities;
 * - people, organisations, places, concepts, events, treaties: other facts' answers of the
 *   same kind (same tags and similar length first).
 * Never the answer, an accepted variant or an answer of the fact's conflict group (compared by
 * answerKey), and never two that compare equal.
 *
 * Returns fewer than n only when the pool cannot supply them: too few facts of the same kind, an
 * arms-transfer answer that is neither a system nor a quantity, or a yes/no answer (which has
 * no same-kind alternative but its opposite). Callers needing exactly n must check the length.
 */
export function distractorsFor(fact: Fact, pool: readonly Fact[], rng: Rng, n = 3): string[] {
  if (n <= 0 || isYesNo(fact.answer)) return [];

  if (fact.kind === "arms-transfer") {
    const shape = transferAnswer(fact);
    if (!shape) return [];
    return shape.mode === "quantity"
      ? quantityDistractors(fact, shape.token, pool, rng, n)
      : systemDistractors(fact, pool, rng, n);
  }

  if (fact.article !== undefined && (fact.kind === "constitution" || fact.kind === "treaty")) {
    const token = numberTokens(fact.answer).find((t) => t.value === fact.article && !t.word);
    if (token) return articleDistractors(fact, token, pool, rng, n);
  }

  if (fact.kind === "figure" && fact.value?.number !== undefined) {
    return figureDistractors(fact, pool, rng, n);
  }

  const date = parseDateAnswer(fact.answer);
  if (date) return dateDistractors(fact, date, pool, rng, n);
  const year = fact.value?.date?.slice(0, 4);
  const years: string[] = fact.answer.match(YEAR_TOKEN) ?? [];
  // A date written in words around a year ("By the end of 2025", "13–24 June 2025").
  if (year && years.includes(year) && (fact.kind === "date" || fact.answer.split(/\s+/).length <= 5)) {
    return yearShiftDistractors(fact, rng, pool, n);
  }

  return sameKindDistractors(fact, pool, rng, n);
}
