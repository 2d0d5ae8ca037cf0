"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { cloneDeck, createDeck } from "@/lib/db/deck-editor";
import { AppError } from "@/lib/errors";
import { cloneDeckFormSchema, deckFormSchema } from "@/lib/validation/deck";

export type DeckFormState = {
  ok: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
};

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

export async function createDeckAction(_prev: DeckFormState, form: FormData): Promise<DeckFormState> {
  const user = await requireUser("/decks/new");
  const values = { title: text(form, "title"), description: text(form, "description") };
  const parsed = deckFormSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Nothing was created: please fix the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, values };
  }
  let slug: string;
  try {
    slug = (await createDeck(user.id, parsed.data)).slug;
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message, fields: e.fields, values };
    throw e;
  }
  redirect(`/decks/${encodeURIComponent(slug)}/edit`);
}

export async function cloneDeckAction(_prev: DeckFormState, form: FormData): Promise<DeckFormState> {
  const user = await requireUser("/decks/new");
  const values = { source: text(form, "source"), title: text(form, "title") };
  const parsed = cloneDeckFormSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Nothing was copied: please fix the highlighted fields.", fields: z.flattenError(parsed.error).fieldErrors, values };
  }
  let slug: string;
  try {
    slug = (await cloneDeck(user.id, parsed.data.source, { title: parsed.data.title })).slug;
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message, fields: e.fields, values };
    throw e;
  }
  redirect(`/decks/${encodeURIComponent(slug)}/edit`);
}
