import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { getDeckExport, getReviewLogForExport } from "@/lib/db/deck-exports";
import {
  approveDeckCandidates,
  createDeckFileImport,
  getDeckImport,
  processDeckFileImport,
  remapCsvImport,
} from "@/lib/db/deck-imports";
import { createDeck } from "@/lib/db/deck-editor";
import { getStudyQueue } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { writeApkg } from "@/lib/export/apkg";
import { deckCsv } from "@/lib/export/deck-csv";
import { reviewLogCsv } from "@/lib/export/review-log-csv";
import { readCsvTable } from "@/lib/import/csv/table";
import { DEFAULT_SETTINGS, replayReviews } from "@/lib/srs";
import { CARDS, KEPT_REVIEWS, makeSampleApkg, REVLOG } from "../fixtures/anki/make-apkg";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-02-01T12:00:00Z");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: unknown) => (e instanceof AppError ? e.code : `crash: ${String(e)}`),
  );

async function importApkg(userId: string, bytes: Uint8Array, fileName = "world.apkg") {
  const id = await createDeckFileImport(userId, fileName, { format: "apkg", fileName, bytes });
  await processDeckFileImport(id);
  return id;
}

/** Facts and cards of a deck, comparable across decks (ids and positions left out). */
async function deckContent(deckId: string) {
  const prisma = await db();
  const facts = await prisma.fact.findMany({
    where: { deckId },
    orderBy: { position: "asc" },
    include: { cards: { orderBy: { position: "asc" } }, source: true },
  });
  return facts.map((f) => ({
    key: f.key,
    kind: f.kind,
    prompt: f.prompt,
    answer: f.answer,
    variants: f.variants,
    explanation: f.explanation,
    section: f.section,
    tags: f.tags,
    details: f.details,
    reverse: f.reverse,
    source: { key: f.source.key, title: f.source.title },
    cards: f.cards.map((c) => ({ template: c.template, front: c.front, back: c.back })),
  }));
}

describe(`Anki and CSV interop (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("imports the fixture package: facts, cards, and FSRS states rebuilt from its review history for the importer", async () => {
    const teacher = await makeUser("instructor");
    const deck = await createDeck(teacher.id, { title: "From Anki" });
    const id = await importApkg(teacher.id, makeSampleApkg());
    const view = await getDeckImport(teacher.id, id);
    expect(view.status).toBe("ready");
    expect(view.progress).toBe(1);
    expect(view.summary?.messages.join(" ")).toMatch(/media files/);
    expect(view.candidates).toHaveLength(6);

    const r = await approveDeckCandidates(
      teacher.id,
      id,
      view.candidates.map((c) => c.id),
      deck.slug,
      NOW,
    );
    expect(r.approved).toBe(6);
    expect(r.reviews).toBe(Object.values(KEPT_REVIEWS).reduce((a, b) => a + b, 0));

    const prisma = await db();
    const basic = await prisma.fact.findFirstOrThrow({
      where: { deckId: deck.id, prompt: "Which city is the capital of Australia?" },
      include: { cards: true, source: true },
    });
    expect(basic.source).toMatchObject({ author: "Anki collection", kind: "Anki package" });
    const qa = basic.cards.find((c) => c.template === "qa")!;
    const state = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: teacher.id, cardId: qa.id } },
    });
    const logs = await prisma.reviewLog.findMany({
      where: { userId: teacher.id, cardId: qa.id },
      orderBy: { reviewedAt: "asc" },
    });
    expect(logs).toHaveLength(KEPT_REVIEWS.basic);
    expect(logs.every((l) => l.origin === "import")).toBe(true);
    // The state is what FSRS gives for the kept reviews, replayed with the user's settings.
    const kept = REVLOG.filter((x) => x.cid === CARDS.basic.id && x.ease > 0).map((x) => ({
      at: new Date(x.id),
      rating: x.ease as 1 | 2 | 3 | 4,
      durationMs: x.time,
    }));
    const expected = replayReviews(kept, DEFAULT_SETTINGS).final!;
    expect(state).toMatchObject({
      reps: expected.reps,
      lapses: 1,
      state: expected.state,
      version: KEPT_REVIEWS.basic - 1,
    });
    expect(state.due.getTime()).toBe(expected.due.getTime());
    expect(state.stability).toBeCloseTo(expected.stability, 6);
    expect(logs.map((l) => l.reviewedAt.getTime())).toEqual(kept.map((k) => k.at.getTime()));

    // The suspended back→front card stays suspended; a never-reviewed card has no state.
    const gold = await prisma.fact.findFirstOrThrow({
      where: { deckId: deck.id, prompt: "Au" },
      include: { cards: true },
    });
    const reverse = gold.cards.find((c) => c.template === "reverse");
    expect(reverse).toBeDefined();
    const reverseState = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: teacher.id, cardId: reverse!.id } },
    });
    expect(reverseState).toMatchObject({ suspended: true, reps: KEPT_REVIEWS.reversedBack });
    const jupiter = await prisma.fact.findFirstOrThrow({
      where: { deckId: deck.id, answer: "Jupiter" },
      include: { cards: true },
    });
    expect(
      await prisma.cardState.count({ where: { userId: teacher.id, cardId: { in: jupiter.cards.map((c) => c.id) } } }),
    ).toBe(0);

    // The deck can be studied, and the rebuilt states are the importer's only.
    const queue = await getStudyQueue(teacher.id, deck.slug, NOW);
    expect(queue.cards.length).toBeGreaterThan(0);
    const other = await makeUser("instructor");
    expect(await prisma.cardState.count({ where: { userId: other.id } })).toBe(0);
  });

  it("round-trips a deck through .apkg: the same facts and cards, and the user's history comes back", async () => {
    const teacher = await makeUser("instructor");
    const first = await createDeck(teacher.id, { title: "Original" });
    const id = await importApkg(teacher.id, makeSampleApkg());
    const view = await getDeckImport(teacher.id, id);
    await approveDeckCandidates(
      teacher.id,
      id,
      view.candidates.map((c) => c.id),
      first.slug,
      NOW,
    );

    const exported = await getDeckExport(teacher.id, first.slug);
    const apkg = writeApkg(exported, NOW);
    const second = await createDeck(teacher.id, { title: "Round trip" });
    const again = await importApkg(teacher.id, apkg, "original.apkg");
    const againView = await getDeckImport(teacher.id, again);
    expect(againView.candidates).toHaveLength(view.candidates.length);
    await approveDeckCandidates(
      teacher.id,
      again,
      againView.candidates.map((c) => c.id),
      second.slug,
      NOW,
    );

    expect(await deckContent(second.id)).toEqual(await deckContent(first.id));
    const prisma = await db();
    const logsIn = async (deckId: string) => prisma.reviewLog.count({ where: { userId: teacher.id, deckId } });
    expect(await logsIn(second.id)).toBe(await logsIn(first.id));
    const states = async (deckId: string) =>
      (
        await prisma.cardState.findMany({
          where: { userId: teacher.id, deckId },
          include: { card: { include: { fact: true } } },
        })
      )
        .map((s) => ({
          key: s.card.fact.key,
          template: s.card.template,
          reps: s.reps,
          lapses: s.lapses,
          state: s.state,
          due: s.due.getTime(),
          suspended: s.suspended,
        }))
        .sort((a, b) => `${a.key}/${a.template}`.localeCompare(`${b.key}/${b.template}`));
    expect(await states(second.id)).toEqual(await states(first.id));
  });

  it("round-trips a deck through CSV with every field, and maps Quizlet-style columns the user chooses", async () => {
    const teacher = await makeUser("instructor");
    const first = await createDeck(teacher.id, { title: "Seeded" });
    const apkgImport = await importApkg(teacher.id, makeSampleApkg());
    const v = await getDeckImport(teacher.id, apkgImport);
    await approveDeckCandidates(
      teacher.id,
      apkgImport,
      v.candidates.map((c) => c.id),
      first.slug,
      NOW,
    );
    const exported = await getDeckExport(teacher.id, first.slug);
    const csv = deckCsv(
      exported.facts.map((f) => f.fact),
      exported.sources,
    );

    const second = await createDeck(teacher.id, { title: "From CSV" });
    const id = await createDeckFileImport(teacher.id, "seeded.csv", {
      format: "csv",
      fileName: "seeded.csv",
      table: readCsvTable(csv),
    });
    await processDeckFileImport(id);
    const view = await getDeckImport(teacher.id, id);
    expect(view.csv?.mapping).toContain("details");
    await approveDeckCandidates(
      teacher.id,
      id,
      view.candidates.map((c) => c.id),
      second.slug,
      NOW,
    );
    const strip = (rows: Awaited<ReturnType<typeof deckContent>>) =>
      rows.map((r) => ({ ...r, source: r.source.title }));
    expect(strip(await deckContent(second.id))).toEqual(strip(await deckContent(first.id)));

    // Quizlet: definition first? The user swaps the columns before approving.
    const quizlet = readCsvTable("Canberra\tCapital of Australia\nOttawa\tCapital of Canada\n");
    const q = await createDeckFileImport(teacher.id, "capitals.tsv", {
      format: "csv",
      fileName: "capitals.tsv",
      table: quizlet,
    });
    await processDeckFileImport(q);
    expect((await getDeckImport(teacher.id, q)).candidates[0]).toMatchObject({
      prompt: "Canberra",
      answer: "Capital of Australia",
    });
    await remapCsvImport(teacher.id, q, ["answer", "prompt"]);
    expect((await getDeckImport(teacher.id, q)).candidates[0]).toMatchObject({
      prompt: "Capital of Australia",
      answer: "Canberra",
    });
    expect(await codeOf(remapCsvImport(teacher.id, q, ["answer", "answer"]))).toBe("invalid");
    const qv = await getDeckImport(teacher.id, q);
    await approveDeckCandidates(teacher.id, q, [qv.candidates[0]!.id], second.slug, NOW);
    expect(await codeOf(remapCsvImport(teacher.id, q, ["prompt", "answer"]))).toBe("conflict");
  });

  it("exports only the caller's own scheduling and reviews, in the FSRS tools' CSV", async () => {
    const teacher = await makeUser("instructor");
    const deck = await createDeck(teacher.id, { title: "Mine" });
    const id = await importApkg(teacher.id, makeSampleApkg());
    const view = await getDeckImport(teacher.id, id);
    await approveDeckCandidates(
      teacher.id,
      id,
      view.candidates.map((c) => c.id),
      deck.slug,
      NOW,
    );

    const log = await getReviewLogForExport(teacher.id);
    expect(log).toHaveLength(Object.values(KEPT_REVIEWS).reduce((a, b) => a + b, 0));
    const items = convertCsvToFsrsItems(new TextEncoder().encode(reviewLogCsv(log)), 4, "UTC", () => 0);
    expect(items.length).toBeGreaterThan(0);

    const learner = await makeUser();
    expect(await getReviewLogForExport(learner.id)).toEqual([]);
    // A private deck of someone else is not found; a content deck exports with no states for a newcomer.
    expect(await codeOf(getDeckExport(learner.id, deck.slug))).toBe("not_found");
    const mine = await getDeckExport(teacher.id, deck.slug);
    expect(mine.facts.some((f) => f.cards.some((c) => c.state !== null))).toBe(true);
  });

  it("keeps deck imports to instructors and to their owner, and fails clearly on a bad package", async () => {
    const teacher = await makeUser("instructor");
    const learner = await makeUser();
    expect(
      await codeOf(
        createDeckFileImport(learner.id, "x.apkg", { format: "apkg", fileName: "x.apkg", bytes: makeSampleApkg() }),
      ),
    ).toBe("forbidden");
    const id = await importApkg(teacher.id, makeSampleApkg());
    const other = await makeUser("instructor");
    expect(await codeOf(getDeckImport(other.id, id))).toBe("not_found");
    const othersDeck = await createDeck(other.id, { title: "Not yours" });
    const view = await getDeckImport(teacher.id, id);
    expect(await codeOf(approveDeckCandidates(teacher.id, id, [view.candidates[0]!.id], othersDeck.slug, NOW))).toBe(
      "not_found",
    );

    // More than 5,000 facts at once is refused with a reason, before anything is written.
    const rows = Array.from({ length: 5001 }, (_, i) => `Question ${i}\tAnswer ${i}`).join("\n");
    const big = await createDeckFileImport(teacher.id, "big.tsv", {
      format: "csv",
      fileName: "big.tsv",
      table: readCsvTable(rows),
    });
    await processDeckFileImport(big);
    const bigView = await getDeckImport(teacher.id, big);
    const mine = await createDeck(teacher.id, { title: "Too many" });
    expect(
      await codeOf(
        approveDeckCandidates(
          teacher.id,
          big,
          bigView.candidates.map((c) => c.id),
          mine.slug,
          NOW,
        ),
      ),
    ).toBe("invalid");
    expect(
      await (await db()).fact.count({ where: { deckId: mine.id, source: { key: { not: "instructor-notes" } } } }),
    ).toBe(0);

    const bad = await importApkg(teacher.id, new TextEncoder().encode("PK\x03\x04 damaged"));
    const failed = await getDeckImport(teacher.id, bad);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/damaged|not a zip/);
  });
});
