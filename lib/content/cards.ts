// The cards FSRS schedules for one fact: question→answer always, and reverse, cloze and type-in
// where the fact suits them. Pure and deterministic: the same fact always gives the same cards,
// so re-seeding content updates cards in place instead of resetting anyone's reviews.
import { parseDateAnswer } from "@/lib/values";
import type { Fact, Transfer } from "./schema";

export const CARD_TEMPLATES = ["qa", "reverse", "cloze", "typein"] as const;
export type CardTemplate = (typeof CARD_TEMPLATES)[number];
export type CardDraft = { template: CardTemplate; front: string; back: string };

/** The blank shown in cloze cards. */
export const CLOZE_BLANK = "[...]";

// Answers that open like a clause are descriptions, not names: "That it was…", "No, every…".
const CLAUSE_START =
  /^(that|they|it|its|it's|he|she|we|there|this|these|yes|no|not|none|to|because|by|as|so|only|both|either|when|while|if)\b/i;

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

function readsAsClause(answer: string): boolean {
  const a = answer.trim();
  if (CLAUSE_START.test(a) || /[;:]|\s[—–-]\s|[!?]$/.test(a)) return true;
  // A full stop ends a sentence, unless it closes an abbreviation ("U.S."); an -ing opener
  // ("Pledging any assistance") is an activity, unless it is a one-word name ("Beijing").
  return (a.endsWith(".") && wordCount(a) > 3) || (/^\p{Lu}\p{Ll}+ing\s/u.test(a) && wordCount(a) > 1);
}

/**
 * Short enough to type from memory: a date, a figure, a name or a system, at most 40 characters
 * and a few words, and not a clause ("That it was not a military alliance").
 */
export function isShortAnswer(answer: string): boolean {
  const a = answer.trim();
  return a.length > 0 && a.length <= 40 && wordCount(a) <= 5 && !readsAsClause(a);
}

/** A name that can stand inside a question: "the Guardian Council", "Dmitry Peskov". */
function isNameLike(answer: string): boolean {
  const a = answer.trim();
  if (a.length > 60 || readsAsClause(a) || parseDateAnswer(a)) return false;
  // "$4.8 billion", "About 400", "Seven": quantities, which a reverse card cannot ask "what is".
  return !/^(\$|€|£|\d|about\b|around\b|up to\b|almost\b|nearly\b|over\b|below\b|some\b)/i.test(a);
}

/** "The Guardian Council" inside a sentence is "the Guardian Council". */
function inSentence(answer: string): string {
  return answer.trim().replace(/^(The|A|An) /, (m) => m.toLowerCase());
}

function withoutArticle(answer: string): string {
  return answer.trim().replace(/^(the|a|an) /i, "");
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** One line for a transfer record: what went (or did not go) from whom to whom. */
export function describeTransfer(t: Transfer): string {
  const route = {
    delivered: `supplied by ${t.from} to ${t.to}`,
    withheld: `sought by ${t.to} from ${t.from} but withheld`,
    reported: `reported as supplied by ${t.from} to ${t.to}`,
    planned: `planned for supply by ${t.from} to ${t.to}`,
    cancelled: `a supply from ${t.from} to ${t.to} that was cancelled`,
  }[t.status];
  const extras = [
    t.quantity !== undefined ? `quantity ${groupDigits(t.quantity)}` : "",
    t.year !== undefined ? String(t.year) : "",
  ]
    .filter((s) => s !== "")
    .join(", ");
  return `${t.system}: ${route}${extras ? ` (${extras})` : ""}.`;
}

/** The document an article belongs to, as the prompt names it ("Iran's Constitution"). */
function articleDocument(prompt: string): string | null {
  const m = /\b[Aa]rticle of ((?:the |\p{Lu}[\p{L}-]*['’]s )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)/u.exec(prompt);
  return m?.[1] ?? null;
}

/** Drops "according to the essay" asides: context for the question, noise in a description. */
export function withoutAttribution(text: string): string {
  return text
    .replace(/,\s*according to [^,?]+,/gi, "")
    .replace(/,?\s*according to [^,?]+(?=[?.]?$)/i, "")
    .replace(/^according to [^,]+,\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Finite verbs that can follow the noun phrase of a "Which <noun phrase> <verb> …?" question.
const FINITE_VERBS = new Set(
  (
    "is was are were has have had can could will would may might must should " +
    "said says signed signs wrote writes co-wrote rejected rejects accused accuses developed develops " +
    "described describes holds held bases bans banned checks checked led leads became becomes made makes " +
    "gave gives took takes offered offers supplied supplies provides provided forbids requires allows " +
    "called calls announced argued argues claimed claims warned warns criticised criticized opposed " +
    "approved ratified founded created launched joined joins helped helps serves served remains remained " +
    "works worked controls controlled owns runs ran won lost met visited replaced succeeded agreed agrees " +
    "sought seeks refused declined denied accepted opened links linked connects connected"
  ).split(" "),
);
// After these a following name or determiner means an inverted question ("has Iran supplied").
const AUXILIARIES = new Set("is was are were has have had can could will would may might must should".split(" "));
const DETERMINERS = new Set("the a an its his her their this that these those".split(" "));
const DO_FORMS = new Set(["do", "does", "did"]);
const ADVERBS = new Set("already also first still now once later".split(" "));

/**
 * The question turned into a description, for subject questions only: "Which Kremlin spokesman
 * said in June 2025 that …?" -> "The Kremlin spokesman who said in June 2025 that …". Null when
 * the question is not of that shape ("Which jet did Moscow supply?"): inverting those needs a
 * parser, and a wrong rewrite is worse than none.
 */
export function describeFromPrompt(fact: Fact): string | null {
  const m = /^(Which|What) ([^?]+)\?$/.exec(withoutAttribution(fact.prompt));
  if (!m) return null;
  const words = (m[2] ?? "").split(" ");
  const v = words.findIndex((w) => FINITE_VERBS.has(w) || DO_FORMS.has(w));
  // "What is the name…" has no noun phrase; "Which jet does Iran want…" is an object question;
  // a comma inside the noun phrase ("Which resolution, backed by…, led") hides where it ends.
  if (v < 1 || v > 12 || DO_FORMS.has(words[v] ?? "") || words.slice(0, v).some((w) => w.includes(","))) return null;
  const next = words[v + 1] ?? "";
  const verb = words[v] ?? "";
  if (AUXILIARIES.has(verb) && (/^\p{Lu}/u.test(next) || DETERMINERS.has(next))) return null;
  let split = v;
  while (split > 1 && ADVERBS.has(words[split - 1] ?? "")) split--;
  const noun = words.slice(0, split).join(" ");
  const rest = words.slice(split).join(" ");
  const pronoun = fact.kind === "person" ? "who" : "that";
  return `The ${noun} ${pronoun} ${rest}.`;
}

// Institutions named without their article in the content ("Gulf Cooperation Council").
const INSTITUTION =
  /\b(Treaty|Agreement|Council|Union|Organi[sz]ation|Corridor|Agency|Committee|Pact|Initiative|Programme|Program|Fund|Bank|Forum)\b/;

function withArticle(answer: string): string {
  const a = inSentence(answer);
  if (/^(the|a|an) /.test(a)) return a;
  return wordCount(a) >= 3 && INSTITUTION.test(a) ? `the ${a}` : a;
}

/**
 * The answer→question card: the front names the answer and asks what it is; the back describes
 * it (the question recast as a description when that is safe, else the question itself, then the
 * explanation). Only for facts marked reverse whose answer is a name (a date or a figure would
 * make a vague "what happened then?" card), and only where the kind gives a natural question.
 */
export function reverseCard(fact: Fact): { front: string; back: string } | null {
  if (!fact.reverse || !isNameLike(fact.answer)) return null;
  const a = fact.answer.trim();
  // "Keohane and Nye" are two people, but "the Belt and Road Initiative" is one thing; "the
  // Houthis" is a group named in the plural.
  const plural =
    ((fact.kind === "person" || fact.kind === "arms-transfer") && / and /.test(a)) ||
    (/^the /i.test(a) && /[^su]s$/.test(a));
  let front: string | null = null;
  switch (fact.kind) {
    case "person":
      front = `Who ${plural ? "are" : "is"} ${a}?`;
      break;
    case "organisation":
      front = `What ${plural ? "are" : "is"} ${withArticle(a)}?`;
      break;
    case "concept":
      front = /["“”]/.test(a) ? `What is meant by ${withArticle(a)}?` : `What is meant by “${withoutArticle(a)}”?`;
      break;
    case "place":
    case "event":
    case "treaty":
      front = `What is the significance of ${withArticle(a)}?`;
      break;
    case "constitution": {
      if (fact.article === undefined || !new RegExp(`^Article ${fact.article}$`, "i").test(a)) break;
      const doc = articleDocument(fact.prompt);
      front = `What does ${a}${doc ? ` of ${doc}` : ""} provide?`;
      break;
    }
    case "arms-transfer": {
      const t = fact.transfer;
      if (!t) break;
      const name = /^(the|a|an) /i.test(a) ? inSentence(a) : `the ${a}`;
      front = plural
        ? `What are ${name}, and what happened to them between ${t.from} and ${t.to}?`
        : `What is ${name}, and what happened to it between ${t.from} and ${t.to}?`;
      return { front, back: `${describeTransfer(t)} ${fact.explanation}` };
    }
    case "date":
    case "figure":
      break;
  }
  if (front === null) return null;
  const description = describeFromPrompt(fact) ?? `The answer to: “${fact.prompt}”`;
  return { front, back: `${description} ${fact.explanation}` };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches the text as a whole word or phrase, in any case. */
function phrase(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text.trim())}(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The explanation with the answer blanked, or null when the answer does not occur in it. Every
 * occurrence is blanked, and so are longer variants, so the front never gives the answer away.
 */
export function clozeText(fact: Fact): string | null {
  const answer = fact.answer.trim();
  if (!phrase(answer).test(fact.explanation)) return null;
  let text = fact.explanation;
  // Longest first, so "Fateh-110 SRBM" is blanked whole before "Fateh-110" could be.
  const hide = [answer, ...fact.variants.map((v) => v.trim()).filter((v) => v.length >= 4)].sort(
    (x, y) => y.length - x.length,
  );
  for (const h of hide) text = text.replace(phrase(h), CLOZE_BLANK);
  // What is left must still say something beyond the blank.
  const rest = text
    .split(CLOZE_BLANK)
    .join(" ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return wordCount(rest) >= 3 ? text : null;
}

export function cardsForFact(fact: Fact): CardDraft[] {
  const cards: CardDraft[] = [{ template: "qa", front: fact.prompt, back: fact.answer }];
  const reverse = reverseCard(fact);
  if (reverse) cards.push({ template: "reverse", ...reverse });
  const cloze = clozeText(fact);
  if (cloze) cards.push({ template: "cloze", front: cloze, back: fact.answer });
  if (isShortAnswer(fact.answer)) cards.push({ template: "typein", front: fact.prompt, back: fact.answer });
  return cards;
}
