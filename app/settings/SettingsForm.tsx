"use client";
import { useActionState } from "react";
import { saveSettings, type SettingsState } from "./actions";

type Values = {
  desiredRetention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  dayStartHour: number;
  timeZone: string;
};

function Field(props: {
  name: keyof Values;
  label: string;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  const describedBy = [props.hint && `${props.name}-hint`, props.errors?.length && `${props.name}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field" aria-describedby={describedBy || undefined}>
      <label htmlFor={props.name}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p id={`${props.name}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {props.errors?.length ? (
        <p id={`${props.name}-error`} className="field-error">
          {props.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function SettingsForm({ values, timeZones }: { values: Values; timeZones: string[] }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettings, { ok: false });
  const f = state.fields ?? {};
  // React resets a form after its action; after an error the fields show what was typed (sent back
  // in the state), not the saved values, so each message stands next to the value it is about.
  const shown = (name: keyof Values): string | number => state.values?.[name] ?? values[name];
  const zone = String(shown("timeZone"));
  const zones = timeZones.includes(zone) ? timeZones : [zone, ...timeZones];
  return (
    // The key remounts the fields with the values of the latest answer.
    <form action={action} noValidate key={state.submission ?? 0}>
      {state.message && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
      <Field
        name="desiredRetention"
        label="Desired retention"
        hint="The chance of remembering a card when it comes due: 0.70–0.99. Higher means more reviews."
        errors={f.desiredRetention}
      >
        <input
          id="desiredRetention"
          name="desiredRetention"
          type="number"
          step="0.01"
          min="0.7"
          max="0.99"
          defaultValue={shown("desiredRetention")}
          aria-invalid={!!f.desiredRetention}
        />
      </Field>
      <Field name="newPerDay" label="New cards per day (per deck)" errors={f.newPerDay}>
        <input
          id="newPerDay"
          name="newPerDay"
          type="number"
          min="0"
          step="1"
          defaultValue={shown("newPerDay")}
          aria-invalid={!!f.newPerDay}
        />
      </Field>
      <Field name="maxReviewsPerDay" label="Maximum reviews per day (per deck)" errors={f.maxReviewsPerDay}>
        <input
          id="maxReviewsPerDay"
          name="maxReviewsPerDay"
          type="number"
          min="1"
          step="1"
          defaultValue={shown("maxReviewsPerDay")}
          aria-invalid={!!f.maxReviewsPerDay}
        />
      </Field>
      <Field
        name="dayStartHour"
        label="A new study day starts at"
        hint="Hour of the day, 0–23, in your time zone (4 means 04:00)."
        errors={f.dayStartHour}
      >
        <input
          id="dayStartHour"
          name="dayStartHour"
          type="number"
          min="0"
          max="23"
          step="1"
          defaultValue={shown("dayStartHour")}
          aria-invalid={!!f.dayStartHour}
        />
      </Field>
      <Field name="timeZone" label="Time zone" errors={f.timeZone}>
        <select id="timeZone" name="timeZone" defaultValue={zone} aria-invalid={!!f.timeZone}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
