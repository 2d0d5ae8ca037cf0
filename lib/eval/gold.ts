// Gold facts of the development evaluation (tests/fixtures/eval/*.gold.json): their shape, and how
// a gold fact's evidence is found again in the text the import produces today. Pure.
import { z } from "zod";

export const GOLD_KINDS = ["date", "number", "person", "place", "name", "cause", "purpose", "outcome"] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];
/** Causes, purposes and outcomes: the answers that are clauses, not names, dates or figures. */
export const CLAUSE_KINDS: ReadonlySet<GoldKind> = new Set(["cause", "purpose", "outcome"]);

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().min(1) });

export const goldFactSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  answer: z.string().min(1),
  accept: z.array(z.string()),
  kind: z.enum(GOLD_KINDS),
  evidence: spanSchema,
});
export type GoldFact = z.infer<typeof goldFactSchema>;

export const goldFileSchema = z.object({
  document: z.string().min(1),
  facts: z.array(goldFactSchema).min(1),
});
export type GoldFile = z.infer<typeof goldFileSchema>;

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where `quote` occurs in `text`, comparing runs of whitespace as one space (cleaning may join or
 * keep hard-wrapped lines). Prefers the occurrence at `hint` when the offsets still hold.
 */
export function locateQuote(text: string, quote: string, hint?: TextSpan): TextSpan | null {
  if (hint && text.slice(hint.start, hint.end) === quote) return { start: hint.start, end: hint.end };
  const { flat, origin } = flatten(text);
  const needle = flatten(quote.trim()).flat;
  if (needle === "") return null;
  let at = flat.indexOf(needle);
  if (at < 0) return null;
  // Several occurrences: take the one nearest the hint.
  if (hint) {
    let best = at;
    for (let next = flat.indexOf(needle, at + 1); next >= 0; next = flat.indexOf(needle, next + 1)) {
      const distance = (i: number) => Math.abs((origin[i] ?? 0) - hint.start);
      if (distance(next) < distance(best)) best = next;
    }
    at = best;
  }
  const start = origin[at] ?? 0;
  const last = origin[at + needle.length - 1] ?? start;
  return { start, end: last + 1 };
}

/** Text with each whitespace run as one space, and for each kept character its index in `text`. */
function flatten(text: string): { flat: string; origin: number[] } {
  let flat = "";
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (/\s/.test(ch)) {
      if (!inSpace && flat !== "") {
        flat += " ";
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    flat += ch;
    origin.push(i);
  }
  if (flat.endsWith(" ")) {
    flat = flat.slice(0, -1);
    origin.pop();
  }
  return { flat, origin };
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
