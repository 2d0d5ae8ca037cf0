// Turning free-typed answers into comparable forms: plain text, calendar dates and quantities.
// Pure: no clock (chrono gets a fixed reference date), no I/O.
import * as chrono from "chrono-node";
import { isNumberWord, ONES, SCALES, TENS } from "@/lib/values";

/** chrono fills missing parts from a reference; a fixed one keeps results independent of today. */
export const DEFAULT_REFERENCE_DATE = new Date(Date.UTC(2025, 0, 1));

const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/**
 * Lower-case, strip accents, unify quotes and dashes. Keeps punctuation, because dates and
 * quantities still need "$", "%", "/" and "-".
 */
export function foldText(s: string): string {
  return (
    s
      // NFKD is NFD plus compatibility forms, so "m³" and full-width digits fold too.
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The text form two answers are compared on: no case, accents, punctuation or leading article. */
export function normaliseText(s: string): string {
  const text = foldText(s)
    .replace(/&/g, " and ")
    // "Iran's" and "Irans" should agree, so apostrophes vanish instead of splitting the word.
    .replace(/'/g, "")
    // Thousands separators go; decimal points between digits stay so 3.77 never reads as 377.
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/[^\p{L}\p{N}\s.]/gu, " ")
    .replace(/\.(?!\d)|(?<!\d)\./g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const words = text.split(" ");
  // Only when something follows, so a one-word option such as "A" is not emptied.
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? "")) words.shift();
  return words.join(" ");
}

/** Splits letters from digits ("S400" -> "s 400") so a missing hyphen is not a difference. */
export function splitLettersAndDigits(normalised: string): string {
  return normalised.replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, " ");
}

// ---------------------------------------------------------------------------------------------
// Dates

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

// ---------------------------------------------------------------------------------------------
// Quantities

/** A number or range with what it counts; measure and per are absent when not written. */
export interface Quantity {
  low: number;
  high: number;
  /** A known unit ("usd", "m3", "bbl", "%", "year"). */
  measure?: string;
  /** The rate ("day", "year") in "barrels per day". */
  per?: string;
  /** Words we do not know as units ("oilfields"), singular; compared only as a last resort. */
  noun?: string;
}

/** Scale words carry a number's size, so the typo check treats them like digits. */
export const SCALE_WORDS: ReadonlySet<string> = new Set(Object.keys(SCALES));

/** Number words are values, so the typo check must not let "sixteen" pass for "seventeen". */
export { isNumberWord };

interface UnitPart {
  measure?: string;
  per?: string;
  scale?: number;
}

// Multi-word phrases first: the longest match wins at each position.
const UNIT_PHRASES: [string, UnitPart][] = [
  ["billion cubic metres", { scale: 1e9, measure: "m3" }],
  ["billion cubic meters", { scale: 1e9, measure: "m3" }],
  ["cubic metres", { measure: "m3" }],
  ["cubic meters", { measure: "m3" }],
  ["cubic metre", { measure: "m3" }],
  ["cubic meter", { measure: "m3" }],
  ["bcm", { scale: 1e9, measure: "m3" }],
  ["tcm", { scale: 1e12, measure: "m3" }],
  ["bpd", { measure: "bbl", per: "day" }],
  ["b / d", { measure: "bbl", per: "day" }],
  ["barrels", { measure: "bbl" }],
  ["barrel", { measure: "bbl" }],
  ["bbl", { measure: "bbl" }],
  ["us dollars", { measure: "usd" }],
  ["us dollar", { measure: "usd" }],
  ["dollars", { measure: "usd" }],
  ["dollar", { measure: "usd" }],
  ["usd", { measure: "usd" }],
  ["euros", { measure: "eur" }],
  ["euro", { measure: "eur" }],
  ["eur", { measure: "eur" }],
  ["pounds sterling", { measure: "gbp" }],
  ["sterling", { measure: "gbp" }],
  ["gbp", { measure: "gbp" }],
  ["roubles", { measure: "rub" }],
  ["rubles", { measure: "rub" }],
  ["rouble", { measure: "rub" }],
  ["ruble", { measure: "rub" }],
  ["rub", { measure: "rub" }],
  ["rials", { measure: "irr" }],
  ["rial", { measure: "irr" }],
  ["irr", { measure: "irr" }],
  ["yuan", { measure: "cny" }],
  ["cny", { measure: "cny" }],
  ["percentage points", { measure: "pp" }],
  ["percentage point", { measure: "pp" }],
  ["per cent", { measure: "%" }],
  ["percent", { measure: "%" }],
  ["pct", { measure: "%" }],
  ["tonnes", { measure: "t" }],
  ["tonne", { measure: "t" }],
  ["tons", { measure: "t" }],
  ["ton", { measure: "t" }],
  ["kilometres", { measure: "km" }],
  ["kilometers", { measure: "km" }],
  ["km", { measure: "km" }],
  ["miles", { measure: "mi" }],
  ["decades", { measure: "decade" }],
  ["decade", { measure: "decade" }],
  ["years", { measure: "year" }],
  ["year", { measure: "year" }],
  ["yrs", { measure: "year" }],
  ["months", { measure: "month" }],
  ["month", { measure: "month" }],
  ["weeks", { measure: "week" }],
  ["week", { measure: "week" }],
  ["days", { measure: "day" }],
  ["day", { measure: "day" }],
  ["hours", { measure: "hour" }],
  ["hour", { measure: "hour" }],
];

const PERIODS: Record<string, string> = {
  day: "day",
  year: "year",
  yr: "year",
  annum: "year",
  month: "month",
  week: "week",
  hour: "hour",
};
const PER_WORDS: Record<string, string> = {
  daily: "day",
  annually: "year",
  yearly: "year",
  annual: "year",
  monthly: "month",
  weekly: "week",
};

// Hedges that do not change the figure a student means ("up to 55 bcm", "about $4 billion").
const QUALIFIERS: string[][] = [
  ["up", "to"],
  ["about"],
  ["around"],
  ["approximately"],
  ["approx"],
  ["roughly"],
  ["nearly"],
  ["almost"],
  ["some"],
  ["over"],
  ["more", "than"],
  ["less", "than"],
  ["fewer", "than"],
  ["under"],
  ["at", "least"],
  ["at", "most"],
  ["just", "over"],
  ["just", "under"],
  ["circa"],
  ["ca"],
  ["an", "estimated"],
  ["estimated"],
  ["between"],
];
const UNIT_FILLER = new Set(["of", "in", "worth", "the"]);

function quantityTokens(s: string): string[] | null {
  const text = foldText(s)
    .replace(/\bus ?\$/g, " usd ")
    .replace(/\$/g, " usd ")
    .replace(/€/g, " eur ")
    .replace(/£/g, " gbp ")
    .replace(/₽/g, " rub ")
    .replace(/%/g, " percent ")
    // Before splitting digits from letters, or "m3" would become "m" (million) and "3".
    .replace(/(?<![a-z])m3\b/g, " cubic metres ")
    // "3.77bn", "55bcm": a suffix glued to the number.
    .replace(/(\d)(?=[a-z])/g, "$1 ");
  const tokens = text.match(/\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|[-/]/g) ?? [];
  // Anything the tokens skipped must be harmless punctuation, or this is not a plain quantity.
  const skipped = text.replace(/\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+|[-/]/g, "");
  return /^[\s,.;:!?'"()]*$/.test(skipped) ? tokens : null;
}

function readDigits(token: string | undefined): number | null {
  if (token === undefined) return null;
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(token)) return null;
  return Number(token.replace(/,/g, ""));
}

/** Reads "47", "3,770,000,000", "forty-seven", "a hundred" at position i. */
function readNumber(tokens: string[], i: number): { value: number; next: number } | null {
  const digits = readDigits(tokens[i]);
  if (digits !== null) return { value: digits, next: i + 1 };

  let j = i;
  let value = 0;
  let last: "none" | "ones" | "tens" | "hundred" = "none";
  if (tokens[j] === "a" && (tokens[j + 1] === "hundred" || SCALES[tokens[j + 1] ?? ""] !== undefined)) {
    value = 1;
    last = "ones";
    j++;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j] ?? "";
    if (t in ONES && (last === "none" || last === "hundred" || (last === "tens" && (ONES[t] ?? 0) < 10))) {
      value += ONES[t] ?? 0;
      last = "ones";
    } else if (t in TENS && (last === "none" || last === "hundred")) {
      value += TENS[t] ?? 0;
      last = "tens";
    } else if (t === "hundred" && last === "ones" && value < 10) {
      value *= 100;
      last = "hundred";
    } else if (t === "-" && last === "tens" && (ONES[tokens[j + 1] ?? ""] ?? 10) < 10) {
      continue;
    } else if (t === "and" && last === "hundred") {
      continue;
    } else break;
  }
  return last === "none" ? null : { value, next: j };
}

function readAmount(tokens: string[], i: number): { value: number; scale?: number; next: number } | null {
  const n = readNumber(tokens, i);
  if (!n) return null;
  const scale = SCALES[tokens[n.next] ?? ""];
  // The "b" of "b/d" (barrels a day) is a unit, not billion.
  if (scale !== undefined && !matchPhrase(tokens, n.next, "b / d")) return { value: n.value, scale, next: n.next + 1 };
  return { value: n.value, next: n.next };
}

function matchPhrase(tokens: string[], i: number, phrase: string): boolean {
  const words = phrase.split(" ");
  return words.every((w, k) => tokens[i + k] === w);
}

/**
 * Reads an answer that is only a figure: an optional hedge and currency, a number or range with an
 * optional scale word, then unit words. Null when anything else is written around it.
 */
export function toQuantity(s: string): Quantity | null {
  const tokens = quantityTokens(s);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  const units: UnitPart[] = [];
  const nouns: string[] = [];

  for (let moved = true; moved; ) {
    moved = false;
    for (const q of QUALIFIERS) {
      if (q.every((w, k) => tokens[i + k] === w)) {
        i += q.length;
        moved = true;
      }
    }
  }
  if (tokens[i] === "usd" || tokens[i] === "eur" || tokens[i] === "gbp" || tokens[i] === "rub") {
    units.push({ measure: tokens[i] });
    i++;
  }

  const first = readAmount(tokens, i);
  if (!first) return null;
  i = first.next;
  let low = first.value * (first.scale ?? 1);
  let high = low;
  if (tokens[i] === "-" || tokens[i] === "to" || tokens[i] === "and") {
    let j = i + 1;
    if (tokens[j] === "usd" || tokens[j] === "eur" || tokens[j] === "gbp" || tokens[j] === "rub") j++;
    const second = readAmount(tokens, j);
    if (second) {
      high = second.value * (second.scale ?? 1);
      // "30-50 billion": the scale written once belongs to both ends.
      if (first.scale === undefined && second.scale !== undefined) low = first.value * second.scale;
      i = second.next;
    }
  }

  while (i < tokens.length) {
    const t = tokens[i] ?? "";
    const perWord = PER_WORDS[t];
    const period = PERIODS[tokens[i + 1] ?? ""];
    if (perWord) {
      units.push({ per: perWord });
      i++;
    } else if ((t === "per" || t === "a" || t === "/" || t === "each") && period) {
      units.push({ per: period });
      i += 2;
    } else {
      const phrase = UNIT_PHRASES.find(([p]) => matchPhrase(tokens, i, p));
      if (phrase) {
        units.push(phrase[1]);
        i += phrase[0].split(" ").length;
      } else if (UNIT_FILLER.has(t)) {
        i++;
      } else if (/^[a-z]{2,}$/.test(t) && !isNumberWord(t)) {
        nouns.push(t.length > 3 ? t.replace(/s$/, "") : t);
        i++;
      } else {
        // A second number, a stray dash: more than one figure, so not a plain quantity.
        return null;
      }
    }
  }

  const quantity: Quantity = { low, high };
  for (const u of units) {
    if (u.scale !== undefined) {
      quantity.low *= u.scale;
      quantity.high *= u.scale;
    }
    for (const slot of ["measure", "per"] as const) {
      const v = u[slot];
      if (v === undefined) continue;
      // "3 USD euros" names two units: too confused to read as one figure.
      if (quantity[slot] !== undefined && quantity[slot] !== v) return null;
      quantity[slot] = v;
    }
  }
  if (nouns.length > 0) quantity.noun = nouns.join(" ");
  return quantity;
}
