"use client";
import { useActionState } from "react";
import { startQuiz, type NewQuizState } from "./actions";

const KINDS = [
  { value: "multiple-choice", label: "Multiple choice" },
  { value: "true-false", label: "True / false" },
  { value: "type-in", label: "Type the answer" },
  { value: "timeline", label: "Put in order" },
  { value: "matching", label: "Matching" },
];

export function NewQuizForm({ deck, tags }: { deck: string; tags: string[] }) {
  const [state, action, pending] = useActionState<NewQuizState, FormData>(startQuiz.bind(null, deck), {});
  return (
    <form action={action} noValidate>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="count">Number of questions</label>
        <input id="count" name="count" type="number" min={1} max={50} defaultValue={10} />
      </div>
      <fieldset>
        <legend className="small">
          <b>Kinds of question</b>
        </legend>
        <div className="choices">
          {KINDS.map((k) => (
            <label key={k.value}>
              <input type="checkbox" name="kinds" value={k.value} defaultChecked /> {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      {tags.length > 0 && (
        <div className="field">
          <label htmlFor="tags">
            Only these topics <span className="muted">(optional; Ctrl/⌘-click for several)</span>
          </label>
          <select id="tags" name="tags" multiple size={Math.min(6, tags.length)}>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset>
        <div className="choices">
          <label>
            <input type="checkbox" name="countAsReviews" /> Count my answers as reviews (multiple choice and type-in
            only; each card once a day)
          </label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? "Making your quiz…" : "Start quiz"}
      </button>
    </form>
  );
}
