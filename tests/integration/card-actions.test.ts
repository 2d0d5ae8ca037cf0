// In-session card actions and the card back's extras, scoped by the caller.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { applyCardAction, getCardDetails } from "@/lib/db/card-actions";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { createDeck } from "@/lib/db/deck-editor";
import { getStudyQueue } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { engine, makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");

const fact = (id: string, source: string, answer: string, conflict?: string): Fact => ({
  id,
  kind: "figure",
  prompt: `How many units were delivered (${id})?`,
  answer,
  variants: [],
  explanation: `The count given for ${id}.`,
  source,
  section: "Deliveries",
  tags: [],
  reverse: false,
  ...(conflict ? { conflict } : {}),
});

async function seed() {
  const r = await syncContentDeck({
    slug: "actions-deck",
    title: "Actions deck",
    sources: [
      { key: "a", title: "Report A", author: "A", date: "2023" },
      { key: "b", title: "Report B", author: "B", date: "2024" },
    ],
    facts: [fact("units-a", "a", "24", "units"), fact("units-b", "b", "30", "units"), fact("plain", "a", "7")],
  });
  const prisma = await db();
  const cards = await prisma.card.findMany({
    where: { deckId: r.deckId },
    include: { fact: true },
    orderBy: { position: "asc" },
  });
  return { deckId: r.deckId, cards };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: unknown) => (e instanceof AppError ? e.code : `crash: ${String(e)}`),
  );

describe(`card actions (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("suspend and bury take a card out of today's queue; flag is kept; unsuspend brings it back", async () => {
    const user = await makeUser();
    const { cards } = await seed();
    const first = (await getStudyQueue(user.id, "actions-deck", T0)).cards.map((c) => c.cardId);
    const [a, b] = first;
    expect(a && b).toBeTruthy();
    await applyCardAction(user.id, a!, "suspend", T0);
    const buried = await applyCardAction(user.id, b!, "bury", T0);
    expect(buried.buriedUntil).toBe("2026-03-03T04:00:00.000Z");
    const after = (await getStudyQueue(user.id, "actions-deck", T0)).cards.map((c) => c.cardId);
    expect(after).not.toContain(a);
    expect(after).not.toContain(b);
    // The next study day the buried card is back; the suspended one is not, until unsuspended.
    const tomorrow = new Date("2026-03-03T09:00:00Z");
    const next = (await getStudyQueue(user.id, "actions-deck", tomorrow)).cards.map((c) => c.cardId);
    expect(next).toContain(b);
    expect(next).not.toContain(a);
    await applyCardAction(user.id, a!, "unsuspend", tomorrow);
    expect((await getStudyQueue(user.id, "actions-deck", tomorrow)).cards.map((c) => c.cardId)).toContain(a);

    const flagged = await applyCardAction(user.id, cards[2]!.id, "flag", T0);
    expect(flagged.flagged).toBe(true);
    expect((await getCardDetails(user.id, cards[2]!.id)).flagged).toBe(true);
    expect((await applyCardAction(user.id, cards[2]!.id, "unflag", T0)).flagged).toBe(false);
  });

  it("shows every source's version of a conflicting fact, with its source and date", async () => {
    const user = await makeUser();
    const { cards } = await seed();
    const card = cards.find((c) => c.fact.key === "units-a")!;
    const details = await getCardDetails(user.id, card.id);
    expect(details.versions).toEqual([
      { answer: "24", sourceTitle: "Report A", sourceDate: "2023", section: "Deliveries", current: true },
      { answer: "30", sourceTitle: "Report B", sourceDate: "2024", section: "Deliveries", current: false },
    ]);
    expect(details.canEdit).toBe(false);
    const plain = cards.find((c) => c.fact.key === "plain")!;
    expect((await getCardDetails(user.id, plain.id)).versions).toEqual([]);
  });

  it("shows the source passage of an imported fact, and says who may edit", async () => {
    const owner = await makeUser();
    const deck = await createDeck(owner.id, { title: "With text" }, T0);
    const prisma = await db();
    const text = `${"Earlier context words. ".repeat(30)}The pipeline opened in 2011 after long talks. ${"Later words follow here. ".repeat(30)}`;
    const sentence = "The pipeline opened in 2011 after long talks.";
    const source = await prisma.source.create({
      data: { deckId: deck.id, key: "doc", title: "Pipeline notes", author: "X", date: "2025", text },
    });
    const start = text.indexOf(sentence);
    const f = await prisma.fact.create({
      data: {
        deckId: deck.id,
        key: "pipeline",
        kind: "date",
        prompt: "When did the pipeline open?",
        answer: "2011",
        explanation: "It opened in 2011.",
        sourceId: source.id,
        section: "Intro",
        spanStart: start,
        spanEnd: start + sentence.length,
      },
    });
    const card = await prisma.card.create({
      data: { deckId: deck.id, factId: f.id, template: "qa", front: f.prompt, back: f.answer },
    });
    const details = await getCardDetails(owner.id, card.id);
    expect(details.canEdit).toBe(true);
    expect(details.factKey).toBe("pipeline");
    expect(details.passage?.match).toBe(sentence);
    expect(details.passage?.before.endsWith("context words. ")).toBe(true);
    expect(details.passage?.before.startsWith("… ")).toBe(true);
    expect(details.passage!.before.length).toBeLessThan(340);
  });

  it("checks a typed answer to a type-in card with the quiz checker, to propose a rating", async () => {
    const user = await makeUser();
    await syncContentDeck({
      slug: "typein-deck",
      title: "Type-in deck",
      sources: [{ key: "a", title: "Report A", author: "A", date: "2023" }],
      facts: [
        {
          ...fact("year", "a", "2001"),
          kind: "date",
          prompt: "In which year was the treaty signed?",
          value: { date: "2001" },
        },
      ],
    });
    const prisma = await db();
    const typein = await prisma.card.findFirstOrThrow({ where: { template: "typein", deck: { slug: "typein-deck" } } });
    expect((await getCardDetails(user.id, typein.id, "2001")).check).toMatchObject({ correct: true });
    expect((await getCardDetails(user.id, typein.id, "1999")).check).toMatchObject({ correct: false });
    // No typed answer sent, or not a type-in card: no verdict.
    expect((await getCardDetails(user.id, typein.id)).check).toBeUndefined();
    const qa = await prisma.card.findFirstOrThrow({ where: { template: "qa", deck: { slug: "typein-deck" } } });
    expect((await getCardDetails(user.id, qa.id, "2001")).check).toBeUndefined();
  });

  it("another user's card is not found, for every action and for its details", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const deck = await createDeck(owner.id, { title: "Private" }, T0);
    const prisma = await db();
    const source = (await prisma.source.findFirstOrThrow({ where: { deckId: deck.id } })).id;
    const f = await prisma.fact.create({
      data: {
        deckId: deck.id,
        key: "k",
        kind: "concept",
        prompt: "Q?",
        answer: "A",
        explanation: "E.",
        sourceId: source,
        section: "S",
      },
    });
    const card = await prisma.card.create({
      data: { deckId: deck.id, factId: f.id, template: "qa", front: "Q?", back: "A" },
    });
    for (const action of ["suspend", "bury", "flag"] as const) {
      expect(await codeOf(applyCardAction(intruder.id, card.id, action, T0))).toBe("not_found");
    }
    expect(await codeOf(getCardDetails(intruder.id, card.id))).toBe("not_found");
    expect(await codeOf(getCardDetails(intruder.id, "no-such-card"))).toBe("not_found");
    expect(await prisma.cardState.count({ where: { userId: intruder.id } })).toBe(0);
  });
});
