// Decides what kind of document a file is (from its name, its declared type and its first bytes)
// and turns text files' bytes into a string, refusing anything that is not really text.
import { type AppError, Invalid, UnsupportedMediaType } from "@/lib/errors";
import { decodeWindows1252, WINDOWS_1252_LABELS } from "./windows-1252";

export type DocumentFormat = "txt" | "md" | "pdf" | "docx" | "html";

export const SUPPORTED_FORMATS_MESSAGE = "SourceDeck reads .txt, .md, .pdf, .docx and .html files.";

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  pdf: "pdf",
  docx: "docx",
  html: "html",
  htm: "html",
  xhtml: "html",
};

const BY_MIME_TYPE: Readonly<Record<string, DocumentFormat>> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

// Formats people often try, with what to do instead.
const HINTS: Readonly<Record<string, string>> = {
  doc: "Older Word .doc files can't be read; save it as .docx and try again.",
  rtf: "Rich Text files can't be read; save it as .docx or .txt and try again.",
  odt: "OpenDocument files can't be read; save it as .docx and try again.",
  pages: "Pages files can't be read; export it as .docx or PDF and try again.",
};

type Magic = "pdf" | "zip" | "ole" | null;

function sniff(bytes: Uint8Array): Magic {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  // The PDF header may follow some junk bytes; readers accept it within the first kilobyte.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) if (starts([0x25, 0x50, 0x44, 0x46, 0x2d], i)) return "pdf";
  if (starts([0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  return null;
}

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The format to read a file as; refuses an unsupported (415) or unreadable (400) file with a reason. */
export function detectFormat(file: { name: string; bytes: Uint8Array; mimeType?: string }): DocumentFormat {
  const ext = extensionOf(file.name);
  const mime = file.mimeType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const magic = sniff(file.bytes);
  const claimed: DocumentFormat | undefined = BY_EXTENSION[ext] ?? (ext === "" ? BY_MIME_TYPE[mime] : undefined);

  if (claimed === undefined) {
    if (ext === "" && magic === "pdf") return "pdf";
    const hint = HINTS[ext] ?? (magic === "ole" ? HINTS.doc : undefined);
    const what = ext === "" ? `“${file.name}”` : `.${ext} files`;
    throw UnsupportedMediaType(`${hint ?? `${what} can't be imported.`} ${SUPPORTED_FORMATS_MESSAGE}`);
  }
  if (claimed === "pdf" && magic !== "pdf") {
    throw Invalid(`“${file.name}” is not a real PDF (it doesn't start like one). Check that the file isn't damaged.`);
  }
  if (claimed === "docx" && magic !== "zip") {
    const hint = magic === "ole" ? ` ${HINTS.doc}` : "";
    throw Invalid(`“${file.name}” is not a real .docx file.${hint}`);
  }
  // A PDF renamed to .txt is still a PDF; read it as one rather than refusing.
  if (magic === "pdf") return "pdf";
  return claimed;
}

// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
// Real text has almost no control characters; binary data has them everywhere.
const MAX_CONTROL_SHARE = 0.01;

function notText(name: string): AppError {
  return Invalid(`“${name}” doesn't look like a text file (it contains binary data). ${SUPPORTED_FORMATS_MESSAGE}`);
}

function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. HTML that declares another
 * charset in a <meta> tag is decoded with it. Anything else that is not valid UTF-8 is refused
 * rather than guessed, so no mojibake reaches the cards.
 */
export function decodeText(bytes: Uint8Array, name: string, format: DocumentFormat): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    if (bytes.includes(0)) throw notText(name);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const charset = format === "html" ? declaredHtmlCharset(bytes) : null;
      const decoded = charset ? decodeWith(charset, bytes) : null;
      if (decoded === null) {
        throw Invalid(
          `“${name}” isn't UTF-8 text. Save it as UTF-8 (most editors offer this under “Save as”) and try again.`,
        );
      }
      text = decoded;
    }
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE) throw notText(name);
  return text;
}

function decodeWith(charset: string, bytes: Uint8Array): string | null {
  if (WINDOWS_1252_LABELS.has(charset.toLowerCase())) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null; // a label TextDecoder doesn't know
  }
}
