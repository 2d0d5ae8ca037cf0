// "I was right" on a quiz type-in item: recorded once, the item re-scored, and the item's quiz
// review corrected from Again to Good while it is still the card's latest review.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import {
  checkedAnswers,
  checkQuizItem,
  createQuiz,
  getQuiz,
  listQuizOverrides,
  overrideQuizItem,
  submitQuiz,
} from "@/lib/db/quizzes";
import { recordReview } from "@/lib/db/reviews";
import { AppError } from "@/lib/errors";
import type { QuizItem } from "@/lib/quiz/assemble";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-04-01T10:00:00Z");
const LATER = new Date("2026-04-01T10:05:00Z");

const fact = (id: string, prompt: string, answer: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  kind: "concept",
  prompt,
  answer,
  variants: [],
  explanation: `About ${id}.`,
  source: "doc",
  section: "Part 1",
  tags: [],
  reverse: false,
  ...extra,
});

async function seedDeck() {
  return syncContentDeck({
    slug: "override-deck",
    title: "Override deck",
    sources: [
      { key: "doc", title: "Document: a long subtitle", author: "A", date: "2025" },
      { key: "other", title: "Other report", author: "B", date: "2025" },
    ],
    facts: [
      fact("capital", "Which city is the capital named in Part 1?", "Tehran"),
      fact("port", "Which port is named in Part 1?", "Bandar Abbas"),
      fact("trade-a", "What was the trade volume in 2024?", "$4.8 billion", {
        kind: "figure",
        value: { number: 4.8e9, period: "2024" },
        conflict: "trade",
      }),
      fact("trade-b", "What was the trade volume in 2024 by the other count?", "$3.77 billion", {
        kind: "figure",
        source: "other",
        value: { number: 3.77e9, period: "2024" },
        conflict: "trade",
      }),
    ],
  });
}

async function storedItems(quizId: string): Promise<QuizItem[]> {
  const prisma = await db();
  return JSON.parse((await prisma.quiz.findUniqueOrThrow({ where: { id: quizId } })).items) as QuizItem[];
}

async function quizWithOneWrong(userId: string, practiceOnly = false) {
  const quiz = await createQuiz(userId, { deck: "override-deck", count: 4, seed: 5, kinds: ["type-in"], practiceOnly });
  const items = await storedItems(quiz.id);
  const target = items.find((i) => i.factIds[0] === "capital")!;
  const answers = items.map((i) => ({ itemId: i.id, answer: i === target ? "Teheran city" : (i.answer as string) }));
  const result = await submitQuiz(userId, quiz.id, answers, NOW);
  return { quiz, items, target, result };
}

const appCode = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? e.code : "other";
  }
  return "none";
};

describe(`quiz "I was right" override (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("records the override, re-scores the item and corrects its quiz review to Good", async () => {
    await seedDeck();
    const user = await makeUser();
    const { quiz, target, result } = await quizWithOneWrong(user.id);
    const before = result.items.find((r) => r.itemId === target.id)!;
    expect(before.correct).toBe(false);
    expect(before.why).toContain("Not the expected answer");
    const prisma = await db();
    const card = await prisma.card.findFirstOrThrow({ where: { template: "qa", fact: { key: "capital" } } });
    const logBefore = await prisma.reviewLog.findFirst({ where: { userId: user.id, cardId: card.id } });
    // Whether a quiz counts as reviews is the submit path's business; when it did, Again is corrected.
    const counted = logBefore !== null;
    const stateBefore = await prisma.cardState.findUnique({
      where: { userId_cardId: { userId: user.id, cardId: card.id } },
    });

    const answer = await overrideQuizItem(user.id, quiz.id, target.id, LATER);
    expect(answer.result.score).toBe(result.score + 1);
    expect(answer.result.items.find((r) => r.itemId === target.id)).toMatchObject({ correct: true, overridden: true });
    expect((await getQuiz(user.id, quiz.id)).result?.score).toBe(result.score + 1);
    expect((await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).score).toBe(result.score + 1);

    const overrides = await listQuizOverrides(user.id, quiz.id);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ itemId: target.id, given: "Teheran city", userId: user.id });

    if (counted) {
      expect(logBefore?.rating).toBe(1);
      expect(answer.reviewCorrected).toBe(true);
      expect(overrides[0]).toMatchObject({ reviewId: logBefore?.id, ratingBefore: 1, ratingAfter: 3 });
      const logAfter = await prisma.reviewLog.findUniqueOrThrow({ where: { id: logBefore.id } });
      expect(logAfter.rating).toBe(3);
      expect(logAfter.reviewedAt.toISOString()).toBe(NOW.toISOString());
      const stateAfter = await prisma.cardState.findUniqueOrThrow({
        where: { userId_cardId: { userId: user.id, cardId: card.id } },
      });
      // Good schedules a new card further out than Again, from the same moment.
      expect(stateAfter.due.getTime()).toBeGreaterThan(stateBefore!.due.getTime());
      expect(stateAfter.due.getTime()).toBe(logAfter.due.getTime());
      expect(stateAfter.lapses).toBe(0);
      expect(stateAfter.version).toBe(stateBefore!.version + 1);
      expect(await prisma.reviewLog.count({ where: { userId: user.id, cardId: card.id } })).toBe(1);
    } else {
      expect(answer.reviewCorrected).toBe(false);
    }
  });

  it("a second claim changes nothing", async () => {
    await seedDeck();
    const user = await makeUser();
    const { quiz, target } = await quizWithOneWrong(user.id);
    const first = await overrideQuizItem(user.id, quiz.id, target.id, LATER);
    const second = await overrideQuizItem(user.id, quiz.id, target.id, LATER);
    expect(second.result).toEqual(first.result);
    expect(second.reviewCorrected).toBe(false);
    expect(await listQuizOverrides(user.id, quiz.id)).toHaveLength(1);
  });

  it("leaves the review alone when the card was reviewed since, but still records the override", async () => {
    await seedDeck();
    const user = await makeUser();
    const { quiz, target } = await quizWithOneWrong(user.id);
    const prisma = await db();
    const card = await prisma.card.findFirstOrThrow({ where: { template: "qa", fact: { key: "capital" } } });
    const quizLog = await prisma.reviewLog.findFirst({ where: { userId: user.id, cardId: card.id } });
    if (!quizLog) return; // the quiz did not count as reviews: covered by the practice test below
    await recordReview({
      userId: user.id,
      reviewId: "study-1",
      cardId: card.id,
      rating: 3,
      durationMs: 1000,
      now: LATER,
    });
    const answer = await overrideQuizItem(user.id, quiz.id, target.id, new Date(LATER.getTime() + 1000));
    expect(answer.reviewCorrected).toBe(false);
    expect(answer.note).toContain("reviewed since");
    expect((await prisma.reviewLog.findUniqueOrThrow({ where: { id: quizLog.id } })).rating).toBe(1);
    expect((await listQuizOverrides(user.id, quiz.id))[0]).toMatchObject({ ratingBefore: 1, ratingAfter: 1 });
  });

  it("a practice quiz is re-scored and recorded without any review", async () => {
    await seedDeck();
    const user = await makeUser();
    const { quiz, target, result } = await quizWithOneWrong(user.id, true);
    const answer = await overrideQuizItem(user.id, quiz.id, target.id, LATER);
    expect(answer.result.score).toBe(result.score + 1);
    expect(answer.reviewCorrected).toBe(false);
    const prisma = await db();
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await listQuizOverrides(user.id, quiz.id)).toHaveLength(1);
  });

  it("refuses right items, unsubmitted quizzes, unknown items and other users", async () => {
    await seedDeck();
    const user = await makeUser();
    const other = await makeUser();
    const { quiz, items, target } = await quizWithOneWrong(user.id);
    const right = items.find((i) => i !== target && i.factIds[0] === "port")!;
    expect(await appCode(overrideQuizItem(user.id, quiz.id, right.id, LATER))).toBe("invalid");
    expect(await appCode(overrideQuizItem(user.id, quiz.id, "type-in:nothing", LATER))).toBe("not_found");
    expect(await appCode(overrideQuizItem(other.id, quiz.id, target.id, LATER))).toBe("not_found");
    const fresh = await createQuiz(user.id, { deck: "override-deck", count: 2, seed: 9, kinds: ["type-in"] });
    expect(await appCode(overrideQuizItem(user.id, fresh.id, fresh.items[0]!.id, LATER))).toBe("invalid");
    const prisma = await db();
    expect(await prisma.quizOverride.count()).toBe(0);
  });

  it("another source's version of a disputed figure is answered with every version, not plainly wrong", async () => {
    await seedDeck();
    const user = await makeUser();
    const quiz = await createQuiz(user.id, {
      deck: "override-deck",
      count: 4,
      seed: 5,
      kinds: ["type-in"],
      practiceOnly: true,
    });
    const items = await storedItems(quiz.id);
    const trade = items.find((i) => i.factIds[0] === "trade-a")!;
    expect(trade.versions?.map((v) => [v.sourceTitle, v.answer])).toEqual([
      ["Document", "$4.8 billion"],
      ["Other report", "$3.77 billion"],
    ]);
    const result = await submitQuiz(user.id, quiz.id, [{ itemId: trade.id, answer: "3.77 bn dollars" }], NOW);
    const scored = result.items.find((r) => r.itemId === trade.id)!;
    expect(scored).toMatchObject({ correct: true, reason: "conflict" });
    expect(scored.why).toContain("Document (2024) says “$4.8 billion”");
    expect(scored.why).toContain("Other report (2024) says “$3.77 billion”");
    expect(scored.versions).toHaveLength(2);
  });

  it("one at a time: the first answer checked is the one that counts, however often it is re-checked", async () => {
    await seedDeck();
    const user = await makeUser();
    const quiz = await createQuiz(user.id, {
      deck: "override-deck",
      count: 2,
      seed: 5,
      kinds: ["type-in"],
      practiceOnly: true,
    });
    const items = await storedItems(quiz.id);
    const [first, second] = items;
    const wrong = await checkQuizItem(user.id, quiz.id, first!.id, "Nowhere", NOW);
    expect(wrong).toMatchObject({ correct: false, expected: first!.answer });
    expect(wrong.why).toContain("Not the expected answer");
    // Seeing the answer and checking again changes nothing.
    const again = await checkQuizItem(user.id, quiz.id, first!.id, first!.answer, LATER);
    expect(again.correct).toBe(false);
    expect(await checkedAnswers(user.id, quiz.id)).toEqual([{ itemId: first!.id, answer: "Nowhere" }]);
    // The page puts the checked answers first; scoring takes the first answer to each item.
    const posted = items.map((i) => ({ itemId: i.id, answer: i.answer as string }));
    const result = await submitQuiz(user.id, quiz.id, [...(await checkedAnswers(user.id, quiz.id)), ...posted], LATER);
    expect(result.items.find((r) => r.itemId === first!.id)?.correct).toBe(false);
    expect(result.items.find((r) => r.itemId === second!.id)?.correct).toBe(true);
    expect(await appCode(checkQuizItem(user.id, quiz.id, second!.id, "x", LATER))).toBe("invalid");
    const other = await makeUser();
    expect(await appCode(checkQuizItem(other.id, quiz.id, second!.id, "x", LATER))).toBe("not_found");
  });
});
