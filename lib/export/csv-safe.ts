// Spreadsheet formula injection: a cell that starts with =, +, -, @, a tab or a carriage return
// can run as a formula when the CSV is opened in Excel, LibreOffice or Google Sheets. Every CSV
// this app writes passes its cells through safeCell, which puts a ' in front of such a cell (the
// spreadsheets' own "this is text" mark); the CSV importer takes that mark off again.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet will not run. */
export function safeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Every cell of a record made safe. */
export function safeRecord<K extends string>(record: Record<K, string | number | boolean | null | undefined>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(record) as K[]) out[key] = safeCell(record[key]);
  return out;
}

/** Undoes safeCell on a cell read back from a CSV. */
export function unescapeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
