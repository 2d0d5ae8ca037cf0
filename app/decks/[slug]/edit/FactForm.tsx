"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { FactFormValues } from "@/lib/validation/deck";
import { addFactAction, updateFactAction, type FactFormState } from "./actions";
import { KIND_LABELS, TRANSFER_STATUS_LABELS } from "@/lib/content/labels";

type Props = {
  slug: string;
  /** Editing this fact; adding a new one when absent. */
  factKey?: string;
  sources: { key: string; title: string }[];
  initial: FactFormValues;
  /** Students with progress on the fact: an answer change resets them. */
  studentsWithProgress?: number;
};

type FieldProps = {
  name: keyof FactFormValues;
  label: React.ReactNode;
  hint?: string;
  errors?: string[];
  children: (a11y: {
    id: string;
    name: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
  }) => React.ReactNode;
};

function Field({ name, label, hint, errors, children }: FieldProps) {
  const id = `fact-${name}`;
  const describedBy = [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return (
    // Fields side by side in a row share it; alone they take the full width anyway.
    <div className="field" style={{ flex: "1 1 10rem" }}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, "aria-invalid": !!errors?.length, "aria-describedby": describedBy || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const optional = <span className="muted">(optional)</span>;

export function FactForm({ slug, factKey, sources, initial, studentsWithProgress = 0 }: Props) {
  const editing = factKey !== undefined;
  const bound = editing ? updateFactAction.bind(null, slug, factKey) : addFactAction.bind(null, slug);
  const [state, action, pending] = useActionState<FactFormState, FormData>(bound, { ok: false, attempt: 0 });
  const v = state.values ?? initial;
  const f = state.fields ?? {};
  const text = (
    name: keyof FactFormValues,
    label: React.ReactNode,
    hint?: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field name={name} label={label} hint={hint} errors={f[name]}>
      {(a) => <input {...a} defaultValue={v[name]} {...extra} />}
    </Field>
  );

  return (
    // Drawn afresh after every answer, so the inputs show `v` (what was typed, or a fresh form).
    <form key={state.attempt} action={action} noValidate aria-label={editing ? "Edit fact" : "Add a fact"}>
      {state.message && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
      {state.confirm && (
        <div className="notice stack" role="alert" style={{ marginBottom: "1rem" }}>
          <p style={{ margin: 0 }}>{state.confirm}</p>
          <p className="small" style={{ margin: 0 }}>
            Their cards for this fact start again as new; their past reviews stay in the history. Other facts are not
            affected.
          </p>
          <div className="row">
            <button type="submit" name="confirmAnswerChange" value="yes" disabled={pending}>
              Yes, reset this fact&apos;s progress
            </button>
            <Link className="button secondary" href={`/decks/${encodeURIComponent(slug)}/edit`}>
              Cancel
            </Link>
          </div>
        </div>
      )}

      <Field name="kind" label="Kind" errors={f.kind}>
        {(a) => (
          <select {...a} defaultValue={v.kind}>
            <option value="" disabled>
              Choose…
            </option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="prompt" label="Prompt" hint="The question, in your own words." errors={f.prompt}>
        {(a) => <textarea {...a} rows={2} maxLength={400} defaultValue={v.prompt} />}
      </Field>
      {text(
        "answer",
        "Answer",
        editing && studentsWithProgress > 0
          ? `Short, what a student would write. ${studentsWithProgress} student${studentsWithProgress === 1 ? " has" : "s have"} progress on this fact: changing the answer resets it.`
          : "Short, what a student would write.",
        { maxLength: 200 },
      )}
      <Field
        name="variants"
        label={<>Variants {optional}</>}
        hint="Other answers to accept, one per line."
        errors={f.variants}
      >
        {(a) => <textarea {...a} rows={3} defaultValue={v.variants} />}
      </Field>
      <Field
        name="explanation"
        label="Explanation"
        hint="One or two sentences of context, in your own words."
        errors={f.explanation}
      >
        {(a) => <textarea {...a} rows={3} maxLength={600} defaultValue={v.explanation} />}
      </Field>
      <Field name="source" label="Source" errors={f.source}>
        {(a) => (
          <select {...a} defaultValue={v.source}>
            {sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("section", "Section", "Where in the source: a heading, chapter or page.", { maxLength: 200 })}
      {text("tags", <>Tags {optional}</>, "Separated by commas, e.g. treaty, dates.")}

      <fieldset>
        <legend>
          <b>Date or number</b>
        </legend>
        <p className="hint">A date fact needs a date; a figure fact needs a number. Optional for other kinds.</p>
        <div className="row" style={{ alignItems: "flex-start" }}>
          {text("valueDate", "Date", "YYYY, YYYY-MM or YYYY-MM-DD", { placeholder: "2025-01-17" })}
          {text("valueEnd", <>End date {optional}</>, "For a range.")}
        </div>
        <div className="row" style={{ alignItems: "flex-start" }}>
          {text("valueNumber", "Number", "The full number: 4800000000, not 4.8.", { inputMode: "decimal" })}
          {text("valueUnit", "Unit", "USD, percent, km, …")}
          {text("valuePeriod", "Period", "The period it covers, e.g. 2024.")}
        </div>
      </fieldset>
      {text("article", <>Article number {optional}</>, "Needed for constitutional articles; treaty articles too.", {
        inputMode: "numeric",
      })}

      <fieldset>
        <legend>
          <b>Arms transfer</b>
        </legend>
        <p className="hint">Needed for arms-transfer facts: system, from, to and status.</p>
        <div className="row" style={{ alignItems: "flex-start" }}>
          {text("transferSystem", "System")}
          {text("transferFrom", "From")}
          {text("transferTo", "To")}
        </div>
        <div className="row" style={{ alignItems: "flex-start" }}>
          {text("transferQuantity", <>Quantity {optional}</>, undefined, { inputMode: "numeric" })}
          {text("transferYear", <>Year {optional}</>, undefined, { inputMode: "numeric" })}
          <Field name="transferStatus" label="Status" errors={f.transferStatus}>
            {(a) => (
              <select {...a} defaultValue={v.transferStatus}>
                <option value="">—</option>
                {Object.entries(TRANSFER_STATUS_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      {text(
        "conflict",
        <>Conflict group {optional}</>,
        "Facts on which the sources disagree share a group name, e.g. trade-volume-2024.",
      )}
      <div className="choices" style={{ marginBottom: "1rem" }}>
        <label>
          <input type="checkbox" name="reverse" defaultChecked={v.reverse === "on"} /> Also make an answer→question card
          (for names of people, places, organisations)
        </label>
      </div>

      <div className="row">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Add fact"}
        </button>
        {editing && (
          <Link className="button secondary" href={`/decks/${encodeURIComponent(slug)}/edit`}>
            Cancel
          </Link>
        )}
      </div>
    </form>
  );
}
