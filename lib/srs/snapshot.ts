// The "before" snapshot kept with each review log, so undo can put the card state back exactly.
import { z } from "zod";
import type { CardStateRow } from "./types";

/** The snapshot of "no row existed" (the card was new): the ReviewLog.before convention in the schema. */
export const NO_ROW_SNAPSHOT = "";

// v lets a later format change tell old snapshots apart instead of misreading them.
const SNAPSHOT_VERSION = 1;

const isoDate = z.iso.datetime().transform((s) => new Date(s));
const count = z.number().int().min(0);

const rowSchema = z.strictObject({
  cardId: z.string().min(1),
  factId: z.string().min(1),
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.nullable(),
  suspended: z.boolean(),
  buriedUntil: isoDate.nullable(),
  leech: z.boolean(),
  version: count,
});

const snapshotSchema = z.strictObject({ v: z.literal(SNAPSHOT_VERSION), row: rowSchema });

export function serializeSnapshot(row: CardStateRow | null): string {
  if (row === null) return NO_ROW_SNAPSHOT;
  // Fields are listed one by one so extra properties on the caller's object (userId, deckId...) stay out.
  return JSON.stringify({
    v: SNAPSHOT_VERSION,
    row: {
      cardId: row.cardId,
      factId: row.factId,
      due: row.due.toISOString(),
      stability: row.stability,
      difficulty: row.difficulty,
      elapsedDays: row.elapsedDays,
      scheduledDays: row.scheduledDays,
      learningSteps: row.learningSteps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      lastReview: row.lastReview ? row.lastReview.toISOString() : null,
      suspended: row.suspended,
      buriedUntil: row.buriedUntil ? row.buriedUntil.toISOString() : null,
      leech: row.leech,
      version: row.version,
    },
  });
}

/** Reads a snapshot back; null means no row existed. Throws on anything that is not a valid snapshot. */
export function parseSnapshot(text: string): CardStateRow | null {
  if (text === NO_ROW_SNAPSHOT) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`Card state snapshot is not valid JSON: ${text.slice(0, 80)}`);
  }
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Card state snapshot has the wrong shape:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.row;
}
