"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createDeck } from "@/lib/db/deck-editor";
import {
  approveCandidates,
  cancelImport,
  deleteImport,
  editCandidate,
  rejectCandidates,
  startImport,
} from "@/lib/db/imports";
import { enqueueJob } from "@/lib/db/jobs";
import { IMPORT_JOB } from "@/lib/jobs/handlers";
import { AppError } from "@/lib/errors";
import { refusable, type ActionResult } from "@/lib/http/action";
import { cleanString, idString } from "@/lib/validation/text";

export type ReviewActionResult = { ok: boolean; message: string; deckSlug?: string };

const idsSchema = z.array(cleanString().min(1).max(200)).min(1, "Select at least one candidate.").max(2000);

function failure(e: unknown): ReviewActionResult {
  if (e instanceof AppError) return { ok: false, message: e.message };
  if (e instanceof z.ZodError) return { ok: false, message: e.issues[0]?.message ?? "That input could not be read." };
  throw e;
}

const importIdSchema = idString("import");
const targetSchema = z.union([
  z.strictObject({ deck: cleanString().trim().min(1, "Choose a deck.").max(120) }),
  z.strictObject({ newDeckTitle: cleanString().trim().min(1, "Give the new deck a title.").max(120) }),
]);

export async function approveAction(
  importId: string,
  ids: string[],
  target: { deck: string } | { newDeckTitle: string },
): Promise<ReviewActionResult> {
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Select at least one candidate." };
  try {
    importIdSchema.parse(importId);
    const into = targetSchema.parse(target);
    const user = await requireUser(`/imports/${importId}`);
    const deck = "deck" in into ? into.deck : (await createDeck(user.id, { title: into.newDeckTitle })).slug;
    const r = await approveCandidates(user.id, importId, parsed.data, deck);
    revalidatePath(`/imports/${importId}`);
    return {
      ok: true,
      message: `${r.approved} fact${r.approved === 1 ? "" : "s"} added to the deck.`,
      deckSlug: r.deckSlug,
    };
  } catch (e) {
    return failure(e);
  }
}

export async function rejectAction(importId: string, ids: string[]): Promise<ReviewActionResult> {
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Select at least one candidate." };
  try {
    importIdSchema.parse(importId);
    const user = await requireUser(`/imports/${importId}`);
    await rejectCandidates(user.id, importId, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${parsed.data.length} rejected.` };
  } catch (e) {
    return failure(e);
  }
}

const editSchema = z.object({
  prompt: cleanString()
    .trim()
    .min(5, "Write a question of at least 5 characters.")
    .max(400, "Keep the question under 400 characters."),
  answer: cleanString().trim().min(1, "The answer cannot be empty.").max(200, "Keep the answer under 200 characters."),
});

export async function editAction(
  importId: string,
  id: string,
  input: { prompt: string; answer: string },
): Promise<ReviewActionResult> {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the question and answer." };
  try {
    importIdSchema.parse(importId);
    cleanString().min(1).max(200).parse(id);
    const user = await requireUser(`/imports/${importId}`);
    await editCandidate(user.id, importId, id, parsed.data);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Saved." };
  } catch (e) {
    return failure(e);
  }
}

export async function deleteImportAction(
  importId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  const result = await refusable(async () => {
    const id = importIdSchema.parse(importId);
    const user = await requireUser(`/imports/${id}`);
    await deleteImport(user.id, id);
    return { ok: true };
  });
  if (result.ok) redirect("/imports");
  return result;
}

/** After the instructor has seen the token estimate: generation starts off the request. */
export async function startImportAction(importId: string, _prev: ActionResult, _form: FormData): Promise<ActionResult> {
  return refusable(async () => {
    const id = importIdSchema.parse(importId);
    const user = await requireUser(`/imports/${id}`);
    if (await startImport(user.id, id)) await enqueueJob(IMPORT_JOB, { importId: id });
    revalidatePath(`/imports/${id}`);
    return { ok: true };
  });
}

export async function cancelImportAction(
  importId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  return refusable(async () => {
    const id = importIdSchema.parse(importId);
    const user = await requireUser(`/imports/${id}`);
    await cancelImport(user.id, id);
    revalidatePath(`/imports/${id}`);
    return { ok: true };
  });
}
