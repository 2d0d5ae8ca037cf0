"use client";
import { useActionState, useState } from "react";
import { deleteFactAction, type DeleteFactState } from "./actions";

/** Delete, after a second click that says what is lost. */
export function DeleteFactButton({ slug, factKey, prompt }: { slug: string; factKey: string; prompt: string }) {
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState<DeleteFactState, FormData>(
    deleteFactAction.bind(null, slug, factKey),
    {},
  );
  if (!asking) {
    return (
      <button type="button" className="secondary small-button" onClick={() => setAsking(true)}>
        Delete<span className="sr-only"> “{prompt}”</span>
      </button>
    );
  }
  return (
    <form action={action} className="row" role="group" aria-label="Confirm deletion">
      <span className="small">Delete this fact and its cards? Students lose their progress on it.</span>
      <button type="submit" className="small-button" disabled={pending}>
        {pending ? "Deleting…" : "Yes, delete"}
      </button>
      <button type="button" className="secondary small-button" onClick={() => setAsking(false)} disabled={pending}>
        Cancel
      </button>
      {state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
