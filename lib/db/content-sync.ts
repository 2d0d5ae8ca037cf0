// Loads a content deck into the database idempotently: the deck, its sources, facts and cards are
// upserted by their stable keys, so running it twice changes nothing and an edited fact is updated
// in place. Review states hang off card ids, which never change here, so nobody's schedule resets.
import { cardsForFact } from "@/lib/content/cards";
import type { Deck } from "@/lib/content/schema";
import { db } from "./client";
import { factToRow } from "./fact-rows";

export type SyncProgress = (done: number, total: number) => void;
export type SyncResult = {
  deckId: string;
  facts: number;
  cards: number;
  created: number;
  updated: number;
  removedCards: number;
};

export async function syncContentDeck(deck: Deck, onProgress?: SyncProgress): Promise<SyncResult> {
  const prisma = await db();
  const deckRow = await prisma.deck.upsert({
    where: { slug: deck.slug },
    create: { slug: deck.slug, title: deck.title, description: deck.description ?? null },
    update: { title: deck.title, description: deck.description ?? null },
  });

  const sourceIds = new Map<string, string>();
  for (const s of deck.sources) {
    const data = { title: s.title, author: s.author, date: s.date, kind: s.kind ?? null };
    const row = await prisma.source.upsert({
      where: { deckId_key: { deckId: deckRow.id, key: s.key } },
      create: { deckId: deckRow.id, key: s.key, ...data },
      update: data,
    });
    sourceIds.set(s.key, row.id);
  }

  const existing = new Map(
    (await prisma.fact.findMany({ where: { deckId: deckRow.id }, include: { cards: true } })).map((f) => [f.key, f]),
  );
  let created = 0;
  let updated = 0;
  let cards = 0;
  let removedCards = 0;

  for (const [index, fact] of deck.facts.entries()) {
    const row = { ...factToRow(fact), sourceId: sourceIds.get(fact.source)!, position: index };
    const before = existing.get(fact.id);
    const templates = cardsForFact(fact);
    cards += templates.length;
    const unchanged =
      before &&
      (Object.keys(row) as (keyof typeof row)[]).every((k) => before[k] === row[k]) &&
      before.cards.length === templates.length &&
      templates.every((t) =>
        before.cards.some((c) => c.template === t.template && c.front === t.front && c.back === t.back),
      );
    if (unchanged) {
      onProgress?.(index + 1, deck.facts.length);
      continue;
    }
    await prisma.$transaction(async (tx) => {
      const saved = await tx.fact.upsert({
        where: { deckId_key: { deckId: deckRow.id, key: fact.id } },
        create: { deckId: deckRow.id, ...row },
        update: row,
      });
      for (const [position, t] of templates.entries()) {
        await tx.card.upsert({
          where: { factId_template: { factId: saved.id, template: t.template } },
          create: {
            factId: saved.id,
            deckId: deckRow.id,
            template: t.template,
            front: t.front,
            back: t.back,
            position: index * 10 + position,
          },
          update: { front: t.front, back: t.back, position: index * 10 + position },
        });
      }
      const stale = await tx.card.deleteMany({
        where: { factId: saved.id, template: { notIn: templates.map((t) => t.template) } },
      });
      removedCards += stale.count;
    });
    if (before) updated++;
    else created++;
    onProgress?.(index + 1, deck.facts.length);
  }

  // Facts removed from the content file leave the deck (their cards and states with them).
  const keep = new Set(deck.facts.map((f) => f.id));
  const gone = [...existing.values()].filter((f) => !keep.has(f.key)).map((f) => f.id);
  if (gone.length > 0) await prisma.fact.deleteMany({ where: { id: { in: gone } } });

  return { deckId: deckRow.id, facts: deck.facts.length, cards, created, updated, removedCards };
}
