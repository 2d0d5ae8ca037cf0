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
        errorJson(405, "method_not_allowed", `${request.method} is not supported here; use ${allowed.join(", ")}.`, {
          Allow: allowed.join(", "),
        }),
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

// Next buffers a copy of every body that passes through the proxy (10 MB at most, then cut off),
// and waits for it: an upload would be truncated, and a client promising 250 MB and sending five
// bytes would hold the request open. So multipart bodies to the import route skip the proxy and
// go straight to the route, which reads them with its own hard limit (lib/http/body.ts); every
// other request, multipart elsewhere included, passes here. Static build files need no check and
// no nonce; their headers come from next.config.js.
// (Next reads this export statically: literals only.)
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/v1/imports).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
