// SQLite: a review that meets another connection's write lock waits for it without blocking the
// event loop (better-sqlite3 is synchronous; the driver retries asynchronously), then commits.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { databaseUrl, db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { recordReview } from "@/lib/db/reviews";
import { engine, makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");

describe.skipIf(engine !== "sqlite")("a review meeting a held write lock (sqlite)", () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("waits for the lock asynchronously, then writes", async () => {
    const user = await makeUser();
    const fact = {
      id: "busy-f0",
      kind: "person" as const,
      prompt: "Who is busy-f0?",
      answer: "Answer busy-f0",
      variants: [],
      explanation: "Context.",
      source: "doc",
      section: "Part 1",
      tags: [],
      reverse: false,
    };
    const { deckId } = await syncContentDeck({
      slug: "busy-deck",
      title: "Busy",
      sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
      facts: [fact],
    });
    const prisma = await db();
    const card = await prisma.card.findFirstOrThrow({ where: { deckId } });
    const other = new Database(databaseUrl().replace(/^file:/, ""));
    other.prepare("BEGIN IMMEDIATE").run();
    let releasedAt = 0;
    // This timer can only fire if the review's wait leaves the event loop free.
    setTimeout(() => {
      other.prepare("COMMIT").run();
      releasedAt = Date.now();
    }, 150);
    try {
      const answer = await recordReview({
        userId: user.id,
        reviewId: randomUUID(),
        cardId: card.id,
        rating: 3,
        durationMs: 1,
        now: T0,
      });
      expect(releasedAt).toBeGreaterThan(0);
      expect(answer.reps).toBe(1);
      expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
    }
  });
});
