import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listZipEntries } from "@/lib/import/zip";

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
