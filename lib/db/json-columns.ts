// JSON text columns, read back through zod: a corrupt column becomes one clear error naming the
// column, instead of a TypeError deep inside a page. Small shapes are checked exactly; large ones
// (quiz items and results, import candidates and payloads) check the fields the code relies on and
// pass the rest through as stored.
import { z } from "zod";
import { factValueSchema, transferSchema, type Fact } from "@/lib/content/schema";
import type { ConflictSummary, ImportDocument, ReviewCandidate } from "@/lib/import/import-types";
import type { DeckCandidate, DeckImportSummary } from "@/lib/import/deck-candidates";
import type { ColumnMapping } from "@/lib/import/csv/mapping";
import type { CsvTable } from "@/lib/import/csv/table";
import type { QuizItem } from "@/lib/quiz/assemble";
import type { OptimiseResult } from "@/lib/srs/optimiser";
import type { QuizRequest, QuizResult } from "./quizzes";

/** A stored JSON column that does not hold the shape its readers expect. */
export class CorruptJsonColumn extends Error {
  constructor(
    readonly column: string,
    detail: string,
  ) {
    super(`The stored ${column} column is corrupt: ${detail}`);
    this.name = "CorruptJsonColumn";
  }
}

export function parseJsonColumn<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CorruptJsonColumn(what, e instanceof Error ? e.message : "not JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first && first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    throw new CorruptJsonColumn(what, `${first?.message ?? "unexpected shape"}${at}`);
  }
  return parsed.data;
}

/**
 * A large stored shape: `fields` checks what the readers rely on, the rest passes through as written
 * by this code. The one cast here stands for "the unchecked rest is as it was stored".
 */
function partly<T>(fields: z.ZodType<unknown>): z.ZodType<T> {
  return fields as z.ZodType<T>;
}

const candidateStatus = z.enum(["pending", "approved", "rejected"]);

export const stringList = z.array(z.string());
export const numberList = z.array(z.number());
/** FSRS weights: a list of finite numbers. */
/** A stored answer: typed text, or the order/matching picked. */
export const storedAnswerSchema = z.union([z.string(), z.array(z.string())]);

export const weightsSchema = z.array(z.number().finite());

/** Fact.details: the structured parts of a fact that have no column of their own. */
export const factDetailsSchema: z.ZodType<Pick<Fact, "value" | "article" | "transfer">> = z.strictObject({
  value: factValueSchema.optional(),
  article: z.number().int().positive().optional(),
  transfer: transferSchema.optional(),
});

export const quizItemsSchema = partly<QuizItem[]>(
  z.array(z.looseObject({ id: z.string(), kind: z.string(), prompt: z.string() })),
);
export const quizRequestSchema = partly<QuizRequest>(z.looseObject({ deck: z.string(), count: z.number() }));
export const quizResultSchema = partly<QuizResult>(
  z.looseObject({
    score: z.number(),
    total: z.number(),
    items: z.array(z.looseObject({ itemId: z.string(), correct: z.boolean() })),
  }),
);

export const optimiseResultSchema = partly<OptimiseResult>(
  z.looseObject({ reviews: z.number(), items: z.number(), weights: weightsSchema, currentWeights: weightsSchema }),
);

export const importDocumentsSchema = partly<ImportDocument[]>(
  z.array(
    z.looseObject({ key: z.string(), fileName: z.string(), format: z.string(), title: z.string(), text: z.string() }),
  ),
);
export const reviewCandidatesSchema = partly<ReviewCandidate[]>(
  z.array(z.looseObject({ id: z.string(), status: candidateStatus, prompt: z.string(), answer: z.string() })),
);
export const conflictSummariesSchema: z.ZodType<ConflictSummary[]> = z.array(
  z.strictObject({ group: z.string(), subject: z.string(), members: stringList }),
);

export const deckCandidatesSchema = partly<DeckCandidate[]>(
  z.array(z.looseObject({ id: z.string(), status: candidateStatus, prompt: z.string(), answer: z.string() })),
);

/** DocumentImport.payload of a deck-file import (apkg or csv). */
export type DeckImportPayload = {
  summary?: DeckImportSummary;
  /** apkg: the uploaded bytes until they are read. */
  bytes?: string;
  /** csv: the rows, kept so the columns can be mapped again. */
  table?: CsvTable;
  mapping?: ColumnMapping;
};
export const deckImportPayloadSchema = partly<DeckImportPayload>(
  z.looseObject({
    summary: z.looseObject({ format: z.string(), fileName: z.string() }).optional(),
    bytes: z.string().optional(),
    table: z.looseObject({ rows: z.array(stringList), columns: z.number() }).optional(),
    mapping: z.array(z.string()).optional(),
  }),
);
