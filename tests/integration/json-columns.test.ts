import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { CorruptJsonColumn } from "@/lib/db/json-columns";
import { createQuiz, getQuiz } from "@/lib/db/quizzes";
import { engine, makeUser, resetDatabase } from "./helpers";

describe(`stored JSON columns (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("reads a quiz back, and a corrupt items column is a clear error naming it", async () => {
    await syncContentDeck({
      slug: "json-deck",
      title: "JSON deck",
      sources: [{ key: "doc", title: "Document", author: "A", date: "2025" }],
      facts: Array.from({ length: 6 }, (_, i) => ({
        id: `year-${i + 1}`,
        kind: "date" as const,
        prompt: `Which year is marked ${i + 1}?`,
        answer: String(2000 + i),
        variants: [],
        explanation: `Marked ${i + 1} is ${2000 + i}.`,
        source: "doc",
        section: "Years",
        tags: [],
        value: { date: String(2000 + i) },
        reverse: false,
      })),
    });
    const user = await makeUser();
    const quiz = await createQuiz(user.id, { deck: "json-deck", count: 4, seed: 7 });
    expect((await getQuiz(user.id, quiz.id)).items).toEqual(quiz.items);

    const prisma = await db();
    await prisma.quiz.update({ where: { id: quiz.id }, data: { items: '[{"id":"x","kind":"type-in"}]' } });
    await expect(getQuiz(user.id, quiz.id)).rejects.toThrow(CorruptJsonColumn);
    await expect(getQuiz(user.id, quiz.id)).rejects.toThrow(/stored Quiz\.items column is corrupt: .* at 0\.prompt/);
  });
});
