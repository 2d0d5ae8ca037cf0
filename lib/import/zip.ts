// Reads a zip's central directory (names and declared sizes) without inflating anything, so a
// .docx can be checked before mammoth unpacks it into memory; and inflates a zip with a ceiling.
import { Unzip, UnzipInflate } from "fflate";
import { Invalid, TooLarge } from "@/lib/errors";

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The entries of a zip file, or null when its directory cannot be found or is malformed. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  let end = -1;
  // The end record sits last, after an optional comment of up to 64 KB.
  for (let i = bytes.length - END_RECORD_SIZE; i >= earliest; i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      uncompressedSize: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Inflating with a ceiling. The sizes a zip declares are not evidence (a bomb declares 1 KB and
// inflates to 1 GB), so what counts is the bytes the inflater really produces: the archive is fed
// to fflate's streaming unzipper in small slices, each slice can inflate to at most about a
// thousand times its size, and the count is checked after every slice.

export interface InflateLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Which entries to keep; the others are skipped without being inflated. */
  names?: (name: string) => boolean;
}

const SLICE = 2048;

/** The archive's kept entries, inflated; refused as too large past a limit, invalid if damaged. */
export function inflateZipEntries(bytes: Uint8Array, limits: InflateLimits): Map<string, Uint8Array> {
  // The directory is read first: without one this is not a complete zip, and its entry count is
  // an early answer to an archive of a million empty files. Sizes it declares are not trusted.
  const listed = listZipEntries(bytes);
  if (listed === null) throw Invalid("This archive is damaged, so it can't be read.");
  if (listed.length > limits.maxEntries)
    throw TooLarge(`This archive is too large to read: it holds more than ${limits.maxEntries} files.`);
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let over: string | null = null;
  let damaged = false;
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) {
      over = `it holds more than ${limits.maxEntries} files`;
      return;
    }
    if (over || (limits.names && !limits.names(file.name))) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (err) {
        damaged = true;
        return;
      }
      if (over) return;
      total += data.byteLength;
      size += data.byteLength;
      if (total > limits.maxTotalBytes) {
        over = `it unpacks to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`;
        chunks.length = 0;
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          whole.set(c, at);
          at += c.byteLength;
        }
        out.set(file.name, whole);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.byteLength && !over && !damaged; at += SLICE) {
      const end = Math.min(at + SLICE, bytes.byteLength);
      unzip.push(bytes.subarray(at, end), end === bytes.byteLength);
    }
  } catch {
    damaged = true;
  }
  // Set inside fflate's callbacks, which the type checker does not follow: read it back as what it is.
  const overReason = over as string | null;
  if (overReason) {
    out.clear();
    throw TooLarge(`This archive is too large to read: ${overReason}.`);
  }
  // An entry the directory lists but the stream never completed is damage too.
  const missing = listed.some(
    (e) => !e.name.endsWith("/") && (!limits.names || limits.names(e.name)) && !out.has(e.name),
  );
  if (damaged || missing) throw Invalid("This archive is damaged, so it can't be read.");
  return out;
}
