// Reads an Anki package (.apkg, .colpkg): a zip holding a SQLite collection. The collection is
// written to a private temporary file and opened read-only with better-sqlite3; only plain tables
// are read (a view could run arbitrary queries), then the file is removed. Media are counted, not
// read. The newer zstd-compressed collection (collection.anki21b) is refused with what to do.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError, Invalid, TooLarge, UnsupportedMediaType } from "@/lib/errors";
import { inflateZipEntries, listZipEntries } from "../zip";
import {
  decksFromJson,
  FIELD_SEPARATOR,
  noteTypesFromJson,
  splitTags,
  type AnkiCard,
  type AnkiCollection,
  type AnkiNote,
  type AnkiReview,
} from "./collection";

export const ANKI_LIMITS = {
  /** Bytes the collection may unpack to. */
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxEntries: 100_000,
  maxNotes: 20_000,
  maxReviews: 1_000_000,
};

const NEW_FORMAT =
  "This package uses the newer compressed Anki format (collection.anki21b), which SourceDeck cannot read. " +
  "In Anki, export it again with “Support older Anki versions” ticked, then import that file.";

const NOT_ANKI = "This file is not an Anki package: it holds no Anki collection.";

const COLLECTION_NAMES = ["collection.anki21", "collection.anki2"] as const;

function chooseCollection(names: Set<string>): string {
  // Since Anki 2.1.50 a modern export also holds a collection.anki2 that only says "please update".
  if (names.has("collection.anki21b") && !names.has("collection.anki21")) throw UnsupportedMediaType(NEW_FORMAT);
  const found = COLLECTION_NAMES.find((n) => names.has(n));
  if (!found) throw Invalid(NOT_ANKI);
  return found;
}

type ColRow = { crt: number; models: string; decks: string };
type NoteRow = { id: number; mid: number | string; tags: string; flds: string };
type CardRow = { id: number; nid: number; did: number | string; ord: number; queue: number };
type RevRow = { id: number; cid: number; ease: number; ivl: number; time: number; type: number };

function readCollectionFile(file: string): Omit<AnkiCollection, "mediaFiles"> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw Invalid("The Anki collection inside this package is damaged.");
  }
  try {
    sqlite.pragma("query_only = ON");
    sqlite.pragma("trusted_schema = OFF");
    const tables = new Set(
      (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    for (const t of ["col", "notes", "cards", "revlog"]) if (!tables.has(t)) throw Invalid(NOT_ANKI);
    const noteCount = (sqlite.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n;
    if (noteCount > ANKI_LIMITS.maxNotes) {
      throw TooLarge(
        `This collection has ${noteCount} notes; an import takes at most ${ANKI_LIMITS.maxNotes}. Export one deck at a time.`,
      );
    }
    const reviewCount = (sqlite.prepare("SELECT count(*) AS n FROM revlog").get() as { n: number }).n;
    if (reviewCount > ANKI_LIMITS.maxReviews) {
      throw TooLarge(`This collection has ${reviewCount} reviews; an import takes at most ${ANKI_LIMITS.maxReviews}.`);
    }
    const col = sqlite.prepare("SELECT crt, models, decks FROM col LIMIT 1").get() as ColRow | undefined;
    if (!col) throw Invalid(NOT_ANKI);
    const noteTypes = noteTypesFromJson(JSON.parse(col.models));
    const decks = decksFromJson(JSON.parse(col.decks));
    const notes: AnkiNote[] = (
      sqlite.prepare("SELECT id, mid, tags, flds FROM notes ORDER BY id").all() as NoteRow[]
    ).map((n) => ({
      id: n.id,
      modelId: String(n.mid),
      tags: splitTags(n.tags),
      fields: n.flds.split(FIELD_SEPARATOR),
    }));
    const cards: AnkiCard[] = (
      sqlite.prepare("SELECT id, nid, did, ord, queue FROM cards ORDER BY id").all() as CardRow[]
    ).map((c) => ({
      id: c.id,
      noteId: c.nid,
      deckId: String(c.did),
      ord: c.ord,
      queue: c.queue,
    }));
    const reviews: AnkiReview[] = (
      sqlite.prepare("SELECT id, cid, ease, ivl, time, type FROM revlog ORDER BY cid, id").all() as RevRow[]
    ).map((r) => ({
      id: r.id,
      cardId: r.cid,
      ease: r.ease,
      ivl: r.ivl,
      time: r.time,
      type: r.type,
    }));
    return { createdAt: col.crt, noteTypes, decks, notes, cards, reviews };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw Invalid("The Anki collection inside this package is damaged or not in the expected format.");
  } finally {
    sqlite.close();
  }
}

/** Checks, without unpacking, that the bytes are an Anki package this importer reads. */
export function checkAnkiPackage(bytes: Uint8Array): void {
  const entries = listZipEntries(bytes);
  if (entries === null) throw Invalid("This file is not a real Anki package (it is not a zip archive).");
  chooseCollection(new Set(entries.map((e) => e.name)));
}

/** The collection inside an Anki package's bytes. Throws AppError with a reason a person can act on. */
export function readAnkiPackage(bytes: Uint8Array): AnkiCollection {
  const entries = listZipEntries(bytes);
  if (entries === null) throw Invalid("This file is not a real Anki package (it is not a zip archive).");
  const names = new Set(entries.map((e) => e.name));
  const collectionName = chooseCollection(names);
  // Media are numbered files ("0", "1", …) listed in "media".
  const mediaFiles = entries.filter((e) => /^\d+$/.test(e.name)).length;
  const inflated = inflateZipEntries(bytes, {
    maxEntries: ANKI_LIMITS.maxEntries,
    maxTotalBytes: ANKI_LIMITS.maxUnpackedBytes,
    names: (n) => n === collectionName,
  });
  const sqliteBytes = inflated.get(collectionName);
  if (!sqliteBytes) throw Invalid(NOT_ANKI);
  const dir = mkdtempSync(path.join(tmpdir(), "sourcedeck-anki-"));
  try {
    const file = path.join(dir, "collection.sqlite");
    writeFileSync(file, sqliteBytes, { mode: 0o600 });
    return { ...readCollectionFile(file), mediaFiles };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
