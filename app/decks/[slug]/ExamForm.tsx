"use client";
import { useActionState } from "react";
import { saveExamDate, type ExamFormState } from "./actions";

export function ExamForm({ deck, current }: { deck: string; current: string | null }) {
  const [state, action, pending] = useActionState<ExamFormState, FormData>(saveExamDate.bind(null, deck), {
    ok: false,
  });
  return (
    <form action={action} className="row" noValidate>
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor="examDate">Exam date</label>
        <input id="examDate" name="examDate" type="date" defaultValue={current ?? ""} required />
      </div>
      <button type="submit" disabled={pending} style={{ alignSelf: "flex-end" }}>
        {pending ? "Saving…" : "Set exam date"}
      </button>
      {current && (
        <button type="submit" name="clear" value="1" className="secondary" style={{ alignSelf: "flex-end" }}>
          Remove
        </button>
      )}
      {state.message && (
        <p className={state.ok ? "hint" : "field-error"} role={state.ok ? "status" : "alert"} style={{ width: "100%" }}>
          {state.message}
        </p>
      )}
    </form>
  );
}
