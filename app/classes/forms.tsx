"use client";
import { useActionState, useState } from "react";
import { FieldError, FormMessage } from "@/app/components/FormErrors";
import {
  createAssignmentAction,
  createClassAction,
  joinClassAction,
  previewWorkloadAction,
  type FormState,
  type WorkloadState,
} from "./actions";
import { WorkloadPreview } from "./WorkloadPreview";

export function CreateClassForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createClassAction, {});
  return (
    <form action={action} noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input id="class-name" name="name" required aria-invalid={!!state.fields?.name} />
        <FieldError id="class-name-error" errors={state.fields?.name} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}

export function JoinClassForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(joinClassAction, {});
  return (
    <form action={action} noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="field">
        <label htmlFor="join-code">Join code</label>
        <input
          id="join-code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          required
          aria-invalid={!!state.fields?.code}
        />
        <FieldError id="join-code-error" errors={state.fields?.code} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}

export function CreateAssignmentForm({
  classId,
  decks,
}: {
  classId: string;
  decks: { slug: string; title: string }[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(createAssignmentAction.bind(null, classId), {});
  const [preview, previewAction, previewing] = useActionState<WorkloadState, FormData>(
    previewWorkloadAction.bind(null, classId),
    {},
  );
  // Controlled: React resets a form after each action, and the preview must not empty the fields
  // the instructor is about to publish.
  const [deck, setDeck] = useState(decks[0]?.slug ?? "");
  const [dueDate, setDueDate] = useState("");
  const [targetPercent, setTargetPercent] = useState("90");
  return (
    <form action={action} noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="field">
        <label htmlFor="assign-deck">Deck</label>
        <select id="assign-deck" name="deck" required value={deck} onChange={(e) => setDeck(e.target.value)}>
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </select>
        <FieldError id="assign-deck-error" errors={state.fields?.deck} />
      </div>
      <div className="field">
        <label htmlFor="assign-due">Due date</label>
        <input
          id="assign-due"
          name="dueDate"
          type="date"
          required
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={!!state.fields?.dueDate}
        />
        <FieldError id="assign-due-error" errors={state.fields?.dueDate} />
      </div>
      <div className="field">
        <label htmlFor="assign-target">Target: predicted recall on the due date (%)</label>
        <input
          id="assign-target"
          name="targetPercent"
          type="number"
          min={50}
          max={99}
          value={targetPercent}
          onChange={(e) => setTargetPercent(e.target.value)}
        />
        <FieldError id="assign-target-error" errors={state.fields?.targetPercent} />
      </div>
      {preview.message && (
        <p className="form-error" role="alert">
          {preview.message}
        </p>
      )}
      <FieldError id="assign-preview-error" errors={preview.fields?.dueDate} />
      {preview.preview && <WorkloadPreview preview={preview.preview} />}
      <div className="row">
        <button type="submit" formAction={previewAction} className="secondary" disabled={previewing}>
          {previewing ? "Simulating…" : "Preview workload"}
        </button>
        <button type="submit" disabled={pending || !preview.preview}>
          {pending ? "Assigning…" : "Assign deck"}
        </button>
      </div>
      {!preview.preview && (
        <p className="hint">
          Preview the workload first: it shows each student&apos;s daily reviews until the due date.
        </p>
      )}
    </form>
  );
}
