// A lying zip bomb for tests: one deflated entry of zeros that really inflates to `inflatedBytes`
// while the archive declares `declaredBytes`. The deflate stream is written by hand (one fixed-
// Huffman block: a literal 0, then matches of 258 bytes at distance 1), so making a 1 GB bomb
// takes milliseconds rather than deflating a gigabyte.
import { zipSync } from "fflate";

class BitWriter {
  private bytes: Uint8Array;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Writes `count` bits of `value`, least significant first (deflate's order for header bits). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.one((value >> i) & 1);
  }
  /** Writes a Huffman code, most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.one((value >> i) & 1);
  }
  private one(b: number): void {
    if (b) this.bytes[this.bit >> 3]! |= 1 << (this.bit & 7);
    this.bit++;
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, (this.bit + 7) >> 3);
  }
}

function deflatedZeros(n: number): Uint8Array {
  const matches = Math.floor((n - 1) / 258);
  const tail = n - 1 - matches * 258;
  const w = new BitWriter(Math.ceil(((matches + tail + 2) * 13 + 16) / 8) + 8);
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman codes
  w.code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    w.code(0b11000101, 8); // length 258
    w.code(0, 5); // distance 1
  }
  for (let i = 0; i < tail; i++) w.code(0x30, 8);
  w.code(0, 7); // end of block
  return w.done();
}

function u16(v: number): number[] {
  return [v & 0xff, (v >> 8) & 0xff];
}
function u32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export type Entry = { name: Uint8Array; method: 0 | 8; data: Uint8Array; declared: number };

export function writeZip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = new Uint8Array([
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(e.method),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(e.data.byteLength),
      ...u32(e.declared),
      ...u16(e.name.byteLength),
      ...u16(0),
      ...e.name,
    ]);
    directory.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(e.method),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(e.data.byteLength),
      ...u32(e.declared),
      ...u16(e.name.byteLength),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...e.name,
    );
    parts.push(local, e.data);
    offset += local.byteLength + e.data.byteLength;
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(directory.length),
    ...u32(offset),
    ...u16(0),
  ];
  parts.push(new Uint8Array(directory), new Uint8Array(end));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export function zipBomb(opts: {
  entry: string;
  inflatedBytes: number;
  declaredBytes: number;
  extra?: Record<string, string>;
}): Uint8Array {
  const enc = new TextEncoder();
  const small: Entry[] = Object.entries(opts.extra ?? {}).map(([name, text]) => ({
    name: enc.encode(name),
    method: 0,
    data: enc.encode(text),
    declared: enc.encode(text).byteLength,
  }));
  return writeZip([
    ...small,
    { name: enc.encode(opts.entry), method: 8, data: deflatedZeros(opts.inflatedBytes), declared: opts.declaredBytes },
  ]);
}

/** A small, ordinary zip of text entries. */
export function smallZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));
}

/** The parts around word/document.xml that make an archive look like a .docx. */
export const DOCX_SHELL = {
  "[Content_Types].xml":
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  "_rels/.rels":
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
};
