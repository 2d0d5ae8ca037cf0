// Classes, enrollments and assignments. Instructors see only the classes they teach; students
// see their own assignments and progress. Another instructor's class is "not found".
import { randomInt } from "node:crypto";
import { deckReadiness, type DeckReadiness } from "@/lib/srs";
import {
  factProgress,
  studentProgress,
  type FactOutcome,
  type FactProgress,
  type StudentProgress,
} from "@/lib/progress/class-progress";
import { Invalid, NotFound, RateLimited } from "@/lib/errors";
import { clearFailures, lockedUntil, recordFailure } from "./auth-throttle";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { onStudentJoined } from "./fsrs-params";
import { db } from "./client";
import { parseJsonColumn, quizItemsSchema, quizResultSchema } from "./json-columns";
import { findVisibleDeck } from "./decks";
import { toStudySettings } from "./settings";
import { requireInstructor } from "./roles";
import { retryOnUniqueViolation } from "./unique-retry";

// No 0/O, 1/I/L: codes are read aloud and copied from a board.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
const JOIN_RULE = { maxFailures: 10, windowMs: 15 * 60_000 };

export function newJoinCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** What people type: spaces, dashes and case don't matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

async function findTaughtClass(userId: string, classId: string) {
  await requireInstructor(userId);
  const prisma = await db();
  const found = await prisma.class.findFirst({ where: { id: classId, instructorId: userId } });
  if (!found) throw NotFound("That class");
  return found;
}

const JOIN_CODE_DRAWS = 5;
const noFreeJoinCode = () => new Error("could not draw a free join code");

export async function createClass(userId: string, name: string) {
  await requireInstructor(userId);
  const prisma = await db();
  // A code collision: draw again.
  return retryOnUniqueViolation(
    JOIN_CODE_DRAWS,
    () => prisma.class.create({ data: { name, instructorId: userId, joinCode: newJoinCode() } }),
    noFreeJoinCode,
  );
}

export async function rotateJoinCode(userId: string, classId: string) {
  await findTaughtClass(userId, classId);
  const prisma = await db();
  return retryOnUniqueViolation(
    JOIN_CODE_DRAWS,
    () => prisma.class.update({ where: { id: classId }, data: { joinCode: newJoinCode() } }),
    noFreeJoinCode,
  );
}

export async function joinClass(userId: string, rawCode: string, now = new Date()) {
  const key = `join:${userId}`;
  if (await lockedUntil([key], now)) throw RateLimited("Too many wrong codes. Wait a few minutes and try again.");
  const prisma = await db();
  const found = await prisma.class.findUnique({ where: { joinCode: normaliseJoinCode(rawCode) } });
  if (!found) {
    await recordFailure(key, JOIN_RULE, now);
    throw Invalid("No class has that join code. Check it with your instructor: codes change when they are rotated.", {
      code: ["No class has that join code."],
    });
  }
  if (found.instructorId === userId)
    throw Invalid("You teach this class, so you can't join it as a student.", { code: ["You teach this class."] });
  await clearFailures(key);
  await prisma.enrollment.upsert({
    where: { classId_userId: { classId: found.id, userId } },
    create: { classId: found.id, userId },
    update: {},
  });
  // A new student starts on the class's fitted FSRS weights until they have their own.
  await onStudentJoined(userId);
  return { classId: found.id, name: found.name };
}

export async function removeStudent(userId: string, classId: string, studentId: string) {
  await findTaughtClass(userId, classId);
  const prisma = await db();
  const removed = await prisma.enrollment.deleteMany({ where: { classId, userId: studentId } });
  if (removed.count === 0) throw NotFound("That student");
}

export async function listTaughtClasses(userId: string) {
  await requireInstructor(userId);
  const prisma = await db();
  return prisma.class.findMany({
    where: { instructorId: userId },
    orderBy: { createdAt: "desc" },
    include: { _count: { select: { enrollments: true, assignments: true } } },
  });
}

export async function listEnrolledClasses(userId: string) {
  const prisma = await db();
  return prisma.class.findMany({
    where: { enrollments: { some: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, instructor: { select: { name: true, email: true } } },
  });
}

export async function getTaughtClass(userId: string, classId: string) {
  const found = await findTaughtClass(userId, classId);
  const prisma = await db();
  const [students, assignments] = await Promise.all([
    prisma.enrollment.findMany({
      where: { classId },
      orderBy: { joinedAt: "asc" },
      include: { user: { select: { id: true, name: true, email: true } } },
    }),
    prisma.assignment.findMany({
      where: { classId },
      orderBy: { dueAt: "asc" },
      include: { deck: { select: { id: true, slug: true, title: true } } },
    }),
  ]);
  return { ...found, students: students.map((s) => ({ ...s.user, joinedAt: s.joinedAt })), assignments };
}

export async function createAssignment(
  userId: string,
  classId: string,
  input: { deck: string; dueAt: Date; targetRetention?: number },
) {
  await findTaughtClass(userId, classId);
  const deck = await findVisibleDeck(userId, input.deck);
  const prisma = await db();
  return prisma.assignment.create({
    data: { classId, deckId: deck.id, dueAt: input.dueAt, targetRetention: input.targetRetention ?? 0.9 },
  });
}

export async function deleteAssignment(userId: string, classId: string, assignmentId: string) {
  await findTaughtClass(userId, classId);
  const prisma = await db();
  const removed = await prisma.assignment.deleteMany({ where: { id: assignmentId, classId } });
  if (removed.count === 0) throw NotFound("That assignment");
}

export type StudentAssignment = {
  id: string;
  className: string;
  deck: { id: string; slug: string; title: string };
  dueAt: Date;
  target: number;
  readiness: DeckReadiness;
  onTarget: boolean;
};

/** A student's assignments with their progress toward the target. */
export async function listStudentAssignments(userId: string, now: Date): Promise<StudentAssignment[]> {
  const prisma = await db();
  const [assignments, user] = await Promise.all([
    prisma.assignment.findMany({
      where: { class: { enrollments: { some: { userId } } } },
      orderBy: { dueAt: "asc" },
      include: { class: { select: { name: true } }, deck: { select: { id: true, slug: true, title: true } } },
    }),
    prisma.user.findUniqueOrThrow({ where: { id: userId } }),
  ]);
  const settings = toStudySettings(user);
  const out: StudentAssignment[] = [];
  for (const a of assignments) {
    const [states, totalCards] = await Promise.all([
      prisma.cardState.findMany({ where: { userId, deckId: a.deckId }, select: CARD_STATE_SELECT }),
      prisma.card.count({ where: { deckId: a.deckId, fact: { status: "approved" } } }),
    ]);
    const readiness = deckReadiness({ states: states.map(toCardStateRow), totalCards, examAt: a.dueAt, now, settings });
    out.push({
      id: a.id,
      className: a.class.name,
      deck: a.deck,
      dueAt: a.dueAt,
      target: a.targetRetention,
      readiness,
      onTarget: readiness.predictedRecall >= a.targetRetention,
    });
  }
  return out;
}

export type ClassProgress = {
  assignment: { id: string; deck: { id: string; slug: string; title: string }; dueAt: string; target: number } | null;
  students: StudentProgress[];
  facts: FactProgress[];
};

/** The instructor's view of one assignment (by default the next one due, else the latest). */
export async function getClassProgress(
  userId: string,
  classId: string,
  now: Date,
  assignmentId?: string,
): Promise<ClassProgress> {
  const cls = await getTaughtClass(userId, classId);
  const assignment = assignmentId
    ? cls.assignments.find((a) => a.id === assignmentId)
    : (cls.assignments.find((a) => a.dueAt >= now) ?? cls.assignments[cls.assignments.length - 1]);
  if (assignmentId && !assignment) throw NotFound("That assignment");
  if (!assignment) return { assignment: null, students: [], facts: [] };

  const prisma = await db();
  const studentIds = cls.students.map((s) => s.id);
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600_000);
  const [users, states, recentCounts, lastActive, totalCards, facts, logs, quizzes] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: studentIds } } }),
    prisma.cardState.findMany({
      where: { userId: { in: studentIds }, deckId: assignment.deckId },
      select: { ...CARD_STATE_SELECT, userId: true },
    }),
    prisma.reviewLog.groupBy({
      by: ["userId"],
      where: { userId: { in: studentIds }, deckId: assignment.deckId, reviewedAt: { gte: weekAgo } },
      _count: { _all: true },
    }),
    prisma.reviewLog.groupBy({ by: ["userId"], where: { userId: { in: studentIds } }, _max: { reviewedAt: true } }),
    prisma.card.count({ where: { deckId: assignment.deckId, fact: { status: "approved" } } }),
    prisma.fact.findMany({
      where: { deckId: assignment.deckId, status: "approved" },
      include: { source: { select: { key: true, title: true } } },
    }),
    // Quiz answers are counted from the quizzes themselves below, not from the reviews they made.
    prisma.reviewLog.findMany({
      where: { userId: { in: studentIds }, deckId: assignment.deckId, origin: { not: "quiz" } },
      select: { factId: true, rating: true },
    }),
    prisma.quiz.findMany({
      where: { userId: { in: studentIds }, deckId: assignment.deckId, submittedAt: { not: null } },
      select: { items: true, results: true },
    }),
  ]);

  const recentBy = new Map(recentCounts.map((r) => [r.userId, r._count._all]));
  const lastBy = new Map(lastActive.map((r) => [r.userId, r._max.reviewedAt]));
  const students = users
    .map((u) =>
      studentProgress(
        {
          id: u.id,
          name: u.name,
          email: u.email,
          settings: toStudySettings(u),
          states: states.filter((s) => s.userId === u.id).map(toCardStateRow),
          reviewsLast7Days: recentBy.get(u.id) ?? 0,
          lastActive: lastBy.get(u.id) ?? null,
        },
        totalCards,
        assignment.dueAt,
        assignment.targetRetention,
        now,
      ),
    )
    .sort((a, b) => (a.status === b.status ? a.email.localeCompare(b.email) : a.status === "at-risk" ? -1 : 1));

  const idByKey = new Map(facts.map((f) => [f.key, f.id]));
  const quizOutcomes: FactOutcome[] = [];
  for (const q of quizzes) {
    const items = parseJsonColumn(q.items, quizItemsSchema, "Quiz.items");
    const result = q.results ? parseJsonColumn(q.results, quizResultSchema, "Quiz.results") : null;
    for (const r of result?.items ?? []) {
      const item = items.find((i) => i.id === r.itemId);
      // A multi-fact item (timeline, matching) doesn't say which fact was missed: it counts for each.
      for (const key of item?.factIds ?? []) {
        const factId = idByKey.get(key);
        if (factId) quizOutcomes.push({ factId, missed: !r.correct });
      }
    }
  }

  return {
    assignment: {
      id: assignment.id,
      deck: assignment.deck,
      dueAt: assignment.dueAt.toISOString(),
      target: assignment.targetRetention,
    },
    students,
    facts: factProgress(
      facts.map((f) => ({
        factId: f.id,
        key: f.key,
        prompt: f.prompt,
        answer: f.answer,
        source: { key: f.source.key, title: f.source.title, section: f.section },
      })),
      logs.map((l) => ({ factId: l.factId, missed: l.rating === 1 })),
      quizOutcomes,
    ),
  };
}
