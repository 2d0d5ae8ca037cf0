// One definition of the counts: the study queue, the deck list (dashboard, deck page, API) agree,
// learning cards within the learn-ahead window included; a type-in override is recorded; quiz
// score and reviews are one transaction.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { getDashboard } from "@/lib/db/dashboard";
import { listDecksForUser } from "@/lib/db/decks";
import { getStudyQueue } from "@/lib/db/queue";
import { createQuiz, submitQuiz } from "@/lib/db/quizzes";
import { recordReview } from "@/lib/db/reviews";
import type { QuizItem } from "@/lib/quiz/assemble";
import { engine, makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

const fact = (i: number): Fact => ({
  id: `p${i}`,
  kind: "person",
  prompt: `Who held office ${i}?`,
  answer: `Person ${i}`,
  variants: [],
  explanation: `Office ${i} was held by person ${i}.`,
  source: "doc",
  section: `Part ${i}`,
  tags: [],
  // Every other fact has a reverse card too: cards outnumber facts.
  reverse: i % 2 === 0,
});

async function seed(n = 9) {
  const r = await syncContentDeck({
    slug: "count-deck",
    title: "Count deck",
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: n }, (_, i) => fact(i + 1)),
  });
  const prisma = await db();
  const cards = await prisma.card.findMany({ where: { deckId: r.deckId }, orderBy: { position: "asc" } });
  return { deckId: r.deckId, cards };
}

async function allCounts(userId: string, now: Date) {
  const queue = await getStudyQueue(userId, "count-deck", now);
  const [listed] = await listDecksForUser(userId, now);
  const dash = (await getDashboard(userId, now)).decks[0];
  return {
    queue: queue.counts,
    listed: listed?.counts,
    dashboard: dash?.counts,
    due: listed?.due,
    fresh: listed?.new,
    queueObj: queue,
  };
}

describe(`study counts (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("the study queue, the deck list and the dashboard give the same counts, in cards, one per fact", async () => {
    const user = await makeUser();
    const { cards } = await seed();
    expect(cards.length).toBeGreaterThan(9);
    const start = await allCounts(user.id, T0);
    expect(start.queue).toEqual({ new: 9, learning: 0, review: 0 });
    expect(start.listed).toEqual(start.queue);
    expect(start.dashboard).toEqual(start.queue);
    expect(start.fresh).toBe(9);

    // Two new cards: Again (1 minute) and Good (10 minutes). Both are learning and in the session.
    const q = start.queueObj;
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: q.cards[0]!.cardId,
      rating: 1,
      durationMs: 1,
      now: T0,
    });
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: q.cards[1]!.cardId,
      rating: 3,
      durationMs: 1,
      now: later(1000),
    });
    for (const at of [later(2000), later(90_000), later(15 * 60_000)]) {
      const c = await allCounts(user.id, at);
      expect(c.queue).toEqual({ new: 7, learning: 2, review: 0 });
      expect(c.listed).toEqual(c.queue);
      expect(c.dashboard).toEqual(c.queue);
      expect(c.due).toBe(2);
      // The learning cards are in the queue, not "done": within the window they are shown.
      expect(
        c.queueObj.cards
          .filter((x) => x.queue === "learning")
          .map((x) => x.cardId)
          .sort(),
      ).toEqual([q.cards[0]!.cardId, q.cards[1]!.cardId].sort());
    }
  });

  it("a learning card beyond the window is not counted yet, and the queue says when it comes", async () => {
    const user = await makeUser();
    const prisma = await db();
    const { deckId, cards } = await seed(2);
    const due = later(45 * 60_000);
    await prisma.cardState.create({
      data: {
        userId: user.id,
        cardId: cards[0]!.id,
        deckId,
        factId: cards[0]!.factId,
        due,
        state: 3,
        stability: 1,
        difficulty: 5,
        reps: 4,
        lapses: 1,
        lastReview: T0,
      },
    });
    await prisma.user.update({ where: { id: user.id }, data: { newPerDay: 0 } });
    const c = await allCounts(user.id, T0);
    expect(c.queue).toEqual({ new: 0, learning: 0, review: 0 });
    expect(c.listed).toEqual(c.queue);
    expect(c.queueObj.nextLearningDue).toBe(due.toISOString());
    const soon = await allCounts(user.id, later(30 * 60_000));
    expect(soon.queue.learning).toBe(1);
    expect(soon.listed).toEqual(soon.queue);
  });

  it("records a type-in answer and the learner's override with the review", async () => {
    const user = await makeUser();
    const { cards } = await seed(2);
    const prisma = await db();
    const id = randomUUID();
    await recordReview({
      userId: user.id,
      reviewId: id,
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 1,
      typedAnswer: "Persn 1",
      checkOverride: true,
      now: T0,
    });
    const plain = randomUUID();
    await recordReview({ userId: user.id, reviewId: plain, cardId: cards[1]!.id, rating: 3, durationMs: 1, now: T0 });
    expect(
      await prisma.reviewLog.findUniqueOrThrow({ where: { id }, select: { typedAnswer: true, checkOverride: true } }),
    ).toEqual({ typedAnswer: "Persn 1", checkOverride: true });
    expect(
      await prisma.reviewLog.findUniqueOrThrow({
        where: { id: plain },
        select: { typedAnswer: true, checkOverride: true },
      }),
    ).toEqual({ typedAnswer: null, checkOverride: null });
  });

  it("quiz submission is one transaction: a failed review write leaves the quiz unsubmitted", async () => {
    const user = await makeUser();
    await seed(6);
    const prisma = await db();
    const quiz = await createQuiz(user.id, {
      deck: "count-deck",
      count: 4,
      seed: 5,
      kinds: ["type-in", "multiple-choice"],
      countAsReviews: true,
    });
    const items = JSON.parse((await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).items) as QuizItem[];
    const answers = items.map((i) => ({ itemId: i.id, answer: i.answer }));
    const restore = await failReviewLogWrites();
    try {
      await expect(submitQuiz(user.id, quiz.id, answers, T0)).rejects.toThrow();
    } finally {
      await restore();
    }
    const stored = await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    expect(stored.submittedAt).toBeNull();
    expect(stored.score).toBeNull();
    expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(0);
    // Submitting again once writes work again counts everything once.
    const result = await submitQuiz(user.id, quiz.id, answers, T0);
    expect(result.score).toBe(items.length);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(items.length);
  });
});

async function failReviewLogWrites() {
  const prisma = await db();
  if (engine === "postgresql") {
    await prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_fail_quiz_log() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'log write refused by test'; END $$ LANGUAGE plpgsql`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER test_fail_quiz_log BEFORE INSERT ON "ReviewLog" FOR EACH ROW EXECUTE FUNCTION test_fail_quiz_log()`,
    );
    return () => prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_quiz_log ON "ReviewLog"`);
  }
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER test_fail_quiz_log BEFORE INSERT ON "ReviewLog" BEGIN SELECT RAISE(ABORT, 'log write refused by test'); END`,
  );
  return () => prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_quiz_log`);
}
