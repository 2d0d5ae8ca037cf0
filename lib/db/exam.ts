// Exam preparation: the exam date a student set (or an assignment's due date), readiness on that
// date from each card's FSRS state, and the cards to cram first.
import type { CramCard } from "@/lib/srs/types";
import { cramOrder, deckReadiness, recallAt, type DeckReadiness } from "@/lib/srs";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import { findVisibleDeck } from "./decks";
import { getStudySettings } from "./settings";

export type ExamDateSource = { examAt: Date; from: "self" } | { examAt: Date; from: "assignment"; className: string };

export async function findExamDate(userId: string, deckId: string, now: Date): Promise<ExamDateSource | null> {
  const prisma = await db();
  const own = await prisma.examDate.findUnique({ where: { userId_deckId: { userId, deckId } } });
  if (own) return { examAt: own.examAt, from: "self" };
  // The nearest coming due date of an assignment of this deck in one of the student's classes.
  const assignment = await prisma.assignment.findFirst({
    where: { deckId, dueAt: { gte: now }, class: { enrollments: { some: { userId } } } },
    orderBy: { dueAt: "asc" },
    include: { class: { select: { name: true } } },
  });
  return assignment ? { examAt: assignment.dueAt, from: "assignment", className: assignment.class.name } : null;
}

export async function setExamDate(userId: string, deckRef: string, examAt: Date | null): Promise<void> {
  const deck = await findVisibleDeck(userId, deckRef);
  const prisma = await db();
  if (examAt === null) {
    await prisma.examDate.deleteMany({ where: { userId, deckId: deck.id } });
    return;
  }
  await prisma.examDate.upsert({
    where: { userId_deckId: { userId, deckId: deck.id } },
    create: { userId, deckId: deck.id, examAt },
    update: { examAt },
  });
}

export type Readiness = {
  exam: ExamDateSource | null;
  totalCards: number;
  readiness: DeckReadiness | null;
  recallNow: number;
};

export async function getReadiness(userId: string, deckRef: string, now: Date): Promise<Readiness> {
  const deck = await findVisibleDeck(userId, deckRef);
  const prisma = await db();
  const [settings, exam, states, totalCards] = await Promise.all([
    getStudySettings(userId),
    findExamDate(userId, deck.id, now),
    prisma.cardState.findMany({ where: { userId, deckId: deck.id }, select: CARD_STATE_SELECT }),
    prisma.card.count({ where: { deckId: deck.id, fact: { status: "approved" } } }),
  ]);
  const rows = states.map(toCardStateRow);
  const recallNow = totalCards === 0 ? 0 : rows.reduce((sum, s) => sum + recallAt(s, now, settings), 0) / totalCards;
  return {
    exam,
    totalCards,
    recallNow,
    readiness: exam ? deckReadiness({ states: rows, totalCards, examAt: exam.examAt, now, settings }) : null,
  };
}

export type { CramCard } from "@/lib/srs/types";

/** Studied cards, weakest on exam day first. Cramming writes nothing: FSRS states stay as they are. */
export async function getCramCards(
  userId: string,
  deckRef: string,
  now: Date,
  limit = 20,
): Promise<{ examAt: Date; cards: CramCard[] }> {
  const deck = await findVisibleDeck(userId, deckRef);
  const prisma = await db();
  const [settings, exam, states] = await Promise.all([
    getStudySettings(userId),
    findExamDate(userId, deck.id, now),
    prisma.cardState.findMany({ where: { userId, deckId: deck.id, state: { not: 0 } }, select: CARD_STATE_SELECT }),
  ]);
  const examAt = exam?.examAt ?? now;
  const rows = states.map(toCardStateRow);
  const order = cramOrder(rows, examAt, settings).slice(0, limit);
  const details = await prisma.card.findMany({
    where: { id: { in: order } },
    select: {
      id: true,
      front: true,
      back: true,
      template: true,
      fact: { select: { explanation: true, section: true, source: { select: { key: true, title: true } } } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const stateById = new Map(rows.map((r) => [r.cardId, r]));
  return {
    examAt,
    cards: order.map((id) => {
      const d = byId.get(id)!;
      return {
        cardId: id,
        front: d.front,
        back: d.back,
        template: d.template,
        explanation: d.fact.explanation,
        recallOnExam: recallAt(stateById.get(id)!, examAt, settings),
        source: { key: d.fact.source.key, title: d.fact.source.title, section: d.fact.section },
      };
    }),
  };
}
