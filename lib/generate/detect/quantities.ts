// Money, percentages and counted quantities: a number (digits, or a number word before a scale
// or time unit) with what surrounds it — hedge, currency, range, scale word, unit or counted noun,
// and a rate ("per year"). A bare number with none of these is not a figure.
import { numberFromWords, SCALES } from "@/lib/values/numbers";
import { lexiconTags } from "../nlp";
import type { FigureValue, Mention } from "../types";

export type FigureMention = Extract<Mention, { kind: "money" | "quantity" | "percent" }>;

const NUMBER =
  /(?<![\p{L}\p{N}.,\-\u2010-\u2015/+])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾⅓⅔]?|[½¼¾⅓⅔])(?!\d)(?!,\d{3})/gu;
// Vulgar fraction signs after a whole number ("4½") or on their own.
const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3 };
// Vague amounts ("several hundred Fateh-110", "thousands of units") are left out on purpose.
const WORD_NUMBER =
  /(?<![\p{L}-])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand)(?![\p{L}-])/giu;
// Compound number words: "one hundred and thirty", "forty-seven", "a hundred and five".
const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" +
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const COMPOUND_WORD_NUMBER = new RegExp(
  `(?<![\\p{L}-])((?:a|${NUMBER_WORD})[\\s-]hundred(?:\\s(?:and\\s)?${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?)?` +
    `|${NUMBER_WORD}-${NUMBER_WORD})(?![\\p{L}-])`,
  "giu",
);
// "twenty to thirty miles": a range of number words.
const WORD_RANGE_AFTER = new RegExp(
  `^\\s?(?:[-\u2010-\u2015]|to)\\s?(${NUMBER_WORD}(?:-${NUMBER_WORD})?)(?![\\p{L}])`,
  "iu",
);

const WORD_VALUES: Record<string, number> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  "a hundred": 100,
  "a thousand": 1000,
};

const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:US|U\.S\.)\s?\$\s?$/, "USD"],
  [/USD\s?$/, "USD"],
  [/\$\s?$/, "USD"],
  [/€\s?$/, "EUR"],
  [/EUR\s?$/, "EUR"],
  [/£\s?$/, "GBP"],
  [/₽\s?$/, "RUB"],
  [/RUB\s?$/, "RUB"],
];

const QUALIFIER_BEFORE =
  /(?<!\p{L})((?:just |well )?(?:about|approximately|approx\.|around|roughly|nearly|almost|over|more than|less than|fewer than|up to|below|above|under|at least|at most|some|an estimated|estimated|close to|upwards of))\s+$/iu;

const NOUN_BEFORE_PREPOSITION =
  /(?<!\p{L})(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s+(?!(?:total|sum|population|area|distance|average|amount|length|height|depth|weight|figure|number|rate|cost|price)\s)\p{L}[\p{L}-]*\s+$/iu;

// Short scale letters only after a currency ("$5bn"), where they cannot be a unit.
const SCALE_AFTER = /^\s?(thousand|million|billion|trillion)\b|^\s?(bn|mn|tn|m|b|k)\b/i;

// Unit phrases, longest first; [pattern, unit, scale the phrase itself implies].
const UNITS: [RegExp, string, number][] = [
  [/^\s(?:billion cubic met(?:er|re)s|bcm)\b/i, "bcm", 1],
  [/^\s?(?:bcm)\b/i, "bcm", 1],
  [/^\s(?:cubic met(?:er|re)s|m3|m³)/i, "m3", 1],
  [/^\s(?:barrels (?:of oil )?(?:per|a) day|bpd|b\/d)\b/i, "bpd", 1],
  [/^\s?(?:bpd)\b/i, "bpd", 1],
  [/^\s(?:barrels)\b/i, "barrels", 1],
  [/^\s(?:metric tons|tonnes|tons)\b/i, "tonnes", 1],
  [/^\s?(?:sq\.?\s?km|km2|km\u00b2|square kilomet(?:er|re)s)(?![\p{L}])/iu, "sq km", 1],
  [/^\s(?:sq\.?\s?mi|square miles)\b/i, "sq mi", 1],
  [/^\s?(?:km\/h|kph|kilomet(?:er|re)s per hour)(?![\p{L}])/iu, "km/h", 1],
  [/^\s?(?:mph|miles per hour)\b/i, "mph", 1],
  [/^\s?(?:nmi|nautical miles?)\b/i, "nmi", 1],
  [/^\s?(?:km|kilomet(?:er|re)s)\b/i, "km", 1],
  [/^\s(?:miles|mile)\b/i, "miles", 1],
  [/^\s?(?:mm|millimet(?:er|re)s)\b/i, "mm", 1],
  [/^\s?(?:cm|centimet(?:er|re)s)\b/i, "cm", 1],
  // "120 m long": a lone "m" only with a space before it; "$5m" is a scale, read above.
  [/^\s(?:m|met(?:er|re)s)\b(?![\u00b2\u00b3])/u, "m", 1],
  [/^\s?(?:ft|feet|foot)\b/i, "ft", 1],
  [/^\s(?:inches|inch)\b/i, "in", 1],
  [/^\s(?:yards)\b/i, "yd", 1],
  [/^\s?(?:kg|kilograms?)\b/i, "kg", 1],
  [/^\s(?:pounds|lbs?)\b/i, "lb", 1],
  [/^\s?kWh\b/, "kWh", 1],
  [/^\s?MWh\b/, "MWh", 1],
  [/^\s?GWh\b/, "GWh", 1],
  [/^\s?TWh\b/, "TWh", 1],
  [/^\s?(?:kW|kilowatts)\b/, "kW", 1],
  [/^\s?(?:hp|horsepower)\b/, "hp", 1],
  [/^\s(?:knots|kn)\b/, "knots", 1],
  [/^\s(?:hectares|ha)\b/, "ha", 1],
  [/^\s(?:acres)\b/i, "acres", 1],
  [/^\s?(?:\u00b0C|degrees Celsius)/, "\u00b0C", 1],
  [/^\s?(?:\u00b0F|degrees Fahrenheit)/, "\u00b0F", 1],
  [/^\s(?:litres|liters)\b/i, "L", 1],
  [/^\s?(?:MW|megawatts)\b/, "MW", 1],
  [/^\s?(?:GW|gigawatts)\b/, "GW", 1],
  [/^\s(?:US dollars|dollars)\b/i, "USD", 1],
  [/^\s(?:euros)\b/i, "EUR", 1],
  [/^\s(?:roubles|rubles)\b/i, "RUB", 1],
  [/^\s(?:rials)\b/i, "IRR", 1],
  [/^\s(?:yuan)\b/i, "CNY", 1],
];
const CURRENCY_UNITS = new Set(["USD", "EUR", "GBP", "RUB", "IRR", "CNY"]);

const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i;
const RATE_AFTER =
  /^\s?(?:(?:per|a|each|every)\s(year|annum|day|month|week)\b|(annually|yearly|daily|monthly)\b|\/(year|yr|day))/i;
const ABBREVIATION_AFTER = /^\s?\((?:bpd|bcm|b\/d|BPD|BCM)\)/;
const OPEN_END_AFTER = /^\s+or\s+(?:more|less|fewer|over|above|so)\b/i;
const HYPHEN_UNIT = /^[-\u2010-\u2015](year|day|month|week|hour|member|article|point|nation|country|km|mile)s?\b/i;
const BETWEEN_BEFORE = /(?<!\p{L})between\s+$/iu;
const BETWEEN_AND_AFTER = /^\s(?:and)\s(?:US\s?\$|\$|€|£)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾⅓⅔]?)(?!\d)/;
const TIME_UNIT = /^\s(years|decades|months|weeks|days|hours|year|decade|month|week|day)\b/i;
const RANGE_AFTER =
  /^\s?(?:[-\u2010-\u2015]|to)\s?(?:US\s?\$|\$|€|£)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾⅓⅔]?)(?!\d)/;

// Plural words that are not counted things.
const NOT_COUNTED = new Set(
  "was has is its this thus as plus across less unless always perhaps whereas besides his hers ours yours theirs its us gas status crisis basis analysis emphasis thesis news series hundreds thousands millions billions dozens scores tens".split(
    " ",
  ),
);
const TRIVIAL_COUNTS = new Set([
  "countries",
  "sides",
  "states",
  "parties",
  "nations",
  "powers",
  "times",
  "ways",
  "reasons",
  "things",
  "factors",
  "levels",
  "areas",
  "aspects",
  "dimensions",
  "principles",
  "channels",
  "scenarios",
  "drivers",
]);
const FUNCTION_WORDS = new Set(
  "of the and or in on at to for from by with a an its their this that these those per than as into over while when where whereas because since although though after before until unless if which who whom whose whilst but so then".split(
    " ",
  ),
);

function rateUnit(word: string): string {
  const w = word.toLowerCase();
  if (w === "annum" || w === "annually" || w === "yearly" || w === "yr") return "year";
  if (w === "daily") return "day";
  if (w === "monthly") return "month";
  return w;
}

// "40 MiG-29 and Su-24 combat aircraft", "three Kilo-class submarines": models before the noun.
const MODEL = "(?:\\p{Lu}[\\p{L}]*[-\u2011]?\\d+[\\p{L}\\d]*|\\p{Lu}[\\p{Ll}]+[-\u2011]class)";
const MODEL_COUNTED = new RegExp(
  `^\\s(${MODEL}(?:(?:,\\s|\\s(?:and|or|&)\\s)${MODEL})*\\s(?:[a-z][a-z\u2011-]*\\s){0,2}(?:[a-z]+s|aircraft|personnel|troops))\\b`,
  "u",
);

/** "400 ballistic missiles": up to two modifiers and a plural noun compromise does not call a verb. */
function countedNoun(rest: string, nameModifiers = false): { length: number; noun: string } | null {
  const model = MODEL_COUNTED.exec(rest);
  if (model) return { length: model[0].length, noun: (model[1] ?? "").replace(/\u2011/g, "-") };
  // "2,300 office workers across …": with two modifiers the noun would be "across"; fewer are tried
  // while the last word is no counted noun ("three varieties of graves" stays no count).
  for (let n = 2; n >= 0; n--) {
    const m = COUNTED[n]?.exec(rest);
    if (!m) continue;
    const mods = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
    // Modifiers are lower-case words, or a nationality ("seven Iranian oilfields"); a participle
    // right after the number describes the noun after it ("200 corroded bolts").
    if (
      mods.some(
        (w, k) =>
          (/^[A-Z]/.test(w) && !nameModifiers && !lexiconTags(w.toLowerCase()).includes("Demonym")) ||
          FUNCTION_WORDS.has(w) ||
          lexiconTags(w).some(
            (t) => t === "Verb" || t === "Copula" || (t === "PastTense" && !(k === 0 && /(?:ed|en)$/.test(w))),
          ),
      )
    )
      return null;
    const noun = m[2] ?? "";
    if (NOT_COUNTED.has(noun) || noun.endsWith("ss") || noun.endsWith("us") || noun.endsWith("is")) continue;
    const tags = lexiconTags(noun);
    if (tags.includes("Adverb")) continue;
    // "300 volunteers were …", "4,200 nurses found …" are counts; "2024 sees the …" is a verb with its object.
    if (
      tags.includes("PresentTense") &&
      /^\s+(?:the|a|an|his|her|its|their|this|that|these|those|it|them|him|us|me|to)\b/i.test(rest.slice(m[0].length))
    )
      continue;
    return { length: m[0].length, noun: [...mods, noun].join(" ").replace(/\u2011/g, "-") };
  }
  return null;
}

const COUNTED = [0, 1, 2].map(
  (n) => new RegExp(`^\\s((?:[A-Za-z][A-Za-z\u2011-]*\\s){${n}})([a-z]+s|aircraft|personnel|troops|staff|people)\\b`),
);

function toNumber(digits: string): number {
  const last = digits.slice(-1);
  const fraction = FRACTIONS[last];
  if (fraction === undefined) return Number(digits.replace(/,/g, ""));
  const whole = digits.slice(0, -1);
  return (whole === "" ? 0 : Number(whole.replace(/,/g, ""))) + fraction;
}

interface Reading {
  start: number;
  end: number;
  kind: FigureMention["kind"];
  value: FigureValue;
}

const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;

function readAround(
  text: string,
  numStart: number,
  numEnd: number,
  base: number,
  wordValue: number | null,
): Reading | null {
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  // "June 23 while …": a day after a month name is part of a date.
  if (wordValue === null && MONTH_BEFORE.test(before) && /^\p{Lu}/u.test(before.trim().split(/\s+/).pop() ?? ""))
    return null;
  let start = numStart;
  let currency: string | undefined;
  if (wordValue === null) {
    for (const [re, code] of CURRENCY_BEFORE) {
      const m = re.exec(before);
      if (m) {
        currency = code;
        start = numStart - m[0].length;
        break;
      }
    }
  }
  const windowStart = Math.max(0, start - 24);
  const found = QUALIFIER_BEFORE.exec(text.slice(windowStart, start));
  // "a folktale about four guardians", "the dispute over two islands": right after a determiner
  // and its noun, "about" and "over" are prepositions (what the noun concerns), not hedges.
  const q =
    found &&
    /^(?:about|over)$/i.test(found[1] ?? "") &&
    NOUN_BEFORE_PREPOSITION.test(text.slice(Math.max(0, windowStart + found.index - 40), windowStart + found.index))
      ? null
      : found;
  const qualifier = q ? (q[1] ?? "").toLowerCase() : undefined;
  const qualifierStart = q ? windowStart + q.index : start;

  let number = wordValue ?? toNumber(text.slice(numStart, numEnd));
  let end = numEnd;
  let high: number | undefined;
  let rest = text.slice(end, end + 80);

  // "between 30,000 and 40,000": the range takes "between" into its span.
  const between = wordValue === null ? BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
  const range = wordValue === null ? (between ? BETWEEN_AND_AFTER : RANGE_AFTER).exec(rest) : null;
  if (between && range) start -= between[0].length;
  if (range) {
    high = toNumber(range[1] ?? "");
    end += range[0].length;
    rest = text.slice(end, end + 80);
  }
  const wordRange = wordValue !== null ? WORD_RANGE_AFTER.exec(rest) : null;
  const wordHigh = wordRange ? numberFromWords(wordRange[1] ?? "") : null;
  if (wordValue !== null && wordRange && wordHigh !== null && wordHigh > wordValue) {
    high = wordHigh;
    end += wordRange[0].length;
    rest = text.slice(end, end + 80);
  }

  // "20-year", "12-day": a compound adjective is a duration or count.
  const hyphen = wordValue === null && high === undefined ? HYPHEN_UNIT.exec(rest) : null;
  if (hyphen) {
    const unit = `${(hyphen[1] ?? "").toLowerCase()}s`;
    return {
      start,
      end: end + hyphen[0].length,
      kind: "quantity",
      value: { number, unit, ...(qualifier ? { qualifier } : {}) },
    };
  }

  let scaleWord: string | undefined;
  const scale = SCALE_AFTER.exec(rest);
  if (scale && (scale[1] !== undefined || currency !== undefined)) {
    scaleWord = (scale[1] ?? scale[2] ?? "").toLowerCase();
    end += scale[0].length;
    rest = text.slice(end, end + 80);
  }
  const factor = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;

  let kind: FigureMention["kind"] = currency ? "money" : "quantity";
  let unit: string | undefined = currency;
  let scaled = true;

  const percent = currency ? null : PERCENT_AFTER.exec(rest);
  if (percent) {
    kind = "percent";
    unit = "percent";
    end += percent[0].length;
  } else if (!currency) {
    const known = UNITS.find(([re]) => re.test(rest));
    if (known) {
      const m = known[0].exec(rest);
      end += m?.[0].length ?? 0;
      unit = known[1];
      if (CURRENCY_UNITS.has(unit)) kind = "money";
      // bcm counts in billions already: 55 billion cubic metres is "55 bcm".
      if (unit === "bcm") scaled = false;
      if (unit === "m3" && scaleWord === "billion") {
        unit = "bcm";
        scaled = false;
      }
    } else if (wordValue !== null) {
      const time = TIME_UNIT.exec(rest);
      // Small word numbers count too many ordinary things ("two countries", "one side").
      const counted = !time && !scaleWord && wordValue >= 3 ? countedNoun(rest) : null;
      if (counted && !TRIVIAL_COUNTS.has(counted.noun.split(" ").pop() ?? "")) {
        end += counted.length;
        unit = counted.noun;
      } else if (!time && !scaleWord) return null;
      if (time) {
        end += time[0].length;
        const u = (time[1] ?? "").toLowerCase();
        unit = u.endsWith("s") ? u : `${u}s`;
        if (unit === "decades") {
          unit = "years";
          number *= 10;
        }
      }
    } else {
      // "5,000 DevSecOps professionals": a name may modify what is counted, after a number no year could be.
      const counted = countedNoun(rest, !/(?:^|\s)(?:1[5-9]|20)\d\d$/.test(text.slice(start, end).trim()));
      if (counted) {
        end += counted.length;
        unit = counted.noun;
      } else if (!scaleWord) {
        return null;
      }
    }
  }
  rest = text.slice(end, end + 40);
  const rate = RATE_AFTER.exec(rest);
  if (rate && unit !== "bpd" && unit !== "percent") {
    unit = `${unit ?? "units"}/${rateUnit(rate[1] ?? rate[2] ?? rate[3] ?? "year")}`;
    end += rate[0].length;
    rest = text.slice(end, end + 40);
  }
  const abbreviation = ABBREVIATION_AFTER.exec(rest);
  if (abbreviation) end += abbreviation[0].length;
  // "300 pounds or more": the open end is part of what the figure says.
  const openEnd = unit !== undefined ? OPEN_END_AFTER.exec(text.slice(end, end + 20)) : null;
  if (openEnd) end += openEnd[0].length;

  // A year with a counted noun ("2024 elections") is a date, not a figure.
  if (!currency && !scaleWord && kind === "quantity" && /^(?:1[89]|20)\d\d$/.test(text.slice(numStart, numEnd)))
    return null;

  const value: FigureValue = { number: scaled ? number * factor : number };
  if (high !== undefined) value.high = scaled ? high * factor : high;
  if (unit) value.unit = unit;
  if (scaleWord) value.scale = scaleWord;
  if (qualifier) value.qualifier = qualifier;
  return { start: qualifier ? qualifierStart : start, end, kind, value };
}

/** Money, percentages and quantities in `text`; spans offset by `base`. */
export function detectQuantities(text: string, base = 0): FigureMention[] {
  const out: FigureMention[] = [];
  let lastEnd = -1;
  const push = (r: Reading | null) => {
    if (!r || r.start < lastEnd) return;
    lastEnd = r.end;
    out.push({
      kind: r.kind,
      text: text.slice(r.start, r.end),
      start: base + r.start,
      end: base + r.end,
      value: r.value,
    });
  };
  const found: { at: number; end: number; word: number | null }[] = [];
  for (const m of text.matchAll(NUMBER))
    found.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: null });
  // Compound number words first: "one hundred and thirty" is one figure, not "thirty".
  const compounds: { at: number; end: number }[] = [];
  for (const m of text.matchAll(COMPOUND_WORD_NUMBER)) {
    const value = numberFromWords(m[1] ?? "");
    const at = m.index ?? 0;
    if (value === null) continue;
    compounds.push({ at, end: at + m[0].length });
    found.push({ at, end: at + m[0].length, word: value });
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const at = m.index ?? 0;
    if (compounds.some((c) => at >= c.at && at < c.end)) continue;
    const value = WORD_VALUES[(m[1] ?? "").toLowerCase()];
    if (value !== undefined) found.push({ at, end: at + m[0].length, word: value });
  }
  found.sort((a, b) => a.at - b.at);
  for (const f of found) push(readAround(text, f.at, f.end, base, f.word));
  return out;
}

const OPEN_END_AFTER_TEXT = /\s+or\s+(?:more|less|fewer|over|above|so)$/i;

const UNIT_WORDS: Record<string, string> = {
  bpd: "barrels per day",
  bcm: "billion cubic metres",
  "bcm/year": "billion cubic metres per year",
};

/** Other ways to write the figure: without the hedge, units spelled out or shortened. */
export function figureVariants(mention: FigureMention): string[] {
  const out = new Set<string>();
  const t = mention.text
    .replace(/\s+/g, " ")
    .replace(/[\u2011]/g, "-")
    .replace(/\\\$/g, "$");
  const q = mention.value.qualifier;
  const closed = t.replace(OPEN_END_AFTER_TEXT, "");
  const bare = q && closed.toLowerCase().startsWith(q) ? closed.slice(q.length).trim() : closed;
  if (closed !== t) out.add(closed);
  if (bare !== t) out.add(bare);
  const swaps: [RegExp, string][] = [
    [/\s?\((?:bpd|bcm|b\/d)\)/i, ""],
    [/\bbarrels per day\b/i, "bpd"],
    [/\bbpd\b/i, "barrels per day"],
    [/\bbillion cubic meters\b/i, "billion cubic metres"],
    [/\bbcm\b/i, "billion cubic metres"],
    [/\bbillion cubic met(?:er|re)s\b/i, "bcm"],
    [/\bUS\s?\$/, "$"],
    [/^\$/, "US$"],
    [/\bbn\b/, "billion"],
    [/\bmn\b/, "million"],
    [/[-\u2010-\u2015](year|day|month|week)\b/i, " $1s"],
  ];
  for (const base of [t, bare]) {
    for (const [re, rep] of swaps) {
      if (re.test(base)) out.add(base.replace(re, rep).replace(/\s+/g, " ").trim());
    }
  }
  const unit = mention.value.unit;
  if (unit && UNIT_WORDS[unit]) out.add(`${String(mention.value.number)} ${UNIT_WORDS[unit]}`);
  out.delete(t);
  return [...out].filter((v) => v !== "");
}
