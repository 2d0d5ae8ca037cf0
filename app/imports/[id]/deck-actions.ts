"use server";
// The review actions of a deck-file import (Anki package or CSV): the same shapes and messages as
// document imports', plus mapping a CSV's columns again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createDeck } from "@/lib/db/deck-editor";
import { approveDeckCandidates, editDeckCandidate, rejectDeckCandidates, remapCsvImport } from "@/lib/db/deck-imports";
import { AppError } from "@/lib/errors";
import { remapBodySchema } from "@/lib/validation/interop";
import type { ReviewActionResult } from "./actions";

// A cloze note gives a fact per deletion, so an import can hold more facts than its 20,000 notes.
const idsSchema = z.array(z.string().min(1).max(200)).min(1, "Select at least one candidate.").max(100_000);
const editSchema = z.object({
  prompt: z.string().trim().min(1, "The question cannot be empty.").max(400, "Keep the question under 400 characters."),
  answer: z.string().trim().min(1, "The answer cannot be empty.").max(200, "Keep the answer under 200 characters."),
});

function failure(e: unknown): ReviewActionResult {
  if (e instanceof AppError) return { ok: false, message: e.message };
  throw e;
}

export async function approveDeckAction(
  importId: string,
  ids: string[],
  target: { deck: string } | { newDeckTitle: string },
): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Select at least one candidate." };
  try {
    const deck = "deck" in target ? target.deck : (await createDeck(user.id, { title: target.newDeckTitle })).slug;
    const r = await approveDeckCandidates(user.id, importId, parsed.data, deck);
    revalidatePath(`/imports/${importId}`);
    const history =
      r.reviews > 0
        ? ` ${r.reviews} earlier review${r.reviews === 1 ? "" : "s"} set the schedule of ${r.states} card${r.states === 1 ? "" : "s"}.`
        : "";
    return {
      ok: true,
      message: `${r.approved} fact${r.approved === 1 ? "" : "s"} added to the deck.${history}`,
      deckSlug: r.deckSlug,
    };
  } catch (e) {
    return failure(e);
  }
}

export async function rejectDeckAction(importId: string, ids: string[]): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Select at least one candidate." };
  try {
    await rejectDeckCandidates(user.id, importId, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${parsed.data.length} rejected.` };
  } catch (e) {
    return failure(e);
  }
}

export async function editDeckAction(
  importId: string,
  id: string,
  input: { prompt: string; answer: string },
): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = editSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the question and answer." };
  try {
    await editDeckCandidate(user.id, importId, id, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Saved." };
  } catch (e) {
    return failure(e);
  }
}

export async function remapAction(importId: string, mapping: string[]): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = remapBodySchema.safeParse({ mapping });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Choose a role for each column." };
  try {
    await remapCsvImport(user.id, importId, parsed.data.mapping);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Columns mapped again." };
  } catch (e) {
    return failure(e);
  }
}
