// Data for the workload preview of an assignment not yet published: the class's students, their
// settings (weights included) and their states on the deck. The instructor of the class only.
import { assignmentWorkload, type AssignmentWorkload } from "@/lib/srs/workload";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { getTaughtClass } from "./classes";
import { db } from "./client";
import { findVisibleDeck } from "./decks";
import { toStudySettings } from "./settings";

export async function previewAssignmentWorkload(
  instructorId: string,
  classId: string,
  input: { deck: string; dueAt: Date; targetRetention: number },
  now: Date,
): Promise<AssignmentWorkload & { deck: { slug: string; title: string; cards: number } }> {
  const cls = await getTaughtClass(instructorId, classId);
  const deck = await findVisibleDeck(instructorId, input.deck);
  const prisma = await db();
  const ids = cls.students.map((s) => s.id);
  const [cards, users, states] = await Promise.all([
    prisma.card.findMany({ where: { deckId: deck.id }, select: { id: true }, orderBy: { position: "asc" } }),
    prisma.user.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        email: true,
        desiredRetention: true,
        maxIntervalDays: true,
        timeZone: true,
        dayStartHour: true,
        newPerDay: true,
        maxReviewsPerDay: true,
        fsrsParams: true,
      },
    }),
    prisma.cardState.findMany({
      where: { userId: { in: ids }, deckId: deck.id },
      select: { ...CARD_STATE_SELECT, userId: true },
    }),
  ]);
  const result = assignmentWorkload({
    cardIds: cards.map((c) => c.id),
    dueAt: input.dueAt,
    target: input.targetRetention,
    now,
    students: users.map(({ id, name, email, ...settings }) => ({
      studentId: id,
      name: name ?? email,
      settings: toStudySettings(settings),
      states: states.filter((s) => s.userId === id).map(toCardStateRow),
    })),
  });
  return { ...result, deck: { slug: deck.slug, title: deck.title, cards: cards.length } };
}
