// Imports of deck files (Anki packages, CSV/TSV tables) through the same DocumentImport rows and
// review screen as document imports: the upload is stored, read off the request path with
// progress, turned into draft facts for the instructor to approve, and on approval the facts,
// their cards and, for Anki, the importing user's FSRS states rebuilt from the review history.
import { editPending, rejectPending } from "@/lib/import/review";
import { randomUUID } from "node:crypto";
import { cardsForFact } from "@/lib/content/cards";
import { factSchema, type Fact } from "@/lib/content/schema";
import { firstFree, slugFrom } from "@/lib/content/slug";
import { AppError, Conflict, Invalid, NotFound } from "@/lib/errors";
import { mapAnkiCollection } from "@/lib/import/anki/map-collection";
import { readAnkiPackage } from "@/lib/import/anki/read-package";
import { columnMappingSchema, guessMapping, mapCsvRows, type ColumnMapping } from "@/lib/import/csv/mapping";
import type { CsvTable } from "@/lib/import/csv/table";
import {
  candidateToFact,
  MAX_APPROVE_AT_ONCE,
  type DeckCandidate,
  type DeckImportFormat,
  type DeckImportSummary,
} from "@/lib/import/deck-candidates";
import { NO_ROW_SNAPSHOT, newSchedulingState, replayReviews, serializeSnapshot, type SchedulingState } from "@/lib/srs";
import { db, type Tx } from "./client";
import { Prisma } from "./generated/sqlite/client";
import { SCHEDULING_COLUMNS, schedulingColumns } from "./card-states";
import { factToRow } from "./fact-rows";
import { deckCandidatesSchema, deckImportPayloadSchema, parseJsonColumn, type DeckImportPayload } from "./json-columns";
import { requireInstructor } from "./roles";
import { getStudySettings } from "./settings";

const IMPORT_NEEDS_INSTRUCTOR = "Importing decks needs an instructor account.";
// Approving thousands of facts with their histories is a few batched statements, but give it room.
const LONG_TX = { maxWait: 10_000, timeout: 120_000 };
const BATCH = 500;
// Rows per multi-row INSERT: 19 columns × 200 stays far under SQLite's and PostgreSQL's parameter limits.
const RAW_BATCH = 200;

const STATE_COLUMNS = [
  "id",
  "userId",
  "cardId",
  "deckId",
  "factId",
  ...SCHEDULING_COLUMNS,
  "suspended",
  "leech",
  "version",
] as const;
const LOG_COLUMNS = [
  "id",
  "userId",
  "cardId",
  "deckId",
  "factId",
  "rating",
  "origin",
  "durationMs",
  "reviewedAt",
  "before",
  "wasNew",
  "state",
  "due",
  "stability",
  "difficulty",
  "reps",
  "lapses",
  "elapsedDays",
  "scheduledDays",
] as const;

/** Multi-row INSERTs: Prisma's createMany spent over a millisecond a row on the review log. */
async function insertRows<C extends string>(
  tx: Tx,
  table: string,
  columns: readonly C[],
  rows: Record<C, unknown>[],
): Promise<void> {
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  for (let i = 0; i < rows.length; i += RAW_BATCH) {
    const values = rows.slice(i, i + RAW_BATCH).map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => r[c]))})`);
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

type Payload = DeckImportPayload;

export type DeckImportView = {
  id: string;
  title: string;
  kind: DeckImportFormat;
  status: "processing" | "ready" | "failed";
  progress: number;
  error: string | null;
  summary: DeckImportSummary | null;
  candidates: DeckCandidate[];
  /** csv: the header (or null), the first rows and the current mapping, for the mapping form. */
  csv: { header: string[] | null; preview: string[][]; columns: number; mapping: ColumnMapping } | null;
  createdAt: Date;
};

export type DeckFileUpload =
  | { format: "apkg"; fileName: string; bytes: Uint8Array }
  | { format: "csv"; fileName: string; table: CsvTable; mapping?: ColumnMapping };

export async function createDeckFileImport(userId: string, title: string, upload: DeckFileUpload): Promise<string> {
  await requireInstructor(userId, IMPORT_NEEDS_INSTRUCTOR);
  const payload: Payload =
    upload.format === "apkg"
      ? { bytes: Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength).toString("base64") }
      : { table: upload.table, mapping: upload.mapping ?? guessMapping(upload.table) };
  if (payload.mapping && payload.table && payload.mapping.length !== payload.table.columns) {
    throw Invalid(`The mapping names ${payload.mapping.length} columns but the file has ${payload.table.columns}.`);
  }
  const prisma = await db();
  const row = await prisma.documentImport.create({
    data: {
      ownerId: userId,
      title: title.slice(0, 120),
      documents: "[]",
      kind: upload.format,
      payload: JSON.stringify(payload),
    },
  });
  return row.id;
}

function failureMessage(e: unknown): string {
  if (e instanceof AppError) return e.message;
  return "The file could not be turned into cards. Check that it is an Anki package or a CSV file and try again.";
}

/** Reads the stored upload into draft facts, writing progress. A failure keeps only its message. */
export async function processDeckFileImport(importId: string): Promise<void> {
  const prisma = await db();
  const row = await prisma.documentImport.findUnique({ where: { id: importId } });
  if (!row || row.status !== "processing" || row.kind === "documents") return;
  const payload = parseJsonColumn(row.payload, deckImportPayloadSchema, "DocumentImport.payload");
  const progress = (p: number) =>
    prisma.documentImport.updateMany({ where: { id: importId, status: "processing" }, data: { progress: p } });
  try {
    let result: { candidates: DeckCandidate[]; summary: DeckImportSummary };
    let kept: Payload;
    if (row.kind === "apkg") {
      if (!payload.bytes) throw Invalid("The uploaded package is missing.");
      await progress(0.1);
      const collection = readAnkiPackage(new Uint8Array(Buffer.from(payload.bytes, "base64")));
      await progress(0.5);
      // Let progress writes and other requests in before the (synchronous) mapping.
      await new Promise((resolve) => setImmediate(resolve));
      result = mapAnkiCollection(collection, row.title);
      kept = { summary: result.summary };
    } else {
      if (!payload.table || !payload.mapping) throw Invalid("The uploaded table is missing.");
      await progress(0.3);
      result = mapCsvRows(payload.table, payload.mapping, row.title);
      kept = { summary: result.summary, table: payload.table, mapping: payload.mapping };
    }
    if (result.candidates.length === 0)
      throw Invalid(`Nothing in this file could become a card. ${result.summary.messages.join(" ")}`.trim());
    await prisma.documentImport.update({
      where: { id: importId },
      data: {
        status: "ready",
        progress: 1,
        candidates: JSON.stringify(result.candidates),
        payload: JSON.stringify(kept),
      },
    });
  } catch (e) {
    if (!(e instanceof AppError)) console.error("deck file import failed", importId, e);
    await prisma.documentImport.update({
      where: { id: importId },
      data: { status: "failed", error: failureMessage(e), candidates: "[]", payload: "" },
    });
  }
}

async function findOwnDeckImport(userId: string, importId: string) {
  const prisma = await db();
  const row = await prisma.documentImport.findFirst({ where: { id: importId, ownerId: userId } });
  if (!row || row.kind === "documents") throw NotFound("That import");
  return row;
}

const PREVIEW_ROWS = 5;

export async function getDeckImport(userId: string, importId: string): Promise<DeckImportView> {
  const row = await findOwnDeckImport(userId, importId);
  const payload = row.payload ? parseJsonColumn(row.payload, deckImportPayloadSchema, "DocumentImport.payload") : {};
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as DeckImportFormat,
    status: row.status as DeckImportView["status"],
    progress: row.progress,
    error: row.error,
    summary: payload.summary ?? null,
    candidates: parseJsonColumn(row.candidates, deckCandidatesSchema, "DocumentImport.candidates"),
    csv:
      payload.table && payload.mapping
        ? {
            header: payload.table.header,
            preview: payload.table.rows.slice(0, PREVIEW_ROWS),
            columns: payload.table.columns,
            mapping: payload.mapping,
          }
        : null,
    createdAt: row.createdAt,
  };
}

/** Maps a CSV import's columns again; only while none of its facts has been approved. */
export async function remapCsvImport(userId: string, importId: string, mapping: unknown): Promise<void> {
  const row = await findOwnDeckImport(userId, importId);
  if (row.kind !== "csv" || row.status !== "ready")
    throw Invalid("Only a CSV import that has been read can be mapped again.");
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) throw Invalid(parsed.error.issues[0]?.message ?? "That mapping is not valid.");
  const payload = parseJsonColumn(row.payload, deckImportPayloadSchema, "DocumentImport.payload");
  if (!payload.table) throw Invalid("This import no longer has its table.");
  if (parsed.data.length !== payload.table.columns)
    throw Invalid(`Choose a role for each of the ${payload.table.columns} columns.`);
  const current = parseJsonColumn(row.candidates, deckCandidatesSchema, "DocumentImport.candidates");
  if (current.some((c) => c.status === "approved"))
    throw Conflict("Some rows are already in a deck; start a new import to map the columns differently.");
  const result = mapCsvRows(payload.table, parsed.data, row.title);
  const prisma = await db();
  await prisma.documentImport.update({
    where: { id: importId },
    data: {
      candidates: JSON.stringify(result.candidates),
      payload: JSON.stringify({ ...payload, summary: result.summary, mapping: parsed.data }),
    },
  });
}

async function saveCandidates(importId: string, candidates: DeckCandidate[]) {
  const prisma = await db();
  await prisma.documentImport.update({ where: { id: importId }, data: { candidates: JSON.stringify(candidates) } });
}

export async function rejectDeckCandidates(userId: string, importId: string, ids: string[]) {
  const row = await findOwnDeckImport(userId, importId);
  const candidates = parseJsonColumn(row.candidates, deckCandidatesSchema, "DocumentImport.candidates");
  await saveCandidates(importId, rejectPending(candidates, ids));
}

export async function editDeckCandidate(
  userId: string,
  importId: string,
  id: string,
  edit: { prompt: string; answer: string },
) {
  const row = await findOwnDeckImport(userId, importId);
  const candidates = parseJsonColumn(row.candidates, deckCandidatesSchema, "DocumentImport.candidates");
  await saveCandidates(importId, editPending(candidates, id, edit));
}

function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

type StateRow = SchedulingState & { suspended: boolean; leech: boolean; version: number };

/** The user's state for one imported card, and its review logs, from the card's history. */
function rebuiltState(
  c: DeckCandidate,
  template: string,
  settings: Awaited<ReturnType<typeof getStudySettings>>,
  now: Date,
) {
  const history = c.history[template as keyof DeckCandidate["history"]] ?? [];
  const suspended = c.suspended.includes(template as DeckCandidate["suspended"][number]);
  if (history.length === 0) {
    return suspended
      ? { state: { ...newSchedulingState(now), suspended: true, leech: false, version: 0 } as StateRow, steps: [] }
      : null;
  }
  const replay = replayReviews(
    history.map((r) => ({ at: new Date(r.at), rating: r.rating, durationMs: r.durationMs })),
    settings,
  );
  if (!replay.final) return null;
  return {
    state: {
      ...replay.final,
      suspended: suspended || replay.leech,
      leech: replay.leech,
      version: replay.steps.length - 1,
    } as StateRow,
    steps: replay.steps,
  };
}

/**
 * Approves candidates into one of the instructor's own decks: facts with their cards, citing the
 * file (or, for a SourceDeck export, the sources it carried); for each card with a review history,
 * the caller's FSRS state replayed from it and its reviews in the log. All or nothing.
 */
export async function approveDeckCandidates(
  userId: string,
  importId: string,
  ids: string[],
  deckRef: string,
  now = new Date(),
): Promise<{ approved: number; deckSlug: string; reviews: number; states: number }> {
  const row = await findOwnDeckImport(userId, importId);
  if (row.status !== "ready") throw Invalid("The import is not ready yet.");
  const prisma = await db();
  const deck = await prisma.deck.findFirst({ where: { OR: [{ id: deckRef }, { slug: deckRef }], ownerId: userId } });
  if (!deck) throw NotFound("That deck (it must be one of your own)");
  const candidates = parseJsonColumn(row.candidates, deckCandidatesSchema, "DocumentImport.candidates");
  const wanted = new Set(ids);
  const chosen = candidates.filter((c) => wanted.has(c.id) && c.status === "pending");
  if (chosen.length === 0) throw Invalid("Choose at least one pending candidate to approve.");
  if (chosen.length > MAX_APPROVE_AT_ONCE) {
    throw Invalid(
      `Approve at most ${MAX_APPROVE_AT_ONCE.toLocaleString("en")} facts at a time (${chosen.length.toLocaleString("en")} chosen).`,
    );
  }
  const settings = await getStudySettings(userId);

  // Sources: those a SourceDeck export carried, else one for the file.
  const existingSources = new Map(
    (await prisma.source.findMany({ where: { deckId: deck.id }, select: { id: true, key: true } })).map((s) => [
      s.key,
      s.id,
    ]),
  );
  const fileSourceKey = slugFrom(
    `${row.kind === "apkg" ? "anki" : "csv"} ${row.title.replace(/\.[a-z0-9]+$/i, "")}`,
    60,
    "imported-file",
  );
  const newSources = new Map<string, { key: string; title: string; author: string; date: string; kind: string }>();
  const sourceKeyOf = (c: DeckCandidate): string => {
    const s = c.source;
    if (s) {
      if (!existingSources.has(s.key) && !newSources.has(s.key)) {
        newSources.set(s.key, {
          key: s.key,
          title: s.title,
          author: s.author,
          date: s.date || isoDay(now),
          kind: s.kind ?? "imported",
        });
      }
      return s.key;
    }
    if (!existingSources.has(fileSourceKey) && !newSources.has(fileSourceKey)) {
      newSources.set(fileSourceKey, {
        key: fileSourceKey,
        title: row.title,
        author: row.kind === "apkg" ? "Anki collection" : "CSV file",
        date: isoDay(now),
        kind: row.kind === "apkg" ? "Anki package" : "CSV table",
      });
    }
    return fileSourceKey;
  };

  const takenKeys = new Set(
    (await prisma.fact.findMany({ where: { deckId: deck.id }, select: { key: true } })).map((f) => f.key),
  );
  const drafts: { candidate: DeckCandidate; fact: Fact }[] = [];
  for (const c of chosen) {
    const key = firstFree(c.key ?? slugFrom(c.prompt, 60, "fact"), takenKeys);
    takenKeys.add(key);
    const parsed = factSchema.safeParse(candidateToFact(c, key, sourceKeyOf(c)));
    if (!parsed.success)
      throw Invalid(`"${c.prompt}" cannot become a fact: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    drafts.push({ candidate: c, fact: parsed.data });
  }

  const basePosition = await prisma.fact.count({ where: { deckId: deck.id } });
  const sourceIds = new Map(existingSources);
  const sourceRows = [...newSources.values()].map((s) => {
    const id = randomUUID();
    sourceIds.set(s.key, id);
    return { id, deckId: deck.id, ...s };
  });
  const factRows: Prisma.FactCreateManyInput[] = [];
  const cardRows: Prisma.CardCreateManyInput[] = [];
  const stateRows: Record<(typeof STATE_COLUMNS)[number], unknown>[] = [];
  const logRows: Record<(typeof LOG_COLUMNS)[number], unknown>[] = [];
  for (const [i, { candidate, fact }] of drafts.entries()) {
    const factId = randomUUID();
    factRows.push({
      id: factId,
      deckId: deck.id,
      ...factToRow(fact),
      sourceId: sourceIds.get(fact.source) ?? "",
      status: "approved",
      position: basePosition + i,
    });
    for (const [j, t] of cardsForFact(fact).entries()) {
      const cardId = randomUUID();
      cardRows.push({
        id: cardId,
        deckId: deck.id,
        factId,
        template: t.template,
        front: t.front,
        back: t.back,
        position: (basePosition + i) * 10 + j,
      });
      const rebuilt = rebuiltState(candidate, t.template, settings, now);
      if (!rebuilt) continue;
      const s = rebuilt.state;
      stateRows.push({
        id: randomUUID(),
        userId,
        cardId,
        deckId: deck.id,
        factId,
        ...schedulingColumns(s),
        suspended: s.suspended,
        leech: s.leech,
        version: s.version,
      });
      rebuilt.steps.forEach((step, n) => {
        const before = step.before
          ? serializeSnapshot({
              ...step.before,
              cardId,
              factId,
              suspended: false,
              buriedUntil: null,
              leech: false,
              version: n - 1,
            })
          : NO_ROW_SNAPSHOT;
        logRows.push({
          id: randomUUID(),
          userId,
          cardId,
          deckId: deck.id,
          factId,
          rating: step.rating,
          origin: "import",
          durationMs: step.durationMs,
          reviewedAt: step.at,
          before,
          wasNew: step.before === null || step.before.state === 0,
          state: step.after.state,
          due: step.after.due,
          stability: step.after.stability,
          difficulty: step.after.difficulty,
          reps: step.after.reps,
          lapses: step.after.lapses,
          elapsedDays: step.after.elapsedDays,
          scheduledDays: step.after.scheduledDays,
        });
      });
    }
  }

  const approvedKeys = new Map(drafts.map((d) => [d.candidate.id, d.fact.id]));
  const updated = candidates.map((c) =>
    approvedKeys.has(c.id) ? { ...c, status: "approved" as const, factKey: approvedKeys.get(c.id) } : c,
  );
  await prisma.$transaction(async (tx) => {
    if (sourceRows.length > 0) await tx.source.createMany({ data: sourceRows });
    for (let i = 0; i < factRows.length; i += BATCH) await tx.fact.createMany({ data: factRows.slice(i, i + BATCH) });
    for (let i = 0; i < cardRows.length; i += BATCH) await tx.card.createMany({ data: cardRows.slice(i, i + BATCH) });
    await insertRows(tx, "CardState", STATE_COLUMNS, stateRows);
    await insertRows(tx, "ReviewLog", LOG_COLUMNS, logRows);
    await tx.documentImport.update({ where: { id: importId }, data: { candidates: JSON.stringify(updated) } });
  }, LONG_TX);
  return { approved: drafts.length, deckSlug: deck.slug, reviews: logRows.length, states: stateRows.length };
}
