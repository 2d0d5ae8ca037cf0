// Candidates from key-value lines, as attributes of the document's subject ("Nameplate capacity:
// 915 MW" -> "What is the nameplate capacity of …?"). A value that holds two facts is split: a
// name and its figure ("Hvannadalshnukur (at Vatnajokull Glacier) 2,110 m"), a name and its date
// ("Independence Day, 17 June (1944)"). Pure.
import { type Attribute, attributeCard } from "./attributes";
import { baseCandidate, type Built, dedupeVariants } from "./candidate-base";
import { dateVariants, detectDates, detectQuantities, formatDate } from "./detect";
import { noiseSigns } from "./rank";
import { tidyAnswer } from "./text";
import type { Candidate, SectionSpan, Sentence } from "./types";

function asBuilt(c: Candidate, kind: string, line: string, fromLabel = false): Built {
  return {
    candidate: c,
    features: {
      method: "attribute",
      mention: kind,
      sentenceWords: 8,
      noise: noiseSigns(line),
      ...(fromLabel ? { fromLabel: true } : {}),
    },
  };
}

/** "Elevation (highest point)" -> ["elevation", "highest point"]; null for a key without a sub-field. */
function keyParts(key: string): [string, string] | null {
  const m = /^(.*\S)\s*\(([^)]+)\)$/.exec(key.replace(/\((?:s|es)\)/g, ""));
  if (!m || (m[2] ?? "").split(" ").length < 2) return null;
  // "Major rivers (by length in km)": a note on how the list is ordered, not a part of it.
  if (/^(?:by|in|of|for|from|with|per)\b/i.test(m[2] ?? "")) return null;
  return [(m[1] ?? "").toLowerCase(), (m[2] ?? "").toLowerCase()];
}

/**
 * Cards for a value that names something and then measures or dates it; empty when the value is
 * one fact. The spans are exact: each answer is a slice of the value.
 */
function splitCards(
  sourceKey: string,
  a: Attribute,
  subject: string,
  line: Sentence,
  sections: readonly SectionSpan[] | undefined,
): Built[] {
  const value = a.value.text;
  const out: Built[] = [];
  // A name, an aside in brackets, then a figure: "Hvannadalshnukur (at Vatnajokull Glacier) 2,110 m".
  // The aside may be missing: "Mount Kenya 5,199 m".
  const named = /^(\p{Lu}[^()\d,;]*?)(?:\s*\([^)]*\))?\s+(\d[^;]*)$/u.exec(value);
  const bracketed = /^\p{Lu}[^()\d]*?\s*\([^)]*\)\s+\S/u.test(value);
  const parts = keyParts(a.key);
  if (named && parts) {
    const name = named[1] ?? "";
    const tailAt = value.length - (named[2] ?? "").length;
    const figure = detectQuantities(value.slice(tailAt))[0];
    if (figure && figure.start === 0) {
      const [measure, what] = parts;
      const nameCard = baseCandidate(
        sourceKey,
        line,
        "concept",
        `What is the ${what} of ${subject}?`,
        tidyAnswer(name),
        { start: a.value.start, end: a.value.start + name.length },
        sections,
      );
      out.push(asBuilt(nameCard, "concept", line.text));
      // "Pacific Ocean 0 m": sea level is no figure to learn.
      if (figure.value.number === 0) return out;
      const start = a.value.start + tailAt + figure.start;
      const figureCard = baseCandidate(
        sourceKey,
        line,
        "figure",
        `What is the ${measure} of the ${what} of ${subject}?`,
        tidyAnswer(figure.text),
        { start, end: start + figure.text.length },
        sections,
      );
      figureCard.value = { number: figure.value.number, ...(figure.value.unit ? { unit: figure.value.unit } : {}) };
      out.push(asBuilt(figureCard, "figure", line.text));
    }
  }
  // A name, then its date: "Independence Day, 17 June (1944)".
  const dated = /^(\p{Lu}[^,\d]{2,40}),\s+(.+?)(?:\s*\([^)]*\))?$/u.exec(value);
  if (dated && !bracketed) {
    const name = dated[1] ?? "";
    const rest = dated[2] ?? "";
    const restAt = value.indexOf(rest, name.length);
    // A day without a year ("17 June") is a yearly date; the year given only lets it be read.
    const aside = /\((?:[^)]*?)((?:1[5-9]|20)\d\d)\)\s*$/.exec(value)?.[1];
    const date = detectDates(rest, 0, { year: Number(aside ?? 2000) })[0];
    if (date && date.start === 0 && date.end >= rest.length - 1) {
      const key = a.key.replace(/\s*\([^)]*\)\s*$/, "").toLowerCase();
      const start = a.value.start + restAt;
      const c = baseCandidate(
        sourceKey,
        line,
        "date",
        `When is ${name}, the ${key} of ${subject}?`,
        tidyAnswer(date.text),
        { start, end: start + date.text.length },
        sections,
      );
      if (!date.value.inferredYear) {
        c.value = date.value.end ? { date: date.value.date, end: date.value.end } : { date: date.value.date };
        c.variants = dedupeVariants(c.answer, [formatDate(date.value), ...dateVariants(date.value)]);
        c.answerKey = date.value.date;
      }
      out.push(asBuilt(c, "date", line.text));
      const nameCard = baseCandidate(
        sourceKey,
        line,
        "concept",
        `What is the ${key} of ${subject}?`,
        tidyAnswer(name),
        { start: a.value.start, end: a.value.start + name.length },
        sections,
      );
      out.push(asBuilt(nameCard, "concept", line.text));
    }
  }
  return out;
}

// A fact sheet's ranked lists lead with what a reader is asked about: the largest export buyer,
// the leading export, the largest ethnic group or religion. Keys as fact sheets write them.
const LEADING_ITEM: { key: RegExp; prompt: (s: string) => string; kind: "place" | "concept"; share?: boolean }[] = [
  {
    key: /^exports?\s*-\s*partners$/i,
    prompt: (s) => `Which country is the largest buyer of ${possessive(s)} exports?`,
    kind: "place",
  },
  {
    key: /^imports?\s*-\s*partners$/i,
    prompt: (s) => `Which country is the largest supplier of ${possessive(s)} imports?`,
    kind: "place",
  },
  { key: /^exports?\s*-\s*commodities$/i, prompt: (s) => `What is ${possessive(s)} leading export?`, kind: "concept" },
  { key: /^imports?\s*-\s*commodities$/i, prompt: (s) => `What is ${possessive(s)} leading import?`, kind: "concept" },
  { key: /^ethnic groups$/i, prompt: (s) => `What is the largest ethnic group in ${s}?`, kind: "concept", share: true },
  { key: /^religions$/i, prompt: (s) => `What is the largest religion in ${s}?`, kind: "concept", share: true },
];

function possessive(subject: string): string {
  return /s$/i.test(subject) ? `${subject}'` : `${subject}'s`;
}

/** The first item of a ranked list row, and its share when the row gives one: one card each. */
function leadingItemCards(
  sourceKey: string,
  a: Attribute,
  subject: string,
  line: Sentence,
  sections: readonly SectionSpan[] | undefined,
): Built[] {
  const rule = LEADING_ITEM.find((r) => r.key.test(a.key.replace(/\((?:s|es)\)/g, "").trim()));
  if (!rule) return [];
  // "Christian 71.3% (Pentecostal 31.6%, …), Muslim 19.9%": the first item, up to its share or comma.
  const m = /^([\p{L}][\p{L}\p{N} '\u2019.-]*?)(?:\s+(\d+(?:\.\d+)?%))?(?=\s*(?:\(|,|$))/u.exec(a.value.text);
  const name = m?.[1]?.trim() ?? "";
  if (!m || name === "" || name.split(/\s+/).length > 4 || /^(?:other|none|unspecified)$/i.test(name)) return [];
  const out: Built[] = [];
  const c = baseCandidate(
    sourceKey,
    line,
    rule.kind,
    rule.prompt(subject),
    tidyAnswer(name),
    {
      start: a.value.start,
      end: a.value.start + name.length,
    },
    sections,
  );
  out.push(asBuilt(c, rule.kind, line.text));
  const share = m[2];
  if (rule.share && share) {
    const at = a.value.start + a.value.text.indexOf(share, name.length);
    const s = baseCandidate(
      sourceKey,
      line,
      "figure",
      `What share of ${possessive(subject)} population is ${name}?`,
      share,
      { start: at, end: at + share.length },
      sections,
    );
    s.value = { number: Number(share.replace("%", "")), unit: "%" };
    out.push(asBuilt(s, "figure", line.text));
  }
  return out;
}

// Rows a fact sheet carries for reference, not for study: dialling and domain codes, per-head
// consumption of drinks and tobacco, energy commodities traded and burnt, maritime zones, budget
// and balance-of-payments lines, fine demographic ratios and densities. A teacher deletes them
// (judged on two country profiles); the headline rows (capital, area, population, government,
// GDP, life expectancy, exports, currency, …) stay.
const REFERENCE_ROW =
  /\b(?:calling code|dialling code|dialing code|internet country code|country code|alcohol consumption|tobacco use|(?:coal|petroleum|natural gas|crude oil|refined petroleum products?|electricity) (?:consumption|exports|imports|production)|(?:refined petroleum|coal|natural gas) consumption|installed generating capacity|territorial sea|exclusive economic zone|contiguous zone|continental shelf|maritime claims|revenues budget|expenditures budget|budget (?:revenues|expenditures)|taxes and other revenues|current account balance|remittances|industrial production growth rate|irrigated land|sex ratio|dependency ratio|currently married women|mother's mean age|physician density|hospital bed density|obesity|drinking water|sanitation facility|net migration rate|maternal mortality|national colou?rs?|national anthem|broadband|telephones|airports|heliports|roadways|railways|waterways|pipelines|merchant marine)\b/i;

/** Candidates for the key-value lines of a document whose subject is `subject`. */
export function attributeCandidates(
  sourceKey: string,
  attributes: readonly Attribute[],
  subject: string,
  sections: readonly SectionSpan[] | undefined,
): Built[] {
  const built: Built[] = [];
  // A series by year ("Imports 2024", "Imports 2023", …) is one fact to learn: its latest value.
  const latest = new Map<string, number>();
  const series = (key: string) => /^(.*\S)\s+((?:19|20)\d\d)$/.exec(key);
  for (const a of attributes) {
    const m = series(a.key);
    if (m) latest.set(m[1] ?? "", Math.max(latest.get(m[1] ?? "") ?? 0, Number(m[2])));
  }
  for (const a of attributes) {
    const year = series(a.key);
    if (year && Number(year[2]) < (latest.get(year[1] ?? "") ?? 0)) continue;
    built.push(
      ...leadingItemCards(sourceKey, a, subject, { start: a.line.start, end: a.line.end, text: a.line.text }, sections),
    );
    // A list of more than six items is no answer to learn whole; its leading item is asked above.
    if (a.value.text.replace(/\([^()]*\)/g, "").split(",").length > 6) continue;
    const card = attributeCard(a, subject);
    if (!card) continue;
    const line: Sentence = { start: a.line.start, end: a.line.end, text: a.line.text };
    const split = splitCards(sourceKey, a, subject, line, sections);
    if (split.length > 0) {
      built.push(...split);
      continue;
    }
    // "364,036 (2024 est.)", "February 28, 1998; 18 years ago": the value is the part before
    // the aside; an estimate's year in the aside dates the question.
    // "Icelandic kronur (ISK) per US dollar -": a dangling sub-heading after the bracket is no value.
    const full = a.value.text.replace(/^([^()]+\([^)]*\))\s+[^()]*\s-$/, "$1");
    const cut = /^(.+?)(?:\s*\(([^)]*)\)\s*$|\s*;\s+\d+\s+years?\s+ago\b.*$)/.exec(full);
    const core = cut && (cut[1] ?? "").length >= 1 ? (cut[1] ?? full) : full;
    const asideYear =
      cut?.[2] && /\best\b|estimate/i.test(cut[2]) ? /\b((?:19|20)\d\d)\b/.exec(cut[2])?.[1] : undefined;
    let prompt = card.prompt;
    if (asideYear && !/\b(?:19|20)\d\d\b/.test(prompt) && card.kind !== "date")
      prompt = prompt.replace(/\?$/, ` in ${asideYear}?`);
    // "temperate; mild winters; cool summers": a value in several parts holds several facts.
    // "1.05 male(s)/female 0-14 years: 1.04 …": several key-value pairs glued into one value.
    if (core.includes(";") || core.includes(":")) continue;
    // "137.958", "3.7": a bare fraction without a unit is a ratio or rate whose meaning the key
    // alone does not carry (whole counts such as a population stay).
    if (/^-?\d[\d,]*\.\d+$/.test(core.trim())) continue;
    const span = { start: a.value.start, end: a.value.start + core.length };
    const c = baseCandidate(sourceKey, line, card.kind, prompt, tidyAnswer(core), span, sections);
    if (core !== full) c.variants = dedupeVariants(c.answer, [tidyAnswer(full)]);
    if (card.date) {
      c.value = card.date.end ? { date: card.date.date, end: card.date.end } : { date: card.date.date };
      c.variants = dedupeVariants(c.answer, [...c.variants, formatDate(card.date), ...dateVariants(card.date)]);
      c.answerKey = card.date.date;
    } else if (card.figure) {
      c.value = { number: card.figure.number, ...(card.figure.unit ? { unit: card.figure.unit } : {}) };
    }
    const noBrackets = c.answer.replace(/\s*[([][^)\]]*[)\]]/g, "").trim();
    if (noBrackets !== c.answer && noBrackets !== "")
      c.variants = dedupeVariants(c.answer, [...c.variants, noBrackets]);
    built.push(asBuilt(c, card.kind, a.line.text, card.fromLabel));
  }
  // "the major urban areas - population of …": a key joined from a heading and its column reads
  // as no phrase of English.
  return built.filter((b) => !REFERENCE_ROW.test(b.candidate.prompt) && !/\s-\s/.test(b.candidate.prompt));
}
