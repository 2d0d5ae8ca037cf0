// Free-typed answers as plain comparable text: case, accents, quotes and dashes folded, leading
// articles dropped.

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
