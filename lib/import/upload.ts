// Reads an import request's form: several files and/or pasted text become documents, or one clear
// error about the first that cannot be read (then nothing is imported).
import { isCleanText, toCleanText } from "@/lib/validation/text";
import { cleanDocumentText } from "./clean";
import { extractDocumentText, MAX_IMPORT_BYTES, pastedTextSchema } from "./extract";
import { Invalid, TooLarge } from "@/lib/errors";

export type UploadedDocument = { fileName: string; format: string; title: string; text: string };

const MAX_FILES = 10;
/** The whole multipart body: room for a couple of files at the per-file limit. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

// Characters that must not reach a stored or shown name: controls, and the invisible or
// direction-changing ones that make "txt.exe" look like "exe.txt".
const UNSAFE_NAME_CHARS =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A file name as the browser sent it, reduced to a safe display name: no folders, no controls, at most 120 characters. */
export function safeDisplayName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(UNSAFE_NAME_CHARS, "")
    .trim()
    .replace(/^\.+/, "")
    .trim();
  if (base === "") return "document";
  if (base.length <= 120) return base;
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  return base.slice(0, 120 - ext.length) + ext;
}

function titleFromName(name: string): string {
  const base = name
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return base.slice(0, 120) || "Untitled document";
}

export async function documentsFromForm(form: FormData): Promise<UploadedDocument[]> {
  const files = form
    .getAll("files")
    .filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  if (files.length > MAX_FILES) throw TooLarge(`Import at most ${MAX_FILES} files at a time.`);
  const docs: UploadedDocument[] = [];
  for (const file of files) {
    const fileName = safeDisplayName(file.name);
    // Checked before reading it into memory: the extractor checks again on the bytes.
    if (file.size > MAX_IMPORT_BYTES)
      throw TooLarge(`“${fileName}” is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`);
    const extracted = await extractDocumentText({
      name: fileName,
      bytes: new Uint8Array(await file.arrayBuffer()),
      mimeType: file.type || undefined,
    });
    docs.push({
      fileName,
      format: extracted.format,
      title: extracted.title ?? titleFromName(fileName),
      text: toCleanText(extracted.text),
    });
  }
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim() !== "") {
    if (!isCleanText(pasted))
      throw Invalid("The pasted text contains characters that are not text (a NUL or a broken Unicode sequence).");
    const parsed = pastedTextSchema.safeParse(pasted);
    if (!parsed.success) throw Invalid(parsed.error.issues[0]?.message ?? "The pasted text could not be read.");
    const pastedTitle = form.get("pastedTitle");
    const title =
      safeDisplayName(typeof pastedTitle === "string" ? pastedTitle : "").replace(/^document$/, "") || "Pasted text";
    docs.push({
      fileName: "pasted text",
      format: "paste",
      title: title.slice(0, 120),
      text: cleanDocumentText(parsed.data),
    });
  }
  if (docs.length === 0) throw Invalid("Choose a file (.txt, .md, .pdf, .docx, .html) or paste some text.");
  return docs;
}
