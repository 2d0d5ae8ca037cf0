// Picks a deck file (an Anki package, a CSV/TSV table) out of an import form. Documents and deck
// files go through the same upload; a deck file is imported on its own. Null: no deck file here,
// read the form as documents.
import { checkAnkiPackage } from "./anki/read-package";
import { columnMappingSchema, type ColumnMapping } from "./csv/mapping";
import { readCsvTable, type CsvTable } from "./csv/table";
import { decodeText, extensionOf } from "./detect";
import { type AppError, HTTP_STATUS, Invalid, TooLarge, UnsupportedMediaType } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "./extract";

export type DeckFile =
  | { format: "apkg"; fileName: string; bytes: Uint8Array }
  | { format: "csv"; fileName: string; table: CsvTable; mapping?: ColumnMapping };

const ANKI = new Set(["apkg", "colpkg"]);
const TABLE = new Set(["csv", "tsv"]);

/**
 * The HTTP status for a refused deck file: 413 too large, 415 a format not read, and 422 (not 400)
 * for a file that arrived whole but cannot become cards (unreadable, empty, one column).
 */
export function deckFileErrorStatus(e: AppError): number {
  return e.code === "invalid" ? 422 : HTTP_STATUS[e.code];
}

function isFile(f: FormDataEntryValue): f is File {
  return typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0;
}

/** A mapping sent with the upload: "prompt,answer,ignore" or a JSON array. */
function mappingFrom(form: FormData): ColumnMapping | undefined {
  const raw = form.get("mapping");
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  let value: unknown;
  try {
    value = raw.trim().startsWith("[") ? JSON.parse(raw) : raw.split(",").map((s) => s.trim());
  } catch {
    throw Invalid("The column mapping must be a list like prompt,answer,explanation.");
  }
  const parsed = columnMappingSchema.safeParse(value);
  if (!parsed.success)
    throw Invalid(`The column mapping is not valid: ${parsed.error.issues[0]?.message ?? "check the roles"}`);
  return parsed.data;
}

export async function deckFileFromForm(form: FormData): Promise<DeckFile | null> {
  const files = form.getAll("files").filter(isFile);
  const deckFiles = files.filter((f) => ANKI.has(extensionOf(f.name)) || TABLE.has(extensionOf(f.name)));
  const [file] = deckFiles;
  if (!file) return null;
  const pasted = form.get("text");
  if (files.length > 1 || (typeof pasted === "string" && pasted.trim() !== "")) {
    throw UnsupportedMediaType(
      "Import an Anki package or a CSV file on its own, not together with other files or pasted text.",
    );
  }
  if (file.size > MAX_IMPORT_BYTES)
    throw TooLarge(`“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ANKI.has(extensionOf(file.name))) {
    checkAnkiPackage(bytes);
    return { format: "apkg", fileName: file.name, bytes };
  }
  const table = readCsvTable(decodeText(bytes, file.name, "txt"));
  const mapping = mappingFrom(form);
  if (mapping && mapping.length !== table.columns) {
    throw Invalid(`The mapping names ${mapping.length} columns but the file has ${table.columns}.`);
  }
  return { format: "csv", fileName: file.name, table, ...(mapping ? { mapping } : {}) };
}
