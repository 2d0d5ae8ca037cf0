// Deck editing for every user, as stored: their own decks, made from scratch or copied from a deck
// they can see (the rules of what a deck or fact may be are lib/content/deck-edits.ts). Only the
// owner changes a deck; a content deck is read-only, and someone else's deck is "not found". Wording edits update a fact's cards in place (card ids stay,
// so students keep their schedules); changing the answer resets that fact's cards for everyone,
// and only once the editor has confirmed it.
import {
  answerChangeMessage,
  cardsAt,
  changesAnswer,
  checkedCopyTitle,
  checkedDeckInput,
  checkedFact,
  NOTES_SOURCE_KEY,
  notesSource,
  RESERVED_DECK_SLUGS,
} from "@/lib/content/deck-edits";
import type { Fact } from "@/lib/content/schema";
import { firstFree, slugFrom } from "@/lib/content/slug";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import type { DeckFormInput, FactDraft } from "@/lib/validation/deck";
import { db, type Db, type Tx } from "./client";
import { findVisibleDeck, visibleDecksWhere } from "./decks";
import { factToRow, rowToFact } from "./fact-rows";
import { requireAccount } from "./roles";
import { retryOnUniqueViolation } from "./unique-retry";

// Copying a deck of a few hundred facts is a handful of batched statements, but give it room.
const LONG_TX = { maxWait: 10_000, timeout: 60_000 };

export type OwnDeck = {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  facts: number;
  cards: number;
  updatedAt: Date;
};
export type EditableFact = Fact & { dbId: string; status: string; sourceTitle: string; cards: number };
export type FactWriteResult = {
  key: string;
  cards: number;
  removedCards: number;
  answerChanged: boolean;
  resetStudents: number;
};

async function uniqueDeckSlug(prisma: Db | Tx, title: string): Promise<string> {
  const base = slugFrom(title);
  const rows = await prisma.deck.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFree(base, new Set([...rows.map((r) => r.slug), ...RESERVED_DECK_SLUGS]));
}

async function uniqueFactKey(prisma: Db | Tx, deckId: string, prompt: string): Promise<string> {
  const base = slugFrom(prompt, 60, "fact");
  const rows = await prisma.fact.findMany({ where: { deckId, key: { startsWith: base } }, select: { key: true } });
  return firstFree(base, new Set(rows.map((r) => r.key)));
}

/** A write that lost a race for a unique slug or key (another request took it first) is tried again. */
const SLUG_RACE_ATTEMPTS = 3;

/** A deck the caller may change: their own. A content deck is read-only; anyone else's is not found. */
async function findOwnDeck(prisma: Db, userId: string, deckRef: string) {
  const deck = await prisma.deck.findFirst({
    where: { AND: [{ OR: [{ slug: deckRef }, { id: deckRef }] }, { OR: [{ ownerId: userId }, { ownerId: null }] }] },
    select: { id: true, slug: true, title: true, description: true, ownerId: true },
  });
  if (!deck) throw NotFound("That deck");
  if (deck.ownerId === null) {
    throw Forbidden(
      `“${deck.title}” is a shared content deck and is read-only. Copy it to get a version you can edit.`,
    );
  }
  return deck;
}

async function editableDeck(userId: string, deckRef: string) {
  const prisma = await db();
  await requireAccount(userId);
  return { prisma, deck: await findOwnDeck(prisma, userId, deckRef) };
}

async function sourceIdFor(prisma: Db | Tx, deckId: string, key: string): Promise<string> {
  const source = await prisma.source.findUnique({ where: { deckId_key: { deckId, key } }, select: { id: true } });
  if (!source)
    throw Invalid("Nothing was saved: that source is not in this deck.", {
      source: ["Choose one of this deck's sources."],
    });
  return source.id;
}

function touchDeck(tx: Tx, deckId: string) {
  return tx.deck.update({ where: { id: deckId }, data: { updatedAt: new Date() } });
}

// ---------------------------------------------------------------------------------------------
// Decks

export async function createDeck(
  userId: string,
  input: DeckFormInput | { title: unknown; description?: unknown },
  now = new Date(),
) {
  const { title, description } = checkedDeckInput(input);
  const prisma = await db();
  const user = await requireAccount(userId);
  return retryOnUniqueViolation(SLUG_RACE_ATTEMPTS, async () =>
    prisma.deck.create({
      data: {
        slug: await uniqueDeckSlug(prisma, title),
        title,
        description: description ?? null,
        ownerId: user.id,
        // Facts always cite a source: those typed by the owner cite their own notes.
        sources: { create: notesSource(title, user.name || user.email, now) },
      },
      select: { id: true, slug: true, title: true, description: true },
    }),
  );
}

/** A copy of a deck the caller can see, owned by the caller: sources, approved facts (same keys) and their cards; nobody's progress. */
export async function cloneDeck(
  userId: string,
  sourceDeckRef: string,
  options: { title?: string } = {},
  now = new Date(),
) {
  const prisma = await db();
  const user = await requireAccount(userId);
  const from = await findVisibleDeck(userId, sourceDeckRef);
  const title = checkedCopyTitle(options.title, from.title);

  const [sources, facts] = await Promise.all([
    prisma.source.findMany({ where: { deckId: from.id }, orderBy: { createdAt: "asc" } }),
    prisma.fact.findMany({
      where: { deckId: from.id, status: "approved" },
      orderBy: { position: "asc" },
      include: { cards: true },
    }),
  ]);

  return retryOnUniqueViolation(SLUG_RACE_ATTEMPTS, async () => {
    const slug = await uniqueDeckSlug(prisma, title);
    return prisma.$transaction(async (tx) => {
      const deck = await tx.deck.create({
        data: { slug, title, description: from.description, ownerId: user.id },
        select: { id: true, slug: true, title: true, description: true },
      });
      const copiedSources = sources.map((s) => ({
        deckId: deck.id,
        key: s.key,
        title: s.title,
        author: s.author,
        date: s.date,
        kind: s.kind,
        text: s.text,
      }));
      if (!sources.some((s) => s.key === NOTES_SOURCE_KEY)) {
        copiedSources.push({ deckId: deck.id, ...notesSource(title, user.name || user.email, now), text: null });
      }
      await tx.source.createMany({ data: copiedSources });
      const sourceIds = new Map(
        (await tx.source.findMany({ where: { deckId: deck.id }, select: { id: true, key: true } })).map((s) => [
          s.key,
          s.id,
        ]),
      );
      const oldSourceKeys = new Map(sources.map((s) => [s.id, s.key]));

      await tx.fact.createMany({
        data: facts.map((f) => ({
          deckId: deck.id,
          key: f.key,
          kind: f.kind,
          prompt: f.prompt,
          answer: f.answer,
          variants: f.variants,
          explanation: f.explanation,
          sourceId: sourceIds.get(oldSourceKeys.get(f.sourceId)!)!,
          section: f.section,
          spanStart: f.spanStart,
          spanEnd: f.spanEnd,
          tags: f.tags,
          details: f.details,
          conflict: f.conflict,
          reverse: f.reverse,
          status: "approved",
          position: f.position,
        })),
      });
      const factIds = new Map(
        (await tx.fact.findMany({ where: { deckId: deck.id }, select: { id: true, key: true } })).map((f) => [
          f.key,
          f.id,
        ]),
      );
      const cards = facts.flatMap((f) =>
        f.cards.map((c) => ({
          deckId: deck.id,
          factId: factIds.get(f.key)!,
          template: c.template,
          front: c.front,
          back: c.back,
          position: c.position,
        })),
      );
      await tx.card.createMany({ data: cards });
      return { ...deck, facts: facts.length, cards: cards.length };
    }, LONG_TX);
  });
}

/** The caller's own decks, most recently changed first. */
export async function listOwnDecks(userId: string): Promise<OwnDeck[]> {
  const prisma = await db();
  const decks = await prisma.deck.findMany({
    where: { ownerId: userId },
    orderBy: [{ updatedAt: "desc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      updatedAt: true,
      _count: { select: { facts: true, cards: true } },
    },
  });
  return decks.map(({ _count, ...d }) => ({ ...d, facts: _count.facts, cards: _count.cards }));
}

/** Decks the caller could copy: every deck they can see. */
export async function listCopyableDecks(userId: string) {
  const prisma = await db();
  const decks = await prisma.deck.findMany({
    where: visibleDecksWhere(userId),
    orderBy: { title: "asc" },
    select: { slug: true, title: true, ownerId: true, _count: { select: { facts: true } } },
  });
  return decks.map((d) => ({ slug: d.slug, title: d.title, own: d.ownerId === userId, facts: d._count.facts }));
}

/** A deck as its editor sees it: sources and every fact, whatever its status. */
export async function getEditableDeck(userId: string, deckRef: string) {
  const { prisma, deck } = await editableDeck(userId, deckRef);
  const [sources, facts] = await Promise.all([
    prisma.source.findMany({
      where: { deckId: deck.id },
      orderBy: { createdAt: "asc" },
      select: { key: true, title: true, author: true, date: true },
    }),
    prisma.fact.findMany({
      where: { deckId: deck.id, deck: { ownerId: userId } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: { source: { select: { key: true, title: true } }, _count: { select: { cards: true } } },
    }),
  ]);
  return {
    id: deck.id,
    slug: deck.slug,
    title: deck.title,
    description: deck.description,
    sources,
    facts: facts.map(
      (f): EditableFact => ({
        ...rowToFact({ ...f, sourceKey: f.source.key }),
        dbId: f.id,
        status: f.status,
        sourceTitle: f.source.title,
        cards: f._count.cards,
      }),
    ),
  };
}

/** One fact for its edit form, with how many students have progress on it (an answer change resets that). */
export async function getEditableFact(userId: string, deckRef: string, factKey: string) {
  const { prisma, deck } = await editableDeck(userId, deckRef);
  const row = await prisma.fact.findFirst({
    where: { deckId: deck.id, key: factKey, deck: { ownerId: userId } },
    include: { source: { select: { key: true } } },
  });
  if (!row) throw NotFound("That fact");
  const [sources, students] = await Promise.all([
    prisma.source.findMany({
      where: { deckId: deck.id },
      orderBy: { createdAt: "asc" },
      select: { key: true, title: true },
    }),
    prisma.cardState.groupBy({ by: ["userId"], where: { factId: row.id, deckId: deck.id } }),
  ]);
  return {
    deck: { id: deck.id, slug: deck.slug, title: deck.title },
    sources,
    fact: rowToFact({ ...row, sourceKey: row.source.key }),
    studentsWithProgress: students.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Facts

/** Adds a fact; its key is made from the prompt, unique in the deck. Without a source it cites the instructor's notes. */
export async function addFact(userId: string, deckRef: string, input: FactDraft): Promise<FactWriteResult> {
  const { prisma, deck } = await editableDeck(userId, deckRef);
  const checked = checkedFact({ ...input, source: input.source ?? NOTES_SOURCE_KEY }, "draft");
  const sourceId = await sourceIdFor(prisma, deck.id, checked.source);
  return retryOnUniqueViolation(SLUG_RACE_ATTEMPTS, () =>
    prisma.$transaction(async (tx) => {
      const fact: Fact = { ...checked, id: await uniqueFactKey(tx, deck.id, checked.prompt) };
      const last = await tx.fact.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
      const position = (last._max.position ?? -1) + 1;
      const saved = await tx.fact.create({
        data: { ...factToRow(fact), deckId: deck.id, sourceId, position, status: "approved" },
      });
      const cards = cardsAt(fact, position);
      await tx.card.createMany({ data: cards.map((c) => ({ ...c, deckId: deck.id, factId: saved.id })) });
      await touchDeck(tx, deck.id);
      return { key: fact.id, cards: cards.length, removedCards: 0, answerChanged: false, resetStudents: 0 };
    }),
  );
}

/**
 * Saves an edited fact under its key. Wording changes update its cards in place; a changed answer
 * also deletes every student's state on this fact's cards (their review logs stay as history),
 * which needs `confirmAnswerChange` when anyone has progress: otherwise Conflict, and nothing changes.
 */
export async function updateFact(
  userId: string,
  deckRef: string,
  factKey: string,
  input: FactDraft,
  options: { confirmAnswerChange?: boolean } = {},
): Promise<FactWriteResult> {
  const { prisma, deck } = await editableDeck(userId, deckRef);
  const fact = checkedFact(input, factKey);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.fact.findFirst({
      where: { deckId: deck.id, key: factKey, deck: { ownerId: userId } },
      include: { source: { select: { key: true } } },
    });
    if (!existing) throw NotFound("That fact");
    const sourceId = await sourceIdFor(tx, deck.id, fact.source);
    const answerChanged = changesAnswer(rowToFact({ ...existing, sourceKey: existing.source.key }), fact);
    let resetStudents = 0;
    if (answerChanged) {
      resetStudents = (await tx.cardState.groupBy({ by: ["userId"], where: { factId: existing.id, deckId: deck.id } }))
        .length;
      if (resetStudents > 0 && !options.confirmAnswerChange) throw Conflict(answerChangeMessage(resetStudents));
    }

    await tx.fact.update({ where: { id: existing.id }, data: { ...factToRow(fact), sourceId } });
    const templates = cardsAt(fact, existing.position);
    for (const t of templates) {
      await tx.card.upsert({
        where: { factId_template: { factId: existing.id, template: t.template } },
        create: { ...t, deckId: deck.id, factId: existing.id },
        update: { front: t.front, back: t.back, position: t.position },
      });
    }
    // A template the fact no longer suits goes, with its states and logs.
    const removed = await tx.card.deleteMany({
      where: { factId: existing.id, deckId: deck.id, template: { notIn: templates.map((t) => t.template) } },
    });
    if (answerChanged) await tx.cardState.deleteMany({ where: { factId: existing.id, deckId: deck.id } });
    await touchDeck(tx, deck.id);
    return { key: factKey, cards: templates.length, removedCards: removed.count, answerChanged, resetStudents };
  });
}

/** Removes a fact and its cards (and with them every student's state and log on those cards). */
export async function deleteFact(userId: string, deckRef: string, factKey: string): Promise<{ key: string }> {
  const { prisma, deck } = await editableDeck(userId, deckRef);
  await prisma.$transaction(async (tx) => {
    const removed = await tx.fact.deleteMany({ where: { deckId: deck.id, key: factKey, deck: { ownerId: userId } } });
    if (removed.count === 0) throw NotFound("That fact");
    await touchDeck(tx, deck.id);
  });
  return { key: factKey };
}
