// Two submissions of one quiz racing each other: exactly one is scored, both callers see that one,
// and its reviews are written once. (Kills the mutant that drops `submittedAt: null` from the
// guarded update: then both writes land and the stored result disagrees with one caller.)
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { createQuiz, submitQuiz } from "@/lib/db/quizzes";
import type { QuizItem } from "@/lib/quiz/assemble";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-04-01T10:00:00Z");

const yearFact = (i: number): Fact => ({
  id: `race-${i}`,
  kind: "date",
  prompt: `In which year did race event ${i} happen?`,
  answer: String(2000 + i),
  variants: [],
  explanation: `Race event ${i} happened in ${2000 + i}.`,
  source: "doc",
  section: "Part",
  tags: [],
  value: { date: String(2000 + i) },
  reverse: false,
});

describe(`quiz submission race (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("scores one of two concurrent submissions and writes its reviews once", async () => {
    await syncContentDeck({
      slug: "race-deck",
      title: "Race deck",
      sources: [{ key: "doc", title: "Document", author: "A", date: "2025" }],
      facts: Array.from({ length: 8 }, (_, i) => yearFact(i + 1)),
    });
    const user = await makeUser();
    const quiz = await createQuiz(user.id, { deck: "race-deck", count: 6, seed: 3, kinds: ["type-in"] });
    const prisma = await db();
    const items = JSON.parse((await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).items) as QuizItem[];
    const right = items.map((i) => ({ itemId: i.id, answer: i.answer }));
    const wrong = items.map((i) => ({ itemId: i.id, answer: "1066" }));

    const results = await Promise.allSettled([
      submitQuiz(user.id, quiz.id, right, NOW),
      submitQuiz(user.id, quiz.id, wrong, NOW),
    ]);
    const answered = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(answered.length).toBeGreaterThan(0);
    const stored = await prisma.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    const storedResult = JSON.parse(stored.results ?? "null") as { score: number };
    // Whoever answered saw the stored result, never a result that was overwritten.
    for (const r of answered) expect(r.score).toBe(storedResult.score);
    expect([0, items.length]).toContain(storedResult.score);
    const logs = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(logs).toBeLessThanOrEqual(items.length);
  });
});
