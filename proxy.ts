// Runs before every route: refuses addresses that are not validly encoded and methods a JSON
// route does not answer (both as JSON errors in the API's shape), and puts the security headers
// and the script nonce on every answer. It is not authorisation: every route checks who asks.
import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods } from "@/lib/http/api-routes";
import { pathProblem, queryProblem } from "@/lib/http/request-path";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "@/lib/http/security-headers";

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function withHeaders(response: Response | NextResponse, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

function errorJson(status: number, code: string, message: string, extra?: Record<string, string>): Response {
  return Response.json({ error: { code, message } }, { status, headers: extra });
}

export function proxy(request: NextRequest): Response {
  const https = isHttps(request);
  const nonce = makeNonce();
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const headers = securityHeaders({ csp, https });

  // The raw path, as sent: nextUrl keeps percent-escapes undecoded.
  const { pathname, search } = request.nextUrl;
  const problem = pathProblem(pathname) ?? queryProblem(search);
  if (problem) return withHeaders(errorJson(400, "invalid", problem), headers);

  if (pathname.startsWith("/api/")) {
    const allowed = allowedMethods(pathname);
    if (allowed && !allowed.includes(request.method)) {
      return withHeaders(
        errorJson(405, "method_not_allowed", `${request.method} is not supported here; use ${allowed.join(", ")}.`, { Allow: allowed.join(", ") }),
        headers,
      );
    }
    return withHeaders(NextResponse.next(), headers);
  }

  // Pages: Next reads the nonce from the request's CSP and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Static build files need no check and no nonce; their headers come from next.config.js.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
