// Comparing answers, and the rules every kind of distractor shares: never the fact's own answer,
// an accepted variant or another source's version of it, and never two options that compare equal.
import type { Fact } from "@/lib/content/schema";

const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/**
 * The form two answers are compared on: no case, accents, punctuation, spacing or leading article.
 * Spaces go too, so "S-400", "S400" and "S 400" agree; a decimal point stays, so "4.8" is not "48".
 */
export function answerKey(s: string): string {
  const words = s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2018\u2019`]/g, "")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/\.(?!\d)|(?<!\d)\./g, " ")
    .trim()
    .split(/\s+/);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? "")) words.shift();
  return words.join("");
}

/** The keys a fact's own answer is accepted under: these may never be offered as wrong. */
export function acceptedKeys(fact: Fact): Set<string> {
  return new Set([fact.answer, ...fact.variants].map(answerKey));
}

export function isYesNo(answer: string): boolean {
  return /^(yes|no)\b/i.test(answer.trim());
}

/** Other facts that may lend their values: never the fact itself or another version of it. */
export function others(fact: Fact, pool: readonly Fact[]): Fact[] {
  return pool.filter((f) => f.id !== fact.id && (fact.conflict === undefined || f.conflict !== fact.conflict));
}

/** The other versions of a fact where sources disagree. */
export function conflictVersions(fact: Fact, pool: readonly Fact[]): Fact[] {
  return fact.conflict === undefined ? [] : pool.filter((f) => f.conflict === fact.conflict && f.id !== fact.id);
}

/** Answers that must not be offered: the fact's own, and those of its conflict group's versions. */
export function forbiddenKeys(fact: Fact, pool: readonly Fact[]): Set<string> {
  const keys = acceptedKeys(fact);
  if (fact.conflict !== undefined) {
    for (const f of pool) {
      if (f.conflict === fact.conflict) for (const k of acceptedKeys(f)) keys.add(k);
    }
  }
  return keys;
}

export function sharedTags(a: Fact, b: Fact): number {
  return a.tags.filter((t) => b.tags.includes(t)).length;
}

/** Alternates two candidate lists so neither source crowds out the other. */
export function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) out.push(first[i] as T);
    if (i < second.length) out.push(second[i] as T);
  }
  return out;
}

/** The first n candidates that are neither forbidden nor repeats of one another. */
export function takeDistinct(candidates: readonly string[], forbidden: ReadonlySet<string>, n: number): string[] {
  const seen = new Set(forbidden);
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= n) break;
    const key = answerKey(c);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** Whether one answer key contains the other: "S-400" and "S-400 air defence system" are one. */
export function overlaps(a: string, b: string): boolean {
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
}
