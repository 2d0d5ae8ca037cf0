// Every fixture format through extractDocumentText with the real libraries (unpdf, mammoth,
// html-to-text): the canal's sentences come out verbatim, the noise doesn't; bad files get an
// AppError a person can act on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSections } from "@/lib/import/clean";
import { AppError } from "@/lib/errors";
import { extractDocumentText, MAX_IMPORT_BYTES, type ImportFile } from "@/lib/import/extract";
import { listZipEntries } from "@/lib/import/zip";
import { BOILERPLATE, HEADINGS, NOTES, RUNNING_HEADER, SENTENCES, TITLE } from "../../fixtures/import/canal";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");
const fixture = (name: string): ImportFile => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
});

async function importError(file: ImportFile): Promise<AppError> {
  try {
    await extractDocumentText(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${file.name} was imported, but a refusal was expected`);
}

async function expectRefusal(file: ImportFile, code: AppError["code"], message: RegExp | string) {
  const error = await importError(file);
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

// Traces of markup or footnotes that must not survive in any format.
const NOISE = [
  /<\/?\w+[^>]*>/,
  /&(?:amp|#\d+|[a-z]+);/,
  /\[\d+\]/,
  /\^\d/,
  /[¹²³]/,
  /\\[*_#$]/,
  /↑/,
  /\p{L}[.,;]\d{1,3}(?=\s|$)/mu,
];

const FORMATS = [
  { file: "canal.txt", format: "txt" },
  { file: "canal.md", format: "md" },
  { file: "canal.html", format: "html" },
  { file: "canal.pdf", format: "pdf" },
  { file: "canal.docx", format: "docx" },
] as const;

describe("extractDocumentText: every format", () => {
  for (const { file, format } of FORMATS) {
    describe(file, () => {
      it("yields the document's sentences and headings verbatim", async () => {
        const result = await extractDocumentText(fixture(file));
        expect(result.format).toBe(format);
        for (const [key, sentence] of Object.entries(SENTENCES)) expect(result.text, key).toContain(sentence);
        const lines = result.text.split("\n");
        for (const heading of [TITLE, ...HEADINGS]) expect(lines, heading).toContain(heading);
        const sections = splitSections(result.text).map((s) => s.heading);
        for (const heading of HEADINGS) expect(sections, heading).toContain(heading);
      });

      it("leaves out the boilerplate, the repeated header and all footnote markup", async () => {
        const { text } = await extractDocumentText(fixture(file));
        for (const line of BOILERPLATE) expect(text, line).not.toContain(line);
        // Repeats go; the first copy, printed above the title as a site name, goes with the labels there.
        expect(text.split("\n").filter((l) => l === RUNNING_HEADER)).toHaveLength(0);
        expect(text.startsWith(TITLE)).toBe(true);
        for (const pattern of NOISE) expect(text, String(pattern)).not.toMatch(pattern);
        expect(text).not.toMatch(/\n\n\n/);
      });
    });
  }

  it("counts a PDF's pages and joins its wrapped lines", async () => {
    const result = await extractDocumentText(fixture("canal.pdf"));
    expect(result.pages).toBe(2);
    expect(result.text).not.toMatch(/Page \d of \d/);
    // The charter sentence is printed over two lines ("…14 March" / "1887 and took…").
    expect(result.text).toContain("signed on 14 March 1887 and took");
  });

  it("gives no page count for other formats", async () => {
    expect((await extractDocumentText(fixture("canal.docx"))).pages).toBeUndefined();
  });

  it("keeps a .docx footnote's text but not its reference marks", async () => {
    const { text } = await extractDocumentText(fixture("canal.docx"));
    expect(text).toContain(NOTES[0]);
    expect(text).toContain("took eleven years to finish. Its 38 locks");
  });

  it("unescapes markdown and drops its links, images and notes syntax", async () => {
    const { text } = await extractDocumentText(fixture("canal.md"));
    expect(text).toContain("Lock #12 is the deepest, at 4.6 metres; its plans are catalogued as LV_1887_03.");
    expect(text).not.toMatch(/\]\(|!\[|\[\^|^---$/m);
    expect(text).toContain(`1 ${NOTES[0]}`);
  });

  it("decodes HTML entities and skips navigation, scripts and cookie banners", async () => {
    const { text } = await extractDocumentText(fixture("canal.html"));
    expect(text).toContain("Boats & barges still pass the Carrow basin on summer weekends.");
    expect(text).not.toMatch(/Home|Articles|analytics|font-family|cookies|e-mail/);
    expect(text).not.toContain("A lock gate");
  });

  it("reads a PDF even when it was renamed to .txt", async () => {
    const result = await extractDocumentText({ ...fixture("canal.pdf"), name: "canal.txt" });
    expect(result.format).toBe("pdf");
    expect(result.text).toContain(SENTENCES.flood);
  });

  it("accepts a declared type when the name has no extension", async () => {
    const result = await extractDocumentText({ ...fixture("canal.md"), name: "upload", mimeType: "text/markdown" });
    expect(result.format).toBe("md");
    expect(result.text).toContain(SENTENCES.festival);
  });
});

describe("extractDocumentText: files it refuses", () => {
  it("refuses a file over 10 MB, saying how big it is", async () => {
    const bytes = new Uint8Array(Math.round(14.2 * 1024 * 1024)).fill(0x61);
    await expectRefusal({ name: "big.txt", bytes }, "too_large", "That file is 14.2 MB; the limit is 10 MB.");
    const justOver = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    await expectRefusal(
      { name: "big.txt", bytes: justOver },
      "too_large",
      "That file is 10.00 MB; the limit is 10 MB.",
    );
  });

  it("reads a file of exactly 10 MB", async () => {
    const line = "The canal carried timber and lime for forty years. ";
    const bytes = new TextEncoder().encode(
      line.repeat(Math.ceil(MAX_IMPORT_BYTES / line.length)).slice(0, MAX_IMPORT_BYTES),
    );
    expect(bytes.byteLength).toBe(MAX_IMPORT_BYTES);
    const result = await extractDocumentText({ name: "long.txt", bytes });
    expect(result.text.startsWith(line.trim())).toBe(true);
  });

  it("refuses formats it doesn't read, listing the ones it does", async () => {
    await expectRefusal(
      { name: "photo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
      "unsupported_media_type",
      ".png files can't be imported. SourceDeck reads .txt, .md, .pdf, .docx and .html files.",
    );
    await expectRefusal(
      { name: "slides.pptx", bytes: fixture("canal.docx").bytes },
      "unsupported_media_type",
      /SourceDeck reads \.txt/,
    );
  });

  it("refuses a damaged PDF", async () => {
    await expectRefusal(fixture("corrupt.pdf"), "invalid", /damaged/);
  });

  it("refuses a PDF with no text layer, suggesting OCR", async () => {
    await expectRefusal(fixture("no-text.pdf"), "invalid", /no text layer \(it may be a scan\).*OCR/);
  });

  it("refuses a file named .pdf that isn't one", async () => {
    await expectRefusal(
      { name: "notes.pdf", bytes: new TextEncoder().encode("just some text") },
      "invalid",
      /not a real PDF/,
    );
  });

  it("refuses binary data disguised as .txt", async () => {
    await expectRefusal(
      { name: "notes.txt", bytes: fixture("canal.docx").bytes },
      "invalid",
      /doesn't look like a text file/,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await expectRefusal({ name: "photo.txt", bytes: png }, "invalid", /binary data/);
  });

  it("refuses text that isn't UTF-8", async () => {
    const latin1 = new Uint8Array([0x54, 0x68, 0xe9, 0x20, 0x63, 0x61, 0x6e, 0x61, 0x6c]);
    await expectRefusal({ name: "old.txt", bytes: latin1 }, "invalid", /isn't UTF-8 text/);
  });

  it("refuses a zip that holds no Word document, and a damaged .docx", async () => {
    expect(listZipEntries(fixture("not-word.docx").bytes)?.map((e) => e.name)).toEqual(["notes/readme.txt"]);
    await expectRefusal(fixture("not-word.docx"), "invalid", /not a Word document/);
    const truncated = fixture("canal.docx").bytes.subarray(0, 900);
    await expectRefusal({ name: "cut.docx", bytes: truncated }, "invalid", /damaged or not a Word document/);
  });

  it("refuses an empty file, and one with nothing but boilerplate", async () => {
    await expectRefusal({ name: "empty.txt", bytes: new Uint8Array(0) }, "invalid", "“empty.txt” is empty.");
    const onlyNoise = new TextEncoder().encode("\n  \nShare this article\nSubscribe to our weekly newsletter\n");
    await expectRefusal({ name: "noise.md", bytes: onlyNoise }, "invalid", "There is no text in “noise.md”.");
  });
});
