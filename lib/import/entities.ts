// HTML character references that leak into converted text ("&amp;", "&#8217;"). A small table of
// the names that actually turn up in articles; unknown names are left as they are, so nothing is
// guessed.
import { WINDOWS_1252_HIGH } from "./windows-1252";

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  shy: "\u00ad",
  ndash: "–",
  mdash: "—",
  minus: "−",
  hellip: "…",
  bull: "•",
  middot: "·",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  prime: "′",
  Prime: "″",
  dagger: "†",
  Dagger: "‡",
  sect: "§",
  para: "¶",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
};

// Accented Latin letters: the capitalised name ("Eacute") is the upper-case letter.
const LETTERS: Readonly<Record<string, string>> = {
  aacute: "á",
  agrave: "à",
  acirc: "â",
  atilde: "ã",
  auml: "ä",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  otilde: "õ",
  ouml: "ö",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  yuml: "ÿ",
  szlig: "ß",
};

const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function decodeOne(match: string, body: string): string {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // Browsers read &#145;–&#151; as Windows-1252, and old pages rely on it for quotes and dashes.
    if (WINDOWS_1252_HIGH[code] !== undefined) return WINDOWS_1252_HIGH[code];
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : match;
  }
  const named = NAMED[body];
  if (named !== undefined) return named;
  const letter = LETTERS[body] ?? LETTERS[body.toLowerCase()];
  if (letter === undefined) return match;
  return body.charAt(0) === body.charAt(0).toUpperCase() ? letter.toUpperCase() : letter;
}

/** Decodes character references, repeatedly, so double-escaped text ("&amp;rsquo;") comes out right. */
export function decodeHtmlEntities(text: string): string {
  let current = text;
  // Each round that changes something makes the text shorter, so this ends.
  for (;;) {
    const next = current.replace(REFERENCE, decodeOne);
    if (next === current) return current;
    current = next;
  }
}
