import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cardsForFact } from "@/lib/content/cards";
import { loadAllDecks } from "@/lib/content/files";
import type { Deck, Fact } from "@/lib/content/schema";
import { slugFrom } from "@/lib/content/slug";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import {
  addFact,
  cloneDeck,
  createDeck,
  deleteFact,
  getEditableDeck,
  getEditableFact,
  listCopyableDecks,
  listOwnDecks,
  updateFact,
} from "@/lib/db/deck-editor";
import type { FactDraft } from "@/lib/validation/deck";
import { createClass } from "@/lib/db/classes";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-03-10T12:00:00Z");

const contentFact = (id: string, over: Partial<Fact> = {}): Fact => ({
  id,
  kind: "date",
  prompt: `When did ${id} happen?`,
  answer: "17 January 2025",
  variants: ["January 17, 2025"],
  explanation: "The two presidents signed it in Moscow on 17 January 2025.",
  source: "doc-a",
  section: "Intro",
  tags: ["treaty"],
  value: { date: "2025-01-17" },
  reverse: false,
  ...over,
});

const contentDeck = (): Deck => ({
  slug: "iran-russia",
  title: "Iran–Russia strategic partnership",
  description: "A small fixture standing in for the real deck.",
  sources: [
    { key: "doc-a", title: "Document A", author: "Someone", date: "2025" },
    { key: "doc-b", title: "Document B", author: "Someone else", date: "2025-06" },
  ],
  facts: [
    contentFact("treaty-signed"),
    contentFact("shahed-supplied", {
      kind: "arms-transfer",
      prompt: "Which Iranian drone did Russia field in Ukraine from 2022?",
      answer: "Shahed-136",
      variants: ["Geran-2"],
      explanation: "Russia used the Shahed-136 under the name Geran-2.",
      source: "doc-b",
      section: "Arms",
      tags: ["arms-transfer"],
      value: undefined,
      transfer: { system: "Shahed-136", from: "Iran", to: "Russia", status: "delivered", year: 2022 },
      reverse: true,
    }),
  ],
});

const draft = (over: Partial<FactDraft> = {}): FactDraft => ({
  kind: "date",
  prompt: "When was the Caspian summit held?",
  answer: "August 2018",
  variants: ["Aug 2018"],
  explanation: "Leaders met at Aktau in August 2018 and signed a convention.",
  source: "instructor-notes",
  section: "Week 3 lecture",
  tags: ["caspian"],
  value: { date: "2018-08" },
  reverse: false,
  ...over,
});

async function stateFor(userId: string, cardId: string, over: Record<string, unknown> = {}) {
  const prisma = await db();
  const card = await prisma.card.findUniqueOrThrow({ where: { id: cardId } });
  return prisma.cardState.create({
    data: {
      userId,
      cardId,
      deckId: card.deckId,
      factId: card.factId,
      due: new Date("2026-03-20T00:00:00Z"),
      stability: 9.5,
      difficulty: 5.1,
      elapsedDays: 3,
      scheduledDays: 10,
      reps: 4,
      lapses: 1,
      state: 2,
      lastReview: new Date("2026-03-08T09:00:00Z"),
      version: 4,
      ...over,
    },
  });
}

async function logFor(userId: string, cardId: string, id: string) {
  const prisma = await db();
  const card = await prisma.card.findUniqueOrThrow({ where: { id: cardId } });
  return prisma.reviewLog.create({
    data: {
      id,
      userId,
      cardId,
      deckId: card.deckId,
      factId: card.factId,
      rating: 3,
      reviewedAt: new Date("2026-03-08T09:00:00Z"),
      before: "",
      state: 2,
      due: new Date("2026-03-20T00:00:00Z"),
      stability: 9.5,
      difficulty: 5.1,
      reps: 4,
      lapses: 1,
      elapsedDays: 3,
      scheduledDays: 10,
    },
  });
}

/** An instructor's deck with two facts, and a student with progress on both. */
async function deckWithProgress() {
  const instructor = await makeUser("instructor");
  const student = await makeUser();
  const deck = await createDeck(instructor.id, { title: "Caspian politics" }, NOW);
  const a = await addFact(instructor.id, deck.slug, draft());
  const b = await addFact(
    instructor.id,
    deck.slug,
    draft({
      prompt: "Which city hosted the 2018 Caspian summit?",
      answer: "Aktau",
      variants: [],
      kind: "place",
      value: undefined,
    }),
  );
  const prisma = await db();
  const cardsA = await prisma.card.findMany({
    where: { fact: { key: a.key, deckId: deck.id } },
    orderBy: { template: "asc" },
  });
  const cardsB = await prisma.card.findMany({
    where: { fact: { key: b.key, deckId: deck.id } },
    orderBy: { template: "asc" },
  });
  const statesA = await Promise.all(cardsA.map((c) => stateFor(student.id, c.id)));
  const statesB = await Promise.all(cardsB.map((c) => stateFor(student.id, c.id)));
  // On the qa card, which every fact keeps (a card whose template goes takes its logs with it).
  const logA = await logFor(student.id, cardsA.find((c) => c.template === "qa")!.id, "log-a");
  return { instructor, student, deck, a, b, cardsA, cardsB, statesA, statesB, logA };
}

async function snapshot(deckId: string) {
  const prisma = await db();
  return {
    facts: await prisma.fact.findMany({ where: { deckId }, orderBy: { id: "asc" } }),
    cards: await prisma.card.findMany({ where: { deckId }, orderBy: { id: "asc" } }),
    states: await prisma.cardState.findMany({ where: { deckId }, orderBy: { id: "asc" } }),
    logs: await prisma.reviewLog.findMany({ where: { deckId }, orderBy: { id: "asc" } }),
  };
}

describe(`deck editor (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("makes slugs from titles and prompts", () => {
    expect(slugFrom("Iran & Russia: Treaties, 2025")).toBe("iran-and-russia-treaties-2025");
    expect(slugFrom("Ça va — Éléments")).toBe("ca-va-elements");
    expect(slugFrom("Иран")).toBe("deck");
    expect(slugFrom("When did Iran's parliament ratify the treaty and which body approved it afterwards?", 40)).toBe(
      "when-did-irans-parliament-ratify-the",
    );
  });

  it("an instructor creates a deck with a unique slug and a default source", async () => {
    const instructor = await makeUser("instructor");
    const prisma = await db();
    await prisma.user.update({ where: { id: instructor.id }, data: { name: "Dr Example" } });
    const first = await createDeck(
      instructor.id,
      { title: "  Caspian politics ", description: "Week 3 readings" },
      NOW,
    );
    const second = await createDeck(instructor.id, { title: "Caspian Politics" }, NOW);
    const reserved = await createDeck(instructor.id, { title: "New" }, NOW);
    expect(first).toMatchObject({
      slug: "caspian-politics",
      title: "Caspian politics",
      description: "Week 3 readings",
    });
    expect(second.slug).toBe("caspian-politics-2");
    expect(reserved.slug).toBe("new-2");
    const source = await prisma.source.findFirstOrThrow({ where: { deckId: first.id } });
    expect(source).toMatchObject({
      key: "instructor-notes",
      title: "Caspian politics — own notes",
      author: "Dr Example",
      date: "2026",
    });
    const own = await listOwnDecks(instructor.id);
    expect(own.map((d) => d.slug).sort()).toEqual(["caspian-politics", "caspian-politics-2", "new-2"]);
    expect(own[0]).toMatchObject({ facts: 0, cards: 0 });
  });

  it("refuses a bad deck title", async () => {
    const instructor = await makeUser("instructor");
    await expect(createDeck(instructor.id, { title: "   " })).rejects.toMatchObject({
      code: "invalid",
      fields: { title: expect.any(Array) },
    });
    await expect(createDeck(instructor.id, { title: "x".repeat(121) })).rejects.toMatchObject({ code: "invalid" });
    expect(await listOwnDecks(instructor.id)).toEqual([]);
  });

  it("adds facts with keys from their prompts and cards from the templates, then deletes one", async () => {
    const instructor = await makeUser("instructor");
    const deck = await createDeck(instructor.id, { title: "Caspian politics" }, NOW);
    const first = await addFact(instructor.id, deck.slug, draft());
    const again = await addFact(instructor.id, deck.id, draft({ variants: [] }));
    expect(first.key).toBe("when-was-the-caspian-summit-held");
    expect(again.key).toBe("when-was-the-caspian-summit-held-2");

    const view = await getEditableDeck(instructor.id, deck.slug);
    expect(view.facts.map((f) => f.id)).toEqual([first.key, again.key]);
    expect(view.facts[0]).toMatchObject({
      prompt: "When was the Caspian summit held?",
      source: "instructor-notes",
      sourceTitle: "Caspian politics — own notes",
      status: "approved",
    });
    const prisma = await db();
    const cards = await prisma.card.findMany({ where: { deckId: deck.id, fact: { key: first.key } } });
    const expected = cardsForFact({ ...draft(), id: first.key } as Fact);
    expect(
      cards
        .map((c) => ({ template: c.template, front: c.front, back: c.back }))
        .sort((x, y) => x.template.localeCompare(y.template)),
    ).toEqual([...expected].sort((x, y) => x.template.localeCompare(y.template)));
    expect(first.cards).toBe(expected.length);

    await deleteFact(instructor.id, deck.slug, first.key);
    expect((await getEditableDeck(instructor.id, deck.slug)).facts.map((f) => f.id)).toEqual([again.key]);
    expect(await prisma.card.count({ where: { deckId: deck.id, fact: { key: first.key } } })).toBe(0);
    await expect(deleteFact(instructor.id, deck.slug, first.key)).rejects.toMatchObject({ code: "not_found" });
  });

  it("editing wording updates cards in place and keeps every student's state field for field", async () => {
    const { instructor, student, deck, a, cardsA, statesA, logA } = await deckWithProgress();
    const result = await updateFact(
      instructor.id,
      deck.slug,
      a.key,
      draft({
        prompt: "In which month and year did the Caspian summit take place?",
        explanation: "The five littoral states met at Aktau in August 2018.",
        variants: ["Aug 2018", "08/2018"],
        tags: ["caspian", "summits"],
        section: "Week 3, part 2",
      }),
    );
    expect(result).toMatchObject({ key: a.key, answerChanged: false, resetStudents: 0 });
    const prisma = await db();
    const qa = await prisma.card.findUniqueOrThrow({ where: { id: cardsA.find((c) => c.template === "qa")!.id } });
    expect(qa.front).toBe("In which month and year did the Caspian summit take place?");
    const after = await prisma.cardState.findMany({
      where: { userId: student.id, factId: cardsA[0]!.factId },
      orderBy: { cardId: "asc" },
    });
    const kept = statesA.filter((s) => after.some((x) => x.cardId === s.cardId));
    expect(after).toEqual([...kept].sort((x, y) => x.cardId.localeCompare(y.cardId)));
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(await prisma.reviewLog.findUnique({ where: { id: logA.id } })).toEqual(logA);
    const fact = (await getEditableFact(instructor.id, deck.slug, a.key)).fact;
    expect(fact).toMatchObject({
      variants: ["Aug 2018", "08/2018"],
      tags: ["caspian", "summits"],
      section: "Week 3, part 2",
    });
  });

  it("a changed answer needs confirmation; confirmed, it resets only that fact's states", async () => {
    const { instructor, student, deck, a, b, cardsA, statesB, logA } = await deckWithProgress();
    const before = await snapshot(deck.id);

    const changed = draft({ answer: "12 August 2018", variants: [], value: { date: "2018-08-12" } });
    const refused = updateFact(instructor.id, deck.slug, a.key, changed);
    await expect(refused).rejects.toMatchObject({
      code: "conflict",
      message: "Changing the answer resets 1 student's progress on this fact; confirm to go ahead.",
    });
    await expect(
      updateFact(instructor.id, deck.slug, a.key, changed, { confirmAnswerChange: false }),
    ).rejects.toMatchObject({ code: "conflict" });
    // Only the value changing is an answer change too.
    await expect(
      updateFact(instructor.id, deck.slug, a.key, draft({ value: { date: "2018-08-12" } })),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshot(deck.id)).toEqual(before);

    const other = await makeUser();
    await stateFor(other.id, cardsA[0]!.id);
    await expect(updateFact(instructor.id, deck.slug, a.key, changed)).rejects.toThrow("resets 2 students' progress");

    const done = await updateFact(instructor.id, deck.slug, a.key, changed, { confirmAnswerChange: true });
    expect(done).toMatchObject({ answerChanged: true, resetStudents: 2 });
    const prisma = await db();
    expect(await prisma.cardState.count({ where: { factId: cardsA[0]!.factId } })).toBe(0);
    // The other fact's states are untouched, the history stays, and the cards keep their ids.
    expect(
      await prisma.cardState.findMany({
        where: { userId: student.id, factId: statesB[0]!.factId },
        orderBy: { id: "asc" },
      }),
    ).toEqual([...statesB].sort((x, y) => x.id.localeCompare(y.id)));
    expect(await prisma.reviewLog.findUnique({ where: { id: logA.id } })).toEqual(logA);
    const qa = await prisma.card.findUniqueOrThrow({ where: { id: cardsA.find((c) => c.template === "qa")!.id } });
    expect(qa.back).toBe("12 August 2018");
    // The explanation no longer contains the answer, so the cloze card went.
    expect(done.removedCards).toBe(1);
    expect(await prisma.card.findUnique({ where: { id: cardsA.find((c) => c.template === "cloze")!.id } })).toBeNull();
    expect((await getEditableFact(instructor.id, deck.slug, b.key)).studentsWithProgress).toBe(1);
    expect((await getEditableFact(instructor.id, deck.slug, a.key)).studentsWithProgress).toBe(0);
  });

  it("a changed answer nobody has studied goes through without asking", async () => {
    const instructor = await makeUser("instructor");
    const deck = await createDeck(instructor.id, { title: "Quiet deck" }, NOW);
    const a = await addFact(instructor.id, deck.slug, draft());
    const result = await updateFact(instructor.id, deck.slug, a.key, draft({ answer: "Summer 2018", variants: [] }));
    expect(result).toMatchObject({ answerChanged: true, resetStudents: 0 });
    // Capitals and spacing are not a different answer.
    const same = await updateFact(instructor.id, deck.slug, a.key, draft({ answer: "  summer   2018 ", variants: [] }));
    expect(same.answerChanged).toBe(false);
  });

  it("a template the edited fact no longer suits is removed, a new one is added", async () => {
    const instructor = await makeUser("instructor");
    const deck = await createDeck(instructor.id, { title: "Templates" }, NOW);
    const a = await addFact(
      instructor.id,
      deck.slug,
      draft({
        kind: "organisation",
        prompt: "Which body vets Iran's laws?",
        answer: "The Guardian Council",
        variants: [],
        value: undefined,
        explanation: "Laws passed by parliament go to a twelve-member council for review.",
      }),
    );
    const prisma = await db();
    const templates = async () =>
      (await prisma.card.findMany({ where: { deckId: deck.id }, select: { template: true } }))
        .map((c) => c.template)
        .sort();
    expect(await templates()).not.toContain("reverse");
    const result = await updateFact(
      instructor.id,
      deck.slug,
      a.key,
      draft({
        kind: "organisation",
        prompt: "Which body vets Iran's laws?",
        answer: "The Guardian Council",
        variants: [],
        value: undefined,
        explanation: "Laws passed by parliament go to a twelve-member council for review.",
        reverse: true,
      }),
    );
    expect(await templates()).toContain("reverse");
    expect(result.cards).toBe((await templates()).length);
  });

  it("copies a content deck: sources, facts with their keys and cards, no review states", async () => {
    const instructor = await makeUser("instructor");
    const student = await makeUser();
    await syncContentDeck(contentDeck());
    const prisma = await db();
    const content = await prisma.deck.findUniqueOrThrow({
      where: { slug: "iran-russia" },
      include: { cards: true, facts: true },
    });
    await stateFor(student.id, content.cards[0]!.id);
    await stateFor(instructor.id, content.cards[1]!.id);

    const copy = await cloneDeck(instructor.id, "iran-russia", {}, NOW);
    expect(copy).toMatchObject({
      slug: "iran-russia-strategic-partnership-copy",
      title: "Iran–Russia strategic partnership (copy)",
      facts: 2,
      cards: content.cards.length,
    });
    const copied = await prisma.deck.findUniqueOrThrow({
      where: { id: copy.id },
      include: { cards: true, facts: true, sources: true },
    });
    expect(copied.ownerId).toBe(instructor.id);
    expect(copied.facts.map((f) => f.key).sort()).toEqual(["shahed-supplied", "treaty-signed"]);
    expect(copied.sources.map((s) => s.key).sort()).toEqual(["doc-a", "doc-b", "instructor-notes"]);
    const contentCardIds = new Set(content.cards.map((c) => c.id));
    expect(copied.cards.every((c) => !contentCardIds.has(c.id))).toBe(true);
    const strip = (cards: typeof content.cards, facts: typeof content.facts) =>
      cards
        .map((c) => ({
          fact: facts.find((f) => f.id === c.factId)!.key,
          template: c.template,
          front: c.front,
          back: c.back,
          position: c.position,
        }))
        .sort((x, y) => `${x.fact}/${x.template}`.localeCompare(`${y.fact}/${y.template}`));
    expect(strip(copied.cards, copied.facts)).toEqual(strip(content.cards, content.facts));
    expect(await prisma.cardState.count({ where: { deckId: copy.id } })).toBe(0);
    const shahed = (await getEditableDeck(instructor.id, copy.slug)).facts.find((f) => f.id === "shahed-supplied");
    expect(shahed).toMatchObject({ source: "doc-b", transfer: { system: "Shahed-136", year: 2022 }, reverse: true });

    // The copy is the instructor's to edit; the content deck stays as it was.
    const { id: _key, ...treaty } = (await getEditableFact(instructor.id, copy.slug, "treaty-signed")).fact;
    await updateFact(instructor.id, copy.slug, "treaty-signed", {
      ...treaty,
      prompt: "On what date was the treaty signed?",
    });
    expect(
      (await prisma.fact.findUniqueOrThrow({ where: { id: content.facts.find((f) => f.key === "treaty-signed")!.id } }))
        .prompt,
    ).toBe("When did treaty-signed happen?");
    expect((await listCopyableDecks(instructor.id)).map((d) => d.slug).sort()).toEqual(
      ["iran-russia", copy.slug].sort(),
    );

    const named = await cloneDeck(instructor.id, copy.slug, { title: "My seminar deck" }, NOW);
    expect(named).toMatchObject({ slug: "my-seminar-deck", facts: 2 });
  });

  it("copies the real content deck", async () => {
    const instructor = await makeUser("instructor");
    const real = loadAllDecks().decks.find((d) => d.slug === "iran-russia")!;
    const synced = await syncContentDeck(real);
    const copy = await cloneDeck(instructor.id, "iran-russia", { title: "Full copy" }, NOW);
    expect(copy).toMatchObject({ facts: real.facts.length, cards: synced.cards });
  });

  it("learners create, copy and edit their own decks; classes stay for instructors", async () => {
    const learner = await makeUser();
    await syncContentDeck(contentDeck());
    const mine = await createDeck(learner.id, { title: "My exam notes" }, NOW);
    const fact = await addFact(learner.id, mine.slug, draft());
    expect((await getEditableDeck(learner.id, mine.slug)).facts.map((f) => f.id)).toEqual([fact.key]);
    const copy = await cloneDeck(learner.id, "iran-russia", {}, NOW);
    expect(copy.facts).toBeGreaterThan(0);
    const prisma = await db();
    expect(await prisma.deck.count({ where: { ownerId: learner.id } })).toBe(2);
    // Teaching is still the instructor's.
    await expect(createClass(learner.id, "My class")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a learner cannot see or change another learner's deck, nor the content deck", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    await syncContentDeck(contentDeck());
    const deck = await createDeck(owner.id, { title: "Private notes" }, NOW);
    const a = await addFact(owner.id, deck.slug, draft());
    const before = await snapshot(deck.id);
    await expect(getEditableDeck(intruder.id, deck.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(addFact(intruder.id, deck.slug, draft())).rejects.toMatchObject({ code: "not_found" });
    await expect(updateFact(intruder.id, deck.id, a.key, draft({ prompt: "Hijacked?" }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteFact(intruder.id, deck.slug, a.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(cloneDeck(intruder.id, deck.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(addFact(intruder.id, "iran-russia", draft({ source: "doc-a" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await snapshot(deck.id)).toEqual(before);
  });

  it("another instructor cannot see or change the deck", async () => {
    const { deck, a } = await deckWithProgress();
    const other = await makeUser("instructor");
    const before = await snapshot(deck.id);
    await expect(getEditableDeck(other.id, deck.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(getEditableFact(other.id, deck.slug, a.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(addFact(other.id, deck.slug, draft())).rejects.toMatchObject({ code: "not_found" });
    await expect(updateFact(other.id, deck.id, a.key, draft({ prompt: "Hijacked?" }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteFact(other.id, deck.slug, a.key)).rejects.toMatchObject({ code: "not_found" });
    await expect(cloneDeck(other.id, deck.slug)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(deck.id)).toEqual(before);
  });

  it("the content deck is read-only", async () => {
    const instructor = await makeUser("instructor");
    const admin = await makeUser("admin");
    await syncContentDeck(contentDeck());
    const prisma = await db();
    const deckId = (await prisma.deck.findUniqueOrThrow({ where: { slug: "iran-russia" } })).id;
    const before = await snapshot(deckId);
    for (const who of [instructor.id, admin.id]) {
      await expect(addFact(who, "iran-russia", draft({ source: "doc-a" }))).rejects.toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("read-only"),
      });
      await expect(
        updateFact(who, "iran-russia", "treaty-signed", draft({ source: "doc-a" }), { confirmAnswerChange: true }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(deleteFact(who, deckId, "treaty-signed")).rejects.toMatchObject({ code: "forbidden" });
      await expect(getEditableDeck(who, "iran-russia")).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await snapshot(deckId)).toEqual(before);
  });

  it("bad fact input is refused with field names and writes nothing", async () => {
    const { instructor, deck, a } = await deckWithProgress();
    const before = await snapshot(deck.id);
    const bad = draft({ prompt: "  ", value: { date: "2018-13" }, variants: ["august 2018"], tags: ["Not A Slug"] });
    const err = await addFact(instructor.id, deck.slug, bad).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "invalid" });
    expect(Object.keys((err as { fields: Record<string, string[]> }).fields).sort()).toEqual([
      "prompt",
      "tags",
      "value.date",
      "variants",
    ]);
    await expect(updateFact(instructor.id, deck.slug, a.key, bad, { confirmAnswerChange: true })).rejects.toMatchObject(
      { code: "invalid", fields: { prompt: expect.any(Array) } },
    );
    await expect(addFact(instructor.id, deck.slug, draft({ kind: "figure", value: undefined }))).rejects.toMatchObject({
      code: "invalid",
      fields: { "value.number": expect.any(Array) },
    });
    await expect(addFact(instructor.id, deck.slug, draft({ source: "doc-elsewhere" }))).rejects.toMatchObject({
      code: "invalid",
      fields: { source: expect.any(Array) },
    });
    await expect(updateFact(instructor.id, deck.slug, "no-such-fact", draft())).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await snapshot(deck.id)).toEqual(before);
  });
});
