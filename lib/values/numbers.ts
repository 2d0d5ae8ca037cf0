// Number words, scale words and Roman numerals: one vocabulary for reading figures in documents
// and in typed answers.

export const ONES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words and abbreviations that multiply the number before them ("3.77 bn", "55 million"). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** The full scale words, which are never units ("million", not "m"). */
export const SCALE_WORDS_SPELT = ["thousand", "million", "billion", "trillion"] as const;

export function isNumberWord(word: string): boolean {
  return word in ONES || word in TENS || word === "hundred" || word in SCALES;
}

/**
 * The value of a number written in words, "seven", "forty-seven", "forty seven", "a hundred",
 * "one hundred and five"; null when it is not one.
 */
export function numberFromWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w !== "and");
  if (words.length === 0) return null;
  let value = 0;
  let last: "none" | "ones" | "tens" | "hundred" = "none";
  let i = 0;
  if (words[0] === "a" && words[1] === "hundred") {
    value = 1;
    last = "ones";
    i = 1;
  }
  for (; i < words.length; i++) {
    const w = words[i] ?? "";
    const one = ONES[w];
    const ten = TENS[w];
    if (one !== undefined && (last === "none" || last === "hundred" || (last === "tens" && one < 10))) {
      value += one;
      last = "ones";
    } else if (ten !== undefined && (last === "none" || last === "hundred")) {
      value += ten;
      last = "tens";
    } else if (w === "hundred" && last === "ones" && value < 10) {
      value *= 100;
      last = "hundred";
    } else return null;
  }
  return last === "none" ? null : value;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a canonical Roman numeral ("IX", "xlvii"); null for anything else ("IIII", "VX"). */
export function numberFromRoman(text: string): number | null {
  const s = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] ?? ""] ?? 0;
    const next = ROMAN[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling counts ("did" is not 1001). Words that are also numerals ("mix",
  // "civil") are the caller's to rule out from context, e.g. only after "Article".
  return total > 0 && total < 4000 && toRoman(total) === s ? total : null;
}

export function toRoman(n: number): string {
  const parts: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = Math.floor(n);
  for (const [value, letters] of parts) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
