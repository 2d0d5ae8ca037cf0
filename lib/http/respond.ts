// The one translator from thrown errors to JSON answers: { error: { code, message } }.
import { ZodError, z } from "zod";
import { AppError, HTTP_STATUS, Invalid, UnsupportedMediaType } from "@/lib/errors";
import { findUncleanValue, ID_PATTERN, isCleanText, UNCLEAN_TEXT_MESSAGE } from "@/lib/validation/text";
import { isJsonMediaType, mediaType, readBodyLimited } from "./body";

export function jsonError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string[]>,
  headers?: HeadersInit,
): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers });
}

export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) return jsonError(HTTP_STATUS[e.code], e.code, e.message, e.fields);
  if (e instanceof ZodError) {
    const flat = z.flattenError(e);
    const first = e.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return jsonError(400, "invalid", `${where}${first?.message ?? "Invalid input."}`, flat.fieldErrors);
  }
  console.error("unhandled API error", e);
  return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
}

/** Path parameters name rows: ids and slugs only, so nothing else reaches a query. */
async function checkParams(context: unknown): Promise<void> {
  if (typeof context !== "object" || context === null || !("params" in context)) return;
  const params: unknown = await context.params;
  if (typeof params !== "object" || params === null) return;
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (typeof v !== "string" || !ID_PATTERN.test(v)) throw Invalid(`The ${name} in the address is not a valid id.`);
    }
  }
}

/**
 * Wraps a route handler so every failure becomes a JSON error of the shared vocabulary, and its
 * path parameters are checked before the handler runs.
 */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      await checkParams(args[1]);
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** JSON bodies of this API are small; imports (multipart) have their own, larger limit. */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * Parses a JSON body with a zod schema: 415 unless sent as JSON, 413 past the size limit, 400
 * for bytes that are not UTF-8, text that is not JSON, or strings that are not clean text.
 */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  if (!isJsonMediaType(mediaType(request)))
    throw UnsupportedMediaType("Send the body as JSON (Content-Type: application/json).");
  const bytes = await readBodyLimited(request, MAX_JSON_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw Invalid("The request body must be JSON.");
  }
  const bad = findUncleanValue(body);
  if (bad?.problem === "text") throw Invalid(`${bad.path}: ${UNCLEAN_TEXT_MESSAGE}.`);
  if (bad?.problem === "depth") throw Invalid(`${bad.path}: nested more deeply than any input of this API.`);
  return schema.parse(body);
}

/** A query parameter as clean text (undefined when absent). */
export function queryParam(url: URL, name: string): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (!isCleanText(v)) throw Invalid(`${name}: ${UNCLEAN_TEXT_MESSAGE}.`);
  return v;
}
