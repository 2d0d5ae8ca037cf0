// Fact sheets write surnames in capitals ("John Atta MILLS", then "MILLS died in 2012"). A card
// should not shout them, so questions and answers show them as names ("John Atta Mills"); the
// written form stays an accepted answer. Pure.
import { lexiconTags } from "./nlp";

// A capitalised word of three letters or more after one to four given names or initials: short
// product codes ("Windows NT", "Firefox OS") are not surnames, and an acronym in brackets or after
// a lower-case word ("defeated KANU candidate") has no given name before it.
// Spaces only, never a line break: "Components\nNSS" is a heading over an acronym.
const AFTER_GIVEN_NAMES =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+\.?[ \t]+(?:(?:\p{Lu}\p{Ll}+|\p{Lu}\.)[ \t]+){0,3})(\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{N}])/gu;

/**
 * The names `text` writes with the surname in capitals ("John Atta MILLS"), by surname. Empty
 * unless at least three are found: one or two could be acronyms after a name, three make the style.
 */
export function capitalNames(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(AFTER_GIVEN_NAMES)) {
    const surname = m[2] ?? "";
    // "Although HBV", "This DNA", "Real GDP": a word the lexicon knows, but not as a name, is no
    // given name; an acronym follows it.
    // "Prime Minister Kristrun FROSTADOTTIR": the given names are the words nearest the surname.
    const words = (m[1] ?? "").split(/\s+/).filter((w) => w !== "");
    let first = words.length;
    while (first > 0 && isGivenName(words[first - 1] ?? "")) first--;
    if (first === words.length) continue;
    // "Eich CEO": a word the lexicon knows, other than as a surname, is an acronym or a title.
    const known = lexiconTags(surname.toLowerCase());
    if (known.length > 0 && !known.includes("LastName")) continue;
    if (!found.has(surname)) found.set(surname, [...words.slice(first), surname].join(" "));
  }
  return found.size >= 3 ? found : new Map<string, string>();
}

const NAME_TAGS = ["FirstName", "MaleName", "FemaleName", "Honorific", "Person"];

function isGivenName(word: string): boolean {
  if (/^\p{Lu}\.$/u.test(word)) return true;
  const tags = lexiconTags(word.toLowerCase().replace(/\.$/, ""));
  return tags.length === 0 || tags.some((t) => NAME_TAGS.includes(t));
}

/** The surnames of capitalNames. */
export function capitalSurnames(text: string): Set<string> {
  return new Set(capitalNames(text).keys());
}

const asName = (word: string) =>
  word
    .split("-")
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join("-");

/** `s` with every surname of `surnames` written as a name ("MILLS" -> "Mills"). */
export function readableSurnames(s: string, surnames: ReadonlySet<string>): string {
  if (surnames.size === 0) return s;
  return s.replace(/\p{Lu}{3,}(?:-\p{Lu}{2,})?(?![\p{L}\p{N}])/gu, (word, at: number) =>
    surnames.has(word) && !/[\p{L}\p{N}]$/u.test(s.slice(0, at)) ? asName(word) : word,
  );
}
