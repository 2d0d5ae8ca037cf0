import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Deck, Fact } from "@/lib/content/schema";
import { loadAllDecks } from "@/lib/content/files";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { getDeckWithFacts, listDecksForUser } from "@/lib/db/decks";
import { engine, makeUser, resetDatabase } from "./helpers";

const fact = (id: string, over: Partial<Fact> = {}): Fact => ({
  id,
  kind: "date",
  prompt: `When did ${id} happen?`,
  answer: "17 January 2025",
  variants: ["2025-01-17"],
  explanation: "It happened on 17 January 2025 in Moscow.",
  source: "doc-a",
  section: "Intro",
  tags: ["treaty"],
  value: { date: "2025-01-17" },
  reverse: false,
  ...over,
});

const deck = (facts: Fact[]): Deck => ({
  slug: "fixture-deck",
  title: "Fixture deck",
  sources: [{ key: "doc-a", title: "Document A", author: "Someone", date: "2025" }],
  facts,
});

describe(`content sync (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("loads a deck, and a second run changes nothing", async () => {
    const first = await syncContentDeck(deck([fact("a"), fact("b")]));
    expect(first.created).toBe(2);
    const prisma = await db();
    const cardsBefore = await prisma.card.findMany({ orderBy: { id: "asc" } });
    expect(cardsBefore.length).toBe(first.cards);
    expect(first.cards).toBeGreaterThanOrEqual(2);

    const second = await syncContentDeck(deck([fact("a"), fact("b")]));
    expect(second.created).toBe(0);
    expect(second.updated).toBe(0);
    expect(await prisma.card.findMany({ orderBy: { id: "asc" } })).toEqual(cardsBefore);
  });

  it("updates an edited fact in place without touching anyone's review state", async () => {
    await syncContentDeck(deck([fact("a")]));
    const prisma = await db();
    const user = await makeUser();
    const card = await prisma.card.findFirstOrThrow({ where: { template: "qa" } });
    const state = await prisma.cardState.create({
      data: {
        userId: user.id,
        cardId: card.id,
        deckId: card.deckId,
        factId: card.factId,
        due: new Date("2026-01-05T00:00:00Z"),
        stability: 12.5,
        reps: 3,
        state: 2,
      },
    });

    const result = await syncContentDeck(deck([fact("a", { prompt: "On what day was the treaty signed?" })]));
    expect(result.updated).toBe(1);
    const after = await prisma.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(after.front).toBe("On what day was the treaty signed?");
    expect(await prisma.cardState.findUniqueOrThrow({ where: { id: state.id } })).toEqual(state);
  });

  it("shows each fact with its source title and section", async () => {
    await syncContentDeck(deck([fact("a", { section: "Background" })]));
    const user = await makeUser();
    const view = await getDeckWithFacts(user.id, "fixture-deck");
    expect(view.facts[0]).toMatchObject({ id: "a", sourceTitle: "Document A", section: "Background" });
    const list = await listDecksForUser(user.id, new Date("2026-01-01T00:00:00Z"));
    expect(list).toEqual([
      expect.objectContaining({ slug: "fixture-deck", facts: 1, due: 0, new: 1, unseen: list[0]!.cards }),
    ]);
    // One card per fact a day: the fact's other cards wait for another day.
    expect(list[0]!.counts).toEqual({ new: 1, learning: 0, review: 0 });
  });

  it("keeps another user's own deck out of sight", async () => {
    const owner = await makeUser("instructor");
    const other = await makeUser();
    const prisma = await db();
    await prisma.deck.create({ data: { slug: "private-deck", title: "Private", ownerId: owner.id } });
    expect((await listDecksForUser(other.id, new Date())).map((d) => d.slug)).not.toContain("private-deck");
    await expect(getDeckWithFacts(other.id, "private-deck")).rejects.toThrow(/not found/);
    expect((await listDecksForUser(owner.id, new Date())).map((d) => d.slug)).toContain("private-deck");
  });

  it("loads the real content decks", async () => {
    const { decks, problems } = loadAllDecks();
    expect(problems).toEqual([]);
    for (const d of decks) {
      const r = await syncContentDeck(d);
      expect(r.facts).toBe(d.facts.length);
    }
    const prisma = await db();
    expect(await prisma.fact.count()).toBe(decks.reduce((n, d) => n + d.facts.length, 0));
  });
});
