// Strings from outside the app (JSON, forms, paths, queries) must be text a database can store:
// well-formed UTF-16 (no lone surrogate, which neither engine can encode) and no NUL (PostgreSQL
// refuses it in text; SQLite truncates at it in places). One check, used by every schema and by
// the JSON boundary, so such a string is a 400 before it reaches lib/db.
import { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNCLEAN_TEXT_MESSAGE = "contains characters that are not text (a NUL or a broken Unicode sequence)";

export function isCleanText(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE.test(s);
}

/** A string that is clean text; compose with .trim(), .min(), .max() as usual. */
export const cleanString = (params?: { error?: string }) =>
  z.string(params).refine(isCleanText, { message: UNCLEAN_TEXT_MESSAGE, abort: true });

/** Text from a document made storable: NULs dropped, lone surrogates replaced by U+FFFD. */
export function toCleanText(s: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is what this removes
  return s.replace(/\u0000/g, "").replace(new RegExp(LONE_SURROGATE.source, "g"), "\ufffd");
}

const MAX_DEPTH = 32;

/**
 * The path of the first string (value or key) in a parsed JSON value that is not clean text, or
 * of a nesting deeper than any input of this API needs; null when all is well. Iterative, so a
 * hostile nesting cannot overflow the stack.
 */
export function findUncleanValue(value: unknown): { path: string; problem: "text" | "depth" } | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === "string") {
      if (!isCleanText(v)) return { path: path || "body", problem: "text" };
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= MAX_DEPTH) return { path: path || "body", problem: "depth" };
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (!isCleanText(key)) return { path: path || "body", problem: "text" };
      stack.push({ v: item, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** Ids in paths and queries: cuids, UUIDs and slugs. Anything else cannot name a row. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
export const idString = (what = "id") =>
  z.string({ error: `${what} is required` }).regex(ID_PATTERN, `${what} is not a valid id`);

/** A server action's bound id: one that cannot name a row reads as "not found", like a missing one. */
export const boundId = (what: string) =>
  z.string({ error: `That ${what} was not found.` }).regex(ID_PATTERN, `That ${what} was not found.`);
