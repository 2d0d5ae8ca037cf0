// Times the Anki/CSV interop on a synthetic collection in Anki's legacy schema: reading the
// package, mapping notes to facts, replaying every card's history with FSRS, and writing a deck
// export back as .apkg; with --db also the whole import through lib/db on a fresh SQLite file
// (upload stored, read off the request path, approval with FSRS states and review logs written)
// and the export read back from the database.
//   npm run bench:interop -- [notes=5000] [reviewsPerCard=20] [--db]
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { zipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cardsForFact } from "@/lib/content/cards";
import { factSchema } from "@/lib/content/schema";
import { ANKI_SCHEMA_SQL, writeApkg } from "@/lib/export/apkg";
import type { DeckExport } from "@/lib/export/deck-export";
import { mapAnkiCollection } from "@/lib/import/anki/map-collection";
import { readAnkiPackage } from "@/lib/import/anki/read-package";
import { candidateToFact } from "@/lib/import/deck-candidates";
import { DEFAULT_SETTINGS, replayReviews } from "@/lib/srs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const withDb = process.argv.includes("--db");
const notes = Number(args[0] ?? 5000);
const perCard = Number(args[1] ?? 20);
const DAY = 86_400_000;
const t0 = Date.UTC(2025, 0, 1, 9);

function syntheticApkg(): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-anki-"));
  try {
    const file = path.join(dir, "c.anki2");
    const db = new Database(file);
    db.exec(ANKI_SCHEMA_SQL);
    const models = {
      1: {
        id: 1,
        name: "Basic",
        type: 0,
        flds: [
          { name: "Front", ord: 0 },
          { name: "Back", ord: 1 },
        ],
        tmpls: [{ name: "Card 1", ord: 0 }],
      },
    };
    db.prepare("INSERT INTO col VALUES (1, ?, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')").run(
      t0 / 1000,
      JSON.stringify(models),
      JSON.stringify({ 1: { id: 1, name: "Bench" } }),
    );
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, 1, 0, 0, ' bench ', ?, '', 0, 0, '')");
    const card = db.prepare("INSERT INTO cards VALUES (?, ?, 1, 0, 0, 0, 2, 2, 0, 1, 2500, 0, 0, 0, 0, 0, 0, '')");
    const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, 5000, 1)");
    db.transaction(() => {
      for (let n = 1; n <= notes; n++) {
        note.run(n, `g${n}`, `Question <b>${n}</b> about item ${n}?\x1fAnswer ${n} &amp; more`);
        card.run(n, n);
        let at = t0 + n * 1000;
        for (let r = 0; r < perCard; r++) {
          // Unique ids (review times in ms) while notes < 86,400: cards are a second apart each day.
          rev.run(at, n, r % 7 === 3 ? 1 : 3);
          at += (r + 1) * DAY;
        }
      }
    })();
    db.close();
    return zipSync({ "collection.anki2": new Uint8Array(readFileSync(file)), media: new Uint8Array([123, 125]) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(label: string, start: number) {
  console.log(`${label.padEnd(40)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
}

function time<T>(label: string, f: () => T): T {
  const start = performance.now();
  const out = f();
  report(label, start);
  return out;
}

async function timeAsync<T>(label: string, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await f();
  report(label, start);
  return out;
}

const apkg = time(`build synthetic package (${notes} notes)`, syntheticApkg);
console.log(`package size                             ${(apkg.length / 1048576).toFixed(2).padStart(7)} MB`);
const collection = time("read package (unzip + SQLite)", () => readAnkiPackage(apkg));
const { candidates, summary } = time("map notes to draft facts", () => mapAnkiCollection(collection, "bench.apkg"));
console.log(`draft facts / reviews kept               ${candidates.length} / ${summary.counts.reviews}`);
const replays = time("replay every history with FSRS", () =>
  candidates.map((c) =>
    replayReviews(
      (c.history.qa ?? []).map((r) => ({ at: new Date(r.at), rating: r.rating, durationMs: r.durationMs })),
      DEFAULT_SETTINGS,
    ),
  ),
);
const deck: DeckExport = {
  slug: "bench",
  title: "Bench",
  description: null,
  desiredRetention: 0.9,
  sources: [{ key: "bench", title: "Bench", author: "bench", date: "2025" }],
  facts: candidates.map((c, i) => {
    const fact = factSchema.parse(candidateToFact(c, `fact-${i}`, "bench"));
    const replay = replays[i]!;
    return {
      fact,
      cards: cardsForFact(fact).map((d, j) => ({
        id: `${i}-${j}`,
        ...d,
        state: j === 0 && replay.final ? { ...replay.final, suspended: false } : null,
        reviews:
          j === 0
            ? replay.steps.map((s) => ({
                reviewedAt: s.at,
                rating: s.rating,
                durationMs: s.durationMs,
                stateBefore: s.before?.state ?? 0,
                state: s.after.state,
                due: s.after.due,
                scheduledDays: s.after.scheduledDays,
                stability: s.after.stability,
                difficulty: s.after.difficulty,
              }))
            : [],
      })),
    };
  }),
};
const out = time("write the deck back as .apkg", () => writeApkg(deck, new Date(Date.UTC(2026, 0, 1))));
console.log(`exported package size                    ${(out.length / 1048576).toFixed(2).padStart(7)} MB`);

if (withDb) {
  const dir = path.join(process.cwd(), ".bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "interop.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  process.env.DB_PROVIDER = "sqlite";
  process.env.DATABASE_URL = `file:${file}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { createDeckFileImport, processDeckFileImport, getDeckImport, approveDeckCandidates } = await import(
    "@/lib/db/deck-imports"
  );
  const { getDeckExport } = await import("@/lib/db/deck-exports");
  const prisma = await db();
  const user = await prisma.user.create({
    data: { email: "bench@example.test", passwordHash: "x", role: "instructor" },
  });
  const deck = await prisma.deck.create({ data: { slug: "bench-import", title: "Bench import", ownerId: user.id } });
  const id = await timeAsync("db: store the upload", () =>
    createDeckFileImport(user.id, "bench.apkg", { format: "apkg", fileName: "bench.apkg", bytes: apkg }),
  );
  await timeAsync("db: read it into draft facts (job)", () => processDeckFileImport(id));
  const view = await getDeckImport(user.id, id);
  const approved = await timeAsync("db: approve all (states + review logs)", () =>
    approveDeckCandidates(
      user.id,
      id,
      view.candidates.map((c) => c.id),
      deck.slug,
      new Date(Date.UTC(2026, 0, 1)),
    ),
  );
  console.log(
    `approved facts / states / review logs    ${approved.approved} / ${approved.states} / ${approved.reviews}`,
  );
  const exported = await timeAsync("db: read the deck export", () => getDeckExport(user.id, deck.slug));
  time("write it as .apkg", () => writeApkg(exported, new Date(Date.UTC(2026, 0, 1))));
  await disconnectDb();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
