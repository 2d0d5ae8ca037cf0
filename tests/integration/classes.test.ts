import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import {
  createAssignment,
  createClass,
  deleteAssignment,
  getClassProgress,
  getTaughtClass,
  joinClass,
  listStudentAssignments,
  listTaughtClasses,
  removeStudent,
  rotateJoinCode,
} from "@/lib/db/classes";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { findVisibleDeck } from "@/lib/db/decks";
import { findExamDate } from "@/lib/db/exam";
import { AppError } from "@/lib/errors";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-06-01T12:00:00Z");
const DUE = new Date("2026-06-11T12:00:00Z");
const DAY = 24 * 3600_000;

const fact = (id: string): Fact => ({
  id,
  kind: "concept",
  prompt: `What is the point of ${id}?`,
  answer: `Answer for ${id} that is long enough to skip the type-in card`,
  variants: [],
  explanation: `Context for ${id}.`,
  source: "doc",
  section: `Section ${id}`,
  tags: [],
  reverse: false,
});

async function seedDeck(slug = "class-deck") {
  return syncContentDeck({
    slug,
    title: `Deck ${slug}`,
    sources: [{ key: "doc", title: "The document", author: "A", date: "2025" }],
    facts: ["f1", "f2", "f3", "f4"].map(fact),
  });
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: unknown) => (e instanceof AppError ? e.code : `crash: ${String(e)}`),
  );

describe(`classes (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("lets an instructor create a class and students join with its code, in any case and spacing", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser();
    const cls = await createClass(teacher.id, "History 101");
    expect(cls.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const code = `${cls.joinCode.slice(0, 4).toLowerCase()}-${cls.joinCode.slice(4)}`;
    expect((await joinClass(student.id, code, NOW)).classId).toBe(cls.id);
    // Joining twice is harmless; a learner may be in several classes.
    await joinClass(student.id, cls.joinCode, NOW);
    const other = await createClass(teacher.id, "History 102");
    await joinClass(student.id, other.joinCode, NOW);
    const prisma = await db();
    expect(await prisma.enrollment.count({ where: { userId: student.id } })).toBe(2);
  });

  it("refuses a wrong or rotated code with a clear message", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser();
    const cls = await createClass(teacher.id, "Rotating");
    const old = cls.joinCode;
    const rotated = await rotateJoinCode(teacher.id, cls.id);
    expect(rotated.joinCode).not.toBe(old);
    await expect(joinClass(student.id, old, NOW)).rejects.toThrow(/No class has that join code.*rotated/);
    await expect(joinClass(student.id, "ZZZZZZZZ", NOW)).rejects.toThrow(/No class has that join code/);
    expect((await joinClass(student.id, rotated.joinCode, NOW)).classId).toBe(cls.id);
    await expect(joinClass(teacher.id, rotated.joinCode, NOW)).rejects.toThrow(/You teach this class/);
  });

  it("throttles guessing join codes", async () => {
    const student = await makeUser();
    for (let i = 0; i < 10; i++) await codeOf(joinClass(student.id, `GUESS${i}XX`, NOW));
    expect(await codeOf(joinClass(student.id, "GUESSAGAIN", NOW))).toBe("rate_limited");
  });

  it("authorises every class action: learners are forbidden, other instructors see nothing", async () => {
    const teacher = await makeUser("instructor");
    const otherTeacher = await makeUser("instructor");
    const learner = await makeUser();
    await seedDeck();
    const cls = await createClass(teacher.id, "Mine");
    await joinClass(learner.id, cls.joinCode, NOW);
    const assignment = await createAssignment(teacher.id, cls.id, { deck: "class-deck", dueAt: DUE });

    expect(await codeOf(createClass(learner.id, "Nope"))).toBe("forbidden");
    expect(await codeOf(listTaughtClasses(learner.id))).toBe("forbidden");
    for (const [who, expected] of [
      [learner.id, "forbidden"],
      [otherTeacher.id, "not_found"],
    ] as const) {
      expect(await codeOf(getTaughtClass(who, cls.id))).toBe(expected);
      expect(await codeOf(getClassProgress(who, cls.id, NOW))).toBe(expected);
      expect(await codeOf(createAssignment(who, cls.id, { deck: "class-deck", dueAt: DUE }))).toBe(expected);
      expect(await codeOf(deleteAssignment(who, cls.id, assignment.id))).toBe(expected);
      expect(await codeOf(rotateJoinCode(who, cls.id))).toBe(expected);
      expect(await codeOf(removeStudent(who, cls.id, learner.id))).toBe(expected);
    }
    expect((await listTaughtClasses(otherTeacher.id)).map((c) => c.id)).not.toContain(cls.id);
    // Nothing changed.
    const view = await getTaughtClass(teacher.id, cls.id);
    expect(view.joinCode).toBe(cls.joinCode);
    expect(view.students.map((s) => s.id)).toEqual([learner.id]);
    expect(view.assignments).toHaveLength(1);
  });

  it("shows students only their own assignments; the due date becomes their exam date; an assigned private deck becomes visible", async () => {
    const teacher = await makeUser("instructor");
    const inClass = await makeUser();
    const outside = await makeUser();
    const { deckId } = await seedDeck("private-deck");
    const prisma = await db();
    await prisma.deck.update({ where: { id: deckId }, data: { ownerId: teacher.id } });
    const cls = await createClass(teacher.id, "Private deck class");
    await joinClass(inClass.id, cls.joinCode, NOW);
    expect(await codeOf(findVisibleDeck(inClass.id, "private-deck"))).toBe("not_found");
    await createAssignment(teacher.id, cls.id, { deck: "private-deck", dueAt: DUE });
    expect((await findVisibleDeck(inClass.id, "private-deck")).id).toBe(deckId);
    expect(await codeOf(findVisibleDeck(outside.id, "private-deck"))).toBe("not_found");

    const mine = await listStudentAssignments(inClass.id, NOW);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ className: "Private deck class", target: 0.9, onTarget: false });
    expect(mine[0]!.readiness.daysLeft).toBe(10);
    expect(await listStudentAssignments(outside.id, NOW)).toEqual([]);
    expect(await findExamDate(inClass.id, deckId, NOW)).toMatchObject({ examAt: DUE, from: "assignment" });

    await removeStudent(teacher.id, cls.id, inClass.id);
    expect(await listStudentAssignments(inClass.id, NOW)).toEqual([]);
  });

  it("computes progress that matches a hand-computed expectation", async () => {
    const teacher = await makeUser("instructor");
    const ana = await makeUser();
    const ben = await makeUser();
    const { deckId } = await seedDeck();
    const cls = await createClass(teacher.id, "Progress");
    await joinClass(ana.id, cls.joinCode, NOW);
    await joinClass(ben.id, cls.joinCode, NOW);
    await createAssignment(teacher.id, cls.id, { deck: "class-deck", dueAt: DUE, targetRetention: 0.9 });
    const prisma = await db();
    const cards = await prisma.card.findMany({
      where: { deckId },
      orderBy: { position: "asc" },
      include: { fact: true },
    });
    const total = cards.length;
    const f1Cards = cards.filter((c) => c.fact.key === "f1");
    const f2Cards = cards.filter((c) => c.fact.key === "f2");

    // Ana studied f1's and f2's first cards. Stability 10 days and a last review 10 days before
    // the due date: by FSRS's definition of stability, recall on the due date is exactly 0.9 each.
    for (const card of [f1Cards[0]!, f2Cards[0]!]) {
      await prisma.cardState.create({
        data: {
          userId: ana.id,
          cardId: card.id,
          deckId,
          factId: card.factId,
          due: DUE,
          stability: 10,
          difficulty: 5,
          state: 2,
          reps: 3,
          lastReview: new Date(DUE.getTime() - 10 * DAY),
        },
      });
    }
    const log = (userId: string, card: (typeof cards)[number], rating: number, at: Date) =>
      prisma.reviewLog.create({
        data: {
          id: randomUUID(),
          userId,
          cardId: card.id,
          deckId,
          factId: card.factId,
          rating,
          reviewedAt: at,
          before: "",
          state: 2,
          due: DUE,
          stability: 10,
          difficulty: 5,
          reps: 1,
          lapses: 0,
          elapsedDays: 0,
          scheduledDays: 1,
        },
      });
    // f1: 3 reviews, 2 Again (2/3). f2: 2 reviews, none Again. Two of Ana's reviews are within 7 days.
    await log(ana.id, f1Cards[0]!, 1, new Date(NOW.getTime() - 9 * DAY));
    await log(ana.id, f1Cards[0]!, 1, new Date(NOW.getTime() - 2 * DAY));
    await log(ana.id, f1Cards[0]!, 3, new Date(NOW.getTime() - 1 * DAY));
    await log(ana.id, f2Cards[0]!, 3, new Date(NOW.getTime() - 8 * DAY));
    await log(ben.id, f2Cards[0]!, 3, new Date(NOW.getTime() - 20 * DAY));
    // A quiz of Ben's: f3 wrong, f4 right.
    const items = [
      { id: "type-in:f3", kind: "type-in", factIds: ["f3"], prompt: "p3", answer: "a3", explanations: [] },
      { id: "type-in:f4", kind: "type-in", factIds: ["f4"], prompt: "p4", answer: "a4", explanations: [] },
    ];
    const results = {
      score: 1,
      total: 2,
      items: [
        { itemId: "type-in:f3", correct: false },
        { itemId: "type-in:f4", correct: true },
      ],
    };
    await prisma.quiz.create({
      data: {
        userId: ben.id,
        deckId,
        seed: 1,
        config: "{}",
        items: JSON.stringify(items),
        results: JSON.stringify(results),
        score: 1,
        total: 2,
        submittedAt: NOW,
      },
    });

    const progress = await getClassProgress(teacher.id, cls.id, NOW);
    const byEmail = new Map(progress.students.map((s) => [s.email, s]));
    const a = byEmail.get(ana.email)!;
    expect(a).toMatchObject({
      cardsIntroduced: 2,
      totalCards: total,
      reviewsLast7Days: 2,
      lastActive: new Date(NOW.getTime() - DAY).toISOString(),
    });
    expect(a.predictedRecall).toBeCloseTo(1.8 / total, 6);
    expect(a.newPerDayNeeded).toBe(Math.ceil((total - 2) / 10));
    expect(a.status).toBe("on-track"); // active yesterday; the remaining new cards fit 20 a day
    const b = byEmail.get(ben.email)!;
    expect(b).toMatchObject({ cardsIntroduced: 0, reviewsLast7Days: 0, predictedRecall: 0, status: "at-risk" });
    expect(progress.students[0]!.email).toBe(ben.email); // at-risk students first

    const facts = new Map(progress.facts.map((f) => [f.key, f]));
    expect(facts.get("f1")).toMatchObject({ reviews: 3, lapses: 2, quizAnswers: 0 });
    expect(facts.get("f1")!.lapseRate).toBeCloseTo(2 / 3, 9);
    expect(facts.get("f2")).toMatchObject({ reviews: 2, lapses: 0, lapseRate: 0 });
    expect(facts.get("f3")).toMatchObject({
      reviews: 0,
      quizAnswers: 1,
      quizErrors: 1,
      quizErrorRate: 1,
      source: { title: "The document", section: "Section f3" },
    });
    expect(facts.get("f4")).toMatchObject({ quizAnswers: 1, quizErrors: 0 });
    expect(progress.facts.map((f) => f.key)).toEqual(["f3", "f1", "f2", "f4"]);
  });
});
