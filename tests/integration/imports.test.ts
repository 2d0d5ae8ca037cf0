import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createDeck } from "@/lib/db/deck-editor";
import {
  listImports,
  approveCandidates,
  createImport,
  getImport,
  processImport,
  rejectCandidates,
  type ReviewCandidate,
} from "@/lib/db/imports";
import { getStudyQueue } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { extractDocumentText } from "@/lib/import/extract";
import { engine, makeUser, resetDatabase } from "./helpers";

const fixtures = path.resolve("tests/fixtures/import");

async function canalDocument(file = "canal.txt") {
  const bytes = new Uint8Array(readFileSync(path.join(fixtures, file)));
  const { text, format } = await extractDocumentText({ name: file, bytes });
  return { fileName: file, format, title: "The Lindenvale Canal", text };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: unknown) => (e instanceof AppError ? e.code : `crash: ${String(e)}`),
  );

describe(`document imports (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("turns a document into draft candidates whose evidence spans are exact", async () => {
    const teacher = await makeUser("instructor");
    const id = await createImport(teacher.id, "Canal", [await canalDocument()]);
    expect((await getImport(teacher.id, id)).status).toBe("processing");
    await processImport(id);
    const view = await getImport(teacher.id, id);
    expect(view.status).toBe("ready");
    expect(view.progress).toBe(1);
    expect(view.candidates.length).toBeGreaterThan(3);
    const text = view.documents[0]!.text;
    for (const c of view.candidates) {
      const ev = c.evidence[0]!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(c.status).toBe("pending");
    }
    expect(view.candidates.map((c) => c.answer)).toEqual(expect.arrayContaining([expect.stringMatching(/1887/)]));
  });

  it("approves chosen candidates into the instructor's deck as facts with cards and spans; they can be studied", async () => {
    const teacher = await makeUser("instructor");
    const deck = await createDeck(teacher.id, { title: "Canal history" });
    const id = await createImport(teacher.id, "Canal", [await canalDocument()]);
    await processImport(id);
    const view = await getImport(teacher.id, id);
    const [first, second, third] = view.candidates as [ReviewCandidate, ReviewCandidate, ReviewCandidate];
    await rejectCandidates(teacher.id, id, [third.id]);
    const r = await approveCandidates(teacher.id, id, [first.id, second.id, third.id], deck.slug);
    expect(r).toEqual({ approved: 2, deckSlug: deck.slug });

    const prisma = await db();
    const facts = await prisma.fact.findMany({
      where: { deckId: deck.id, source: { key: { not: "instructor-notes" } } },
      include: { source: true, cards: true },
    });
    expect(facts).toHaveLength(2);
    const after = await getImport(teacher.id, id);
    for (const f of facts) {
      const candidate = after.candidates.find((c) => c.factKey === f.key)!;
      expect(f.status).toBe("approved");
      expect(f.cards.length).toBeGreaterThan(0);
      expect(f.source.text).toBe(view.documents[0]!.text);
      // The fact keeps its evidence: the exact sentence, which holds the answer.
      expect(f.source.text!.slice(f.spanStart!, f.spanEnd!)).toBe(candidate.evidence[0]!.text);
      expect(candidate.evidence[0]!.text).toContain(candidate.answer);
    }
    expect(
      after.candidates
        .filter((c) => c.status === "approved")
        .map((c) => c.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    // Approving again changes nothing: they are no longer pending.
    expect(await codeOf(approveCandidates(teacher.id, id, [first.id], deck.slug))).toBe("invalid");
    const queue = await getStudyQueue(teacher.id, deck.slug, new Date());
    expect(queue.cards.length).toBeGreaterThan(0);
  });

  it("a learner imports their own document into their own deck, and nobody else's", async () => {
    const learner = await makeUser();
    const other = await makeUser();
    const deck = await createDeck(learner.id, { title: "My readings" });
    const id = await createImport(learner.id, "Mine", [await canalDocument()]);
    await processImport(id);
    const view = await getImport(learner.id, id);
    expect(await codeOf(getImport(other.id, id))).toBe("not_found");
    expect(await codeOf(approveCandidates(other.id, id, [view.candidates[0]!.id], deck.slug))).toBe("not_found");
    const othersDeck = await createDeck(other.id, { title: "Theirs" });
    expect(await codeOf(approveCandidates(learner.id, id, [view.candidates[0]!.id], othersDeck.slug))).toBe(
      "not_found",
    );
    expect(await approveCandidates(learner.id, id, [view.candidates[0]!.id], deck.slug)).toEqual({
      approved: 1,
      deckSlug: deck.slug,
    });
    expect((await listImports(learner.id)).map((i) => i.id)).toEqual([id]);
    expect(await listImports(other.id)).toEqual([]);
  });

  it("keeps imports private and refuses other owners' decks", async () => {
    const teacher = await makeUser("instructor");
    const other = await makeUser("instructor");
    const id = await createImport(teacher.id, "Canal", [await canalDocument()]);
    await processImport(id);
    expect(await codeOf(getImport(other.id, id))).toBe("not_found");
    const view = await getImport(teacher.id, id);
    const othersDeck = await createDeck(other.id, { title: "Not yours" });
    expect(await codeOf(approveCandidates(teacher.id, id, [view.candidates[0]!.id], othersDeck.slug))).toBe(
      "not_found",
    );
    expect(await codeOf(approveCandidates(teacher.id, id, [view.candidates[0]!.id], "iran-russia"))).toBe("not_found");
    const prisma = await db();
    expect(await prisma.fact.count({ where: { deckId: othersDeck.id } })).toBe(0);
  });

  it("merges the same fact from two documents and keeps both imports' texts", async () => {
    const teacher = await makeUser("instructor");
    const a = await canalDocument("canal.txt");
    const b = { ...(await canalDocument("canal.md")), title: "Canal notes (markdown)" };
    const id = await createImport(teacher.id, "Two copies", [a, b]);
    await processImport(id);
    const view = await getImport(teacher.id, id);
    expect(view.documents.map((d) => d.key)).toEqual(["the-lindenvale-canal", "canal-notes-markdown"]);
    const both = view.candidates.filter((c) => c.sources.length === 2);
    expect(both.length).toBeGreaterThan(0);
    for (const c of both) expect(new Set(c.evidence.map((e) => e.sourceKey)).size).toBe(2);
  });
});
