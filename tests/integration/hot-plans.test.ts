// The hot statements (lib/db/hot-sql.ts) are index range reads on both engines: a plan that scans
// CardState or ReviewLog whole would grow with every user's history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { explainHot } from "@/lib/db/driver";
import { dueStatesSql, newCardsSql, reviewContextSql, reviewLogSql, todayReviewsSql } from "@/lib/db/hot-sql";
import { engine, resetDatabase } from "./helpers";

const values = {
  userId: "u1",
  deckId: "d1",
  cardId: "c1",
  reviewId: "r1",
  dayEnd: new Date("2026-03-03T04:00:00Z"),
  dayStart: new Date("2026-03-02T04:00:00Z"),
  limit: 80,
};

function scansWhole(plan: string[], table: string): boolean {
  // SQLite: "SCAN s" / "SCAN CardState"; PostgreSQL: "Seq Scan on "CardState"".
  return plan.some((line) =>
    engine === "postgresql" ? line.includes(`Seq Scan on "${table}"`) : /^SCAN /.test(line) && line.includes(table),
  );
}

describe(`hot statement plans (${engine})`, () => {
  beforeAll(resetDatabase);
  afterAll(disconnectDb);

  it("reads the due states by a (userId, …, due) index", async () => {
    const plan = await explainHot(dueStatesSql, values);
    // On empty tables PostgreSQL may pick (userId, due); at 10 M states it takes (userId, deckId, due) (bench:queue).
    expect(plan.join("\n")).toMatch(/CardState_userId_(deckId_)?due_idx/);
    expect(scansWhole(plan, "CardState")).toBe(false);
  });

  it("reads today's reviews by the (userId, deckId, reviewedAt) index", async () => {
    const plan = await explainHot(todayReviewsSql, values);
    expect(plan.join("\n")).toMatch(/ReviewLog_userId_deckId_reviewedAt/);
    expect(scansWhole(plan, "ReviewLog")).toBe(false);
  });

  it("probes states for new cards by the (userId, cardId) key, and reads a review's context by keys", async () => {
    const plan = await explainHot(newCardsSql, values);
    expect(plan.join("\n")).toContain("CardState_userId_cardId_key");
    expect(scansWhole(plan, "CardState")).toBe(false);
    const context = await explainHot(reviewContextSql, values);
    expect(scansWhole(context, "CardState")).toBe(false);
    expect(scansWhole(context, "Card")).toBe(false);
    expect(scansWhole(await explainHot(reviewLogSql, values), "ReviewLog")).toBe(false);
  });
});
