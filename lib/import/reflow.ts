// PDF text comes out one printed line per line, so a sentence wrapped in the layout is split in
// two. This joins lines that continue the one before. Pure and text-only (no glyph positions): a
// line is joined to the previous one when that one has no closing punctuation and either the new
// line starts in lower case, or the previous line ran to nearly full width and stopped mid-phrase
// (its last word in lower case).
// Headings are short or end in a capitalised word, so they stay on their own lines.

const ENDS_CLAUSE = /[.!?:;]["”’)\]]?$/;
const LIST_ITEM = /^(?:[-•*▪–]\s|\d{1,2}[.)]\s)/;
// Wrapped lines fill most of the width; a heading that long is rare.
const FULL_WIDTH_SHARE = 0.75;

/** The line length most full lines reach (90th percentile), to tell wrapped lines from short ones. */
function fullWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((l) => l.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

// "…between the river port at", "…in the spring," or "co-": a phrase that has not ended.
const STOPS_MID_PHRASE = /(?:^|\s)\p{Ll}\S*$|[,\-–]$/u;

function continues(previous: string, line: string, threshold: number): boolean {
  if (previous === "" || line === "" || ENDS_CLAUSE.test(previous) || LIST_ITEM.test(line)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  return previous.length >= threshold && (STOPS_MID_PHRASE.test(previous) || /^\d/.test(line));
}

export function reflowPdfText(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const threshold = fullWidth(lines) * FULL_WIDTH_SHARE;
  const out: string[] = [];
  let lastPrinted = ""; // the previous printed line, not the joined paragraph so far
  for (const line of lines) {
    if (out.length > 0 && continues(lastPrinted, line, threshold)) {
      const joined = out[out.length - 1] ?? "";
      // A line ending in a hyphen joins without a space and keeps it ("co-" + "produced"):
      // dropping it would also merge real compounds.
      out[out.length - 1] = joined.endsWith("-") ? joined + line : `${joined} ${line}`;
    } else {
      out.push(line);
    }
    lastPrinted = line;
  }
  return out.join("\n");
}
