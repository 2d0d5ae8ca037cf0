// Unpacks a zip with ceilings on the number of entries and on the bytes REALLY inflated (not the
// sizes the archive declares, which a zip bomb can fake). Entries are found through the central
// directory and inflated with fflate's streaming Inflate in small compressed chunks, so the count
// is checked while inflating and a bomb stops within a few megabytes of the ceiling.
// Interim home until the hardening branch's lib/import/zip.ts lands with the same function.
import { Inflate } from "fflate";
import { ImportError } from "./errors";

export type InflateLimits = { maxEntries: number; maxTotalBytes: number; names?: (name: string) => boolean };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
// Deflate expands at most ~1032:1, so one 4 KB push yields at most ~4 MB past the ceiling.
const PUSH_BYTES = 4096;

const damaged = () => new ImportError("unreadable", "The archive is damaged or not a zip file.");

function tooLarge(limits: InflateLimits): ImportError {
  const mb = Math.round(limits.maxTotalBytes / 1048576);
  return new ImportError("too-large", `The archive unpacks to more than ${mb} MB, which is more than this import allows.`);
}

type DirectoryEntry = { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number };

function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  let end = -1;
  for (let i = bytes.length - END_RECORD_SIZE; i >= earliest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder("utf-8");
  const entries: DirectoryEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) throw damaged();
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged();
  return bytes.subarray(start, end);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The entries (by name) of a zip, inflated. Throws ImportError "too-large" (answered 413) when
 * there are more entries than maxEntries or the bytes inflated so far pass maxTotalBytes, and
 * "unreadable" for a damaged, encrypted or Zip64 archive. `names` chooses which entries to
 * inflate; the others count against maxEntries but are never unpacked.
 */
export function inflateZipEntries(bytes: Uint8Array, limits: InflateLimits): Map<string, Uint8Array> {
  const entries = readDirectory(bytes);
  if (entries.length > limits.maxEntries) {
    throw new ImportError("too-large", `The archive holds more than ${limits.maxEntries} files, which is more than this import allows.`);
  }
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    if (limits.names && !limits.names(entry.name)) continue;
    if (entry.flags & 1) throw new ImportError("unreadable", "The archive is encrypted; export it again without a password.");
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ImportError("unreadable", "The archive uses Zip64, which is not read here.");
    }
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      total += data.length;
      if (total > limits.maxTotalBytes) throw tooLarge(limits);
      out.set(entry.name, data.slice());
      continue;
    }
    if (entry.method !== 8) throw new ImportError("unreadable", `The archive entry “${entry.name}” uses a compression this import does not read.`);
    const chunks: Uint8Array[] = [];
    let length = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      length += chunk.length;
      if (total + length > limits.maxTotalBytes) over = true;
      else chunks.push(chunk);
    });
    try {
      for (let at = 0; at < data.length || at === 0; at += PUSH_BYTES) {
        const last = at + PUSH_BYTES >= data.length;
        inflater.push(data.subarray(at, Math.min(data.length, at + PUSH_BYTES)), last);
        if (over) throw tooLarge(limits);
        if (last) break;
      }
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw damaged();
    }
    total += length;
    out.set(entry.name, concat(chunks, length));
  }
  return out;
}
