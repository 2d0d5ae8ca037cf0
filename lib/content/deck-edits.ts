// The rules of editing a deck, apart from storing it: what a deck and a fact may be (refusals named
// after the form's fields), which edits change what students recall (and so reset their progress),
// the cards a fact makes at its place in the deck, and the notes source every own deck carries.
// lib/db/deck-editor.ts applies them to the database.
import { Invalid } from "@/lib/errors";
import { z } from "zod";
import { deckFormSchema, factIssues, type DeckFormInput, type FactDraft } from "@/lib/validation/deck";
import { cardsForFact } from "./cards";
import { factSchema, type Fact } from "./schema";

/** The source that facts typed by the deck's owner cite. */
export const NOTES_SOURCE_KEY = "instructor-notes";
/** Slugs the app's own routes use under /decks/. */
export const RESERVED_DECK_SLUGS: ReadonlySet<string> = new Set(["new"]);

const FIX_FIELDS = "Nothing was saved: please fix the highlighted fields.";

/** The notes source of a deck titled `deckTitle`, owned by `author`. */
export function notesSource(deckTitle: string, author: string, now: Date) {
  return {
    key: NOTES_SOURCE_KEY,
    title: `${deckTitle} — own notes`,
    author,
    date: String(now.getUTCFullYear()),
    kind: "instructor notes",
  };
}

/** A new deck's title and description, or Invalid with the fields' messages. */
export function checkedDeckInput(input: DeckFormInput | { title: unknown; description?: unknown }): DeckFormInput {
  const parsed = deckFormSchema.safeParse(input);
  if (!parsed.success) throw Invalid(FIX_FIELDS, z.flattenError(parsed.error).fieldErrors);
  return parsed.data;
}

/** A copy's title: the one asked for, or the original's with "(copy)". */
export function checkedCopyTitle(requested: string | undefined, originalTitle: string): string {
  const parsed = deckFormSchema.shape.title.safeParse(
    requested?.trim() ? requested : `${originalTitle} (copy)`.slice(0, 120),
  );
  if (!parsed.success)
    throw Invalid("Nothing was copied: please fix the title.", { title: parsed.error.issues.map((i) => i.message) });
  return parsed.data;
}

/** A fact draft checked by the content format under the key the editor assigns (an `id` in the draft is ignored). */
export function checkedFact(draft: FactDraft, key: string): Fact {
  const parsed = factSchema.safeParse({ ...(draft as object), id: key });
  if (!parsed.success) throw Invalid(FIX_FIELDS, factIssues(parsed.error));
  return parsed.data;
}

/** The cards a fact makes, numbered after its place in the deck. */
export function cardsAt(fact: Fact, factPosition: number) {
  return cardsForFact(fact).map((t, i) => ({
    template: t.template,
    front: t.front,
    back: t.back,
    position: factPosition * 10 + i,
  }));
}

function canonical(x: unknown): string {
  if (x === undefined) return "";
  if (x === null || typeof x !== "object") return JSON.stringify(x);
  const o = x as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${k}:${canonical(o[k])}`)
    .join(",")}}`;
}

const answerText = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Whether an edit changes what the fact asks students to recall: the canonical answer (spacing
 * and capitals aside) or its machine-readable value, article or transfer. Prompt, explanation,
 * variants, tags and the rest are wording.
 */
export function changesAnswer(before: Fact, after: Fact): boolean {
  return (
    answerText(before.answer) !== answerText(after.answer) ||
    canonical(before.value) !== canonical(after.value) ||
    before.article !== after.article ||
    canonical(before.transfer) !== canonical(after.transfer)
  );
}

export function answerChangeMessage(students: number): string {
  const who = students === 1 ? "1 student's" : `${students} students'`;
  return `Changing the answer resets ${who} progress on this fact; confirm to go ahead.`;
}
