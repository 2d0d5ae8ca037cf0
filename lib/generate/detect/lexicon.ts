// Names compromise does not know or gets wrong in this domain: international organisations and
// agreements with their acronyms, multi-word places, and the titles that announce a person.

export interface KnownName {
  name: string;
  aliases: string[];
  /** Regular-expression source matching every written form (case-sensitive). */
  pattern: string;
  kind: "organisation" | "agreement" | "place";
}

const D = "[-\\u2010-\\u2015 ]";

export const KNOWN_NAMES: KnownName[] = [
  {
    name: "Shanghai Cooperation Organization",
    aliases: ["SCO", "Shanghai Cooperation Organisation"],
    pattern: "Shanghai Cooperation Organi[sz]ation|SCO",
    kind: "organisation",
  },
  { name: "BRICS+", aliases: ["BRICS Plus"], pattern: "BRICS\\+|BRICS Plus", kind: "organisation" },
  { name: "BRICS", aliases: [], pattern: "BRICS(?!\\+)", kind: "organisation" },
  {
    name: "Joint Comprehensive Plan of Action",
    aliases: ["JCPOA", "Iran nuclear deal"],
    pattern: "Joint Comprehensive Plan of Action|JCPOA",
    kind: "agreement",
  },
  {
    name: "Eurasian Economic Union",
    aliases: ["EAEU", "EEU"],
    pattern: "Eurasian Economic Union|EAEU|EEU",
    kind: "organisation",
  },
  {
    name: "International North–South Transport Corridor",
    aliases: ["INSTC", "North-South Transport Corridor", "International North-South Transport Corridor"],
    pattern: `(?:International )?North${D}South Transport Corridor|INSTC`,
    kind: "organisation",
  },
  { name: "OPEC+", aliases: ["OPEC Plus"], pattern: "OPEC\\+|OPEC Plus", kind: "organisation" },
  {
    name: "OPEC",
    aliases: ["Organization of the Petroleum Exporting Countries"],
    pattern: "Organi[sz]ation of the Petroleum Exporting Countries|OPEC(?![+\\w])",
    kind: "organisation",
  },
  {
    name: "International Atomic Energy Agency",
    aliases: ["IAEA"],
    pattern: "International Atomic Energy Agency|IAEA",
    kind: "organisation",
  },
  {
    name: "UN Security Council",
    aliases: ["UNSC", "United Nations Security Council", "Security Council"],
    pattern: "(?:United Nations|UN|U\\.N\\.) Security Council|UNSC",
    kind: "organisation",
  },
  {
    name: "United Nations",
    aliases: ["UN", "U.N."],
    pattern: "United Nations|U\\.N\\.|UN(?![\\w.])",
    kind: "organisation",
  },
  {
    name: "NATO",
    aliases: ["North Atlantic Treaty Organization"],
    pattern: "North Atlantic Treaty Organi[sz]ation|NATO",
    kind: "organisation",
  },
  { name: "European Union", aliases: ["EU"], pattern: "European Union|EU(?![\\w])", kind: "organisation" },
  { name: "Gulf Cooperation Council", aliases: ["GCC"], pattern: "Gulf Cooperation Council|GCC", kind: "organisation" },
  {
    name: "Islamic Revolutionary Guard Corps",
    aliases: ["IRGC", "Revolutionary Guards"],
    pattern: "Islamic Revolutionary Guards? Corps|IRGC|Revolutionary Guards",
    kind: "organisation",
  },
  {
    name: "Collective Security Treaty Organization",
    aliases: ["CSTO"],
    pattern: "Collective Security Treaty Organi[sz]ation|CSTO",
    kind: "organisation",
  },
  {
    name: "Financial Action Task Force",
    aliases: ["FATF"],
    pattern: "Financial Action Task Force|FATF",
    kind: "organisation",
  },
  {
    name: "World Trade Organization",
    aliases: ["WTO"],
    pattern: "World Trade Organi[sz]ation|WTO",
    kind: "organisation",
  },
  {
    name: "International Monetary Fund",
    aliases: ["IMF"],
    pattern: "International Monetary Fund|IMF",
    kind: "organisation",
  },
  { name: "SWIFT", aliases: [], pattern: "SWIFT", kind: "organisation" },
  { name: "E3+3", aliases: ["P5+1"], pattern: "E3\\+3|P5\\+1", kind: "organisation" },
  {
    name: "Belt and Road Initiative",
    aliases: ["BRI", "Belt & Road"],
    pattern: "Belt (?:and|&) Road(?: Initiative)?",
    kind: "organisation",
  },
  {
    name: "Axis of Resistance",
    aliases: ["axis of resistance"],
    pattern: "[Aa]xis of [Rr]esistance",
    kind: "organisation",
  },
  { name: "Hezbollah", aliases: [], pattern: "Hezbollah|Hizbullah|Hizballah", kind: "organisation" },
  { name: "Houthis", aliases: ["Ansar Allah"], pattern: "Houthis|Ansar Allah", kind: "organisation" },
  { name: "Hamas", aliases: [], pattern: "Hamas", kind: "organisation" },
  { name: "Gazprom", aliases: [], pattern: "Gazprom", kind: "organisation" },
  { name: "Rosatom", aliases: [], pattern: "Rosatom", kind: "organisation" },
  { name: "Rosoboronexport", aliases: [], pattern: "Rosoboronexport", kind: "organisation" },
  { name: "Kremlin", aliases: [], pattern: "Kremlin", kind: "organisation" },
  {
    name: "Guardian Council",
    aliases: ["Council of Guardians"],
    pattern: "Guardian Council|Council of Guardians",
    kind: "organisation",
  },
  {
    name: "Expediency Discernment Council",
    aliases: ["Expediency Council"],
    pattern: "Expediency (?:Discernment )?Council",
    kind: "organisation",
  },
  {
    name: "Observer Research Foundation",
    aliases: ["ORF"],
    pattern: "Observer Research Foundation|ORF(?=['’]s| Strategic)",
    kind: "organisation",
  },
  {
    name: "Mir",
    aliases: ["Mir payment system"],
    pattern: "Mir(?= (?:App|payment|card|system|network)| and Shetab)",
    kind: "organisation",
  },
  {
    name: "Shetab",
    aliases: ["Shetab network"],
    pattern: "Shetab(?= (?:payment|network|system|card)| and Mir)",
    kind: "organisation",
  },
  {
    name: "Islamic State",
    aliases: ["ISIS", "ISIL", "Daesh"],
    pattern: "Islamic State|ISIS|ISIL|Daesh",
    kind: "organisation",
  },
  {
    name: "Comprehensive Strategic Partnership Treaty",
    aliases: ["Treaty on the Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership Agreement"],
    pattern:
      "(?:Treaty on (?:the )?Comprehensive Strategic Partnership|Comprehensive Strategic Partnership (?:Treaty|Agreement))",
    kind: "agreement",
  },
  {
    name: "United States",
    aliases: ["US", "U.S.", "USA", "United States of America"],
    pattern: "United States(?: of America)?",
    kind: "place",
  },
  { name: "United Arab Emirates", aliases: ["UAE"], pattern: "United Arab Emirates|UAE", kind: "place" },
  { name: "United Kingdom", aliases: ["UK", "U.K.", "Britain"], pattern: "United Kingdom", kind: "place" },
  { name: "Saudi Arabia", aliases: [], pattern: "Saudi Arabia", kind: "place" },
  { name: "North Korea", aliases: ["DPRK"], pattern: "North Korea", kind: "place" },
  { name: "South Africa", aliases: [], pattern: "South Africa", kind: "place" },
  { name: "South Caucasus", aliases: [], pattern: "South Caucasus", kind: "place" },
  { name: "Central Asia", aliases: [], pattern: "Central Asia", kind: "place" },
  { name: "Middle East", aliases: [], pattern: "Middle East", kind: "place" },
  { name: "Persian Gulf", aliases: ["the Gulf"], pattern: "Persian Gulf", kind: "place" },
  { name: "Gulf of Oman", aliases: [], pattern: "Gulf of Oman", kind: "place" },
  { name: "Caspian Sea", aliases: ["the Caspian"], pattern: "Caspian Sea", kind: "place" },
  {
    name: "Mediterranean Sea",
    aliases: ["the Mediterranean"],
    pattern: "Mediterranean(?: Sea)?(?! foothold)",
    kind: "place",
  },
  { name: "Strait of Hormuz", aliases: [], pattern: "Strait of Hormuz", kind: "place" },
  { name: "Tel Aviv", aliases: [], pattern: "Tel Aviv", kind: "place" },
  {
    name: "Astara–Rasht",
    aliases: ["Astara-Rasht", "Rasht–Astara"],
    pattern: `Astara${D}Rasht|Rasht${D}Astara`,
    kind: "place",
  },
];

// The two patterns below hold only at a word's start, a condition kept apart from them (the
// NOT_AFTER patterns, for the character before) instead of written as a leading look-behind: V8
// skips ahead to where a pattern can start only when it opens with the words it looks for, and
// with the look-behind in front it tried the whole pattern at every character (4x slower over
// the bench's sentences). entities.ts applies the condition to each match (matchesNotAfter).

/** One pass over a sentence for every known name: longest alternatives first. */
export const KNOWN_NAME_PATTERN = new RegExp(
  `(?:${KNOWN_NAMES.map((k) => `(${k.pattern})`).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);
/** A known name does not start right after a letter or digit. */
export const KNOWN_NAME_NOT_AFTER = /[\p{L}\p{N}]$/u;

/** Titles that introduce a person's name; the group keeps the nationality written before it. */
export const TITLE_CUE = new RegExp(
  "((?:(?:Russian|Iranian|US|U\\.S\\.|American|Israeli|Syrian|Chinese|Turkish|Saudi|Ukrainian|Belarusian|former|late|then)\\s+)*)" +
    "(Presidents?|Prime Minister|Foreign Ministers?|Defen[cs]e Minister|Minister|Supreme Leader|Ayatollah|Leader|Chancellor|King|Crown Prince|Shah|General|Gen\\.|Secretary of State|Secretary|Ambassador|Kremlin spokes(?:man|woman|person)|spokes(?:man|woman|person)|predecessor|successor|Dr\\.|Professor|Prof\\.)" +
    "\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})",
  "gu",
);
/** A title cue does not start right after a letter. */
export const TITLE_CUE_NOT_AFTER = /\p{L}$/u;

/** Lower-case nouns that follow a place name ("Hamadan airbase", "Alabuga zone"). */
export const PLACE_NOUN_AFTER =
  /^\s+(?:nuclear\s+power\s+plant|airbase|air\s+base|special\s+economic\s+zone|economic\s+zone|zone|port|province|region|city|railway|rail\s+link|plant|island|islands|strait|peninsula|enrichment\s+facility|facility)\b/;
