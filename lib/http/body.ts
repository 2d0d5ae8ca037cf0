// Request bodies read with a hard byte limit: a declared Content-Length over the limit is refused
// before anything is read, and a body that runs past it (chunked, or lying about its length) is
// cut off at the limit, so no request can make the server hold more than `maxBytes` of it.
import type { IncomingMessage } from "node:http";
import { TooLarge } from "@/lib/errors";

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const tooLargeError = (what: string, maxBytes: number) =>
  TooLarge(`${what} is larger than the limit of ${megabytes(maxBytes)}.`);

const declaresMore = (declared: string | null | undefined, maxBytes: number) =>
  declared != null && /^\d+$/.test(declared) && Number(declared) > maxBytes;

export async function readBodyLimited(
  request: Request,
  maxBytes: number,
  what = "The request body",
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => tooLargeError(what, maxBytes);
  if (declaresMore(request.headers.get("content-length"), maxBytes)) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The same limit on a Node request's own stream (the fast path, lib/http/fast-api.ts, has no
 * web Request). Past the limit the rest is read and dropped, so the connection stays usable
 * for the 413 and the next request.
 */
export function readNodeBodyLimited(
  request: IncomingMessage,
  maxBytes: number,
  what = "The request body",
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (declaresMore(request.headers["content-length"], maxBytes)) return reject(tooLargeError(what, maxBytes));
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onFail);
      request.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) return void chunks.push(chunk);
      stop();
      request.resume();
      reject(tooLargeError(what, maxBytes));
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
    };
    const onFail = (e: unknown) => {
      stop();
      reject(e instanceof Error ? e : new Error("request stream failed"));
    };
    const onClose = () => onFail(new Error("the request closed before its body ended"));
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onFail);
    request.on("close", onClose);
  });
}

/** The media type of a Content-Type header, lower-cased, without parameters ("" when absent). */
export function mediaType(request: Request): string {
  return mediaTypeOf(request.headers.get("content-type"));
}

export function mediaTypeOf(header: string | null | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonMediaType(type: string): boolean {
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
