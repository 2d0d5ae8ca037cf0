// Windows-1252, the charset old web pages and Word exports declare (and what browsers use for
// "iso-8859-1" too). Node's TextDecoder reads bytes 0x80–0x9F of it as control characters instead
// of the quotes and dashes they are, so those 27 are mapped here.

export const WINDOWS_1252_HIGH: Readonly<Record<number, string>> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/** The labels the WHATWG Encoding standard treats as windows-1252. */
export const WINDOWS_1252_LABELS = new Set([
  "windows-1252",
  "cp1252",
  "x-cp1252",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "ascii",
  "us-ascii",
  "ansi_x3.4-1968",
  "cp819",
  "ibm819",
  "iso-ir-100",
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte);
  return out;
}
