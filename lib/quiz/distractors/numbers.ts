// Numbers as answers write them (digits with their separators and decimals, or a number word), and
// figure and article distractors built by rewriting those numbers in the answer's own wording.
import { shuffle, type Rng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { conflictVersions, forbiddenKeys, interleave, others, takeDistinct } from "./compare";

export type NumberToken = {
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
export function numberTokens(text: string): NumberToken[] {
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

export function replaceTokens(text: string, tokens: readonly NumberToken[], values: readonly string[]): string {
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
export function scaledNumbers(text: string, tokens: readonly NumberToken[], rng: Rng, max?: number): string[] {
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
export function numberInTemplate(text: string, token: NumberToken, value: number): string | null {
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

export function figureDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
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

export function articleDistractors(
  fact: Fact,
  token: NumberToken,
  pool: readonly Fact[],
  rng: Rng,
  n: number,
): string[] {
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
