// Small text helpers shared by the detectors, prompts and merge.

/** Dash-like characters that converted documents use inside designators and ranges. */
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g;

/**
 * The answer as shown: the mention text with whitespace collapsed, odd hyphens made ASCII and
 * markdown escapes dropped. Kept this close to the source so the answer can still be found in
 * the evidence sentence after tidying both (see containsAnswer).
 */
export function tidyAnswer(s: string): string {
  return s
    .replace(/\\([$*_#[\]()~`>+\-.!|])/g, "$1")
    .replace(HYPHENS, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `answer` occurs in `evidence` once both are tidied the same way. */
export function containsAnswer(evidence: string, answer: string): boolean {
  return tidyAnswer(evidence).includes(tidyAnswer(answer));
}

/** Lower-case, accents and typographic quotes/dashes folded; for comparing words, not display. */
export function fold(s: string): string {
  // Most text is plain ASCII: skip the Unicode work then.
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(s)) return s.toLowerCase().replace(/\s+/g, " ").trim();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** FNV-1a over UTF-16 code units, two 32-bit lanes: stable across runs and platforms. */
export function stableHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0").slice(0, 4);
}

/** Words that carry no subject: used to pick topic words and to compare subjects. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor of in on at to for from by with without within into onto over under as " +
    "is are was were be been being has have had do does did will would shall should can could may might must " +
    "this that these those it its it's their them they he she his her him we our us you your i me my " +
    "which who whom whose what when where why how than then there here also only even just very more most " +
    "such so not no yes all any both each either neither few many much several some other another same own " +
    "about above after again against around before below between during further once out up down off " +
    "while because until since though although however whether if per via according says said say " +
    "one two three four five six seven eight nine ten first second third new its"
  ).split(" "),
);

/** Lower-case content words, plural -s stripped so "sanctions" meets "sanction". */
export function contentWords(s: string): string[] {
  const words = fold(s).match(/[\p{L}][\p{L}\p{N}'-]*|\d+/gu) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/'s$/, "").replace(/'/g, "");
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * What the importer writes for a formula too complex to read as words (lib/import/readers.ts): no
 * sentence a card is made from, and no fact-sheet value, may hold it.
 */
export const FORMULA_MARK = "\u27E8formula\u27E9";
