// Server actions answer a refusal (not found, not allowed, bad input) with its message, never by
// throwing: a thrown error reaches the browser as an HTTP 500. Anything else (including Next's
// redirect and notFound signals) is rethrown.
import { ZodError } from "zod";
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
