// Turns an uploaded file (or pasted text) into clean document text: checks size and format, reads
// it with the library for its format, then removes conversion noise. Refusals are AppErrors (413, 415, 400) with
// a message for the person who uploaded the file.
import { z } from "zod";
import { cleanDocumentText } from "./clean";
import { decodeText, detectFormat, type DocumentFormat } from "./detect";
import { Invalid, TooLarge } from "@/lib/errors";
import { htmlToPlainText, readDocx, readDocxTitle, readPdf } from "./readers";
import { dropLinesAboveTitle, titleFromHtml, titleFromText } from "./title";

export { SUPPORTED_FORMATS_MESSAGE, type DocumentFormat } from "./detect";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_PASTED_CHARS = 2_000_000;

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
}

export interface ExtractedDocument {
  text: string;
  format: DocumentFormat;
  /** Page count, for PDFs. */
  pages?: number;
  /** The document's own title (HTML title, PDF/DOCX metadata, first heading), when it has one. */
  title?: string;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  // Just over the limit must not read "10.0 MB; the limit is 10 MB".
  return `${mb < 10.1 ? mb.toFixed(2) : mb.toFixed(1)} MB`;
}

export async function extractDocumentText(file: ImportFile): Promise<ExtractedDocument> {
  const { name, bytes } = file;
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw TooLarge(`That file is ${megabytes(bytes.byteLength)}; the limit is 10 MB.`);
  }
  if (bytes.byteLength === 0) throw Invalid(`“${name}” is empty.`);

  const format = detectFormat(file);
  let raw: string;
  let pages: number | undefined;
  let title: string | undefined;
  switch (format) {
    case "pdf":
      ({ text: raw, pages, title } = await readPdf(bytes));
      break;
    case "docx":
      raw = await readDocx(bytes, name);
      title = readDocxTitle(bytes);
      break;
    case "html": {
      const html = decodeText(bytes, name, format);
      raw = htmlToPlainText(html);
      title = titleFromHtml(html);
      break;
    }
    case "txt":
    case "md":
      raw = decodeText(bytes, name, format);
      break;
  }

  const cleaned = cleanDocumentText(raw);
  if (cleaned === "") throw Invalid(`There is no text in “${name}”.`);
  // Without metadata, the raw text's e-book header or first heading (the cleaned text has lost the
  // former); else the first title-like line of what is left.
  title ??= titleFromText(raw) ?? titleFromText(cleaned);
  const text = title ? dropLinesAboveTitle(cleaned, title) : cleaned;
  return { text, format, ...(pages === undefined ? {} : { pages }), ...(title ? { title } : {}) };
}

/** Text pasted into the import form: trimmed, then 1 to 2,000,000 characters. */
export const pastedTextSchema = z
  .string({ error: "Paste the text of the document." })
  .trim()
  .min(1, "Paste the text of the document; the box is empty.")
  .max(MAX_PASTED_CHARS, "That is more than 2,000,000 characters; split the document and import it in parts.");
