// Runs before pages (and the API addresses named below): refuses addresses that are not validly
// encoded and methods a JSON route does not answer (both as JSON errors in the API's shape), and
// puts the security headers and the script nonce on every answer. It is not authorisation: every
// route checks who asks.
import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods } from "@/lib/http/api-routes";
import { pathProblem, queryProblem } from "@/lib/http/request-path";
import { apiSecurityHeaders, contentSecurityPolicy, makeNonce, securityHeaders } from "@/lib/http/security-headers";

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
  // The raw path, as sent: nextUrl keeps percent-escapes undecoded.
  const { pathname, search } = request.nextUrl;
  const api = pathname.startsWith("/api/");

  if (api) {
    const headers = apiSecurityHeaders(https);
    const problem = pathProblem(pathname) ?? queryProblem(search);
    if (problem) return withHeaders(errorJson(400, "invalid", problem), headers);
    const allowed = allowedMethods(pathname);
    if (allowed && !allowed.includes(request.method)) {
      return withHeaders(
        errorJson(405, "method_not_allowed", `${request.method} is not supported here; use ${allowed.join(", ")}.`, {
          Allow: allowed.join(", "),
        }),
        headers,
      );
    }
    return withHeaders(NextResponse.next(), headers);
  }

  const nonce = makeNonce();
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const headers = securityHeaders({ csp, https });
  const problem = pathProblem(pathname) ?? queryProblem(search);
  if (problem) return withHeaders(errorJson(400, "invalid", problem), headers);

  // Pages: Next reads the nonce from the request's CSP and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

// Which requests come here. Next runs a proxy at a price on every request it sees (a request
// object, a buffered copy of the body): about a third of a JSON review's server time. So the JSON
// API (/api/v1) skips it, and its routes do the same checks in their wrapper (lib/http/respond.ts:
// the query, the methods, the headers via next.config.js) — except for addresses with a
// percent-escape, which the router may fail to decode (a plain-text 500 before any route runs):
// those still come here. Next also buffers a copy of every body that passes through (10 MB at
// most, then cut off), so multipart bodies to the import route never come here; they are read
// with the route's own hard limit (lib/http/body.ts). Static build files need no check and no
// nonce; their headers come from next.config.js.
// (Next reads this export statically: literals only.)
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|api/v1/).*)" },
    { source: "/api/v1/((?!imports).*%.*)" },
    {
      source: "/api/v1/(imports.*%.*)",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
