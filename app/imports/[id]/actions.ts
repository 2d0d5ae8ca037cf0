"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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
import { checkedAction, refusable, type ActionResult } from "@/lib/http/action";
import {
  approveDraftsSchema,
  editDraftSchema,
  rejectDraftsSchema,
  type ApproveTarget,
} from "@/lib/validation/import-review";
import { idString } from "@/lib/validation/text";

export type ReviewActionResult = { ok: boolean; message: string; deckSlug?: string };

const importIdSchema = idString("import");
const reviewer = ({ importId }: { importId: string }) => requireUser(`/imports/${importId}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const approveDrafts = checkedAction({
  schema: approveDraftsSchema,
  guard: reviewer,
  handler: async ({ importId, ids, target }, user): Promise<ReviewActionResult> => {
    const deck = "deck" in target ? target.deck : (await createDeck(user.id, { title: target.newDeckTitle })).slug;
    const r = await approveCandidates(user.id, importId, ids, deck);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${plural(r.approved, "fact")} added to the deck.`, deckSlug: r.deckSlug };
  },
});

const rejectDrafts = checkedAction({
  schema: rejectDraftsSchema,
  guard: reviewer,
  handler: async ({ importId, ids }, user): Promise<ReviewActionResult> => {
    await rejectCandidates(user.id, importId, ids);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${ids.length} rejected.` };
  },
});

const editDraft = checkedAction({
  schema: editDraftSchema,
  guard: reviewer,
  handler: async ({ importId, id, draft }, user): Promise<ReviewActionResult> => {
    await editCandidate(user.id, importId, id, draft);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Saved." };
  },
});

export async function approveAction(
  importId: string,
  ids: string[],
  target: ApproveTarget,
): Promise<ReviewActionResult> {
  return approveDrafts({ importId, ids, target });
}

export async function rejectAction(importId: string, ids: string[]): Promise<ReviewActionResult> {
  return rejectDrafts({ importId, ids });
}

export async function editAction(
  importId: string,
  id: string,
  input: { prompt: string; answer: string },
): Promise<ReviewActionResult> {
  return editDraft({ importId, id, draft: input });
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
