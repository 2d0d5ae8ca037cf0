// CSV for spreadsheets, safe to open: a text cell that starts with =, +, -, @, a tab or a carriage
// return would be read by Excel, LibreOffice or Sheets as a formula (=HYPERLINK(...) in a student's
// name), so such a cell gets a leading apostrophe, which spreadsheets show as plain text. Numbers
// stay numbers. Every CSV export of the app goes through toSpreadsheetCsv. Pure.
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Any cell value as safe text (null and undefined as empty). */
export function safeCell(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? "" : spreadsheetSafeCell(String(value));
}

/** Every cell of a record made safe. */
export function safeRecord<K extends string>(
  record: Record<K, string | number | boolean | null | undefined>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(record) as K[]) out[key] = safeCell(record[key]);
  return out;
}

/** Undoes the mark on a cell read back from one of our CSVs (the importer's side). */
export function unescapeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function toSpreadsheetCsv(
  records: Record<string, string | number | boolean | null | undefined>[],
  columns?: string[],
): string {
  return stringify(records, {
    header: true,
    ...(columns ? { columns } : {}),
    cast: { string: spreadsheetSafeCell },
  });
}
