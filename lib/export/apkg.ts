// Writes a deck export as an .apkg: the legacy Anki collection (collection.anki2, schema 11)
// built with better-sqlite3 in a private temporary file, zipped with fflate with an empty media
// list. Anki 2.1 and later (and AnkiDroid, AnkiMobile) import this format.
import Database from "better-sqlite3";
import { zipSync, strToU8 } from "fflate";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ankiRows, type AnkiRows } from "./anki-rows";
import type { DeckExport } from "./deck-export";

// The legacy schema as Anki 2.1 creates it (version 11).
export const ANKI_SCHEMA_SQL = `
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
  dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL,
  decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
  factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
  lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** The SQLite file of a collection holding these rows. */
export function collectionBytes(rows: AnkiRows): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "sourcedeck-apkg-"));
  try {
    const file = path.join(dir, "collection.anki2");
    const sqlite = new Database(file);
    try {
      sqlite.exec(ANKI_SCHEMA_SQL);
      const insert = (table: string, row: Record<string, unknown>) => {
        const cols = Object.keys(row);
        return {
          sql: `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map((c) => `@${c}`).join(", ")})`,
          row,
        };
      };
      const write = sqlite.transaction(() => {
        const col = insert("col", rows.col);
        sqlite.prepare(col.sql).run(col.row);
        const statements = new Map<string, Database.Statement>();
        const run = (table: string, row: Record<string, unknown>) => {
          const { sql } = insert(table, row);
          let st = statements.get(sql);
          if (!st) {
            st = sqlite.prepare(sql);
            statements.set(sql, st);
          }
          st.run(row);
        };
        for (const n of rows.notes) run("notes", n);
        for (const c of rows.cards) run("cards", c);
        for (const r of rows.revlog) run("revlog", r);
      });
      write();
    } finally {
      sqlite.close();
    }
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The .apkg bytes of a deck export. */
export function writeApkg(deck: DeckExport, now: Date, dayStartHour = 4): Uint8Array {
  const collection = collectionBytes(ankiRows(deck, now, dayStartHour));
  return zipSync({ "collection.anki2": collection, media: strToU8("{}") }, { level: 6 });
}
