// The one pipeline every form's server action runs: check who is asking (and the bound arguments),
// read the form, parse it with its schema, run the handler, and answer a typed state the form
// renders. Refusals (an AppError from lib/, a refused bound argument) become the form's message;
// anything else (a redirect, a real bug) propagates as it should. Actions called with values
// rather than a form use its sibling, `checkedAction` (lib/http/action.ts).
import { type z, ZodError } from "zod";
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

/** A refusal (an AppError from lib/, or a bound argument its schema refused) as a form state; anything else is rethrown. */
export function refusalState(e: unknown, values?: Record<string, string>): FormState {
  if (e instanceof AppError) return { ok: false, message: e.message, fields: e.fields, values };
  if (e instanceof ZodError) return { ok: false, message: e.issues[0]?.message ?? INVALID_FORM_MESSAGE, values };
  throw e;
}

export type FormActionSpec<S extends z.ZodType, Ctx, R extends FormState> = {
  schema: S;
  /** Who is asking; runs before parsing (it may redirect to sign-in, or refuse a bound argument). */
  guard: () => Promise<Ctx>;
  /** The form as the schema's input; by default every text field by name. */
  read?: (form: FormData, ctx: Ctx) => unknown;
  handler: (input: z.output<S>, ctx: Ctx) => Promise<R>;
  /** The form's message when the schema refuses (or a function of the field errors). */
  invalidMessage?: string | ((fields: FieldErrors) => string);
  /** A form that answers refusals in its own shape (e.g. a question to confirm); by default `refusalState`. */
  refused?: (e: AppError, values: Record<string, string>) => R;
};

/** The first message among the field errors, for forms that show one line. */
export const firstFieldError =
  (fallback: string) =>
  (fields: FieldErrors): string =>
    Object.values(fields).flat()[0] ?? fallback;

/** Builds a `useActionState` action from a schema, a guard and a handler. */
export function formAction<S extends z.ZodType, Ctx, R extends FormState>(spec: FormActionSpec<S, Ctx, R>) {
  return async (_prev: FormState, form: FormData): Promise<R | FormState> => {
    const values = typedValues(form);
    try {
      const ctx = await spec.guard();
      const parsed = spec.schema.safeParse(spec.read ? spec.read(form, ctx) : values);
      if (!parsed.success) {
        const fields = fieldErrorsOf(parsed.error);
        const message =
          typeof spec.invalidMessage === "function"
            ? spec.invalidMessage(fields)
            : (spec.invalidMessage ?? INVALID_FORM_MESSAGE);
        return { ok: false, message, fields, values };
      }
      return await spec.handler(parsed.data, ctx);
    } catch (e) {
      if (spec.refused && e instanceof AppError) return spec.refused(e, values);
      return refusalState(e, values);
    }
  };
}
