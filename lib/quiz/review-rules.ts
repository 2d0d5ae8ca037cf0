// Which quiz answers become reviews of the learner's cards. A review is a claim about memory, so
// only answers that show recall of one fact count: a blank answer says nothing, a true/false answer
// is a coin toss half the time, and timelines and matching mix several facts in one answer.
import type { QuizItemKind } from "@/lib/content/quiz-templates";

/** Item kinds whose answers may count as reviews. */
export const COUNTING_KINDS: readonly QuizItemKind[] = ["multiple-choice", "type-in"];

export type ReviewRuleItem = { id: string; kind: QuizItemKind; factIds: string[] };

/** Why an item is not counted, or null when it may be. */
export type NotCounted = "guessable" | "several-facts" | "blank" | null;

export function whyNotCounted(item: ReviewRuleItem, given?: string | string[]): NotCounted {
  if (item.kind === "true-false") return "guessable";
  if (!COUNTING_KINDS.includes(item.kind) || item.factIds.length !== 1) return "several-facts";
  if (given !== undefined && isBlank(given)) return "blank";
  return null;
}

export function isBlank(given: string | string[] | undefined): boolean {
  if (given === undefined) return true;
  return typeof given === "string" ? given.trim() === "" : given.every((g) => g.trim() === "");
}

/** What the quiz screen says before submission: how many items can count, and why the others cannot. */
export function countingSummary(items: readonly ReviewRuleItem[]) {
  let counting = 0;
  let guessable = 0;
  let severalFacts = 0;
  for (const item of items) {
    const why = whyNotCounted(item);
    if (why === null) counting += 1;
    else if (why === "guessable") guessable += 1;
    else severalFacts += 1;
  }
  return { counting, guessable, severalFacts };
}

export type ReviewTarget = { itemId: string; cardId: string; correct: boolean; isNew: boolean };
export type SkippedTarget = { itemId: string; cardId: string; why: "reviewed-today" | "new-limit" };

/**
 * From answered items (already filtered by whyNotCounted) to the reviews to write: each card at most
 * once per study day (an earlier review today, in a session or another quiz, wins), and a card new
 * to the learner only while today's new-card room lasts; a new card met in a quiz is introduced.
 */
export function selectQuizReviews(
  targets: readonly ReviewTarget[],
  context: { reviewedTodayCardIds: ReadonlySet<string>; newRoom: number },
): { write: ReviewTarget[]; skipped: SkippedTarget[] } {
  const seen = new Set(context.reviewedTodayCardIds);
  let newRoom = Math.max(0, context.newRoom);
  const write: ReviewTarget[] = [];
  const skipped: SkippedTarget[] = [];
  for (const t of targets) {
    if (seen.has(t.cardId)) {
      skipped.push({ itemId: t.itemId, cardId: t.cardId, why: "reviewed-today" });
      continue;
    }
    if (t.isNew) {
      if (newRoom === 0) {
        skipped.push({ itemId: t.itemId, cardId: t.cardId, why: "new-limit" });
        continue;
      }
      newRoom -= 1;
    }
    seen.add(t.cardId);
    write.push(t);
  }
  return { write, skipped };
}
