import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { disconnectDb } from "@/lib/db/client";
import { createClass, joinClass } from "@/lib/db/classes";
import { syncContentDeck } from "@/lib/db/content-sync";
import { seedSimulatedHistory } from "@/lib/db/review-fixtures";
import { getCardHistory, getStats, mostReviewedCards } from "@/lib/db/stats";
import { previewAssignmentWorkload } from "@/lib/db/workload";
import { makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-01-05T09:00:00Z");
const NOW = new Date("2026-03-01T12:00:00Z");
const fact = (id: string): Fact => ({
  id,
  kind: "concept",
  prompt: `What is ${id}?`,
  answer: `A ${id}`,
  variants: [],
  explanation: `About ${id}.`,
  source: "doc",
  section: "One",
  tags: [],
  reverse: false,
});
const deck = (slug: string, n: number) =>
  syncContentDeck({
    slug,
    title: slug,
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: n }, (_, i) => fact(`${slug}-${i}`)),
  });

beforeEach(resetDatabase);
afterAll(disconnectDb);

describe("statistics from real rows", () => {
  it("per deck and overall, scoped to the caller", async () => {
    const user = await makeUser();
    const a = await deck("stats-a", 30);
    const b = await deck("stats-b", 10);
    const nA = await seedSimulatedHistory({
      userId: user.id,
      deckId: a.deckId,
      start: T0,
      days: 50,
      newPerDay: 2,
      seed: 1,
    });
    const nB = await seedSimulatedHistory({
      userId: user.id,
      deckId: b.deckId,
      start: T0,
      days: 50,
      newPerDay: 1,
      seed: 2,
    });
    const one = await getStats(user.id, "stats-a", NOW);
    const all = await getStats(user.id, null, NOW);
    expect(one.deck?.slug).toBe("stats-a");
    expect(one.totals.reviews).toBe(nA);
    expect(all.totals.reviews).toBe(nA + nB);
    expect(one.totals.cardsTotal).toBe(a.cards);
    expect(one.heatmap.reduce((s, d) => s + d.reviews, 0)).toBe(nA);
    expect(one.forecast.days90).toHaveLength(90);

    const top = await mostReviewedCards(user.id, a.deckId);
    const history = await getCardHistory(user.id, top[0]?.cardId ?? "");
    expect(history.reviews).toHaveLength(top[0]?.reviews ?? -1);

    // Another learner sees the shared deck but none of these reviews.
    const stranger = await makeUser();
    expect((await getStats(stranger.id, "stats-a", NOW)).totals.reviews).toBe(0);
    expect((await getCardHistory(stranger.id, top[0]?.cardId ?? "")).reviews).toHaveLength(0);
    await expect(getStats(user.id, "no-such-deck", NOW)).rejects.toThrow(/not found/);
  }, 120_000);

  it("previews an assignment's workload per student, for the class's instructor only", async () => {
    const teacher = await makeUser("instructor");
    const cls = await createClass(teacher.id, "Preview");
    const d = await deck("assign-me", 20);
    const s1 = await makeUser();
    await joinClass(s1.id, cls.joinCode, NOW);
    await seedSimulatedHistory({ userId: s1.id, deckId: d.deckId, start: T0, days: 40, newPerDay: 1, seed: 3 });
    const s2 = await makeUser();
    await joinClass(s2.id, cls.joinCode, NOW);
    const due = new Date("2026-03-15T20:00:00Z");
    const p = await previewAssignmentWorkload(
      teacher.id,
      cls.id,
      { deck: "assign-me", dueAt: due, targetRetention: 0.85 },
      NOW,
    );
    expect(p.students).toHaveLength(2);
    expect(p.days).toHaveLength(15);
    const fresh = p.students.find((s) => s.studentId === s2.id);
    const started = p.students.find((s) => s.studentId === s1.id);
    expect(fresh?.newPerDay).toBe(Math.ceil(d.cards / 15)); // every card of the deck over 15 days
    expect(started?.newPerDay ?? 99).toBeLessThan(fresh?.newPerDay ?? 0);
    const other = await makeUser("instructor");
    await expect(
      previewAssignmentWorkload(other.id, cls.id, { deck: "assign-me", dueAt: due, targetRetention: 0.85 }, NOW),
    ).rejects.toThrow();
  }, 120_000);
});
