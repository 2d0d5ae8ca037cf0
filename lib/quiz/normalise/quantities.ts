// Free-typed quantities as a number or range with what it counts: digits, number words and
// scales ("4.8 billion", "fifty-five"), units and rates ("bcm", "barrels per day"), hedges dropped.
import { isNumberWord, ONES, SCALES, TENS } from "@/lib/values";
import { foldText } from "./text";

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
