// Reads a CSV or TSV file into rows: the delimiter (tab, comma or semicolon) and whether the first
// row is a header are detected, not asked. Quizlet's export is "term<TAB>definition" with no
// header and no quoting; spreadsheets write quoted CSV with a header. Pure.
import { parse } from "csv-parse/sync";
import { Invalid, TooLarge } from "@/lib/errors";

export type Delimiter = "\t" | "," | ";";
export type CsvTable = { delimiter: Delimiter; header: string[] | null; rows: string[][]; columns: number };

export const CSV_LIMITS = { maxRows: 20_000, maxColumns: 30, maxCell: 5_000 };

const CANDIDATES: Delimiter[] = ["\t", ",", ";"];

/** Counts a delimiter in a line, outside double quotes. */
function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** The delimiter that splits the first lines most consistently; a tab wins ties (Quizlet). */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  let best: Delimiter = "\t";
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const withIt = counts.filter((c) => c > 0).length;
    if (withIt === 0) continue;
    // Lines that have it, weighted by how uniform the count is.
    const mode =
      [...counts].sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0] ?? 0;
    const score = withIt + counts.filter((c) => c === mode && c > 0).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

// Words that name a column in a header row (any language would do; these are the common ones).
const HEADER_WORDS =
  /^(term|definition|front|back|question|answer|prompt|explanation|notes?|extra|tags?|kind|type|section|key|id|variants?|reverse|word|meaning|translation|source|deck|hint)$/i;

function looksLikeHeader(row: string[]): boolean {
  const cells = row.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, " "),
  );
  const known = cells.filter((c) => HEADER_WORDS.test(c.replace(/ /g, ""))).length;
  return known > 0 && known >= Math.ceil(cells.filter((c) => c !== "").length / 2);
}

type Quoting = "strict" | "relaxed" | "none";

function parseWith(text: string, delimiter: Delimiter, quoting: Quoting): string[][] {
  return parse(text, {
    delimiter,
    quote: quoting === "none" ? false : '"',
    relax_quotes: quoting === "relaxed",
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    trim: false,
  });
}

/** Rows of a CSV/TSV text. Throws AppError when there is nothing to import or too much. */
export function readCsvTable(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  // Quoted cells as spreadsheets write them; failing that, a TSV's quotes are ordinary text
  // (Quizlet does not quote) and a CSV's stray quotes are read leniently.
  const attempts: Quoting[] = delimiter === "\t" ? ["strict", "none"] : ["strict", "relaxed", "none"];
  let rows: string[][] | null = null;
  for (const quoting of attempts) {
    try {
      rows = parseWith(text, delimiter, quoting);
      break;
    } catch {
      // next way of reading it
    }
  }
  if (rows === null) throw Invalid("This CSV file could not be read: check that its quotes are balanced.");
  rows = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ""));
  if (rows.length === 0) throw Invalid("This file has no rows to import.");
  const first = rows[0] ?? [];
  const header = looksLikeHeader(first) ? first : null;
  if (header) rows = rows.slice(1);
  if (rows.length > CSV_LIMITS.maxRows) {
    throw TooLarge(`This file has ${rows.length} rows; an import takes at most ${CSV_LIMITS.maxRows}.`);
  }
  const columns = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  if (columns > CSV_LIMITS.maxColumns)
    throw Invalid(`This file has ${columns} columns; at most ${CSV_LIMITS.maxColumns} can be mapped.`);
  if (columns < 2) {
    throw Invalid(
      "This file has one column only: a card needs a question and an answer (two columns, separated by tabs or commas).",
    );
  }
  return { delimiter, header, rows: rows.map((r) => r.map((c) => c.slice(0, CSV_LIMITS.maxCell))), columns };
}
