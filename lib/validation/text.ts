// Strings from outside the app (JSON, forms, paths, queries) must be text a database can store:
// well-formed UTF-16 (no lone surrogate, which neither engine can encode) and no NUL (PostgreSQL
// refuses it in text; SQLite truncates at it in places). One check, used by every schema and by
// the JSON boundary, so such a string is a 400 before it reaches lib/db.
import { z } from "zod";

export const UNCLEAN_TEXT_MESSAGE = "contains characters that are not text (a NUL or a broken Unicode sequence)";

// Lone surrogates are what String.prototype.isWellFormed checks, natively: no regex, no allocation.
export function isCleanText(s: string): boolean {
  return s.isWellFormed() && !s.includes("\u0000");
}

/** A string that is clean text; compose with .trim(), .min(), .max() as usual. */
export const cleanString = (params?: { error?: string }) =>
  z.string(params).refine(isCleanText, { message: UNCLEAN_TEXT_MESSAGE, abort: true });

/** Text from a document made storable: NULs dropped, lone surrogates replaced by U+FFFD. */
export function toCleanText(s: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is what this removes
  return s.replace(/\u0000/g, "").toWellFormed();
}

const MAX_DEPTH = 32;

type Problem = "text" | "depth";

/** Checks `v` at nesting `depth`; on a problem, `path` gets its segments, innermost first. */
function walk(v: unknown, depth: number, path: (string | number)[]): Problem | null {
  if (typeof v === "string") return isCleanText(v) ? null : "text";
  if (v === null || typeof v !== "object") return null;
  if (depth >= MAX_DEPTH) return "depth";
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const problem = walk(v[i], depth + 1, path);
      if (problem) return (path.push(i), problem);
    }
    return null;
  }
  const record = v as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!isCleanText(key)) return "text"; // reported at the object holding the key
    const problem = walk(record[key], depth + 1, path);
    if (problem) return (path.push(key), problem);
  }
  return null;
}

/**
 * The path of the first string (value or key) in a parsed JSON value that is not clean text, or
 * of a nesting deeper than any input of this API needs; null when all is well. One pass that
 * allocates nothing unless it finds a problem; the recursion stops at MAX_DEPTH, so a hostile
 * nesting cannot overflow the stack.
 */
export function findUncleanValue(value: unknown): { path: string; problem: Problem } | null {
  const segments: (string | number)[] = [];
  const problem = walk(value, 0, segments);
  if (!problem) return null;
  let path = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    path = typeof s === "number" ? `${path}[${s}]` : path ? `${path}.${s}` : s;
  }
  return { path: path || "body", problem };
}

/** Ids in paths and queries: cuids, UUIDs and slugs. Anything else cannot name a row. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
export const idString = (what = "id") =>
  z.string({ error: `${what} is required` }).regex(ID_PATTERN, `${what} is not a valid id`);

/** A server action's bound id: one that cannot name a row reads as "not found", like a missing one. */
export const boundId = (what: string) =>
  z.string({ error: `That ${what} was not found.` }).regex(ID_PATTERN, `That ${what} was not found.`);
