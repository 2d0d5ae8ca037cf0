// Decks as one user sees them. Every query is scoped by the caller's id.
import { rowToFact } from "./fact-rows";
import { NotFound } from "@/lib/errors";
import { db } from "./client";

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

export type DeckSummary = { id: string; slug: string; title: string; description: string | null; facts: number; cards: number; due: number; new: number };

export async function listDecksForUser(userId: string, now: Date): Promise<DeckSummary[]> {
  const prisma = await db();
  const decks = await prisma.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, description: true, _count: { select: { facts: true, cards: true } } },
  });
  if (decks.length === 0) return [];
  const deckIds = decks.map((d) => d.id);
  const [due, seen] = await Promise.all([
    prisma.cardState.groupBy({
      by: ["deckId"],
      where: { userId, deckId: { in: deckIds }, due: { lte: now }, suspended: false },
      _count: { _all: true },
    }),
    prisma.cardState.groupBy({ by: ["deckId"], where: { userId, deckId: { in: deckIds } }, _count: { _all: true } }),
  ]);
  const dueBy = new Map(due.map((r) => [r.deckId, r._count._all]));
  const seenBy = new Map(seen.map((r) => [r.deckId, r._count._all]));
  return decks.map((d) => ({
    id: d.id,
    slug: d.slug,
    title: d.title,
    description: d.description,
    facts: d._count.facts,
    cards: d._count.cards,
    due: dueBy.get(d.id) ?? 0,
    new: d._count.cards - (seenBy.get(d.id) ?? 0),
  }));
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
