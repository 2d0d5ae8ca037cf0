// Request bodies read with a hard byte limit: a declared Content-Length over the limit is refused
// before anything is read, and a body that runs past it (chunked, or lying about its length) is
// cut off at the limit, so no request can make the server hold more than `maxBytes` of it.
import { TooLarge } from "@/lib/errors";

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function readBodyLimited(
  request: Request,
  maxBytes: number,
  what = "The request body",
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => TooLarge(`${what} is larger than the limit of ${megabytes(maxBytes)}.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge();
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

/** The media type of a Content-Type header, lower-cased, without parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonMediaType(type: string): boolean {
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
