import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { getCramCards, getReadiness, setExamDate } from "@/lib/db/exam";
import { getStudyQueue } from "@/lib/db/queue";
import { createQuiz, getQuiz, queueMissedFacts, submitQuiz } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import type { QuizItem } from "@/lib/quiz/assemble";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-04-01T10:00:00Z");

const dateFact = (i: number): Fact => ({
  id: `event-${i}`,
  kind: "date",
  prompt: `In which year did event ${i} take place?`,
  answer: String(1990 + i),
  variants: [],
  explanation: `Event ${i} is dated ${1990 + i}.`,
  source: "doc",
  section: `Part ${i}`,
  tags: i % 2 ? ["odd"] : ["even"],
  value: { date: String(1990 + i) },
  reverse: false,
});

async function seedDeck() {
  return syncContentDeck({
    slug: "quiz-deck",
    title: "Quiz deck",
    sources: [{ key: "doc", title: "Document", author: "A", date: "2025" }],
    facts: Array.from({ length: 14 }, (_, i) => dateFact(i + 1)),
  });
}

/** The stored items with their answers, read from the database as only the server can. */
async function storedItems(quizId: string): Promise<QuizItem[]> {
  const prisma = await db();
  return JSON.parse((await prisma.quiz.findUniqueOrThrow({ where: { id: quizId } })).items) as QuizItem[];
}

const rightAnswers = (items: QuizItem[]) => items.map((i) => ({ itemId: i.id, answer: i.answer }));

describe(`quizzes and exam preparation (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("gives the same quiz for the same seed, and hides answers", async () => {
    await seedDeck();
    const user = await makeUser();
    const a = await createQuiz(user.id, { deck: "quiz-deck", count: 8, seed: 42 });
    const b = await createQuiz(user.id, { deck: "quiz-deck", count: 8, seed: 42 });
    const c = await createQuiz(user.id, { deck: "quiz-deck", count: 8, seed: 43 });
    expect(b.items).toEqual(a.items);
    expect(c.items).not.toEqual(a.items);
    expect(JSON.stringify(a.items)).not.toMatch(/"answer"|"accepted"|"explanations"/);
    const kinds = new Set(a.items.map((i) => i.kind));
    expect(kinds.size).toBeGreaterThan(2);
  });

  it("scores a submission once; a second submission changes nothing", async () => {
    await seedDeck();
    const user = await makeUser();
    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 6,
      seed: 7,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    const items = await storedItems(quiz.id);
    const answers = rightAnswers(items);
    answers[0] = { itemId: items[0]!.id, answer: "wrong on purpose" };
    const first = await submitQuiz(user.id, quiz.id, answers, NOW);
    expect(first.score).toBe(items.length - 1);
    expect(first.items[0]).toMatchObject({
      correct: false,
      expected: items[0]!.answer,
      source: [{ key: "doc", title: "Document" }],
    });
    const prisma = await db();
    const logsAfterFirst = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(logsAfterFirst).toBe(items.length);

    const second = await submitQuiz(user.id, quiz.id, rightAnswers(items), new Date(NOW.getTime() + 60_000));
    expect(second).toEqual(first);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logsAfterFirst);
    // Wrong = Again, right = Good.
    const logs = await prisma.reviewLog.findMany({
      where: { userId: user.id },
      select: { rating: true, origin: true },
    });
    expect(logs.filter((l) => l.rating === 1)).toHaveLength(1);
    expect(logs.every((l) => l.origin === "quiz")).toBe(true);
  });

  it("counts a card once per day across quizzes, and not at all when practice only", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    const q1 = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 4,
      seed: 11,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, q1.id, rightAnswers(await storedItems(q1.id)), NOW);
    const q2 = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 4,
      seed: 11,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, q2.id, rightAnswers(await storedItems(q2.id)), new Date(NOW.getTime() + 3600_000));
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(4);
    const q3 = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 4,
      seed: 99,
      kinds: ["type-in"],
      practiceOnly: true,
    });
    await submitQuiz(user.id, q3.id, rightAnswers(await storedItems(q3.id)), NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(4);
  });

  it("is practice by default: a submitted quiz writes no review unless asked to count", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    const quiz = await createQuiz(user.id, { deck: "quiz-deck", count: 5, seed: 8, kinds: ["type-in"] });
    expect(quiz.countsAsReview).toBe(false);
    await submitQuiz(user.id, quiz.id, rightAnswers(await storedItems(quiz.id)), NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    // The API's older spelling still works.
    expect((await createQuiz(user.id, { deck: "quiz-deck", count: 2, practiceOnly: false })).countsAsReview).toBe(true);
  });

  it("never counts a blank answer: a quiz submitted blank writes no review and changes no card", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 14,
      seed: 4,
      kinds: ["type-in", "multiple-choice"],
      countAsReviews: true,
    });
    const items = await storedItems(quiz.id);
    const blanks = items.map((i, n) => ({ itemId: i.id, answer: n % 2 ? "" : "   " }));
    const result = await submitQuiz(user.id, quiz.id, blanks, NOW);
    expect(result.score).toBe(0);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(0);
    // Not answered at all is blank too.
    const other = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 5,
      seed: 6,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, other.id, [], NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("does not count true/false answers; multiple choice counts", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    const tf = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 5,
      seed: 12,
      kinds: ["true-false"],
      countAsReviews: true,
    });
    expect(tf.counting).toEqual({ counting: 0, guessable: 5, severalFacts: 0 });
    await submitQuiz(user.id, tf.id, rightAnswers(await storedItems(tf.id)), NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    const mc = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 3,
      seed: 12,
      kinds: ["multiple-choice"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, mc.id, rightAnswers(await storedItems(mc.id)), NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id, origin: "quiz", rating: 3 } })).toBe(3);
  });

  it("respects the new-card limit: a new card met in a quiz is introduced, and no more than the room", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    await prisma.user.update({ where: { id: user.id }, data: { newPerDay: 3 } });
    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 6,
      seed: 13,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, quiz.id, rightAnswers(await storedItems(quiz.id)), NOW);
    expect(await prisma.reviewLog.count({ where: { userId: user.id, wasNew: true } })).toBe(3);
    // Today's new room is used up: the study queue offers no new card.
    const queue = await getStudyQueue(user.id, "quiz-deck", NOW);
    expect(queue.counts.new).toBe(0);
    // A later quiz the same day introduces none either.
    const again = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 6,
      seed: 14,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, again.id, rightAnswers(await storedItems(again.id)), new Date(NOW.getTime() + 60_000));
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(3);
  });

  it("writes the score and the reviews together: a second racing submission adds nothing", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 4,
      seed: 15,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    const answers = rightAnswers(await storedItems(quiz.id));
    const [a, b] = await Promise.all([
      submitQuiz(user.id, quiz.id, answers, NOW),
      submitQuiz(user.id, quiz.id, answers, NOW),
    ]);
    expect(b).toEqual(a);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(4);
    const stored = await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    expect(stored.score).toBe(4);
  });

  it("keeps another user's quiz out of reach", async () => {
    await seedDeck();
    const owner = await makeUser();
    const other = await makeUser();
    const quiz = await createQuiz(owner.id, { deck: "quiz-deck", count: 3, seed: 5 });
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => "none",
        (e: unknown) => (e instanceof AppError ? e.code : "crash"),
      );
    expect(await code(getQuiz(other.id, quiz.id))).toBe("not_found");
    expect(await code(submitQuiz(other.id, quiz.id, [], NOW))).toBe("not_found");
    expect(await code(queueMissedFacts(other.id, quiz.id, NOW))).toBe("not_found");
    expect((await getQuiz(owner.id, quiz.id)).result).toBeNull();
  });

  it("sends missed facts to today's queue", async () => {
    await seedDeck();
    const user = await makeUser();
    const prisma = await db();
    await prisma.user.update({ where: { id: user.id }, data: { newPerDay: 0 } });
    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 3,
      seed: 3,
      kinds: ["type-in"],
      practiceOnly: true,
    });
    const items = await storedItems(quiz.id);
    await submitQuiz(user.id, quiz.id, [{ itemId: items[0]!.id, answer: "no idea" }], NOW);
    expect((await getStudyQueue(user.id, "quiz-deck", NOW)).cards).toHaveLength(0);
    expect(await queueMissedFacts(user.id, quiz.id, NOW)).toBe(3);
    // They now have rows due now and come before never-studied cards (still within the new-card limit).
    await prisma.user.update({ where: { id: user.id }, data: { newPerDay: 10 } });
    const queue = await getStudyQueue(user.id, "quiz-deck", NOW);
    const missedKeys = items.flatMap((i) => i.factIds);
    const missedIds = (await prisma.fact.findMany({ where: { key: { in: missedKeys } }, select: { id: true } })).map(
      (f) => f.id,
    );
    expect(new Set(queue.cards.slice(0, 3).map((c) => c.factId))).toEqual(new Set(missedIds));
    expect(await prisma.cardState.count({ where: { userId: user.id, due: { lte: NOW } } })).toBe(3);
  });

  it("predicts readiness on the exam date from FSRS states, unseen cards counting zero", async () => {
    await seedDeck();
    const user = await makeUser();
    const before = await getReadiness(user.id, "quiz-deck", NOW);
    expect(before.readiness).toBeNull();
    await setExamDate(user.id, "quiz-deck", new Date("2026-04-15T04:00:00Z"));
    const empty = await getReadiness(user.id, "quiz-deck", NOW);
    expect(empty.readiness).toMatchObject({ predictedRecall: 0, cardsNew: empty.totalCards, daysLeft: 14 });
    expect(empty.readiness!.newPerDayNeeded).toBe(Math.ceil(empty.totalCards / 14));

    const quiz = await createQuiz(user.id, {
      deck: "quiz-deck",
      count: 5,
      seed: 21,
      kinds: ["type-in"],
      countAsReviews: true,
    });
    await submitQuiz(user.id, quiz.id, rightAnswers(await storedItems(quiz.id)), NOW);
    const after = await getReadiness(user.id, "quiz-deck", NOW);
    expect(after.readiness!.cardsNew).toBe(empty.totalCards - 5);
    expect(after.readiness!.predictedRecall).toBeGreaterThan(0);
    expect(after.readiness!.predictedRecall).toBeLessThan(5 / after.totalCards);

    const prisma = await db();
    const statesBefore = await prisma.cardState.findMany({ orderBy: { id: "asc" } });
    const cram = await getCramCards(user.id, "quiz-deck", NOW);
    expect(cram.cards).toHaveLength(5);
    const recalls = cram.cards.map((c) => c.recallOnExam);
    expect([...recalls].sort((a, b) => a - b)).toEqual(recalls);
    expect(await prisma.cardState.findMany({ orderBy: { id: "asc" } })).toEqual(statesBefore);
  });
});
