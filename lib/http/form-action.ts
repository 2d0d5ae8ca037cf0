// The one pipeline every server action runs: read the form, parse it with its schema, check who is
// asking, run the handler, and answer a typed state the form renders. Refusals from lib/ (AppError)
// become the form's message; anything else (a redirect, a real bug) propagates as it should.
import { type z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** What a form shows after a submission; `values` echoes what the user typed when nothing was saved. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
};

export const INVALID_FORM_MESSAGE = "Nothing was saved: please fix the highlighted fields.";

/** A zod error as per-field messages, keyed by the top-level field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** A text field of a form; a file or a missing field reads as `fallback`. */
export function formText(form: FormData, name: string, fallback = ""): string {
  const value = form.get(name);
  return typeof value === "string" ? value : fallback;
}

/** The text fields of a form (files and Next's own `$ACTION_…` fields left out). */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** A refusal from lib/ as a form state; anything that is not an AppError is rethrown. */
export function refusalState(e: unknown, values?: Record<string, string>): FormState {
  if (e instanceof AppError) return { ok: false, message: e.message, fields: e.fields, values };
  throw e;
}

export type FormActionSpec<S extends z.ZodType, Ctx, R extends FormState> = {
  schema: S;
  /** Who is asking; runs before parsing (it may redirect to sign-in). */
  guard: () => Promise<Ctx>;
  /** The form as the schema's input; by default every text field by name. */
  read?: (form: FormData, ctx: Ctx) => unknown;
  handler: (input: z.output<S>, ctx: Ctx) => Promise<R>;
  /** The form's message when the schema refuses. */
  invalidMessage?: string;
};

/** Builds a `useActionState` action from a schema, a guard and a handler. */
export function formAction<S extends z.ZodType, Ctx, R extends FormState>(spec: FormActionSpec<S, Ctx, R>) {
  return async (_prev: FormState, form: FormData): Promise<R | FormState> => {
    const ctx = await spec.guard();
    const values = typedValues(form);
    const parsed = spec.schema.safeParse(spec.read ? spec.read(form, ctx) : values);
    if (!parsed.success) {
      return {
        ok: false,
        message: spec.invalidMessage ?? INVALID_FORM_MESSAGE,
        fields: fieldErrorsOf(parsed.error),
        values,
      };
    }
    try {
      return await spec.handler(parsed.data, ctx);
    } catch (e) {
      return refusalState(e, values);
    }
  };
}
