// Scoring a submitted quiz: one check per item, by kind (the submit body's schema is in lib/validation/quiz).
import {
  checkChoice,
  checkMatching,
  checkOrder,
  checkTypedAnswer,
  type CheckOptions,
  type CheckReason,
  type ConflictDetail,
  type ListDetail,
} from "./check";

import type { QuizItemKind, QuizVersion } from "@/lib/content/quiz-templates";

/** An item as stored with the quiz: the answer never leaves the server before submission. */
export interface ScorableItem {
  id: string;
  kind: QuizItemKind;
  /** A string for choice and type-in items; the right sequence for order and matching items. */
  answer: string | string[];
  /** Other forms a type-in answer may take. */
  accepted?: string[];
  /** Every source's version of a disputed fact, the item's own first. */
  versions?: QuizVersion[];
}

export interface SubmittedAnswer {
  itemId: string;
  answer: string | string[];
}

/** "unanswered": no answer sent; "invalid": a list for a one-answer item, or the reverse. */
export type ScoreReason = CheckReason | "unanswered" | "invalid";

export interface ItemScore {
  itemId: string;
  correct: boolean;
  expected: string | string[];
  reason: ScoreReason;
  /** Matching items only: right pairs out of all pairs. */
  pairs?: { matched: number; total: number };
  /** Type-in lists partly right: what was missing or extra. */
  list?: ListDetail;
  /** Type-in answers that are another source's version. */
  conflict?: ConflictDetail;
}

const sourceName = (v: QuizVersion) => v.sourceTitle ?? v.source;

/** The checker's conflict input from an item's versions: the others, and the item's own source. */
export function conflictOptions(item: Pick<ScorableItem, "versions">): Pick<CheckOptions, "conflicts" | "ownSource"> {
  const [own, ...others] = item.versions ?? [];
  if (!own || others.length === 0) return {};
  return {
    ownSource: own.period === undefined ? { source: sourceName(own) } : { source: sourceName(own), period: own.period },
    conflicts: others.map((v) => ({
      source: sourceName(v),
      answer: v.answer,
      accepted: v.accepted,
      ...(v.period === undefined ? {} : { period: v.period }),
    })),
  };
}

export interface QuizScore {
  score: number;
  total: number;
  items: ItemScore[];
}

function scoreItem(
  item: ScorableItem,
  given: string | string[],
  options: CheckOptions,
): Omit<ItemScore, "itemId" | "expected"> {
  const expected = item.answer;
  switch (item.kind) {
    case "multiple-choice":
    case "true-false":
      if (typeof given !== "string" || typeof expected !== "string") return { correct: false, reason: "invalid" };
      return checkChoice(given, expected);
    case "type-in":
      if (typeof given !== "string" || typeof expected !== "string") return { correct: false, reason: "invalid" };
      return checkTypedAnswer(given, expected, item.accepted ?? [], { ...options, ...conflictOptions(item) });
    case "timeline":
      if (typeof given === "string" || typeof expected === "string") return { correct: false, reason: "invalid" };
      return checkOrder(given, expected);
    case "matching": {
      if (typeof given === "string" || typeof expected === "string") return { correct: false, reason: "invalid" };
      const { correct, reason, matched, total } = checkMatching(given, expected);
      return { correct, reason, pairs: { matched, total } };
    }
  }
}

/**
 * Scores answers against the quiz's items, in item order. An item with no answer is wrong;
 * answers to ids not in the quiz are ignored; when one item is answered twice the first counts,
 * so a resent or tampered list cannot replace an answer.
 */
export function scoreQuiz(
  items: readonly ScorableItem[],
  answers: readonly SubmittedAnswer[],
  options: CheckOptions = {},
): QuizScore {
  const firstAnswer = new Map<string, string | string[]>();
  for (const a of answers) {
    if (!firstAnswer.has(a.itemId)) firstAnswer.set(a.itemId, a.answer);
  }

  const results = items.map((item): ItemScore => {
    const given = firstAnswer.get(item.id);
    const base = { itemId: item.id, expected: item.answer };
    if (given === undefined) return { ...base, correct: false, reason: "unanswered" };
    return { ...base, ...scoreItem(item, given, options) };
  });
  return { score: results.filter((r) => r.correct).length, total: items.length, items: results };
}
