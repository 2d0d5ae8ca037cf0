"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { addFact, deleteFact, updateFact } from "@/lib/db/deck-editor";
import { AppError } from "@/lib/errors";
import { idString } from "@/lib/validation/text";
import {
  EMPTY_FACT_FORM,
  factErrorsToFormFields,
  parseFactForm,
  readFactForm,
  type FactFormValues,
} from "@/lib/validation/deck";

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
const FIX = "Nothing was saved: please fix the highlighted fields.";
// Bound arguments come back from the browser: a deck or fact key that cannot exist is refused here.
const NOT_FOUND = "That deck or fact was not found.";
const validKeys = (...keys: string[]) => keys.every((k) => idString().safeParse(k).success);

function failure(e: unknown, prev: FactFormState, values: FactFormValues): FactFormState {
  if (!(e instanceof AppError)) throw e;
  if (e.code === "conflict") return { ok: false, confirm: e.message, values, attempt: prev.attempt + 1 };
  return {
    ok: false,
    message: e.message,
    fields: factErrorsToFormFields(e.fields ?? {}),
    values,
    attempt: prev.attempt + 1,
  };
}

export async function addFactAction(slug: string, prev: FactFormState, form: FormData): Promise<FactFormState> {
  if (!validKeys(slug)) return { ok: false, message: NOT_FOUND, attempt: prev.attempt + 1 };
  const user = await requireUser(editPath(slug));
  const values = readFactForm(form);
  const parsed = parseFactForm(values);
  if (!parsed.ok) return { ok: false, message: FIX, fields: parsed.fields, values, attempt: prev.attempt + 1 };
  let cards: number;
  try {
    cards = (await addFact(user.id, slug, parsed.draft)).cards;
  } catch (e) {
    return failure(e, prev, values);
  }
  revalidatePath(editPath(slug));
  // The next fact often comes from the same place: keep kind, source and section.
  const next = { ...EMPTY_FACT_FORM, kind: values.kind, source: values.source, section: values.section };
  return {
    ok: true,
    message: `Added “${parsed.draft.prompt}” with ${cards} card${cards === 1 ? "" : "s"}.`,
    values: next,
    attempt: prev.attempt + 1,
  };
}

export async function updateFactAction(
  slug: string,
  factKey: string,
  prev: FactFormState,
  form: FormData,
): Promise<FactFormState> {
  if (!validKeys(slug, factKey)) return { ok: false, message: NOT_FOUND, attempt: prev.attempt + 1 };
  const user = await requireUser(`${editPath(slug)}/facts/${encodeURIComponent(factKey)}`);
  const values = readFactForm(form);
  const parsed = parseFactForm(values);
  if (!parsed.ok) return { ok: false, message: FIX, fields: parsed.fields, values, attempt: prev.attempt + 1 };
  let reset: number;
  try {
    reset = (
      await updateFact(user.id, slug, factKey, parsed.draft, {
        confirmAnswerChange: form.get("confirmAnswerChange") === "yes",
      })
    ).resetStudents;
  } catch (e) {
    return failure(e, prev, values);
  }
  revalidatePath(editPath(slug));
  redirect(`${editPath(slug)}?saved=${encodeURIComponent(factKey)}${reset > 0 ? `&reset=${reset}` : ""}`);
}

export type DeleteFactState = { message?: string };

export async function deleteFactAction(
  slug: string,
  factKey: string,
  _prev: DeleteFactState,
  _form: FormData,
): Promise<DeleteFactState> {
  if (!validKeys(slug, factKey)) return { message: NOT_FOUND };
  const user = await requireUser(editPath(slug));
  try {
    await deleteFact(user.id, slug, factKey);
  } catch (e) {
    if (e instanceof AppError) return { message: e.message };
    throw e;
  }
  revalidatePath(editPath(slug));
  redirect(`${editPath(slug)}?deleted=1`);
}
