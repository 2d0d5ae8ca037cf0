// Document imports: extracted texts, the draft candidates generated from them, the instructor's
// review (approve, edit, reject), and approval into a deck as real facts with their evidence span.
import { editPending, rejectPending } from "@/lib/import/review";
import { cardsForFact } from "@/lib/content/cards";
import { factSchema, type Fact } from "@/lib/content/schema";
import { mergeCandidates, toDraftFact, type ConflictGroup } from "@/lib/generate";
import { GenerationCancelled } from "@/lib/generate/llm/backend";
import { serverEnv } from "@/lib/env";
import { estimateImportTokens, generateDocument } from "@/lib/llm/generate-document";
import { splitSections } from "@/lib/import/clean";
import { firstFree, slugFrom } from "@/lib/content/slug";
import { Invalid, NotFound } from "@/lib/errors";
import { db } from "./client";
import {
  conflictSummariesSchema,
  importDocumentsSchema,
  parseJsonColumn,
  reviewCandidatesSchema,
} from "./json-columns";
import { factToRow } from "./fact-rows";
import { requireAccount } from "./roles";
import type { ConflictSummary, ImportDocument, ImportStatus, ReviewCandidate } from "@/lib/import/import-types";

export type {
  CandidateStatus,
  ConflictSummary,
  ImportDocument,
  ImportStatus,
  ReviewCandidate,
} from "@/lib/import/import-types";

export type ImportView = {
  id: string;
  title: string;
  status: ImportStatus;
  progress: number;
  /** Tokens the configured model may spend on this import (0 with the rule-based generator). */
  estimatedTokens: number;
  error: string | null;
  documents: ImportDocument[];
  candidates: ReviewCandidate[];
  conflicts: ConflictSummary[];
  createdAt: Date;
};

/** Candidates beyond this many per document are dropped (lowest score first): a reviewer can't use more. */
export const MAX_CANDIDATES_PER_DOCUMENT = 400;

export async function createImport(
  userId: string,
  title: string,
  documents: Omit<ImportDocument, "key">[],
): Promise<string> {
  await requireAccount(userId);
  if (documents.length === 0) throw Invalid("Add at least one file or some pasted text.");
  const taken = new Set<string>();
  const withKeys = documents.map((d) => {
    const key = firstFree(slugFrom(d.title, 40, "document"), taken);
    taken.add(key);
    return { ...d, key };
  });
  const prisma = await db();
  // With a model configured, nothing is sent until the instructor has seen what it will cost.
  const status: ImportStatus = serverEnv().generator.kind === "llm" ? "awaiting" : "processing";
  const row = await prisma.documentImport.create({
    data: { ownerId: userId, title, status, documents: JSON.stringify(withKeys) },
  });
  return row.id;
}

/** Starts generation of an awaiting import; true when the caller should now run processImport. */
export async function startImport(userId: string, importId: string): Promise<boolean> {
  await findOwnImport(userId, importId);
  const prisma = await db();
  const moved = await prisma.documentImport.updateMany({
    where: { id: importId, ownerId: userId, status: "awaiting" },
    data: { status: "processing", progress: 0 },
  });
  return moved.count === 1;
}

/** Stops an import that is waiting or running; a running generation notices within a second. */
export async function cancelImport(userId: string, importId: string): Promise<void> {
  await findOwnImport(userId, importId);
  const prisma = await db();
  await prisma.documentImport.updateMany({
    where: { id: importId, ownerId: userId, status: { in: ["awaiting", "processing"] } },
    data: { status: "cancelled", error: "Cancelled before the cards were made.", candidates: "[]", conflicts: "[]" },
  });
}

/**
 * Generates the candidates of an import, writing progress as it goes. On failure the import keeps
 * only its error: no texts, no candidates.
 */
export async function processImport(importId: string): Promise<void> {
  const prisma = await db();
  const row = await prisma.documentImport.findUnique({ where: { id: importId } });
  if (!row || row.status !== "processing") return;
  const documents = parseJsonColumn(row.documents, importDocumentsSchema, "DocumentImport.documents");
  const total = documents.reduce((n, d) => n + d.text.length, 0) || 1;
  let done = 0;
  let lastWrite = 0;
  const controller = new AbortController();
  // Cancellation is a status change by another request: look for it now and then.
  const watch = setInterval(() => {
    void prisma.documentImport
      .findUnique({ where: { id: importId }, select: { status: true } })
      .then((r) => {
        if (r?.status !== "processing") controller.abort();
      })
      .catch(() => undefined);
  }, 1000);
  const generator = serverEnv().generator;
  let tokensLeft = generator.kind === "llm" ? generator.tokenBudget : undefined;
  try {
    const perDocument = [];
    for (const doc of documents) {
      const sections = splitSections(doc.text).map((s) => ({ heading: s.heading, start: s.start, end: s.end }));
      const { candidates, report } = await generateDocument(
        { sourceKey: doc.key, text: doc.text, title: doc.title },
        {
          sections,
          limit: MAX_CANDIDATES_PER_DOCUMENT,
          signal: controller.signal,
          tokenBudget: tokensLeft,
          onProgress: (fraction) => {
            const overall = (done + fraction * doc.text.length) / total;
            // Throttled: a progress write per few percent, not per sentence.
            if (overall - lastWrite >= 0.05) {
              lastWrite = overall;
              void prisma.documentImport.updateMany({
                where: { id: importId, status: "processing" },
                data: { progress: Math.min(0.99, overall) },
              });
            }
          },
        },
      );
      if (tokensLeft !== undefined) tokensLeft = Math.max(0, tokensLeft - report.tokens.used);
      doc.generation = report;
      perDocument.push(candidates);
      done += doc.text.length;
      // The rule-based generator is synchronous: yield so progress writes and other requests get a turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const merged = mergeCandidates(perDocument);
    const candidates: ReviewCandidate[] = merged.facts.map((c) => ({ ...c, status: "pending" }));
    const conflicts: ConflictSummary[] = merged.conflicts.map((g: ConflictGroup) => ({
      group: g.group,
      subject: g.subject,
      members: g.members.map((m) => m.id),
    }));
    await prisma.documentImport.updateMany({
      where: { id: importId, status: "processing" },
      data: {
        status: "ready",
        progress: 1,
        documents: JSON.stringify(documents),
        candidates: JSON.stringify(candidates),
        conflicts: JSON.stringify(conflicts),
      },
    });
  } catch (e) {
    if (e instanceof GenerationCancelled) return;
    console.error("import failed", importId, e);
    await prisma.documentImport.update({
      where: { id: importId },
      data: {
        status: "failed",
        error: "The documents could not be turned into cards. Try a smaller or cleaner file.",
        documents: "[]",
        candidates: "[]",
        conflicts: "[]",
      },
    });
  } finally {
    clearInterval(watch);
  }
}

async function findOwnImport(userId: string, importId: string) {
  const prisma = await db();
  const row = await prisma.documentImport.findFirst({ where: { id: importId, ownerId: userId } });
  if (!row) throw NotFound("That import");
  return row;
}

export async function getImport(userId: string, importId: string): Promise<ImportView> {
  const row = await findOwnImport(userId, importId);
  return {
    id: row.id,
    title: row.title,
    status: row.status as ImportStatus,
    progress: row.progress,
    estimatedTokens:
      row.status === "awaiting"
        ? estimateImportTokens(
            parseJsonColumn(row.documents, importDocumentsSchema, "DocumentImport.documents").map((d) => d.text),
          )
        : 0,
    error: row.error,
    documents: parseJsonColumn(row.documents, importDocumentsSchema, "DocumentImport.documents"),
    candidates: parseJsonColumn(row.candidates, reviewCandidatesSchema, "DocumentImport.candidates"),
    conflicts: parseJsonColumn(row.conflicts, conflictSummariesSchema, "DocumentImport.conflicts"),
    createdAt: row.createdAt,
  };
}

export async function getImportStatus(userId: string, importId: string) {
  const row = await findOwnImport(userId, importId);
  return { status: row.status, progress: row.progress, error: row.error, kind: row.kind };
}

export async function listImports(userId: string) {
  await requireAccount(userId);
  const prisma = await db();
  return prisma.documentImport.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, progress: true, createdAt: true },
  });
}

export async function deleteImport(userId: string, importId: string) {
  await findOwnImport(userId, importId);
  const prisma = await db();
  await prisma.documentImport.deleteMany({ where: { id: importId, ownerId: userId } });
}

async function saveCandidates(importId: string, candidates: ReviewCandidate[]) {
  const prisma = await db();
  await prisma.documentImport.update({ where: { id: importId }, data: { candidates: JSON.stringify(candidates) } });
}

export async function rejectCandidates(userId: string, importId: string, ids: string[]) {
  const row = await findOwnImport(userId, importId);
  const candidates = parseJsonColumn(row.candidates, reviewCandidatesSchema, "DocumentImport.candidates");
  await saveCandidates(importId, rejectPending(candidates, ids));
}

export async function editCandidate(
  userId: string,
  importId: string,
  id: string,
  edit: { prompt: string; answer: string },
) {
  const row = await findOwnImport(userId, importId);
  const candidates = parseJsonColumn(row.candidates, reviewCandidatesSchema, "DocumentImport.candidates");
  await saveCandidates(importId, editPending(candidates, id, edit));
}

/**
 * Approves candidates into one of the instructor's own decks: each document becomes a Source (with
 * its text), each candidate a fact citing its first evidence span, with its cards. All or nothing.
 */
export async function approveCandidates(
  userId: string,
  importId: string,
  ids: string[],
  deckRef: string,
): Promise<{ approved: number; deckSlug: string }> {
  const row = await findOwnImport(userId, importId);
  if (row.status !== "ready") throw Invalid("The import is not ready yet.");
  const prisma = await db();
  const deck = await prisma.deck.findFirst({ where: { OR: [{ id: deckRef }, { slug: deckRef }], ownerId: userId } });
  if (!deck) throw NotFound("That deck (it must be one of your own)");

  const documents = parseJsonColumn(row.documents, importDocumentsSchema, "DocumentImport.documents");
  const candidates = parseJsonColumn(row.candidates, reviewCandidatesSchema, "DocumentImport.candidates");
  const wanted = new Set(ids);
  const chosen = candidates.filter((c) => wanted.has(c.id) && c.status === "pending");
  if (chosen.length === 0) throw Invalid("Choose at least one pending candidate to approve.");

  const existingKeys = new Set(
    (await prisma.fact.findMany({ where: { deckId: deck.id }, select: { key: true } })).map((f) => f.key),
  );
  const drafts: { candidate: ReviewCandidate; fact: Fact }[] = [];
  for (const c of chosen) {
    const draft = toDraftFact(c, {
      idPrefix: documents.find((d) => d.key === c.evidence[0]?.sourceKey)?.key ?? "import",
    });
    // A model writes its own explanation; the rule-based generator only points at the source.
    if (c.explanation) draft.explanation = c.explanation.slice(0, 600);
    const parsed = factSchema.safeParse(draft);
    if (!parsed.success)
      throw Invalid(`"${c.prompt}" cannot become a fact: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    const key = firstFree(parsed.data.id, existingKeys);
    existingKeys.add(key);
    drafts.push({ candidate: c, fact: { ...parsed.data, id: key } });
  }

  const basePosition = await prisma.fact.count({ where: { deckId: deck.id } });
  await prisma.$transaction(async (tx) => {
    const sourceIds = new Map<string, string>();
    for (const doc of documents) {
      if (!drafts.some((d) => d.candidate.evidence[0]?.sourceKey === doc.key)) continue;
      const data = {
        title: doc.title,
        author: "Imported document",
        date: String(new Date().getUTCFullYear()),
        kind: doc.format,
        text: doc.text,
      };
      const source = await tx.source.upsert({
        where: { deckId_key: { deckId: deck.id, key: doc.key } },
        create: { deckId: deck.id, key: doc.key, ...data },
        update: data,
      });
      sourceIds.set(doc.key, source.id);
    }
    for (const [i, { candidate, fact }] of drafts.entries()) {
      const evidence = candidate.evidence[0];
      // Every candidate is made with its evidence; one without cannot cite a passage.
      if (!evidence) throw Invalid(`"${candidate.prompt}" has no evidence in the document.`);
      const saved = await tx.fact.create({
        data: {
          deckId: deck.id,
          ...factToRow({ ...fact, source: evidence.sourceKey }),
          sourceId: sourceIds.get(evidence.sourceKey)!,
          spanStart: evidence.start,
          spanEnd: evidence.end,
          status: "approved",
          position: basePosition + i,
        },
      });
      for (const [j, t] of cardsForFact(fact).entries()) {
        await tx.card.create({
          data: {
            deckId: deck.id,
            factId: saved.id,
            template: t.template,
            front: t.front,
            back: t.back,
            position: (basePosition + i) * 10 + j,
          },
        });
      }
    }
    const approvedKeys = new Map(drafts.map((d) => [d.candidate.id, d.fact.id]));
    const updated = candidates.map((c) =>
      approvedKeys.has(c.id) ? { ...c, status: "approved" as const, factKey: approvedKeys.get(c.id) } : c,
    );
    await tx.documentImport.update({ where: { id: importId }, data: { candidates: JSON.stringify(updated) } });
  });
  return { approved: drafts.length, deckSlug: deck.slug };
}
