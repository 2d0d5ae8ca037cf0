import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { getStudyQueue } from "@/lib/db/queue";
import { listLeeches, unsuspendCard } from "@/lib/db/leeches";
import { recordReview, undoReview } from "@/lib/db/reviews";
import { AppError } from "@/lib/errors";
import { engine, makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");

const fact = (id: string): Fact => ({
  id,
  kind: "person",
  prompt: `Who is ${id}?`,
  answer: `Answer ${id}`,
  variants: [],
  explanation: `Short context for ${id}.`,
  source: "doc",
  section: "Part 1",
  tags: [],
  reverse: false,
});

async function seedDeck(slug = "review-deck", ownerId: string | null = null, n = 3) {
  const r = await syncContentDeck({
    slug,
    title: `Deck ${slug}`,
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: n }, (_, i) => fact(`${slug}-f${i}`)),
  });
  const prisma = await db();
  if (ownerId) await prisma.deck.update({ where: { id: r.deckId }, data: { ownerId } });
  const cards = await prisma.card.findMany({ where: { deckId: r.deckId }, orderBy: { position: "asc" } });
  return { deckId: r.deckId, cards };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

async function makeLogWritesFail(cardId: string) {
  const prisma = await db();
  if (engine === "postgresql") {
    await prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION test_fail_log() RETURNS trigger AS $$ BEGIN IF NEW."cardId" = '${cardId}' THEN RAISE EXCEPTION 'log write refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER test_fail_log BEFORE INSERT ON "ReviewLog" FOR EACH ROW EXECUTE FUNCTION test_fail_log()`,
    );
    return () => prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_log ON "ReviewLog"`);
  }
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER test_fail_log BEFORE INSERT ON "ReviewLog" WHEN NEW."cardId" = '${cardId}' BEGIN SELECT RAISE(ABORT, 'log write refused by test'); END`,
  );
  return () => prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_log`);
}

describe(`reviews (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("writes the new state and the log together", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    const id = randomUUID();
    const answer = await recordReview({
      userId: user.id,
      reviewId: id,
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 4200,
      now: T0,
    });
    const prisma = await db();
    const state = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: cards[0]!.id } },
    });
    const log = await prisma.reviewLog.findUniqueOrThrow({ where: { id } });
    expect(state.reps).toBe(1);
    expect(state.due.toISOString()).toBe(answer.due);
    expect(log).toMatchObject({
      userId: user.id,
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 4200,
      wasNew: true,
      before: "",
    });
    expect(log.due.toISOString()).toBe(answer.due);
  });

  it("writes neither when the log write fails", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    const first = await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 1,
      now: T0,
    });
    const prisma = await db();
    const before = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: cards[0]!.id } },
    });
    const restore = await makeLogWritesFail(cards[0]!.id);
    try {
      const later = new Date(T0.getTime() + 3600_000);
      await expect(
        recordReview({
          userId: user.id,
          reviewId: randomUUID(),
          cardId: cards[0]!.id,
          rating: 1,
          durationMs: 1,
          now: later,
        }),
      ).rejects.toThrow();
      // A card with no state yet: no row may appear either.
      await expect(
        recordReview({
          userId: (await makeUser()).id,
          reviewId: randomUUID(),
          cardId: cards[0]!.id,
          rating: 3,
          durationMs: 1,
          now: later,
        }),
      ).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(
      await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: cards[0]!.id } } }),
    ).toEqual(before);
    expect(await prisma.cardState.count()).toBe(1);
    expect(await prisma.reviewLog.count()).toBe(1);
    expect(first.reps).toBe(1);
  });

  it("answers a retried review id with the first answer and writes once", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    const id = randomUUID();
    const input = { userId: user.id, reviewId: id, cardId: cards[0]!.id, rating: 3 as const, durationMs: 900, now: T0 };
    const a = await recordReview(input);
    const b = await recordReview({ ...input, now: new Date(T0.getTime() + 5000) });
    expect(b).toEqual(a);
    // Retries racing each other.
    const id2 = randomUUID();
    const raced = await Promise.all(
      [1, 2, 3].map(() => recordReview({ ...input, cardId: cards[1]!.id, reviewId: id2 }).catch((e: unknown) => e)),
    );
    const answers = raced.filter((r) => !(r instanceof Error));
    expect(answers.length).toBeGreaterThan(0);
    for (const r of answers) expect(r).toEqual(answers[0]);
    const prisma = await db();
    expect(await prisma.reviewLog.count({ where: { id } })).toBe(1);
    expect(await prisma.reviewLog.count({ where: { id: id2 } })).toBe(1);
    expect((await prisma.cardState.findFirstOrThrow({ where: { cardId: cards[1]!.id } })).reps).toBe(1);
  });

  it("refuses a stale write with a conflict and changes nothing", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    // Two tabs both loaded the card while it was new (version null).
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 1,
      now: T0,
      expectedVersion: null,
    });
    const prisma = await db();
    const after1 = await prisma.cardState.findFirstOrThrow({ where: { cardId: cards[0]!.id } });
    const code = await codeOf(
      recordReview({
        userId: user.id,
        reviewId: randomUUID(),
        cardId: cards[0]!.id,
        rating: 1,
        durationMs: 1,
        now: T0,
        expectedVersion: null,
      }),
    );
    expect(code).toBe("conflict");
    expect(await prisma.cardState.findFirstOrThrow({ where: { cardId: cards[0]!.id } })).toEqual(after1);
    expect(await prisma.reviewLog.count()).toBe(1);
    // The tab that saw the current version goes through.
    const ok = await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 1,
      now: new Date(T0.getTime() + 600_000),
      expectedVersion: after1.version,
    });
    expect(ok.version).toBe(after1.version + 1);
  });

  it("undo restores the exact previous state and removes the log", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    const prisma = await db();
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[0]!.id,
      rating: 3,
      durationMs: 1,
      now: T0,
    });
    const before = await prisma.cardState.findFirstOrThrow({ where: { cardId: cards[0]!.id } });
    const id = randomUUID();
    await recordReview({
      userId: user.id,
      reviewId: id,
      cardId: cards[0]!.id,
      rating: 1,
      durationMs: 1,
      now: new Date(T0.getTime() + 900_000),
    });
    await undoReview(user.id, id);
    expect(await prisma.cardState.findFirstOrThrow({ where: { cardId: cards[0]!.id } })).toEqual(before);
    expect(await prisma.reviewLog.count({ where: { id } })).toBe(0);
    // Undoing a first review removes the state row: the card is new again.
    const firstId = randomUUID();
    await recordReview({
      userId: user.id,
      reviewId: firstId,
      cardId: cards[1]!.id,
      rating: 4,
      durationMs: 1,
      now: new Date(T0.getTime() + 1_000_000),
    });
    await undoReview(user.id, firstId);
    expect(await prisma.cardState.count({ where: { cardId: cards[1]!.id } })).toBe(0);
    // Undone twice: nothing left to undo.
    expect(await codeOf(undoReview(user.id, firstId))).toBe("not_found");
  });

  it("only the latest review can be undone", async () => {
    const user = await makeUser();
    const { cards } = await seedDeck();
    const older = randomUUID();
    await recordReview({ userId: user.id, reviewId: older, cardId: cards[0]!.id, rating: 3, durationMs: 1, now: T0 });
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[1]!.id,
      rating: 3,
      durationMs: 1,
      now: new Date(T0.getTime() + 1000),
    });
    expect(await codeOf(undoReview(user.id, older))).toBe("conflict");
  });

  it("keeps other users out: no reviewing, reading or undoing their cards", async () => {
    const owner = await makeUser("instructor");
    const intruder = await makeUser();
    const { cards } = await seedDeck("private", owner.id);
    expect(
      await codeOf(
        recordReview({
          userId: intruder.id,
          reviewId: randomUUID(),
          cardId: cards[0]!.id,
          rating: 3,
          durationMs: 1,
          now: T0,
        }),
      ),
    ).toBe("not_found");
    expect(await codeOf(getStudyQueue(intruder.id, "private", T0))).toBe("not_found");
    const id = randomUUID();
    await recordReview({ userId: owner.id, reviewId: id, cardId: cards[0]!.id, rating: 3, durationMs: 1, now: T0 });
    expect(await codeOf(undoReview(intruder.id, id))).toBe("not_found");
    // Reusing someone else's review id (on a card the intruder may see) is refused, and their log is untouched.
    const shared = await seedDeck("shared");
    expect(
      await codeOf(
        recordReview({
          userId: intruder.id,
          reviewId: id,
          cardId: shared.cards[0]!.id,
          rating: 1,
          durationMs: 1,
          now: T0,
        }),
      ),
    ).toBe("conflict");
    const prisma = await db();
    expect((await prisma.reviewLog.findUniqueOrThrow({ where: { id } })).userId).toBe(owner.id);
  });

  it("serves a queue that honours the new-card limit and siblings", async () => {
    const user = await makeUser();
    const prisma = await db();
    await prisma.user.update({ where: { id: user.id }, data: { newPerDay: 2 } });
    const { cards } = await seedDeck("queue-deck", null, 5);
    const q = await getStudyQueue(user.id, "queue-deck", T0);
    expect(q.counts.new).toBe(2);
    expect(new Set(q.cards.map((c) => c.factId)).size).toBe(q.cards.length);
    expect(q.cards[0]).toMatchObject({ source: { key: "doc", title: "Doc", section: "Part 1" } });
    expect(q.cards[0]!.intervals.good).toMatch(/\d/);
    await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: q.cards[0]!.cardId,
      rating: 4,
      durationMs: 1,
      now: T0,
    });
    const q2 = await getStudyQueue(user.id, "queue-deck", new Date(T0.getTime() + 1000));
    expect(q2.counts.new).toBe(1);
    expect(q2.cards.map((c) => c.factId)).not.toContain(q.cards[0]!.factId);
    expect(cards.length).toBeGreaterThanOrEqual(5);
  });

  it("suspends a card as a leech at its eighth lapse, lists it with its source, and brings it back", async () => {
    const user = await makeUser();
    const { deckId, cards } = await seedDeck();
    const prisma = await db();
    await prisma.cardState.create({
      data: {
        userId: user.id,
        cardId: cards[0]!.id,
        deckId,
        factId: cards[0]!.factId,
        due: T0,
        stability: 4,
        difficulty: 7,
        state: 2,
        reps: 20,
        lapses: 7,
        lastReview: new Date(T0.getTime() - 4 * 86_400_000),
      },
    });
    const answer = await recordReview({
      userId: user.id,
      reviewId: randomUUID(),
      cardId: cards[0]!.id,
      rating: 1,
      durationMs: 1,
      now: T0,
    });
    expect(answer).toMatchObject({ lapses: 8, leech: true });
    const state = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: cards[0]!.id } });
    expect(state).toMatchObject({ leech: true, suspended: true });
    expect(
      (await getStudyQueue(user.id, "review-deck", new Date(T0.getTime() + 3600_000))).cards.map((c) => c.cardId),
    ).not.toContain(cards[0]!.id);
    expect(await listLeeches(user.id, "review-deck")).toEqual([
      expect.objectContaining({ cardId: cards[0]!.id, lapses: 8, source: "Doc", section: "Part 1" }),
    ]);
    const later = new Date(T0.getTime() + 2 * 86_400_000);
    await unsuspendCard(user.id, cards[0]!.id, later);
    expect(await listLeeches(user.id, "review-deck")).toEqual([]);
    expect((await getStudyQueue(user.id, "review-deck", later)).cards.map((c) => c.cardId)).toContain(cards[0]!.id);
  });
});
