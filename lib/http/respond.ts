// The one translator from thrown errors to JSON answers: { error: { code, message } }.
import { ZodError, z } from "zod";
import { AppError, HTTP_STATUS, Invalid, UnsupportedMediaType } from "@/lib/errors";
import { findUncleanValue, ID_PATTERN, isCleanText, UNCLEAN_TEXT_MESSAGE } from "@/lib/validation/text";
import { allowedMethods } from "./api-routes";
import { isJsonMediaType, mediaTypeOf, readBodyLimited } from "./body";
import { pathProblem, queryProblem } from "./request-path";

export function jsonError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string[]>,
  headers?: HeadersInit,
): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers });
}

export type ErrorAnswer = {
  status: number;
  body: { error: { code: string; message: string; fields?: Record<string, string[]> } };
};

function errorAnswerOf(status: number, code: string, message: string, fields?: Record<string, string[]>): ErrorAnswer {
  return { status, body: { error: { code, message, ...(fields ? { fields } : {}) } } };
}

/** A thrown error as the status and body of its answer (the fast path, lib/http/fast-api.ts, sends it itself). */
export function errorAnswer(e: unknown): ErrorAnswer {
  if (e instanceof AppError) return errorAnswerOf(HTTP_STATUS[e.code], e.code, e.message, e.fields);
  if (e instanceof ZodError) {
    const flat = z.flattenError(e);
    const first = e.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return errorAnswerOf(400, "invalid", `${where}${first?.message ?? "Invalid input."}`, flat.fieldErrors);
  }
  console.error("unhandled API error", e);
  return errorAnswerOf(500, "internal", "Something went wrong on our side. Please try again.");
}

export function errorResponse(e: unknown): Response {
  const { status, body } = errorAnswer(e);
  return Response.json(body, { status });
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
 * The raw address's checks the proxy makes for pages (proxy.ts), here for the JSON API, which
 * skips the proxy: a query that is not validly encoded or decodes to control characters is a 400.
 * (Paths with a percent-escape still pass the proxy; the check here costs nothing without one.)
 */
function checkAddress(request: unknown): void {
  if (!(request instanceof Request)) return;
  const url = request.url;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const problem =
    (path.includes("%") ? pathProblem(new URL(path).pathname) : null) ?? (q === -1 ? null : queryProblem(url.slice(q)));
  if (problem) throw Invalid(problem);
}

/**
 * Wraps a route handler so every failure becomes a JSON error of the shared vocabulary, and its
 * address and path parameters are checked before the handler runs.
 */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      checkAddress(args[0]);
      await checkParams(args[1]);
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** JSON bodies of this API are small; imports (multipart) have their own, larger limit. */
export const MAX_JSON_BYTES = 256 * 1024;

// Without { stream: true } a decode keeps no state between calls: one decoder serves every request.
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses a JSON body with a zod schema: 415 unless sent as JSON, 413 past the size limit, 400
 * for bytes that are not UTF-8, text that is not JSON, or strings that are not clean text.
 */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  checkJsonContentType(request.headers.get("content-type"));
  return parseJsonBody(await readBodyLimited(request, MAX_JSON_BYTES), schema);
}

/** 415 unless the Content-Type header names JSON. */
export function checkJsonContentType(header: string | null | undefined): void {
  if (!isJsonMediaType(mediaTypeOf(header)))
    throw UnsupportedMediaType("Send the body as JSON (Content-Type: application/json).");
}

/** The body's bytes (read within MAX_JSON_BYTES) as JSON checked by the schema: readJson's second half. */
export function parseJsonBody<T>(bytes: Uint8Array, schema: z.ZodType<T>): T {
  let body: unknown;
  try {
    body = JSON.parse(UTF8.decode(bytes));
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

function allowHeader(request: Request): string {
  return (allowedMethods(new URL(request.url).pathname) ?? ["OPTIONS"]).join(", ");
}

/**
 * The handler of every method a JSON route does not answer (each route file exports it for them):
 * Next's own answer to a method not exported is an empty 405 without an Allow header.
 */
export function methodNotAllowed(request: Request): Response {
  const allow = allowHeader(request);
  return jsonError(405, "method_not_allowed", `${request.method} is not supported here; use ${allow}.`, undefined, {
    Allow: allow,
  });
}

/** OPTIONS from the routes table: Next's own would list the methods answered by methodNotAllowed. */
export function allowedOptions(request: Request): Response {
  return new Response(null, { status: 204, headers: { Allow: allowHeader(request) } });
}
