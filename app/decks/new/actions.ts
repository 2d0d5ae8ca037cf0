"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { cloneDeck, createDeck } from "@/lib/db/deck-editor";
import { formAction, type FormState } from "@/lib/http/form-action";
import { cloneDeckFormSchema, deckFormSchema } from "@/lib/validation/deck";

export type DeckFormState = FormState;

const createDeckForm = formAction({
  schema: deckFormSchema,
  guard: () => requireUser("/decks/new"),
  invalidMessage: "Nothing was created: please fix the highlighted fields.",
  handler: async (input, user) => {
    const { slug } = await createDeck(user.id, input);
    redirect(`/decks/${encodeURIComponent(slug)}/edit`);
  },
});

const cloneDeckForm = formAction({
  schema: cloneDeckFormSchema,
  guard: () => requireUser("/decks/new"),
  invalidMessage: "Nothing was copied: please fix the highlighted fields.",
  handler: async (input, user) => {
    const { slug } = await cloneDeck(user.id, input.source, { title: input.title });
    redirect(`/decks/${encodeURIComponent(slug)}/edit`);
  },
});

export async function createDeckAction(prev: DeckFormState, form: FormData): Promise<DeckFormState> {
  return createDeckForm(prev, form);
}

export async function cloneDeckAction(prev: DeckFormState, form: FormData): Promise<DeckFormState> {
  return cloneDeckForm(prev, form);
}
