import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { inflateZipEntries, listZipEntries } from "@/lib/import/zip";
import { smallZip, writeZip, zipBomb } from "../../support/zip-bomb";

const docx = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import/canal.docx")));

describe("listZipEntries", () => {
  it("lists names and declared sizes without unpacking", () => {
    const entries = listZipEntries(docx);
    expect(entries?.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/_rels/document.xml.rels",
      "word/styles.xml",
      "word/footnotes.xml",
    ]);
    expect(entries?.find((e) => e.name === "word/document.xml")?.uncompressedSize).toBeGreaterThan(docx.length);
  });

  it("returns null for data that is not a complete zip", () => {
    expect(listZipEntries(new Uint8Array(0))).toBeNull();
    expect(listZipEntries(new TextEncoder().encode("plain text, no zip here at all"))).toBeNull();
    expect(listZipEntries(docx.subarray(0, docx.length - 30))).toBeNull();
    // The end record is intact but points at a directory that was cut away.
    const cut = new Uint8Array([...docx.subarray(0, 100), ...docx.subarray(docx.length - 22)]);
    expect(listZipEntries(cut)).toBeNull();
  });
});

describe("inflateZipEntries", () => {
  it("inflates a real .docx's entries", () => {
    const parts = inflateZipEntries(docx, { maxEntries: 100, maxTotalBytes: 10 * 1024 * 1024 });
    expect([...parts.keys()]).toContain("word/document.xml");
    expect(new TextDecoder().decode(parts.get("word/document.xml"))).toMatch(/<w:document/);
  });

  it("keeps only the entries asked for", () => {
    const parts = inflateZipEntries(smallZip({ "a.txt": "alpha", "b.txt": "beta" }), {
      maxEntries: 10,
      maxTotalBytes: 1000,
      names: (n) => n === "b.txt",
    });
    expect([...parts.keys()]).toEqual(["b.txt"]);
    expect(new TextDecoder().decode(parts.get("b.txt"))).toBe("beta");
  });

  it("stops a lying bomb at the ceiling on bytes really inflated, not at its declared size", () => {
    const bomb = zipBomb({ entry: "word/document.xml", inflatedBytes: 1024 * 1024 * 1024, declaredBytes: 1024 });
    expect(listZipEntries(bomb)?.find((e) => e.name === "word/document.xml")?.uncompressedSize).toBe(1024);
    expect(bomb.byteLength).toBeLessThan(8 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    let error: unknown;
    try {
      inflateZipEntries(bomb, { maxEntries: 10, maxTotalBytes: 8 * 1024 * 1024 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("too_large");
    // Far less than the 1 GB the bomb holds was ever held at once.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses too many entries and damaged archives", () => {
    const many = smallZip(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, "x"])));
    expect(() => inflateZipEntries(many, { maxEntries: 4, maxTotalBytes: 1000 })).toThrow(/more than 4 files/);
    // An entry whose data is not a deflate stream (block type 3 does not exist).
    const name = new TextEncoder().encode("word/document.xml");
    const damaged = writeZip([{ name, method: 8, data: new Uint8Array(64).fill(0xff), declared: 100 }]);
    expect(() => inflateZipEntries(damaged, { maxEntries: 100, maxTotalBytes: 10 * 1024 * 1024 })).toThrow(/damaged/);
    // A directory that points at data which was cut away.
    const cut = new Uint8Array([...docx.subarray(0, 100), ...docx.subarray(docx.length - 22)]);
    expect(() => inflateZipEntries(cut, { maxEntries: 100, maxTotalBytes: 1000 })).toThrow(/damaged/);
  });
});
