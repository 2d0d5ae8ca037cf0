// The parts of an Anki collection (the legacy schema of collection.anki2 / .anki21) that an import
// reads, as plain data. The reader fills these from SQLite; the mapper turns them into facts.
import { z } from "zod";

export type AnkiNoteType = {
  id: string;
  name: string;
  /** 0 standard, 1 cloze. */
  type: number;
  fields: string[];
  templates: { name: string; ord: number }[];
};

export type AnkiNote = { id: number; modelId: string; tags: string[]; fields: string[] };

export type AnkiCard = { id: number; noteId: number; deckId: string; ord: number; queue: number };

/** One revlog row: id is the review's time in ms; ease 1-4 (0 = not a rating); type 0 learn,
 *  1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled. */
export type AnkiReview = { id: number; cardId: number; ease: number; ivl: number; time: number; type: number };

export type AnkiCollection = {
  /** Collection creation, seconds. */
  createdAt: number;
  noteTypes: AnkiNoteType[];
  decks: { id: string; name: string }[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  reviews: AnkiReview[];
  /** Media files in the package (images, sound), which are not imported. */
  mediaFiles: number;
};

// The JSON in col.models and col.decks, reduced to what is read. Unknown keys are kept out.
const noteTypeJson = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  name: z.string(),
  type: z.number().int().default(0),
  flds: z.array(z.object({ name: z.string(), ord: z.number().int() })),
  tmpls: z.array(z.object({ name: z.string(), ord: z.number().int() })),
});
export const noteTypesJson = z.record(z.string(), noteTypeJson);
export const decksJson = z.record(
  z.string(),
  z.object({ id: z.union([z.number(), z.string()]).transform(String), name: z.string() }),
);

export function noteTypesFromJson(json: unknown): AnkiNoteType[] {
  return Object.values(noteTypesJson.parse(json)).map((m) => ({
    id: m.id,
    name: m.name,
    type: m.type,
    fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
    templates: [...m.tmpls].sort((a, b) => a.ord - b.ord),
  }));
}

export function decksFromJson(json: unknown): { id: string; name: string }[] {
  return Object.values(decksJson.parse(json)).map((d) => ({ id: d.id, name: d.name }));
}

/** Anki keeps a note's tags as one space-separated string with spaces at both ends. */
export function splitTags(tags: string): string[] {
  return tags.split(/\s+/).filter((t) => t !== "");
}

/** A note's fields are one string separated by the unit separator (0x1f). */
export const FIELD_SEPARATOR = "\x1f";
