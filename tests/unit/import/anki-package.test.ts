import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { historyOf, mapAnkiCollection } from "@/lib/import/anki/map-collection";
import { readAnkiPackage } from "@/lib/import/anki/read-package";
import { AppError } from "@/lib/errors";
import {
  CARDS,
  KEPT_REVIEWS,
  makeNewFormatApkg,
  makeSampleApkg,
  NOTES,
  REVLOG,
  T0,
} from "../../fixtures/anki/make-apkg";

const errorOf = (f: () => unknown): AppError | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
};

describe("readAnkiPackage", () => {
  const collection = readAnkiPackage(makeSampleApkg());

  it("reads note types, decks, notes, cards and the review log from the real schema", () => {
    expect(collection.noteTypes.map((t) => t.name).sort()).toEqual(["Basic", "Basic (and reversed card)", "Cloze"]);
    expect(collection.noteTypes.find((t) => t.name === "Cloze")?.type).toBe(1);
    expect(collection.decks.map((d) => d.name)).toContain("World facts");
    expect(collection.notes).toHaveLength(Object.keys(NOTES).length);
    expect(collection.cards).toHaveLength(Object.keys(CARDS).length);
    expect(collection.reviews).toHaveLength(REVLOG.length);
    expect(collection.mediaFiles).toBe(2);
    expect(collection.notes.find((n) => n.id === NOTES.basic.id)?.fields).toEqual(NOTES.basic.fields);
  });

  it("refuses the newer zstd format with what to do instead", () => {
    const e = errorOf(() => readAnkiPackage(makeNewFormatApkg()));
    expect(e?.code).toBe("unsupported_media_type");
    expect(e?.message).toMatch(/Support older Anki versions/);
  });

  it("reads collection.anki21 (Anki 2.1's legacy export) before a stub collection.anki2, also beside an anki21b", () => {
    const real = unzipSync(makeSampleApkg())["collection.anki2"]!;
    const stub = zipSync({
      "collection.anki2": strToU8("stub, not read"),
      "collection.anki21": real,
      "collection.anki21b": new Uint8Array([1]),
    });
    expect(readAnkiPackage(stub).notes).toHaveLength(Object.keys(NOTES).length);
  });

  it("refuses a zip without a collection, and bytes that are not a zip", () => {
    expect(errorOf(() => readAnkiPackage(zipSync({ "notes.txt": strToU8("hello") })))?.message).toMatch(
      /not an Anki package/,
    );
    expect(errorOf(() => readAnkiPackage(strToU8("PK but not really")))?.code).toBe("invalid");
  });

  it("refuses a collection file that is not SQLite", () => {
    expect(errorOf(() => readAnkiPackage(zipSync({ "collection.anki2": strToU8("not a database") })))?.code).toBe(
      "invalid",
    );
  });
});

describe("mapAnkiCollection", () => {
  const { candidates, summary } = mapAnkiCollection(readAnkiPackage(makeSampleApkg()), "world.apkg");
  const byId = new Map(candidates.map((c) => [c.id, c]));

  it("maps a basic note to a fact with its tags and deck", () => {
    const c = byId.get(`anki-${NOTES.basic.id}`);
    expect(c).toMatchObject({
      prompt: "Which city is the capital of Australia?",
      answer: "Canberra",
      section: "World facts",
      kind: "concept",
      reverse: false,
    });
    expect(c?.tags).toEqual(["geography", "capitals", "anki"]);
  });

  it("strips HTML safely: no script text, entities decoded, images gone", () => {
    expect(byId.get(`anki-${NOTES.html.id}`)).toMatchObject({
      prompt: "Which is the largest planet of the Solar System?",
      answer: "Jupiter",
    });
    const s = byId.get(`anki-${NOTES.script.id}`);
    expect(s?.prompt).toBe("At what temperature does water boil at sea level & 1 atm?");
    expect(s?.answer).toBe("100 °C");
    expect(s?.tags).toEqual(["physics", "geo-water", "anki"]);
  });

  it("makes one fact per cloze number, with the sentence and the extra field as explanation", () => {
    const c1 = byId.get(`anki-${NOTES.cloze.id}-c1`);
    const c2 = byId.get(`anki-${NOTES.cloze.id}-c2`);
    expect(c1).toMatchObject({ prompt: "[...] is the capital of Canada.", answer: "Ottawa" });
    expect(c1?.explanation).toBe("Ottawa is the capital of Canada. — It lies on the Ottawa River.");
    expect(c2).toMatchObject({ prompt: "Ottawa is the capital of [a country].", answer: "Canada" });
  });

  it("keeps each card's rated reviews since its last reset, with the card template they belong to", () => {
    expect(byId.get(`anki-${NOTES.basic.id}`)?.history.qa).toHaveLength(KEPT_REVIEWS.basic);
    const reversed = byId.get(`anki-${NOTES.reversed.id}`);
    expect(reversed?.reverse).toBe(true);
    expect(reversed?.history.qa).toHaveLength(KEPT_REVIEWS.reversedForward);
    expect(reversed?.history.reverse).toHaveLength(KEPT_REVIEWS.reversedBack);
    expect(reversed?.suspended).toEqual(["reverse"]);
    const cloze = byId.get(`anki-${NOTES.cloze.id}-c1`)?.history.qa ?? [];
    expect(cloze).toHaveLength(KEPT_REVIEWS.cloze1);
    expect(cloze[0]?.at).toBeGreaterThan(T0 + 2 * 86_400_000);
    expect(byId.get(`anki-${NOTES.cloze.id}-c2`)?.history).toEqual({});
  });

  it("leaves out the image-only note and says so, with the media it skipped", () => {
    expect(candidates.some((c) => c.answer === "Japan")).toBe(false);
    expect(summary.counts).toMatchObject({ items: 6, candidates: 6, skipped: 1 });
    expect(summary.counts.reviews).toBe(Object.values(KEPT_REVIEWS).reduce((a, b) => a + b, 0));
    expect(summary.messages.join(" ")).toMatch(/2 media files .* not imported/);
    expect(summary.messages.join(" ")).toMatch(/only images or sound/);
  });
});

describe("historyOf", () => {
  const r = (id: number, ease: number, type: number, ivl = 1) => ({ id, cardId: 1, ease, ivl, time: 5000, type });
  it("keeps rated learn, review, relearn and filtered reviews, oldest first", () => {
    expect(historyOf([r(30, 3, 1), r(10, 1, 0), r(20, 3, 2), r(25, 2, 3)]).map((h) => [h.at, h.rating])).toEqual([
      [10, 1],
      [20, 3],
      [25, 2],
      [30, 3],
    ]);
  });
  it("ignores manual and rescheduled entries and starts again after a reset", () => {
    expect(historyOf([r(10, 3, 0), r(15, 0, 4, 9), r(20, 3, 1), r(25, 0, 5, 3)]).map((h) => h.at)).toEqual([10, 20]);
    expect(historyOf([r(10, 3, 0), r(20, 0, 4, 0), r(30, 4, 0)]).map((h) => h.at)).toEqual([30]);
  });
  it("caps a review's duration and drops ratings out of range", () => {
    expect(historyOf([{ id: 1, cardId: 1, ease: 3, ivl: 1, time: 99_999_999, type: 1 }])[0]?.durationMs).toBe(
      3_600_000,
    );
    expect(historyOf([r(1, 5, 1), r(2, -1, 1)])).toEqual([]);
  });
});
