// Input shapes of the import review screens' actions: which drafts, into which deck, and an edited
// draft. Document imports and deck files (Anki, CSV) share the shapes; their limits differ.
import { z } from "zod";
import { remapBodySchema } from "./interop";
import { boundId, cleanString } from "./text";

const draftId = cleanString().min(1).max(200);
const SELECT_ONE = "Select at least one candidate.";
/** A document import's drafts, at most a few thousand. */
const documentDraftIds = z.array(draftId).min(1, SELECT_ONE).max(2000);
// A cloze note gives a fact per deletion, so a deck file can hold more facts than its 20,000 notes.
const deckFileDraftIds = z.array(draftId).min(1, SELECT_ONE).max(100_000);

export const approveTargetSchema = z.union([
  z.strictObject({ deck: cleanString().trim().min(1, "Choose a deck.").max(120) }),
  z.strictObject({ newDeckTitle: cleanString().trim().min(1, "Give the new deck a title.").max(120) }),
]);
export type ApproveTarget = z.infer<typeof approveTargetSchema>;

const answerText = cleanString()
  .trim()
  .min(1, "The answer cannot be empty.")
  .max(200, "Keep the answer under 200 characters.");

// The selection is checked first: an empty one is the refusal a person can act on.
const importId = boundId("import");

export const approveDraftsSchema = z.object({ ids: documentDraftIds, importId, target: approveTargetSchema });
export const rejectDraftsSchema = z.object({ ids: documentDraftIds, importId });
export const editDraftSchema = z.object({
  draft: z.object({
    prompt: cleanString()
      .trim()
      .min(5, "Write a question of at least 5 characters.")
      .max(400, "Keep the question under 400 characters."),
    answer: answerText,
  }),
  importId,
  id: draftId,
});

export const approveDeckDraftsSchema = z.object({ ids: deckFileDraftIds, importId, target: approveTargetSchema });
export const rejectDeckDraftsSchema = z.object({ ids: deckFileDraftIds, importId });
export const editDeckDraftSchema = z.object({
  // Notes from Anki may hold a one-word front, so only an empty question is refused.
  draft: z.object({
    prompt: cleanString()
      .trim()
      .min(1, "The question cannot be empty.")
      .max(400, "Keep the question under 400 characters."),
    answer: answerText,
  }),
  importId,
  id: draftId,
});
export const remapColumnsSchema = z.object({ mapping: remapBodySchema.shape.mapping, importId });
