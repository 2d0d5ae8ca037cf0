"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { addFact, deleteFact, updateFact } from "@/lib/db/deck-editor";
import type { AppError } from "@/lib/errors";
import { refusable } from "@/lib/http/action";
import { formAction, type FormState } from "@/lib/http/form-action";
import {
  EMPTY_FACT_FORM,
  factEditFormSchema,
  factErrorsToFormFields,
  factFormSchema,
  readFactForm,
  type FactFormValues,
} from "@/lib/validation/deck";
import { boundId } from "@/lib/validation/text";

export type FactFormState = {
  ok: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  /** What the form shows next: the typed values after an error, a fresh form after an add. */
  values?: FactFormValues;
  /** The server's question when the answer changed and students have progress on the fact. */
  confirm?: string;
  /** Bumped on every answer, so the form is drawn again from `values`. */
  attempt: number;
};

const editPath = (slug: string) => `/decks/${encodeURIComponent(slug)}/edit`;
// Bound arguments come back from the browser: a deck or fact key that cannot exist is refused here.
const boundKey = boundId("deck or fact");

/** A refusal from the editor: a changed answer with progress asks to confirm; others go under their fields. */
function refusedFact(e: AppError, values: Record<string, string>): FormState & { confirm?: string } {
  if (e.code === "conflict") return { ok: false, confirm: e.message, values };
  return { ok: false, message: e.message, fields: factErrorsToFormFields(e.fields ?? {}), values };
}

/** Every answer redraws the form from its values (what was typed, or a fresh form). */
function answered(prev: FactFormState, state: FormState & { confirm?: string }): FactFormState {
  return {
    ok: state.ok ?? false,
    message: state.message,
    fields: state.fields,
    values: state.values && readFactForm(state.values),
    confirm: state.confirm,
    attempt: prev.attempt + 1,
  };
}

export async function addFactAction(slug: string, prev: FactFormState, form: FormData): Promise<FactFormState> {
  const state = await formAction({
    schema: factFormSchema,
    guard: async () => {
      const deck = boundKey.parse(slug);
      return { deck, user: await requireUser(editPath(deck)) };
    },
    refused: refusedFact,
    handler: async (draft, { deck, user }) => {
      const { cards } = await addFact(user.id, deck, draft);
      revalidatePath(editPath(deck));
      // The next fact often comes from the same place: keep kind, source and section.
      const next = { ...EMPTY_FACT_FORM, kind: draft.kind, source: draft.source, section: draft.section ?? "" };
      return {
        ok: true,
        message: `Added “${draft.prompt}” with ${cards} card${cards === 1 ? "" : "s"}.`,
        values: next,
      };
    },
  })(prev, form);
  return answered(prev, state);
}

export async function updateFactAction(
  slug: string,
  factKey: string,
  prev: FactFormState,
  form: FormData,
): Promise<FactFormState> {
  const state = await formAction({
    schema: factEditFormSchema,
    guard: async () => {
      const [deck, fact] = [boundKey.parse(slug), boundKey.parse(factKey)];
      return { deck, fact, user: await requireUser(`${editPath(deck)}/facts/${encodeURIComponent(fact)}`) };
    },
    refused: refusedFact,
    handler: async ({ confirmAnswerChange, ...draft }, { deck, fact, user }) => {
      const { resetStudents } = await updateFact(user.id, deck, fact, draft, { confirmAnswerChange });
      revalidatePath(editPath(deck));
      redirect(
        `${editPath(deck)}?saved=${encodeURIComponent(fact)}${resetStudents > 0 ? `&reset=${resetStudents}` : ""}`,
      );
    },
  })(prev, form);
  return answered(prev, state);
}

export type DeleteFactState = { message?: string };

export async function deleteFactAction(
  slug: string,
  factKey: string,
  _prev: DeleteFactState,
  _form: FormData,
): Promise<DeleteFactState> {
  const result = await refusable(async () => {
    const [deck, fact] = [boundKey.parse(slug), boundKey.parse(factKey)];
    const user = await requireUser(editPath(deck));
    await deleteFact(user.id, deck, fact);
    revalidatePath(editPath(deck));
    return { ok: true };
  });
  if (result.ok) redirect(`${editPath(slug)}?deleted=1`);
  return { message: result.message };
}
