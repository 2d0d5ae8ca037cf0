// A document cut into pieces a model can read at once: by section where sections fit, by
// paragraph inside a long section, never through the middle of a sentence if it can be helped.
import type { SectionSpan } from "../types";

export interface Chunk {
  index: number;
  start: number;
  end: number;
  text: string;
  heading?: string;
}

/** A rough token count for English prose: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Where to cut a piece that is too long: the last paragraph break, else sentence end, before `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph > window.length * 0.4) return from + paragraph + 2;
  const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n"), window.lastIndexOf("? "));
  if (sentence > window.length * 0.4) return from + sentence + 2;
  const space = window.lastIndexOf(" ");
  return space > 0 ? from + space + 1 : limit;
}

/**
 * Chunks of at most `maxChars` characters, each a span of `text`. Sections are kept whole when they
 * fit and packed together while the sum fits; a long section is cut at paragraph breaks.
 */
export function chunkDocument(text: string, maxChars: number, sections: readonly SectionSpan[] = []): Chunk[] {
  const bounds: { start: number; end: number; heading?: string }[] =
    sections.length > 0
      ? sections.map((s) => ({ start: s.start, end: s.end, heading: s.heading }))
      : [{ start: 0, end: text.length }];
  const pieces: { start: number; end: number; heading?: string }[] = [];
  for (const b of bounds) {
    let at = b.start;
    while (b.end - at > maxChars) {
      const cut = cutPoint(text, at, at + maxChars);
      pieces.push({ start: at, end: cut, heading: b.heading });
      at = cut;
    }
    if (b.end > at) pieces.push({ start: at, end: b.end, heading: b.heading });
  }
  // Pack small neighbouring pieces, so a document of many short sections is not many calls.
  const packed: { start: number; end: number; heading?: string }[] = [];
  for (const p of pieces) {
    const last = packed[packed.length - 1];
    if (last && last.end === p.start && p.end - last.start <= maxChars) last.end = p.end;
    else packed.push({ ...p });
  }
  return packed
    .map((p) => ({ ...p, text: text.slice(p.start, p.end) }))
    .filter((p) => p.text.trim() !== "")
    .map((p, index) => ({ index, ...p }));
}
