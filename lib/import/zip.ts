// Reads a zip's central directory (names and declared sizes) without inflating anything, so a
// .docx can be checked before mammoth unpacks it into memory.

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
