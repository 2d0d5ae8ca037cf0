// The one place that talks to compromise. Its full tagger costs about 1 ms per short phrase and
// ~40 KB/s on whole text here, far too slow to run over a 1 MB document, so the generator uses it
// in two cheap ways: its lexicon (a plain word -> tag table) for part-of-speech lookups on every
// word, and the real tagger only on the distinct capitalised phrases of a document, batched.
import nlp from "compromise";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function path(root: unknown, keys: string[]): unknown {
  let cur: unknown = root;
  for (const k of keys) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function loadLexicon(): Map<string, string[]> {
  const raw = path(nlp.world(), ["model", "one", "lexicon"]);
  const out = new Map<string, string[]>();
  if (!isRecord(raw)) return out;
  for (const [word, tags] of Object.entries(raw)) {
    if (typeof tags === "string") out.set(word, [tags]);
    else if (Array.isArray(tags))
      out.set(
        word,
        tags.filter((t): t is string => typeof t === "string"),
      );
  }
  return out;
}

function loadWordSet(keys: string[]): Set<string> {
  const raw = path(nlp.world(), keys);
  return new Set(isRecord(raw) ? Object.keys(raw) : []);
}

let lexicon: Map<string, string[]> | null = null;
let abbreviations: Set<string> | null = null;
let orgWords: Set<string> | null = null;
let placeWords: Set<string> | null = null;

/** compromise's lexicon tags for a lower-case word, or [] when it does not know the word. */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= loadLexicon();
  return lexicon.get(word) ?? [];
}

/** Abbreviations compromise knows ("dr", "gen", "approx", "jan"), lower-case, no dot. */
export function isKnownAbbreviation(word: string): boolean {
  abbreviations ??= loadWordSet(["model", "one", "abbreviations"]);
  return abbreviations.has(word);
}

/** Words that end organisation names ("council", "agency", "bank"). */
export function isOrgWord(word: string): boolean {
  orgWords ??= loadWordSet(["model", "two", "orgWords"]);
  return orgWords.has(word);
}

/** Words that end place names ("bay", "coast", "sea"). */
export function isPlaceWord(word: string): boolean {
  placeWords ??= loadWordSet(["model", "two", "placeWords"]);
  return placeWords.has(word);
}

const infinitives = new Map<string, string>();

/** "ratified" -> "ratify", "withdrew" -> "withdraw"; the word itself when compromise has no idea. */
export function toInfinitive(verb: string): string {
  const key = verb.toLowerCase();
  const cached = infinitives.get(key);
  if (cached !== undefined) return cached;
  // A pronoun in front makes compromise read the word as a verb even when its lexicon says
  // adjective ("ratified").
  const base = nlp(`they ${key}`).verbs().toInfinitive().text().trim();
  let result = base !== "" && !base.includes(" ") ? base : key;
  // compromise leaves some regular past forms alone ("strengthened"); undo the regular ending.
  if (result === key && /ed$/.test(key))
    result = key
      .replace(/ied$/, "y")
      .replace(/([^aeiou])\1ed$/, "$1")
      .replace(/ed$/, "");
  if (result === key && /ies$/.test(key)) result = key.replace(/ies$/, "y");
  else if (result === key && /[^s]s$/.test(key)) result = key.slice(0, -1);
  infinitives.set(key, result);
  return result;
}

const forms = new Map<string, { past: string; present: string }>();

/** The simple past and the third-person present of an infinitive: "drive" -> drove, drives. */
export function verbForms(infinitive: string): { past: string; present: string } {
  const key = infinitive.toLowerCase();
  const cached = forms.get(key);
  if (cached) return cached;
  const all = nlp(key).verbs().conjugate()[0] as Record<string, unknown> | undefined;
  const pick = (name: string, fallback: string) => {
    const v = all?.[name];
    return typeof v === "string" && v !== "" && !v.includes(" ") ? v : fallback;
  };
  const result = { past: pick("PastTense", `${key}ed`), present: pick("PresentTense", `${key}s`) };
  if (forms.size > 5_000) forms.clear();
  forms.set(key, result);
  return result;
}

export type NameClass = "person" | "place" | "organisation";

export interface ClassifiedName {
  /** Character range inside the phrase. */
  start: number;
  end: number;
  text: string;
  kind: NameClass;
}

interface JsonMatch {
  text: string;
  offset: { start: number; length: number };
}

function isJsonMatch(v: unknown): v is JsonMatch {
  const offset = path(v, ["offset"]);
  return (
    isRecord(v) &&
    typeof v.text === "string" &&
    isRecord(offset) &&
    typeof offset.start === "number" &&
    typeof offset.length === "number"
  );
}

function matches(value: unknown): JsonMatch[] {
  return Array.isArray(value) ? value.filter(isJsonMatch) : [];
}

/**
 * Runs compromise's tagger over many short phrases at once (one call, one phrase per line) and
 * returns the people, places and organisations it finds in each, with offsets inside the phrase.
 */
export function classifyPhrases(phrases: readonly string[]): ClassifiedName[][] {
  const out: ClassifiedName[][] = phrases.map(() => []);
  if (phrases.length === 0) return out;
  // Each phrase becomes its own sentence; the starts let us map offsets back.
  const starts: number[] = [];
  let joined = "";
  for (const p of phrases) {
    starts.push(joined.length);
    joined += `${p}.\n`;
  }
  const doc = nlp(joined);
  const opts = { offset: true, text: true };
  const found: [NameClass, JsonMatch[]][] = [
    ["person", matches(doc.people().json(opts))],
    ["place", matches(doc.places().json(opts))],
    ["organisation", matches(doc.organizations().json(opts))],
  ];
  for (const [kind, list] of found) {
    for (const m of list) {
      const at = m.offset.start;
      // The phrase this match falls in: the last start at or before it.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      const phrase = phrases[lo] ?? "";
      const base = starts[lo] ?? 0;
      // compromise's offsets can include trailing punctuation; trim to word characters.
      let s = at - base;
      let e = Math.min(s + m.offset.length, phrase.length);
      while (s < e && !/[\p{L}\p{N}]/u.test(phrase.charAt(s))) s++;
      while (e > s && !/[\p{L}\p{N}]/u.test(phrase.charAt(e - 1))) e--;
      if (e <= s) continue;
      out[lo]?.push({ start: s, end: e, text: phrase.slice(s, e), kind });
    }
  }
  return out;
}
