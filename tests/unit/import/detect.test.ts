import { describe, expect, it } from "vitest";
import { decodeText, detectFormat, extensionOf } from "@/lib/import/detect";
import { AppError } from "@/lib/errors";
import { pastedTextSchema } from "@/lib/import/extract";

const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes("%PDF-1.4\n...");
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("detectFormat", () => {
  it("goes by extension, case-insensitively, then by declared type", () => {
    expect(detectFormat({ name: "notes.TXT", bytes: bytes("hi") })).toBe("txt");
    expect(detectFormat({ name: "notes.markdown", bytes: bytes("# hi") })).toBe("md");
    expect(detectFormat({ name: "page.htm", bytes: bytes("<p>hi</p>") })).toBe("html");
    expect(detectFormat({ name: "paper.pdf", bytes: PDF })).toBe("pdf");
    expect(detectFormat({ name: "paper.docx", bytes: ZIP })).toBe("docx");
    expect(detectFormat({ name: "upload", bytes: bytes("hi"), mimeType: "text/markdown; charset=utf-8" })).toBe("md");
  });

  it("trusts the bytes over the name for a PDF", () => {
    expect(detectFormat({ name: "renamed.txt", bytes: PDF })).toBe("pdf");
    expect(detectFormat({ name: "no-extension", bytes: PDF })).toBe("pdf");
  });

  it("refuses other formats, naming the ones it reads", () => {
    const png = failure(() => detectFormat({ name: "photo.png", bytes: new Uint8Array([0x89, 0x50]) }));
    expect(png.code).toBe("unsupported_media_type");
    expect(png.message).toBe(".png files can't be imported. SourceDeck reads .txt, .md, .pdf, .docx and .html files.");
    const doc = failure(() => detectFormat({ name: "old.doc", bytes: OLE }));
    expect(doc.code).toBe("unsupported_media_type");
    expect(doc.message).toMatch(/save it as \.docx/);
  });

  it("refuses a file whose bytes contradict its .pdf or .docx name", () => {
    expect(failure(() => detectFormat({ name: "fake.pdf", bytes: bytes("hello") })).code).toBe("invalid");
    const oldWord = failure(() => detectFormat({ name: "report.docx", bytes: OLE }));
    expect(oldWord.code).toBe("invalid");
    expect(oldWord.message).toMatch(/\.doc files/);
  });

  it("reads extensions from the last path segment only", () => {
    expect(extensionOf("C:\\docs.v2\\report")).toBe("");
    expect(extensionOf("a/b.c/notes.md")).toBe("md");
    expect(extensionOf(".bashrc")).toBe("");
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Café – “ok”")]);
    expect(decodeText(withBom, "a.txt", "txt")).toBe("Café – “ok”");
  });

  it("decodes UTF-16 with a byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeText(le, "a.txt", "txt")).toBe("Hi");
  });

  it("refuses invalid UTF-8 and binary data with a reason", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
    const invalid = failure(() => decodeText(latin1, "old.txt", "txt"));
    expect(invalid.code).toBe("invalid");
    expect(invalid.message).toMatch(/isn't UTF-8 text/);
    const binary = failure(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), "x.txt", "txt"));
    expect(binary.message).toMatch(/binary data/);
    const controls = failure(() => decodeText(new Uint8Array(200).fill(0x01), "x.txt", "txt"));
    expect(controls.message).toMatch(/binary data/);
  });

  it("decodes HTML in the charset its <meta> tag declares", () => {
    const html = new Uint8Array([...bytes('<meta charset="windows-1252"><p>Caf'), 0xe9, 0x96, ...bytes("ok</p>")]);
    expect(decodeText(html, "old.html", "html")).toBe('<meta charset="windows-1252"><p>Café–ok</p>');
  });
});

describe("pastedTextSchema", () => {
  it("trims and accepts text up to 2,000,000 characters", () => {
    expect(pastedTextSchema.parse("  Some text.\n")).toBe("Some text.");
    expect(pastedTextSchema.safeParse("x".repeat(2_000_000)).success).toBe(true);
  });

  it("refuses empty, blank, oversized and non-string input with clear messages", () => {
    const blank = pastedTextSchema.safeParse(" \n\t ");
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]!.message).toMatch(/empty/);
    const big = pastedTextSchema.safeParse("x".repeat(2_000_001));
    expect(big.error?.issues[0]!.message).toMatch(/2,000,000 characters/);
    expect(pastedTextSchema.safeParse(42).error?.issues[0]!.message).toBe("Paste the text of the document.");
  });
});
