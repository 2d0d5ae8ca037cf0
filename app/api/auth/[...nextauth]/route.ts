import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { AppError, Invalid, UnsupportedMediaType } from "@/lib/errors";
import { isJsonMediaType, mediaType, readBodyLimited } from "@/lib/http/body";
import { errorResponse, jsonError } from "@/lib/http/respond";
import { findUncleanValue } from "@/lib/validation/text";

// next-auth types its App Router handler loosely; this is the shape it has.
const handler = NextAuth(authOptions) as (request: NextRequest, context: Context) => Promise<Response>;
type Context = { params: Promise<{ nextauth: string[] }> };

// Sign-in and sign-out forms are a few hundred bytes.
const MAX_AUTH_BODY = 16 * 1024;

/**
 * next-auth reads a POST body itself and fails with a 500 on one it cannot parse; the body is
 * checked here first (size, type, UTF-8, JSON, clean text) and handed on only when readable.
 */
async function checkedRequest(request: NextRequest): Promise<NextRequest> {
  const bytes = await readBodyLimited(request, MAX_AUTH_BODY);
  if (bytes.byteLength === 0) return new NextRequest(request.url, { method: request.method, headers: request.headers });
  const type = mediaType(request);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw Invalid("The request body is not UTF-8 text.");
  }
  let values: unknown;
  if (isJsonMediaType(type)) {
    try {
      values = JSON.parse(text);
    } catch {
      throw Invalid("The request body must be JSON.");
    }
    if (typeof values !== "object" || values === null || Array.isArray(values))
      throw Invalid("The request body must be a JSON object.");
  } else if (type === "application/x-www-form-urlencoded") {
    values = Object.fromEntries(new URLSearchParams(text));
  } else {
    throw UnsupportedMediaType("Send the form as application/x-www-form-urlencoded or JSON.");
  }
  if (findUncleanValue(values) !== null) throw Invalid("The form contains characters that are not text.");
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: bytes });
}

// What next-auth throws comes from a request it cannot handle (a GET of the credentials callback,
// an unknown action): the client's doing, so a 400 in the API's shape, not a 500.
function refused(e: unknown): Response {
  if (e instanceof AppError) return errorResponse(e);
  console.warn("next-auth refused a request:", e instanceof Error ? e.message : e);
  return jsonError(400, "invalid", "That sign-in request could not be handled.");
}

export async function GET(request: NextRequest, context: Context): Promise<Response> {
  const [action, provider] = (await context.params).nextauth ?? [];
  if (action === "callback" && provider === "credentials") {
    return jsonError(405, "method_not_allowed", "Sign in with a POST of the credentials form.", undefined, {
      Allow: "POST",
    });
  }
  try {
    return await handler(request, context);
  } catch (e) {
    return refused(e);
  }
}

export async function POST(request: NextRequest, context: Context): Promise<Response> {
  let checked: NextRequest;
  try {
    checked = await checkedRequest(request);
  } catch (e) {
    return errorResponse(e);
  }
  try {
    return await handler(checked, context);
  } catch (e) {
    return refused(e);
  }
}
