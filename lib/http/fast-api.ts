// The two hot JSON routes (POST /api/v1/reviews, GET /api/v1/study/queue) served in the server
// process before Next's router sees them. Next's routing and its request/response objects cost
// about two thirds of a review's server CPU (profiled under bench:review); this path answers the
// same requests with the same lib/ functions — the address check, the session check, readJson's
// content-type, size, encoding and schema checks, hot-routes.ts, the error translation and the
// API's security headers (next.config.js's set, from security-headers.ts) — so the answer is the
// same, only cheaper. Anything else, other methods and any address that is not exactly one of the
// two (a percent-escape, a trailing slash) goes on to Next, whose route files answer as before.
//
// Installed from instrumentation.ts in production servers (`next start`); API_FAST_PATH=off turns
// it off (the benches compare both). `next dev` keeps Next's path, so edits reload as usual.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { requireApiUserByCookie } from "@/lib/auth/session";
import { Invalid } from "@/lib/errors";
import { reviewBodySchema } from "@/lib/validation/study";
import { readNodeBodyLimited } from "./body";
import { queueAnswer, reviewAnswer } from "./hot-routes";
import { queryProblem } from "./request-path";
import { checkJsonContentType, errorAnswer, MAX_JSON_BYTES, parseJsonBody } from "./respond";
import { apiSecurityHeaders } from "./security-headers";

type FastRoute = (request: IncomingMessage, url: string) => Promise<unknown>;

const review: FastRoute = async (request) => {
  const user = await requireApiUserByCookie(request.headers.cookie);
  checkJsonContentType(request.headers["content-type"]);
  const body = parseJsonBody(await readNodeBodyLimited(request, MAX_JSON_BYTES), reviewBodySchema);
  return reviewAnswer(user, body);
};

const queue: FastRoute = async (request, url) => {
  const user = await requireApiUserByCookie(request.headers.cookie);
  return queueAnswer(user, new URL(url, "http://fast.invalid"));
};

const ROUTES: Record<string, { method: string; route: FastRoute }> = {
  "/api/v1/reviews": { method: "POST", route: review },
  "/api/v1/study/queue": { method: "GET", route: queue },
};

/** The route this request is for, or null when Next should answer it. */
export function fastRouteOf(method: string | undefined, url: string | undefined): FastRoute | null {
  if (!url) return null;
  const q = url.indexOf("?");
  const entry = ROUTES[q === -1 ? url : url.slice(0, q)];
  return entry && entry.method === method ? entry.route : null;
}

// Uncompressed, as Next sends a route handler's JSON; the headers are next.config.js's for /api/v1.
function send(request: IncomingMessage, response: ServerResponse, status: number, json: unknown): void {
  const body = JSON.stringify(json);
  response.writeHead(status, {
    ...apiSecurityHeaders(request.headers["x-forwarded-proto"] === "https"),
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
  });
  response.end(body);
}

/** Answers one request of a fast route; never throws and never leaves the request unanswered. */
export async function serveFast(route: FastRoute, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? "";
  let status = 200;
  let json: unknown;
  try {
    const q = url.indexOf("?");
    const problem = q === -1 ? null : queryProblem(url.slice(q));
    if (problem) throw Invalid(problem);
    json = await route(request, url);
  } catch (e) {
    ({ status, body: json } = errorAnswer(e));
  }
  if (response.headersSent || response.destroyed) return;
  try {
    send(request, response, status, json);
  } catch (e) {
    console.error("fast API: could not send the answer", e);
    response.destroy();
  }
}

const installed = Symbol.for("sourcedeck.fastApi");

/**
 * Serves the fast routes from every HTTP server of this process: Node announces each request with
 * emit("request"); a fast route's request is answered here and not passed on to Next's listener.
 */
export function installFastApi(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  // The original is called back with the server as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = proto.emit;
  proto.emit = function fastEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const route = fastRouteOf(request.method, request.url);
      if (route) {
        void serveFast(route, request, args[1] as ServerResponse);
        return true;
      }
    }
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
