// Infobox and fact-sheet lines ("Nameplate capacity: 915 MW", "- Founded: 4 July 1998") read as
// attributes of the document's subject: "What is the nameplate capacity of <subject>?" -> "915 MW".
// The importer's cleaning pass normalises such lines to one `Key: Value` line each; this reader
// also copes with bullets, tabs and stray spaces around the colon.
import { detectDates } from "./detect/dates";
import { detectQuantities } from "./detect/quantities";
import { lexiconTags } from "./nlp";
import { FORMULA_MARK } from "./text";
import type { FactKind } from "@/lib/content/schema";
import type { DateValue, FigureValue, Span } from "./types";

export interface Attribute {
  /** The whole line (trimmed of bullets and spaces). */
  line: Span & { text: string };
  key: string;
  value: Span & { text: string };
}

export interface AttributeCard {
  kind: FactKind;
  prompt: string;
  date?: DateValue;
  figure?: FigureValue;
  /** The question only joins the words of a sub-field label: less sure to read well. */
  fromLabel?: boolean;
}

const LINE =
  /^[ \t]*(?:[-*\u2022\u00B7\u25AA]\s*)?(\p{Lu}[\p{L}\p{N} ()/&'\u2019.,-]{0,64}?)[ \t]*(?::|\t)[ \t]*(\S[^\n]*?)[ \t]*$/gmu;

// Keys that are about the page, not the subject.
const NOT_ATTRIBUTES =
  /^(?:first published(?: in| on)?|originally published(?: in| on)?|published (?:in|on|by)|posted (?:in|on|by)|updated(?: on)?|received|accepted|revised|telephone|fax|chancery|mailing address|embassy|consulates?(?: general)?|jump to|main articles?|further information|see|see main|for|navigation|coordinates|this article|retrieved from|hidden categories|personal tools|namespaces|views|variants|more|search|tools|print\/export|in other projects|languages|footnotes|external links|bibliography|notes and references|last edited|photograph|illustration|plate|map|chart|graph|diagram|posted|date posted|filed under|topics|share this|comments?|reply|written by|reviewed by|edited by|translated by|read time|reading time|note|notes|source|sources|see also|image|images|caption|photo|credit|credits|website|url|e-?mail|phone|tel|fax|references?|keywords?|title|author|authors|by|published|updated|last updated|copyright|doi|issn|isbn|citation|cite|tags?|share|follow|subscribe|download|contact|address|read more|related|category|categories|language|format|license|licence|retrieved|accessed|archived|edit|page|pages|volume|issue|figure|table|fig|abstract|summary|introduction|disclaimer|warning|q|a|question|answer)$/i;

const PERSON_KEYS =
  /^(?:founders?|founded by|co-?founders?|president|ceo|chief executive|chairman|chairwoman|chair|leader|leaders|director|owner|owners|head|heads|designer|designers|architect|inventor|creator|created by|spouse|successor|predecessor|prime minister|governor|mayor|monarch|king|queen|editor|publisher|key people)$/i;
const PLACE_KEYS =
  /^(?:location|headquarters|hq|country|capital|seat|region|state|province|city|birthplace|place of birth|born in|venue|site)$/i;
const WHEN_KEYS: Record<string, string> = {
  born: "When was {s} born?",
  died: "When did {s} die?",
  founded: "When was {s} founded?",
  established: "When was {s} established?",
  formed: "When was {s} formed?",
  created: "When was {s} created?",
  incorporated: "When was {s} incorporated?",
  opened: "When did {s} open?",
  launched: "When was {s} launched?",
  released: "When was {s} released?",
  "initial release": "When was {s} first released?",
  "first flight": "When did {s} first fly?",
  introduced: "When was {s} introduced?",
  commissioned: "When was {s} commissioned?",
  completed: "When was {s} completed?",
  built: "When was {s} built?",
  inaugurated: "When was {s} inaugurated?",
  signed: "When was {s} signed?",
  ratified: "When was {s} ratified?",
  effective: "When did {s} take effect?",
  "entered into force": "When did {s} enter into force?",
  dissolved: "When was {s} dissolved?",
  independence: "When did {s} gain independence?",
  "construction began": "When did construction of {s} begin?",
  "commission date": "When was {s} commissioned?",
};

/** "Akan 45.7%, Mole-Dagbani 18.5%, Ewe 12.8%, …": a list of short items, however long, is no prose. */
export function isShortItemList(value: string): boolean {
  const items = value.replace(/\([^()]*\)/g, "").split(/,\s*/);
  return items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= 4);
}

/** Key-value lines of `text`, in order. */
export function readAttributes(text: string): Attribute[] {
  const out: Attribute[] = [];
  for (const m of text.matchAll(LINE)) {
    const key = (m[1] ?? "").replace(/\s+/g, " ").trim();
    let value = m[2] ?? "";
    if (key === "" || value === "" || NOT_ATTRIBUTES.test(key) || key.split(" ").length > 6) continue;
    // A sentence with a colon in it is prose, not an attribute.
    if (
      /,/.test(key.replace(/\([^)]*\)/g, "")) ||
      /\b(?:said|says|is|are|was|were|has|have|had|will|would|wrote|noted|added|asked|told|warned|argued)\b/i.test(key)
    )
      continue;
    if (/^(?:he|she|it|they|we|i|you|this|that|there)\b/i.test(key)) continue;
    if (/[.!?]$/.test(key) || (/^(?:the|a|an|this|it|in|on|for|as)\b/i.test(key) && key.split(" ").length > 3))
      continue;
    // A long value is prose, except an election row: read as an attribute line, its winner is
    // asked by people.ts ("2024: Name elected president").
    const long = value.split(/\s+/).length > 16 && !/\(election results\)$/i.test(key) && !isShortItemList(value);
    // "⟨formula⟩": a formula the importer could not write as words.
    if (/https?:|www\./i.test(value) || long || /:$/.test(value) || value.includes(FORMULA_MARK)) continue;
    const lineStart = (m.index ?? 0) + m[0].search(/\S/);
    let valueStart = (m.index ?? 0) + m[0].lastIndexOf(value);
    // Footnote markers and a final full stop are no part of the value.
    const tidy = value.replace(/(?:\s*\[\s*(?:\d+|[a-z]|citation needed)\s*\])+\s*$/i, "").replace(/[.;,]\s*$/, "");
    value = tidy.trimEnd();
    const lead = value.length - value.trimStart().length;
    value = value.trimStart();
    valueStart += lead;
    if (value === "" || !/[\p{L}\p{N}]/u.test(value)) continue;
    const lineText = m[0].trim().replace(/^(?:[-*\u2022\u00B7\u25AA]\s*)/u, "");
    const lineFrom = (m.index ?? 0) + m[0].indexOf(lineText);
    out.push({
      line: { start: lineFrom >= lineStart ? lineFrom : lineStart, end: lineFrom + lineText.length, text: lineText },
      key,
      value: { start: valueStart, end: valueStart + value.length, text: value },
    });
  }
  return out;
}

/** "Nameplate capacity" -> "nameplate capacity"; acronyms and names keep their capitals. */
function keyPhrase(key: string): string {
  return key
    .split(" ")
    .map((w, i) => {
      if (/^\p{Lu}[\p{Ll}'\u2019-]*$/u.test(w) && (i === 0 || lexiconTags(w.toLowerCase()).length > 0)) {
        const tags = lexiconTags(w.toLowerCase());
        if (!tags.some((t) => t === "Country" || t === "City" || t === "Demonym" || t === "ProperNoun"))
          return w.toLowerCase();
      }
      return w;
    })
    .join(" ");
}

function isPlural(phrase: string): boolean {
  const last =
    phrase
      .replace(/\s*\([^)]*\)\s*$/, "")
      .split(" ")
      .pop() ?? "";
  return /[^su]s$/i.test(last) && !/(?:ics|ness|sis|ss|us|as)$/i.test(last);
}

// Contact details, positions and pointers: true of the subject, but nothing a learner studies.
// Keys nobody studies: contact details, map furniture, and a fact sheet's electoral calendar
// ("most recent election date", "scope of elections"), which goes stale with the next vote.
// So are a clock's rules and the boilerplate of nationality law ("at least one parent must be a
// citizen of …", the same on every profile).
const NO_STUDY =
  /(?:^|\s)(?:coordinates|references|telephone|fax|e-?mail|address|embassy|chancery|consulates?|time difference|daylight saving time|election date|date of next election|scope of elections|citizenship by birth|citizenship by descent only|dual citizenship recognized)$/i;
// Qualifiers that name a part of the population a figure is for ("total population", "at birth").
const GROUP = /^(?:total|male|female|men|women|urban|rural|at birth|ages? .*|.*\bpopulation)$/i;

function possessive(subject: string): string {
  return /s$/i.test(subject) ? `${subject}'` : `${subject}'s`;
}

/**
 * "Main (inner)" keys of a fact sheet as real questions: "Legislative branch (number of seats)" ->
 * "How many seats does Norvania's legislative branch have?"; "Executive branch (chief of state)"
 * -> "Who is the chief of state of Norvania?"; "Land use (forest): 12%" -> "What share of
 * Norvania's land use is forest?". Null for a sub-field nobody studies or one that is a list in itself.
 */
function subFieldCard(main: string, inner: string, value: string, subject: string): AttributeCard | null {
  if (NO_STUDY.test(main) || NO_STUDY.test(inner) || NOT_ATTRIBUTES.test(inner)) return null;
  // "(agricultural land, arable land)", "(improved, urban)", "(other)": a sub-sub-field or a remainder.
  // "(lyrics/music)": two sub-fields in one.
  if (/[,/]/.test(inner) || /^other$/i.test(inner)) return null;
  // "(by length in km)": how a list is ordered, not a part of the subject.
  if (/^(?:by|in|of|for|from|with|per)\b/i.test(inner)) return null;
  // "Median age (male)", "Population (female)": a split by sex of a figure whose total is the fact
  // to learn (the "(total)" line asks it); teachers deleted every such card.
  if (/^(?:male|female|males|females|men|women|boys|girls)$/i.test(inner)) return null;
  const figure = detectQuantities(value)[0];
  const date = detectDates(value)[0];
  const kind: FactKind = figure ? "figure" : "concept";
  const withFigure = (card: AttributeCard): AttributeCard => (figure ? { ...card, figure: figure.value } : card);
  const be = (phrase: string) => (isPlural(phrase.replace(/\s+of\s.*$/, "")) ? "are" : "is");
  const owner = `${possessive(subject)} ${main}`;
  if (/^name$/i.test(inner)) return { kind: "concept", prompt: `What ${be(main)} the ${main} of ${subject}?` };
  // "Nationality (noun): Kenyan(s)": what a person from there is called; the adjective is
  // mostly the same word and asked only where it differs.
  if (/^nationality$/i.test(main) && /^noun$/i.test(inner))
    return { kind: "concept", prompt: `What is a person from ${subject} called?` };
  if (/^nationality$/i.test(main) && /^adjective$/i.test(inner))
    return { kind: "concept", prompt: `What is the adjective for things from ${subject}?`, fromLabel: true };
  if (PERSON_KEYS.test(inner) || /^(?:chief|head) of (?:state|government)$/i.test(inner))
    return { kind: "person", prompt: `Who is the ${inner} of ${subject}?` };
  const count = /^number of (.+)$/i.exec(inner);
  if (count) return withFigure({ kind, prompt: `How many ${count[1]} does ${owner} have?` });
  const dated = /^(.+?)\s+date$/i.exec(inner);
  if (dated && date) return { kind: "date", prompt: `When was the ${dated[1]} of ${owner}?`, date: date.value };
  const named = /^(.+?)\s+name$/i.exec(inner);
  if (named) return { kind: "concept", prompt: `What is the name of ${possessive(subject)} ${named[1]}?` };
  // "GDP (official exchange rate)", "Real GDP (purchasing power parity)": the basis a figure is
  // measured on, said after the question.
  if (GROUP.test(inner) || /\b(?:rate|parity|prices|basis|terms)$/i.test(inner)) {
    if (!inner.includes(" "))
      return withFigure({ kind, prompt: `What ${be(main)} the ${inner} ${main} of ${subject}?` });
    return withFigure({ kind, prompt: `What ${be(main)} the ${main} of ${subject} (${inner})?` });
  }
  // "Petroleum (refined petroleum consumption)", "Urbanization (rate of urbanization)": the
  // inner phrase already says what it measures.
  const head = (main.split(" ").pop() ?? "").toLowerCase();
  if (head.length >= 4 && inner.toLowerCase().includes(head.slice(0, Math.max(4, head.length - 3))))
    return withFigure({ kind, prompt: `What ${be(inner)} the ${inner} of ${subject}?` });
  // A percentage of a whole: which share of it the inner part is.
  if (/^\s*-?[\d.,]+\s*%/.test(value) && inner.split(" ").length <= 3)
    return withFigure({ kind, prompt: `What share of ${owner} is ${inner}?` });
  // "Coal (consumption)" -> "coal consumption"; "Land use (forest)" is "forest land use" (below).
  if (!inner.includes(" ") && /(?:tion|ment|ports|sales)$/i.test(inner))
    return withFigure({ kind, prompt: `What ${be(inner)} the ${main} ${inner} of ${subject}?` });
  // A one-word qualifier of a measure narrows it ("Area (land)" is the land area); of anything
  // else it is a part ("Constitution (history)" is the constitution's history, not a "history
  // constitution"). These last two only join the label's words: the reviewer should look at them.
  if (!inner.includes(" ") && figure)
    return withFigure({ kind, prompt: `What ${be(main)} the ${inner} ${main} of ${subject}?`, fromLabel: true });
  return withFigure({ kind, prompt: `What ${be(inner)} the ${inner} of ${owner}?`, fromLabel: true });
}

/** The question for one attribute of `subject`, with the kind its value gives. */
export function attributeCard(attr: Attribute, subject: string): AttributeCard | null {
  // A note, a sub-field without a value of its own, or an empty value ("no", "none", "0%") is no fact.
  if (/\bnote\b/i.test(attr.key) || /^[%(]/.test(attr.value.text)) return null;
  if (
    /^(?:no|none|yes|n\/a|na|nil|unknown|not available|-+)$/i.test(
      attr.value.text.replace(/\s*\([^)]*\)\s*$/, "").trim(),
    )
  )
    return null;
  if (/^0+(?:\.0+)?(?:\s|%|$)/.test(attr.value.text)) return null;
  // Navigation words in title case ("Explore All Countries") are page furniture.
  if (attr.key.split(" ").length >= 3 && attr.key.split(" ").every((w) => /^\p{Lu}/u.test(w))) return null;
  // "Imports 2023: $13.6 billion" -> "What were the imports of Iceland in 2023?"
  const year = /^(.*\S)\s+((?:19|20)\d\d)$/.exec(attr.key);
  if (year) {
    const phrase = keyPhrase(year[1] ?? "");
    const figure = detectQuantities(attr.value.text)[0];
    const card: AttributeCard = {
      kind: figure ? "figure" : "concept",
      prompt: `What ${isPlural(phrase) ? "were" : "was"} the ${phrase} of ${subject} in ${year[2]}?`,
    };
    if (figure) card.figure = figure.value;
    return card;
  }
  // "Population (female)" -> "female population"; "Life expectancy at birth (total population)"
  // -> "… of Iceland (total population)". "Color(s)" is only a plural.
  const sub = /^(.*\S)\s*\(([^)]+)\)$/.exec(attr.key.replace(/\((?:s|es)\)/g, ""));
  if (sub && !WHEN_KEYS[(sub[1] ?? "").toLowerCase()]) {
    return subFieldCard(keyPhrase(sub[1] ?? ""), keyPhrase(sub[2] ?? ""), attr.value.text, subject);
  }
  const key = attr.key
    .replace(/\((?:s|es)\)/g, "")
    .replace(/\s*\([^)]*\)\s*$/, "")
    // "Exports - commodities" is "export commodities".
    .replace(/^(\p{L}+?)s\s+-\s+(\p{L}.*)$/u, "$1 $2")
    .trim();
  if (NO_STUDY.test(key)) return null;
  const lower = key.toLowerCase();
  const phrase = keyPhrase(key);
  const date = detectDates(attr.value.text)[0];
  const dateCovers = date && date.end - date.start >= attr.value.text.replace(/\s*\(.*$/, "").length - 2;
  const figure = detectQuantities(attr.value.text)[0];
  const when = WHEN_KEYS[lower];
  const fill = (t: string) => t.replace("{s}", subject);
  if (when && date) return { kind: "date", prompt: fill(when), date: date.value };
  if (PERSON_KEYS.test(lower)) {
    const verb = isPlural(phrase) || /\band\b|,/.test(attr.value.text) ? "are" : "is";
    if (/ by$/i.test(phrase))
      return { kind: "person", prompt: `By whom was ${subject} ${phrase.replace(/ by$/i, "")}?` };
    return { kind: "person", prompt: `Who ${verb} the ${phrase} of ${subject}?` };
  }
  if (PLACE_KEYS.test(lower)) {
    if (lower === "location" || lower === "site") return { kind: "place", prompt: `Where is ${subject} located?` };
    if (lower === "headquarters" || lower === "hq")
      return { kind: "place", prompt: `Where is ${subject} headquartered?` };
    if (lower === "country") return { kind: "place", prompt: `In which country is ${subject}?` };
    return { kind: "place", prompt: `What is the ${phrase} of ${subject}?` };
  }
  const verb = isPlural(phrase) ? "are" : "is";
  if (dateCovers && date) return { kind: "date", prompt: `What is the ${phrase} of ${subject}?`, date: date.value };
  if (figure) return { kind: "figure", prompt: `What ${verb} the ${phrase} of ${subject}?`, figure: figure.value };
  return { kind: "concept", prompt: `What ${verb} the ${phrase} of ${subject}?` };
}

/**
 * The document's subject for attribute questions: the title given, else the first short line
 * that reads as a title, with a site name after a dash or bar removed ("Mozilla - Wikipedia").
 */
export function documentSubject(text: string, title?: string): string | null {
  let t = title?.trim() ?? "";
  // A file name ("vienna", "report_2024.pdf") is no title; the text's own heading is better.
  if (/^[\p{Ll}\d_.-]+$/u.test(t) || /\.\w{2,4}$/.test(t)) t = "";
  if (t === "") {
    for (const line of text.split("\n", 40)) {
      const l = line.trim().replace(/^#+\s*/, "");
      if (l === "") continue;
      if (l.split(/\s+/).length <= 10 && !/[.:;,]$/.test(l) && /^\p{Lu}/u.test(l)) t = l;
      break;
    }
  }
  t = t
    .replace(/\s+[-\u2013\u2014|:]\s+.*$/, "")
    .replace(/\s*\((?:[^)]*)\)\s*$/, "")
    .trim();
  if (t === "" || t.split(/\s+/).length > 8) return null;
  // A section heading is no subject ("Executive Summary", "Introduction").
  if (
    /^(?:executive summary|summary|abstract|introduction|contents|table of contents|overview|key findings|background|preface|foreword|insight|report|chapter \w+)$/i.test(
      t,
    )
  )
    return null;
  return t;
}
