// The evaluation sets stay usable: every gold file parses, names a document that exists, and every
// gold quote is still found in the text the import makes of that document today. Three sets: the
// development set the generator is tuned on, a second development set of the same kinds of document
// on other subjects, and the held-out set kept apart to check that gains generalise (see each
// directory's SOURCES.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAUSE_KINDS, type GoldFile, goldFileSchema, locateQuote } from "@/lib/eval/gold";
import { extractDocumentText } from "@/lib/import/extract";

const FIXTURES = path.join(import.meta.dirname, "..", "..", "fixtures");
const SETS = [
  { dir: "eval", minDocuments: 6, minFacts: 15 },
  { dir: "eval-dev2", minDocuments: 4, minFacts: 25 },
  { dir: "eval-heldout", minDocuments: 4, minFacts: 20 },
];

function readGold(dir: string, file: string): GoldFile {
  return goldFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
}

describe.each(SETS)("evaluation set $dir", ({ dir: name, minDocuments, minFacts }) => {
  const dir = path.join(FIXTURES, name);
  const goldFiles = readdirSync(dir).filter((f) => f.endsWith(".gold.json"));

  it(`has at least ${minDocuments} documents, each with a SOURCES.md row and ${minFacts} or more gold facts`, () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(minDocuments);
    const sources = readFileSync(path.join(dir, "SOURCES.md"), "utf8");
    for (const f of goldFiles) {
      const gold = readGold(dir, f);
      expect(existsSync(path.join(dir, gold.document)), gold.document).toBe(true);
      expect(sources, gold.document).toContain(`\`${gold.document}\``);
      expect(gold.facts.length, f).toBeGreaterThanOrEqual(minFacts);
      expect(new Set(gold.facts.map((g) => g.id)).size, f).toBe(gold.facts.length);
    }
  });

  it.each(goldFiles)("%s: every gold quote is in today's cleaned text", async (f) => {
    const gold = readGold(dir, f);
    const bytes = new Uint8Array(readFileSync(path.join(dir, gold.document)));
    const { text } = await extractDocumentText({ name: gold.document, bytes });
    const lost = gold.facts.filter((g) => locateQuote(text, g.evidence.text, g.evidence) === null).map((g) => g.id);
    expect(lost).toEqual([]);
  });

  it("asks causes, purposes and outcomes as well as names, dates and figures", () => {
    const facts = goldFiles.flatMap((f) => readGold(dir, f).facts);
    const clauses = facts.filter((g) => CLAUSE_KINDS.has(g.kind)).length;
    expect(clauses / facts.length).toBeGreaterThanOrEqual(0.3);
  });
});

describe("held-out set", () => {
  const documents = (name: string) =>
    readdirSync(path.join(FIXTURES, name)).filter((f) => !f.endsWith(".json") && !f.endsWith(".md"));

  it("shares no document with the development set", () => {
    const dev = new Set(documents("eval"));
    expect(documents("eval-heldout").filter((d) => dev.has(d))).toEqual([]);
  });

  it("shares no document with the second development set, nor does that set with the first", () => {
    const dev2 = new Set(documents("eval-dev2"));
    expect(documents("eval-heldout").filter((d) => dev2.has(d))).toEqual([]);
    expect(documents("eval").filter((d) => dev2.has(d))).toEqual([]);
  });
});
