import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadDeck } from "@/lib/content/load";
import { factSchema } from "@/lib/content/schema";
import { deckCsv } from "@/lib/export/deck-csv";
import { deckYamlFiles, deckYamlZip } from "@/lib/export/deck-yaml";
import { REVIEW_LOG_COLUMNS, reviewLogCsv, type ReviewLogEntry } from "@/lib/export/review-log-csv";
import { guessMapping, mapCsvRows } from "@/lib/import/csv/mapping";
import { readCsvTable } from "@/lib/import/csv/table";
import { candidateToFact } from "@/lib/import/deck-candidates";
import { FACTS, SOURCES } from "./fixtures";

describe("deck CSV", () => {
  const csv = deckCsv(FACTS, SOURCES);

  it("guards every cell that a spreadsheet would run as a formula", () => {
    const rows = parse<Record<string, string>>(csv, { columns: true });
    const dry = rows.find((r) => r.key === "dry-ice");
    expect(dry?.answer).toBe("'-78.5 °C");
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("imports back with every field: the header maps itself", () => {
    const table = readCsvTable(csv);
    const mapping = guessMapping(table);
    expect(mapping).toEqual([
      "key",
      "kind",
      "prompt",
      "answer",
      "variants",
      "explanation",
      "tags",
      "section",
      "source",
      "reverse",
      "details",
    ]);
    const { candidates } = mapCsvRows(table, mapping, "world-test.csv");
    expect(candidates).toHaveLength(FACTS.length);
    for (const [i, c] of candidates.entries()) {
      const original = FACTS[i]!;
      expect(c.notes).toEqual([]);
      // The source comes back by its title; its key is made from the title.
      const back = factSchema.parse(candidateToFact(c, c.key ?? "", original.source));
      expect(back).toEqual(original);
      expect(c.source?.title).toBe(SOURCES.find((s) => s.key === original.source)?.title);
    }
  });
});

describe("deck YAML", () => {
  it("is the content format: both files validate with the content loader and give the same facts", () => {
    const { deckYaml, factsYaml } = deckYamlFiles({
      slug: "world-test",
      title: "World test deck",
      description: null,
      sources: SOURCES,
      facts: FACTS,
    });
    const loaded = loadDeck({ name: "deck.yaml", text: deckYaml }, [{ name: "facts/facts.yaml", text: factsYaml }]);
    expect(loaded.ok ? loaded.deck.facts : loaded.problems).toEqual(FACTS);
  });

  it("drops a conflict group left with one version, so the files still load", () => {
    const lonely = FACTS.filter((f) => f.id !== "moon-landing-utc");
    const { deckYaml, factsYaml } = deckYamlFiles({
      slug: "world-test",
      title: "World test deck",
      description: null,
      sources: SOURCES,
      facts: lonely,
    });
    const loaded = loadDeck({ name: "deck.yaml", text: deckYaml }, [{ name: "facts/facts.yaml", text: factsYaml }]);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.deck.facts.find((f) => f.id === "moon-landing")?.conflict).toBeUndefined();
  });

  it("zips the deck folder so it unpacks into content/", () => {
    const files = unzipSync(
      deckYamlZip({ slug: "world-test", title: "World test deck", description: "d", sources: SOURCES, facts: FACTS }),
    );
    expect(
      Object.keys(files)
        .filter((n) => !n.endsWith("/"))
        .sort(),
    ).toEqual(["world-test/deck.yaml", "world-test/facts/facts.yaml"]);
    expect(strFromU8(files["world-test/deck.yaml"]!)).toMatch(/^slug: world-test/);
  });
});

describe("review log CSV", () => {
  const t0 = Date.UTC(2026, 1, 1, 10);
  const day = 86_400_000;
  const entries: ReviewLogEntry[] = [
    { cardId: "b", reviewedAt: new Date(t0 + day), rating: 3, durationMs: 3000, stateAfter: 2, origin: "study" },
    { cardId: "a", reviewedAt: new Date(t0), rating: 3, durationMs: 5200.4, stateAfter: 2, origin: "study" },
    { cardId: "a", reviewedAt: new Date(t0 + 3 * day), rating: 1, durationMs: 9000, stateAfter: 3, origin: "study" },
    {
      cardId: "a",
      reviewedAt: new Date(t0 + 3 * day + 600_000),
      rating: 3,
      durationMs: 4000,
      stateAfter: 2,
      origin: "study",
    },
    { cardId: "b", reviewedAt: new Date(t0 + 5 * day), rating: 4, durationMs: 2000, stateAfter: 2, origin: "import" },
  ];
  const csv = reviewLogCsv(entries);

  it("writes the FSRS tools' columns: integer card ids, ms times, the state before each review", () => {
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...REVIEW_LOG_COLUMNS]);
    expect(rows.map((r) => [r.card_id, r.review_time, r.review_rating, r.review_state, r.review_duration])).toEqual([
      ["1", String(t0), "3", "0", "5200"],
      ["2", String(t0 + day), "3", "0", "3000"],
      ["1", String(t0 + 3 * day), "1", "2", "9000"],
      ["1", String(t0 + 3 * day + 600_000), "3", "3", "4000"],
      ["2", String(t0 + 5 * day), "4", "2", "2000"],
    ]);
  });

  it("is read by the FSRS binding's own CSV converter", () => {
    const items = convertCsvToFsrsItems(new TextEncoder().encode(csv), 4, "UTC", () => 0);
    // Card 1 has reviews on three days, card 2 on two: the converter makes an item per review after the first.
    const lengths = items.map((i) => i.reviews.length).sort();
    expect(lengths.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(2);
    for (const item of items) for (const r of item.reviews) expect([1, 2, 3, 4]).toContain(r.rating);
  });
});
