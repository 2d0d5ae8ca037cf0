"use client";
// A one-button form for a server action that may be refused: the refusal's message shows beside
// the button instead of the page failing.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/http/action";

export function ActionButton({
  action,
  label,
  className,
}: {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  label: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form action={formAction}>
      <button type="submit" className={className} disabled={pending}>
        {label}
      </button>
      {state.message && (
        <span className={state.ok ? "notice small" : "form-error small"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
