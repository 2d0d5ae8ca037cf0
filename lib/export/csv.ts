// CSV for spreadsheets, safe to open: a text cell that starts with =, +, -, @, a tab or a carriage
// return would be read by Excel, LibreOffice or Sheets as a formula (=HYPERLINK(...) in a student's
// name), so such a cell gets a leading apostrophe, which spreadsheets show as plain text. Numbers
// stay numbers. Every CSV export of the app goes through toSpreadsheetCsv. Pure.
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toSpreadsheetCsv(records: Record<string, string | number | boolean | null | undefined>[], columns?: string[]): string {
  return stringify(records, {
    header: true,
    ...(columns ? { columns } : {}),
    cast: { string: spreadsheetSafeCell },
  });
}
