// The review write itself guards the version it read: a tab that read a card's state before
// another review moved it on writes nothing, even when no expected version was sent and the
// app-level check has nothing to compare. Without the guard, two racing reviews would both count.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { readReviewContext, writeReviewRows } from "@/lib/db/hot-path";
import { recordReview } from "@/lib/db/reviews";
import { makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");

describe("the review write's version guard", () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("writes nothing over a state that moved on since it was read", async () => {
    const user = await makeUser();
    const { deckId } = await syncContentDeck({
      slug: "guard-deck",
      title: "Guard deck",
      sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
      facts: [
        {
          id: "g1",
          kind: "person",
          prompt: "Who signed it?",
          answer: "The minister",
          variants: [],
          explanation: "The minister signed it.",
          source: "doc",
          section: "Part 1",
          tags: [],
          reverse: false,
        },
      ],
    });
    const prisma = await db();
    const card = await prisma.card.findFirstOrThrow({ where: { deckId } });
    const review = (rating: 1 | 3, minutes: number) =>
      recordReview({
        userId: user.id,
        reviewId: randomUUID(),
        cardId: card.id,
        rating,
        durationMs: 1,
        now: new Date(T0.getTime() + minutes * 60_000),
      });

    await review(3, 0);
    // A second request reads the state (version 0)…
    const read = await readReviewContext(user.id, card.id);
    expect(read?.prev?.version).toBe(0);
    // …and meanwhile another review moves it to version 1.
    await review(1, 10);
    const moved = await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: card.id } });
    expect(moved.version).toBe(1);

    const prev = read!.prev!;
    const outcome = await writeReviewRows({
      userId: user.id,
      cardId: card.id,
      deckId,
      factId: card.factId,
      prevVersion: prev.version,
      stateId: randomUUID(),
      state: {
        due: prev.due,
        stability: prev.stability + 10,
        difficulty: prev.difficulty,
        elapsedDays: prev.elapsedDays,
        scheduledDays: prev.scheduledDays + 10,
        learningSteps: prev.learningSteps,
        reps: prev.reps + 1,
        lapses: prev.lapses,
        state: prev.state,
        lastReview: prev.lastReview,
        suspended: false,
        leech: false,
        version: prev.version + 1,
      },
      log: {
        reviewId: randomUUID(),
        rating: 4,
        origin: "study",
        durationMs: 1,
        reviewedAt: new Date(T0.getTime() + 20 * 60_000),
        before: "",
        wasNew: false,
        typedAnswer: null,
        checkOverride: null,
      },
    });

    expect(outcome).toBe("stale");
    expect(await prisma.cardState.findFirstOrThrow({ where: { userId: user.id, cardId: card.id } })).toEqual(moved);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});
