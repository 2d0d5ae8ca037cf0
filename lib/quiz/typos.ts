// How far a typed word may be from the expected one, by length and by kind of word. Digits and
// number words carry the value and get no slack; acronyms none either (one letter is another
// body); names and words get a budget that grows with length, and a swapped pair of letters counts
// as one slip, so "Omna" is Oman mistyped while "Iraq" is still another country.

/** What a word of the expected answer is, as far as spelling slack goes. */
export type WordKind = "number" | "code" | "name" | "word";

/** Allowed edits for a word: none for short words, where one letter makes another word (Iran/Iraq). */
export function typoAllowance(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 6) return 1;
  return 0;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters, each one edit ("Tehrna" is one slip from "Tehran", not two).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

/** Whether `typed` is `expected` with two neighbouring letters swapped, and nothing else. */
export function isSwap(typed: string, expected: string): boolean {
  if (typed.length !== expected.length || typed === expected) return false;
  const diff: number[] = [];
  for (let i = 0; i < typed.length; i++) if (typed[i] !== expected[i]) diff.push(i);
  const [first, second] = diff;
  return (
    diff.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    typed[first] === expected[second] &&
    typed[second] === expected[first]
  );
}

/**
 * Whether a typed word passes for the expected word of the given kind. Short names (4–5 letters)
 * allow only a swap, since any other slip there makes a different name; longer words allow one
 * edit from 6 letters and two from 10.
 */
export function closeEnough(typed: string, expected: string, kind: WordKind): boolean {
  if (typed === expected) return true;
  if (kind === "number" || kind === "code" || /\d/.test(typed)) return false;
  if (kind === "name" && expected.length >= 4 && expected.length < 6) return isSwap(typed, expected);
  const allowed = typoAllowance(expected);
  return allowed > 0 && editDistance(typed, expected) <= allowed;
}

/**
 * The kind of each word of an answer, read from how it was written: digits are numbers,
 * all-capital words (IRGC, EEU) are codes, capitalised words are names. Keys are folded and
 * lower-cased, as the compared tokens are.
 */
export function wordKinds(original: string, fold: (s: string) => string): Map<string, WordKind> {
  const kinds = new Map<string, WordKind>();
  for (const raw of original.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const key = fold(raw);
    const kind: WordKind = /\d/.test(raw)
      ? "number"
      : raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)
        ? "code"
        : /^\p{Lu}/u.test(raw)
          ? "name"
          : "word";
    // A word written both ways keeps the stricter reading.
    const before = kinds.get(key);
    if (before === undefined || rank(kind) > rank(before)) kinds.set(key, kind);
  }
  return kinds;
}

function rank(kind: WordKind): number {
  return { word: 0, name: 1, code: 2, number: 3 }[kind];
}
