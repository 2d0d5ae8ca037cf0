// Leeches: cards forgotten so often that they were suspended. Listed with their source so the
// learner can reread the passage, and brought back (with their FSRS state kept) when ready.
import { NotFound } from "@/lib/errors";
import { db } from "./client";
import { findVisibleDeck } from "./decks";

export async function listLeeches(userId: string, deckRef: string) {
  const deck = await findVisibleDeck(userId, deckRef);
  const prisma = await db();
  const rows = await prisma.cardState.findMany({
    where: { userId, deckId: deck.id, leech: true, suspended: true },
    select: {
      cardId: true,
      lapses: true,
      card: {
        select: { front: true, back: true, fact: { select: { section: true, source: { select: { title: true } } } } },
      },
    },
  });
  return rows.map((r) => ({
    cardId: r.cardId,
    lapses: r.lapses,
    front: r.card.front,
    back: r.card.back,
    source: r.card.fact.source.title,
    section: r.card.fact.section,
  }));
}

export async function unsuspendCard(userId: string, cardId: string, now: Date) {
  const prisma = await db();
  const state = await prisma.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  if (!state) throw NotFound("That card");
  // Due now so it is relearned today; the leech flag stays as a record.
  await prisma.cardState.updateMany({
    where: { id: state.id, version: state.version },
    data: { suspended: false, due: now, version: state.version + 1 },
  });
}
