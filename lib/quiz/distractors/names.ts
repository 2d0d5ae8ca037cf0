// Distractors for names and descriptions: other answers of the same kind, written alike.
import { shuffle, type Rng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { parseDateAnswer } from "@/lib/values";
import { acceptedKeys, answerKey, forbiddenKeys, isYesNo, others, overlaps, sharedTags, takeDistinct } from "./compare";

type Shape = "date" | "number" | "text";
function shapeOf(answer: string): Shape {
  if (parseDateAnswer(answer)) return "date";
  return /\d/.test(answer) ? "number" : "text";
}

// How an answer is written: a name ("Dmitry Peskov") or a description ("That it was…").
// (No "i" flag on the lower-case test: with it, \p{Ll} would match capitals too.)
const DESCRIPTIVE_OPENER = /^(that|they|it|as|to|no|not|only|by|because)\b/i;
function isDescriptive(answer: string): boolean {
  const a = answer.trim();
  const words = a.split(/\s+/);
  return (
    DESCRIPTIVE_OPENER.test(a) ||
    /^\p{Ll}/u.test(a) ||
    words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length / 2
  );
}

/**
 * Other answers of the same kind and shape: those sharing tags first, then those written alike
 * (similar length, name or description). One that contains the answer or is contained in it
 * ("the United Arab Emirates" for "Saudi Arabia and the United Arab Emirates") is half right,
 * so it is left out.
 */
export function sameKindDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const shape = shapeOf(fact.answer);
  const len = fact.answer.length;
  const descriptive = isDescriptive(fact.answer);
  const own = [...acceptedKeys(fact)].filter((k) => k.length >= 4);
  const ranked = shuffle(
    rng,
    others(fact, pool).filter((f) => {
      if (f.kind !== fact.kind || isYesNo(f.answer) || shapeOf(f.answer) !== shape) return false;
      const key = answerKey(f.answer);
      return key.length < 4 || !own.some((k) => overlaps(k, key));
    }),
  )
    .map((f) => {
      const ratio = Math.max(len, f.answer.length) / Math.max(1, Math.min(len, f.answer.length));
      const alike = (ratio <= 2 ? 1 : 0) + (isDescriptive(f.answer) === descriptive ? 1 : 0);
      return { answer: f.answer, score: 2 * sharedTags(f, fact) + alike };
    })
    .sort((a, b) => b.score - a.score)
    .map((c) => c.answer);
  return takeDistinct(ranked, forbiddenKeys(fact, pool), n);
}
