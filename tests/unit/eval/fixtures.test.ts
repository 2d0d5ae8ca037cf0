// The evaluation set stays usable: every gold file parses, names a document that exists, and every
// gold quote is still found in the text the import makes of that document today.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAUSE_KINDS, goldFileSchema, locateQuote } from "@/lib/eval/gold";
import { extractDocumentText } from "@/lib/import/extract";

const DIR = path.join(import.meta.dirname, "..", "..", "fixtures", "eval");
const goldFiles = readdirSync(DIR).filter((f) => f.endsWith(".gold.json"));

describe("evaluation set", () => {
  it("has at least six documents and 15 or more gold facts each", () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(6);
    for (const f of goldFiles) {
      const gold = goldFileSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), "utf8")));
      expect(gold.facts.length, f).toBeGreaterThanOrEqual(15);
      expect(new Set(gold.facts.map((g) => g.id)).size, f).toBe(gold.facts.length);
    }
  });

  it.each(goldFiles)("%s: every gold quote is in today's cleaned text", async (f) => {
    const gold = goldFileSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), "utf8")));
    const bytes = new Uint8Array(readFileSync(path.join(DIR, gold.document)));
    const { text } = await extractDocumentText({ name: gold.document, bytes });
    const lost = gold.facts.filter((g) => locateQuote(text, g.evidence.text, g.evidence) === null).map((g) => g.id);
    expect(lost).toEqual([]);
  });

  it("asks causes, purposes and outcomes as well as names, dates and figures", () => {
    const facts = goldFiles.flatMap(
      (f) => goldFileSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), "utf8"))).facts,
    );
    const clauses = facts.filter((g) => CLAUSE_KINDS.has(g.kind)).length;
    expect(clauses / facts.length).toBeGreaterThanOrEqual(0.3);
  });
});
