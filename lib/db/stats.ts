// The data behind /stats and GET /api/v1/stats: one user's reviews and card states, for one deck or
// every deck, handed to lib/srs/stats.
import { statsReport, cardHistory, type CardReview, type StatsReport } from "@/lib/srs/stats";
import { NotFound } from "@/lib/errors";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import { findVisibleDeck, visibleDecksWhere } from "./decks";
import { reviewRecords } from "./review-history";
import { getStudySettings } from "./settings";

export type StatsScope = { deck: { id: string; slug: string; title: string } | null };

export async function getStats(userId: string, deckRef: string | null, now: Date): Promise<StatsReport & StatsScope> {
  const prisma = await db();
  const deck = deckRef ? await findVisibleDeck(userId, deckRef) : null;
  const settings = await getStudySettings(userId);
  const [records, stateRows, cardsTotal] = await Promise.all([
    reviewRecords(userId, deck?.id),
    prisma.cardState.findMany({ where: { userId, ...(deck ? { deckId: deck.id } : {}) }, select: CARD_STATE_SELECT }),
    prisma.card.count({ where: deck ? { deckId: deck.id } : { deck: visibleDecksWhere(userId) } }),
  ]);
  const report = statsReport({ records, states: stateRows.map(toCardStateRow), cardsTotal, now, settings });
  return { ...report, deck: deck ? { id: deck.id, slug: deck.slug, title: deck.title } : null };
}

export type CardHistoryView = { cardId: string; front: string; deck: string; reviews: CardReview[] };

/** Every review of one card by this user; the card must be in a deck they can see. */
export async function getCardHistory(userId: string, cardId: string): Promise<CardHistoryView> {
  const prisma = await db();
  const card = await prisma.card.findFirst({
    where: { id: cardId, deck: visibleDecksWhere(userId) },
    select: { id: true, front: true, deck: { select: { title: true } } },
  });
  if (!card) throw NotFound("That card");
  const settings = await getStudySettings(userId);
  const records = (await reviewRecords(userId)).filter((r) => r.cardId === cardId);
  return { cardId, front: card.front, deck: card.deck.title, reviews: cardHistory(records, cardId, settings) };
}

/** The user's most reviewed cards, to pick a card history from. */
export async function mostReviewedCards(userId: string, deckId: string | null, take = 12) {
  const prisma = await db();
  const groups = await prisma.reviewLog.groupBy({
    by: ["cardId"],
    where: { userId, ...(deckId ? { deckId } : {}) },
    _count: { _all: true },
    orderBy: { _count: { cardId: "desc" } },
    take,
  });
  const cards = await prisma.card.findMany({
    where: { id: { in: groups.map((g) => g.cardId) } },
    select: { id: true, front: true },
  });
  const front = new Map(cards.map((c) => [c.id, c.front]));
  return groups.map((g) => ({ cardId: g.cardId, front: front.get(g.cardId) ?? "", reviews: g._count._all }));
}
