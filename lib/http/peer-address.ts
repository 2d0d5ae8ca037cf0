// Puts the socket's remote address on every incoming request as PEER_HEADER, replacing any value a
// client sent, so lib/http/client-address can tell the real peer from a forged X-Forwarded-For
// (Next keeps a client's X-Forwarded-For as it is and adds the socket address only when absent).
// Installed once per process from instrumentation.ts; Node's HTTP server announces every request
// through emit("request"), before Next reads its headers.
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const installed = Symbol.for("sourcedeck.peerAddress");

export function installPeerAddressHeader(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  // The original is called back with the server as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = proto.emit;
  proto.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
