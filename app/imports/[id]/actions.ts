"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createDeck } from "@/lib/db/deck-editor";
import { approveCandidates, cancelImport, deleteImport, editCandidate, processImport, rejectCandidates, startImport } from "@/lib/db/imports";
import { AppError } from "@/lib/errors";

export type ReviewActionResult = { ok: boolean; message: string; deckSlug?: string };

const idsSchema = z.array(z.string().min(1).max(200)).min(1, "Select at least one candidate.").max(2000);

function failure(e: unknown): ReviewActionResult {
  if (e instanceof AppError) return { ok: false, message: e.message };
  throw e;
}

export async function approveAction(importId: string, ids: string[], target: { deck: string } | { newDeckTitle: string }): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  try {
    const deck = "deck" in target ? target.deck : (await createDeck(user.id, { title: target.newDeckTitle })).slug;
    const r = await approveCandidates(user.id, importId, parsed.data, deck);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${r.approved} fact${r.approved === 1 ? "" : "s"} added to the deck.`, deckSlug: r.deckSlug };
  } catch (e) {
    return failure(e);
  }
}

export async function rejectAction(importId: string, ids: string[]): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  try {
    await rejectCandidates(user.id, importId, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${parsed.data.length} rejected.` };
  } catch (e) {
    return failure(e);
  }
}

const editSchema = z.object({
  prompt: z.string().trim().min(5, "Write a question of at least 5 characters.").max(400, "Keep the question under 400 characters."),
  answer: z.string().trim().min(1, "The answer cannot be empty.").max(200, "Keep the answer under 200 characters."),
});

export async function editAction(importId: string, id: string, input: { prompt: string; answer: string }): Promise<ReviewActionResult> {
  const user = await requireUser(`/imports/${importId}`);
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  try {
    await editCandidate(user.id, importId, id, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Saved." };
  } catch (e) {
    return failure(e);
  }
}

export async function deleteImportAction(importId: string): Promise<void> {
  const user = await requireUser(`/imports/${importId}`);
  await deleteImport(user.id, importId);
  redirect("/imports");
}

/** After the instructor has seen the token estimate: generation starts off the request. */
export async function startImportAction(importId: string): Promise<void> {
  const user = await requireUser(`/imports/${importId}`);
  if (await startImport(user.id, importId)) after(() => processImport(importId));
  revalidatePath(`/imports/${importId}`);
}

export async function cancelImportAction(importId: string): Promise<void> {
  const user = await requireUser(`/imports/${importId}`);
  await cancelImport(user.id, importId);
  revalidatePath(`/imports/${importId}`);
}
