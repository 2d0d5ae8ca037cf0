// Decks as one user sees them. Every query is scoped by the caller's id.
import { rowToFact } from "./fact-rows";
import { NotFound } from "@/lib/errors";
import type { QueueCounts } from "@/lib/srs";
import { db } from "./client";
import { getStudySettings } from "./settings";
import { studyCountsForDecks } from "./study-counts";

/** Decks a user may study: the shared content decks, their own, and those assigned to their classes. */
export function visibleDecksWhere(userId: string) {
  return {
    OR: [
      { ownerId: null },
      { ownerId: userId },
      { assignments: { some: { class: { enrollments: { some: { userId } } } } } },
    ],
  };
}

/**
 * `counts` are today's new, learning and review cards by the study queue's own rule (lib/srs
 * queueCounts); `due` is learning + review and `new` is counts.new, so every page agrees with the
 * study page. `unseen` is every card not yet studied, whatever today's limit.
 */
export type DeckSummary = {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  ownerId: string | null;
  facts: number;
  cards: number;
  due: number;
  new: number;
  unseen: number;
  counts: QueueCounts;
};

export async function listDecksForUser(userId: string, now: Date): Promise<DeckSummary[]> {
  const prisma = await db();
  const decks = await prisma.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      ownerId: true,
      _count: { select: { facts: true, cards: true } },
    },
  });
  if (decks.length === 0) return [];
  const deckIds = decks.map((d) => d.id);
  const settings = await getStudySettings(userId);
  const [today, seen] = await Promise.all([
    studyCountsForDecks(userId, deckIds, settings, now),
    prisma.cardState.groupBy({
      by: ["deckId"],
      where: { userId, deckId: { in: deckIds }, state: { not: 0 } },
      _count: { _all: true },
    }),
  ]);
  const seenBy = new Map(seen.map((r) => [r.deckId, r._count._all]));
  return decks.map((d) => {
    const counts = today.get(d.id) ?? { new: 0, learning: 0, review: 0 };
    return {
      id: d.id,
      slug: d.slug,
      title: d.title,
      description: d.description,
      ownerId: d.ownerId,
      facts: d._count.facts,
      cards: d._count.cards,
      due: counts.learning + counts.review,
      new: counts.new,
      unseen: d._count.cards - (seenBy.get(d.id) ?? 0),
      counts,
    };
  });
}

export async function findVisibleDeck(userId: string, slugOrId: string) {
  const prisma = await db();
  const deck = await prisma.deck.findFirst({
    where: { AND: [{ OR: [{ slug: slugOrId }, { id: slugOrId }] }, visibleDecksWhere(userId)] },
    select: { id: true, slug: true, title: true, description: true, ownerId: true },
  });
  if (!deck) throw NotFound("That deck");
  return deck;
}

export async function getDeckWithFacts(userId: string, slugOrId: string) {
  const deck = await findVisibleDeck(userId, slugOrId);
  const prisma = await db();
  const [sources, facts] = await Promise.all([
    prisma.source.findMany({ where: { deckId: deck.id }, orderBy: { key: "asc" } }),
    prisma.fact.findMany({
      where: { deckId: deck.id, status: "approved" },
      orderBy: { position: "asc" },
      include: { source: { select: { key: true, title: true } }, _count: { select: { cards: true } } },
    }),
  ]);
  return {
    ...deck,
    sources: sources.map((s) => ({ key: s.key, title: s.title, author: s.author, date: s.date, kind: s.kind })),
    facts: facts.map((f) => ({
      ...rowToFact({ ...f, sourceKey: f.source.key }),
      dbId: f.id,
      sourceTitle: f.source.title,
      cards: f._count.cards,
    })),
  };
}
