// The one translator from thrown errors to JSON answers: { error: { code, message } }.
import { ZodError, z } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/errors";

export function jsonError(status: number, code: string, message: string, fields?: Record<string, string[]>): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) return jsonError(HTTP_STATUS[e.code], e.code, e.message, e.fields);
  if (e instanceof ZodError) {
    const flat = z.flattenError(e);
    const first = e.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return jsonError(400, "invalid", `${where}${first?.message ?? "Invalid input."}`, flat.fieldErrors as Record<string, string[]>);
  }
  console.error("unhandled API error", e);
  return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
}

/** Wraps a route handler so every failure becomes a JSON error of the shared vocabulary. */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Parses a JSON body with a zod schema; a body that is not JSON is a 400, not a crash. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
  return schema.parse(body);
}
