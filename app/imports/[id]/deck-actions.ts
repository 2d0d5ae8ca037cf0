"use server";
// The review actions of a deck-file import (Anki package or CSV): the same shapes and messages as
// document imports', plus mapping a CSV's columns again.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createDeck } from "@/lib/db/deck-editor";
import { approveDeckCandidates, editDeckCandidate, rejectDeckCandidates, remapCsvImport } from "@/lib/db/deck-imports";
import { checkedAction } from "@/lib/http/action";
import {
  approveDeckDraftsSchema,
  editDeckDraftSchema,
  rejectDeckDraftsSchema,
  remapColumnsSchema,
  type ApproveTarget,
} from "@/lib/validation/import-review";
import type { ReviewActionResult } from "./actions";

const reviewer = ({ importId }: { importId: string }) => requireUser(`/imports/${importId}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const approveDrafts = checkedAction({
  schema: approveDeckDraftsSchema,
  guard: reviewer,
  handler: async ({ importId, ids, target }, user): Promise<ReviewActionResult> => {
    const deck = "deck" in target ? target.deck : (await createDeck(user.id, { title: target.newDeckTitle })).slug;
    const r = await approveDeckCandidates(user.id, importId, ids, deck);
    revalidatePath(`/imports/${importId}`);
    const history =
      r.reviews > 0 ? ` ${plural(r.reviews, "earlier review")} set the schedule of ${plural(r.states, "card")}.` : "";
    return { ok: true, message: `${plural(r.approved, "fact")} added to the deck.${history}`, deckSlug: r.deckSlug };
  },
});

const rejectDrafts = checkedAction({
  schema: rejectDeckDraftsSchema,
  guard: reviewer,
  handler: async ({ importId, ids }, user): Promise<ReviewActionResult> => {
    await rejectDeckCandidates(user.id, importId, ids);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: `${ids.length} rejected.` };
  },
});

const editDraft = checkedAction({
  schema: editDeckDraftSchema,
  guard: reviewer,
  handler: async ({ importId, id, draft }, user): Promise<ReviewActionResult> => {
    await editDeckCandidate(user.id, importId, id, draft);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Saved." };
  },
});

const remapColumns = checkedAction({
  schema: remapColumnsSchema,
  guard: reviewer,
  handler: async ({ importId, mapping }, user): Promise<ReviewActionResult> => {
    await remapCsvImport(user.id, importId, mapping);
    revalidatePath(`/imports/${importId}`);
    return { ok: true, message: "Columns mapped again." };
  },
});

export async function approveDeckAction(
  importId: string,
  ids: string[],
  target: ApproveTarget,
): Promise<ReviewActionResult> {
  return approveDrafts({ importId, ids, target });
}

export async function rejectDeckAction(importId: string, ids: string[]): Promise<ReviewActionResult> {
  return rejectDrafts({ importId, ids });
}

export async function editDeckAction(
  importId: string,
  id: string,
  input: { prompt: string; answer: string },
): Promise<ReviewActionResult> {
  return editDraft({ importId, id, draft: input });
}

export async function remapAction(importId: string, mapping: string[]): Promise<ReviewActionResult> {
  return remapColumns({ importId, mapping });
}
