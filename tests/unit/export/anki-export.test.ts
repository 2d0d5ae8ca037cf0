import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cardsForFact } from "@/lib/content/cards";
import { factSchema } from "@/lib/content/schema";
import { ankiRows, cardScheduling, fieldChecksum, noteGuid } from "@/lib/export/anki-rows";
import { writeApkg } from "@/lib/export/apkg";
import { mapAnkiCollection } from "@/lib/import/anki/map-collection";
import { readAnkiPackage } from "@/lib/import/anki/read-package";
import { candidateToFact } from "@/lib/import/deck-candidates";
import { deckExport, FACTS, NOW } from "./fixtures";

describe("Anki rows", () => {
  it("checksums the first field as Anki does: the first 8 hex digits of its SHA-1", () => {
    // sha1("Canberra") = bd2af89b… (computed with Python's hashlib), so the checksum is 0xbd2af89b.
    expect(fieldChecksum("Canberra")).toBe(3173709979);
  });

  it("gives stable, distinct guids per deck and fact", () => {
    expect(noteGuid("d", "a")).toBe(noteGuid("d", "a"));
    expect(noteGuid("d", "a")).not.toBe(noteGuid("d", "b"));
    expect(noteGuid("d", "a")).not.toBe(noteGuid("e", "a"));
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    expect(noteGuid("d", "a")).not.toMatch(/[\s\x1f"']/);
  });

  it("writes the user's scheduling in Anki's terms", () => {
    const rows = ankiRows(deckExport(), NOW);
    const crtMs = rows.col.crt * 1000;
    const studied = rows.cards[0]!;
    expect(studied).toMatchObject({ type: 2, queue: 2, ivl: 8, reps: 3, lapses: 0 });
    expect(crtMs + studied.due * 86_400_000).toBeLessThanOrEqual(deckExport().facts[0]!.cards[0]!.state!.due.getTime());
    expect(JSON.parse(studied.data)).toEqual({ s: 8.2, d: 4.9, dr: 0.9 });
    const fresh = rows.cards[1]!;
    expect(fresh).toMatchObject({ type: 0, queue: 0, ivl: 0, reps: 0 });
    // Reviews: time in ms as id, learn/review types from the state before, intervals in days or -seconds.
    expect(rows.revlog.map((r) => [r.type, r.ease, r.ivl])).toEqual([
      [0, 3, -600],
      [0, 3, 1],
      [1, 3, 8],
    ]);
    const learning = cardScheduling(
      {
        id: "x",
        template: "qa",
        front: "",
        back: "",
        reviews: [],
        state: { ...deckExport().facts[0]!.cards[0]!.state!, state: 1, due: new Date(NOW.getTime() + 600_000) },
      },
      1,
      crtMs,
      NOW.getTime(),
      0.9,
    );
    expect(learning).toMatchObject({ type: 1, queue: 1, due: Math.floor((NOW.getTime() + 600_000) / 1000) });
  });

  it("fills col with JSON Anki reads: the note type, the deck, deck options", () => {
    const { col, notes } = ankiRows(deckExport(), NOW);
    expect(col.ver).toBe(11);
    const models = JSON.parse(col.models) as Record<
      string,
      { flds: { name: string }[]; tmpls: { qfmt: string }[]; sortf: number }
    >;
    const model = Object.values(models)[0]!;
    expect(model.flds.map((f) => f.name)).toContain("SourceDeck");
    expect(model.tmpls).toHaveLength(4);
    const decks = JSON.parse(col.decks) as Record<string, { name: string }>;
    expect(
      Object.values(decks)
        .map((d) => d.name)
        .sort(),
    ).toEqual(["Default", "World test deck"]);
    expect(JSON.parse(col.dconf)["1"].new.perDay).toBe(20);
    expect(notes[0]!.sfld).toBe(FACTS[0]!.prompt);
    expect(notes[0]!.csum).toBe(fieldChecksum(FACTS[0]!.prompt));
    // Fields are escaped HTML: the explanation's <b> is text, not markup.
    expect(notes.find((n) => n.sfld.startsWith("What is =1+1"))?.flds).toContain("&lt;b&gt;unless&lt;/b&gt;");
  });
});

describe("writeApkg", () => {
  const apkg = writeApkg(deckExport(), NOW);

  it("is a zip with the legacy collection and a media list, readable by SQLite with Anki's tables", () => {
    const files = unzipSync(apkg);
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    const dir = mkdtempSync(path.join(tmpdir(), "apkg-test-"));
    try {
      const file = path.join(dir, "c.anki2");
      writeFileSync(file, files["collection.anki2"]!);
      const db = new Database(file, { readonly: true });
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]
      ).map((r) => r.name);
      expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
      expect((db.prepare("SELECT count(*) n FROM notes").get() as { n: number }).n).toBe(FACTS.length);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports back into the same facts, cards and review history", () => {
    const { candidates } = mapAnkiCollection(readAnkiPackage(apkg), "world-test.apkg");
    expect(candidates).toHaveLength(FACTS.length);
    for (const [i, c] of candidates.entries()) {
      const original = FACTS[i]!;
      const back = factSchema.parse(candidateToFact(c, c.key ?? "", c.source?.key ?? ""));
      expect(back).toEqual(original);
      expect(cardsForFact(back)).toEqual(cardsForFact(original));
      expect(c.source?.title).toBe(deckExport().sources.find((s) => s.key === original.source)?.title);
    }
    expect(candidates[0]?.history.qa?.map((r) => r.rating)).toEqual([3, 3, 3]);
    expect(candidates[0]?.history.qa?.map((r) => r.at)).toEqual(
      deckExport().facts[0]!.cards[0]!.reviews.map((r) => r.reviewedAt.getTime()),
    );
  });
});
