import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { Invalid, UnsupportedMediaType } from "@/lib/errors";
import { isJsonMediaType, mediaType, readBodyLimited } from "@/lib/http/body";
import { errorResponse } from "@/lib/http/respond";
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
    if (typeof values !== "object" || values === null || Array.isArray(values)) throw Invalid("The request body must be a JSON object.");
  } else if (type === "application/x-www-form-urlencoded") {
    values = Object.fromEntries(new URLSearchParams(text));
  } else {
    throw UnsupportedMediaType("Send the form as application/x-www-form-urlencoded or JSON.");
  }
  if (findUncleanValue(values) !== null) throw Invalid("The form contains characters that are not text.");
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: bytes });
}

export async function GET(request: NextRequest, context: Context): Promise<Response> {
  try {
    return await handler(request, context);
  } catch (e) {
    return errorResponse(e);
  }
}

export async function POST(request: NextRequest, context: Context): Promise<Response> {
  try {
    return await handler(await checkedRequest(request), context);
  } catch (e) {
    return errorResponse(e);
  }
}
