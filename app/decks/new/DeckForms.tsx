"use client";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/components/FormErrors";
import { cloneDeckAction, createDeckAction, type DeckFormState } from "./actions";

export function CreateDeckForm() {
  const [state, action, pending] = useActionState<DeckFormState, FormData>(createDeckAction, { ok: false });
  const f = state.fields ?? {};
  const v = state.values;
  return (
    <form action={action} noValidate>
      <FormMessage message={state.message} />
      <div className="field">
        <label htmlFor="new-title">Title</label>
        <input
          id="new-title"
          name="title"
          maxLength={120}
          defaultValue={v?.title}
          required
          aria-invalid={!!f.title}
          aria-describedby={f.title ? "new-title-error" : undefined}
        />
        <FieldError id="new-title-error" errors={f.title} />
      </div>
      <div className="field">
        <label htmlFor="new-description">
          Description <span className="muted">(optional)</span>
        </label>
        <textarea
          id="new-description"
          name="description"
          rows={3}
          maxLength={600}
          defaultValue={v?.description}
          aria-invalid={!!f.description}
          aria-describedby={f.description ? "new-description-error" : "new-description-hint"}
        />
        <p id="new-description-hint" className="hint">
          One or two sentences for your students, up to 600 characters.
        </p>
        <FieldError id="new-description-error" errors={f.description} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create deck"}
      </button>
    </form>
  );
}

export function CloneDeckForm({
  decks,
  preselect,
}: {
  decks: { slug: string; title: string; facts: number; own: boolean }[];
  preselect?: string;
}) {
  const [state, action, pending] = useActionState<DeckFormState, FormData>(cloneDeckAction, { ok: false });
  const f = state.fields ?? {};
  const v = state.values;
  return (
    <form action={action} noValidate>
      <FormMessage message={state.message} />
      <div className="field">
        <label htmlFor="copy-source">Deck to copy</label>
        <select
          id="copy-source"
          name="source"
          defaultValue={v?.source ?? preselect ?? ""}
          aria-invalid={!!f.source}
          aria-describedby={f.source ? "copy-source-error" : undefined}
        >
          <option value="" disabled>
            Choose a deck…
          </option>
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title} ({d.facts} facts{d.own ? ", yours" : ""})
            </option>
          ))}
        </select>
        <FieldError id="copy-source-error" errors={f.source} />
      </div>
      <div className="field">
        <label htmlFor="copy-title">
          Title of the copy <span className="muted">(optional)</span>
        </label>
        <input
          id="copy-title"
          name="title"
          maxLength={120}
          defaultValue={v?.title}
          aria-invalid={!!f.title}
          aria-describedby={f.title ? "copy-title-error" : "copy-title-hint"}
        />
        <p id="copy-title-hint" className="hint">
          Left empty, the copy is called “… (copy)”.
        </p>
        <FieldError id="copy-title-error" errors={f.title} />
      </div>
      <p className="hint">The copy has the same sources, facts and cards; nobody&apos;s review progress is copied.</p>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Copying…" : "Copy deck"}
      </button>
    </form>
  );
}
