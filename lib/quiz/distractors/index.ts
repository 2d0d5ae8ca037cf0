// Wrong options for multiple-choice and true/false items. A distractor has to be the same kind of
// thing as the answer and written the same way, or the right option gives itself away: a date
// among dates at the same precision, a dollar figure among dollar figures, a weapon system among
// weapon systems. Pure: the caller passes the pool of facts and the seeded generator.
import type { Rng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { parseDateAnswer } from "@/lib/values";
import { isYesNo } from "./compare";
import { dateDistractors, YEAR_TOKEN, yearShiftDistractors } from "./dates";
import { sameKindDistractors } from "./names";
import { articleDistractors, figureDistractors, numberTokens } from "./numbers";
import { quantityDistractors, systemDistractors, transferAnswer } from "./transfers";

export { answerKey } from "./compare";

/**
 * Up to n wrong options of the same kind as the fact's answer, written like it:
 * - dates: nearby dates and other facts' dates, at the answer's precision and in its format;
 * - figures: the answer's numbers scaled, and other figures of the same unit in its wording;
 * - constitution/treaty articles: other article numbers ("Article 9" -> "Article 152");
 * - arms transfers: other weapon systems from the pool, or other quantities;
 * - people, organisations, places, concepts, events, treaties: other facts' answers of the
 *   same kind (same tags and similar length first).
 * Never the answer, an accepted variant or an answer of the fact's conflict group (compared by
 * answerKey), and never two that compare equal.
 *
 * Returns fewer than n only when the pool cannot supply them: too few facts of the same kind, an
 * arms-transfer answer that is neither a system nor a quantity, or a yes/no answer (which has
 * no same-kind alternative but its opposite). Callers needing exactly n must check the length.
 */
export function distractorsFor(fact: Fact, pool: readonly Fact[], rng: Rng, n = 3): string[] {
  if (n <= 0 || isYesNo(fact.answer)) return [];

  if (fact.kind === "arms-transfer") {
    const shape = transferAnswer(fact);
    if (!shape) return [];
    return shape.mode === "quantity"
      ? quantityDistractors(fact, shape.token, pool, rng, n)
      : systemDistractors(fact, pool, rng, n);
  }

  if (fact.article !== undefined && (fact.kind === "constitution" || fact.kind === "treaty")) {
    const token = numberTokens(fact.answer).find((t) => t.value === fact.article && !t.word);
    if (token) return articleDistractors(fact, token, pool, rng, n);
  }

  if (fact.kind === "figure" && fact.value?.number !== undefined) {
    return figureDistractors(fact, pool, rng, n);
  }

  const date = parseDateAnswer(fact.answer);
  if (date) return dateDistractors(fact, date, pool, rng, n);
  const year = fact.value?.date?.slice(0, 4);
  const years: string[] = fact.answer.match(YEAR_TOKEN) ?? [];
  // A date written in words around a year ("By the end of 2025", "13–24 June 2025").
  if (year && years.includes(year) && (fact.kind === "date" || fact.answer.split(/\s+/).length <= 5)) {
    return yearShiftDistractors(fact, rng, pool, n);
  }

  return sameKindDistractors(fact, pool, rng, n);
}
