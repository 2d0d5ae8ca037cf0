// Reads an import request's form: several files and/or pasted text become documents, or one clear
// error about the first that cannot be read (then nothing is imported).
import { cleanDocumentText } from "./clean";
import { extractDocumentText, ImportError, MAX_IMPORT_BYTES, pastedTextSchema } from "./extract";

export type UploadedDocument = { fileName: string; format: string; title: string; text: string };

const MAX_FILES = 10;

function titleFromName(name: string): string {
  const base = name.replace(/\.[a-z0-9]+$/i, "").replace(/[_-]+/g, " ").trim();
  return base.slice(0, 120) || "Untitled document";
}

export async function documentsFromForm(form: FormData): Promise<UploadedDocument[]> {
  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  if (files.length > MAX_FILES) throw new ImportError("too-large", `Import at most ${MAX_FILES} files at a time.`);
  const docs: UploadedDocument[] = [];
  for (const file of files) {
    // Checked before reading it into memory: the extractor checks again on the bytes.
    if (file.size > MAX_IMPORT_BYTES) throw new ImportError("too-large", `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`);
    const extracted = await extractDocumentText({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mimeType: file.type || undefined });
    docs.push({ fileName: file.name, format: extracted.format, title: extracted.title ?? titleFromName(file.name), text: extracted.text });
  }
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim() !== "") {
    const parsed = pastedTextSchema.safeParse(pasted);
    if (!parsed.success) throw new ImportError("unreadable", parsed.error.issues[0]?.message ?? "The pasted text could not be read.");
    const pastedTitle = form.get("pastedTitle");
    const title = (typeof pastedTitle === "string" ? pastedTitle : "").trim() || "Pasted text";
    docs.push({ fileName: "pasted text", format: "paste", title: title.slice(0, 120), text: cleanDocumentText(parsed.data) });
  }
  if (docs.length === 0) throw new ImportError("empty", "Choose a file (.txt, .md, .pdf, .docx, .html) or paste some text.");
  return docs;
}
