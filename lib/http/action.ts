// Server actions answer a refusal (not found, not allowed, bad input) with its message, never by
// throwing: a thrown error reaches the browser as an HTTP 500. Anything else (including Next's
// redirect and notFound signals) is rethrown.
import { type z, ZodError } from "zod";
import { AppError } from "@/lib/errors";

export type ActionResult = { ok: boolean; message?: string };

export function refusalMessage(e: unknown): string {
  if (e instanceof AppError) return e.message;
  if (e instanceof ZodError) return e.issues[0]?.message ?? "That input could not be read.";
  throw e;
}

/** Runs `work`; a refusal becomes `{ ok: false, message }`. */
export async function refusable(work: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await work();
  } catch (e) {
    return { ok: false, message: refusalMessage(e) };
  }
}

/** What a refused action answers. */
export type Refusal = { ok: false; message: string };

export type CheckedActionSpec<S extends z.ZodType, Ctx, R> = {
  /** Every argument of the action, bound ones included: they come back from the browser too. */
  schema: S;
  /** Who is asking, once the input is known to be well-formed (it may redirect to sign-in). */
  guard: (input: z.output<S>) => Promise<Ctx>;
  handler: (input: z.output<S>, ctx: Ctx) => Promise<R>;
};

/**
 * The pipeline of a server action called with values rather than a form: schema, then guard,
 * then handler; a refusal (bad input, or an AppError from lib/) answers its message.
 */
export function checkedAction<S extends z.ZodType, Ctx, R>(spec: CheckedActionSpec<S, Ctx, R>) {
  // The input is whatever the browser sent: the schema, not the type, is what checks it.
  return async (raw: unknown): Promise<R | Refusal> => {
    try {
      const input = spec.schema.parse(raw);
      return await spec.handler(input, await spec.guard(input));
    } catch (e) {
      return { ok: false, message: refusalMessage(e) };
    }
  };
}
