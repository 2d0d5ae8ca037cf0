// generateCandidates and toDraftFact: prompts by kind, exact evidence, filters, progress, and
// draft facts that the content schema accepts — on a document written here and on the seeds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { factSchema } from "@/lib/content/schema";
import { generateCandidates, toDraftFact } from "@/lib/generate/candidates";
import { containsAnswer } from "@/lib/generate/text";
import type { Candidate } from "@/lib/generate/types";
import { cleanDocumentText } from "@/lib/import/clean";

const DOC = [
  "Baltic Energy Review",
  "Subscribe to our weekly newsletter for free",
  "On 4 March 2021, Prime Minister Anna Berg and President Tomas Lind signed a grid treaty in Oslo.",
  "Article 12 of the national constitution forbids foreign military bases on its soil.",
  "In 2019 Belarus supplied Armenia with Su\u201130 fighter jets, and Su\u201130 jets are still flying.",
  "The Ka-52 helicopter appeared in a parade.",
  "Bilateral trade between the two states reached $4.2 billion in 2023, up 12% on the year before.",
  "12 “Grid Deal Signed,” Nordic Wire, March 4, 2021, https://example.org/grid-deal-2021-03-04.",
].join("\n");

function byAnswer(list: Candidate[], answer: string): Candidate | undefined {
  return list.find((c) => c.answer === answer);
}

/** The properties every candidate must have, whatever the document. */
function checkInvariants(text: string, list: Candidate[]): void {
  const ids = new Set<string>();
  for (const c of list) {
    expect(c.evidence.length).toBe(1);
    const e = c.evidence[0];
    if (!e) throw new Error("no evidence");
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(containsAnswer(e.text, c.answer), `${c.answer} in ${e.text}`).toBe(true);
    expect(c.answerSpan.start).toBeGreaterThanOrEqual(e.start);
    expect(c.answerSpan.end).toBeLessThanOrEqual(e.end);
    expect(c.cloze).toBe(`${text.slice(e.start, c.answerSpan.start)}[...]${text.slice(c.answerSpan.end, e.end)}`);
    // A question, or a fill-in-the-blank card when no question could be built.
    if (c.method === "cloze") expect(c.prompt).toContain("____");
    else expect(c.prompt).toMatch(/\?$/);
    expect(c.prompt).not.toMatch(/\b(?:the source|this passage|the document|in connection with)\b/i);
    expect(c.variants.map((v) => v.toLowerCase())).not.toContain(c.answer.toLowerCase());
    expect(ids.has(c.id)).toBe(false);
    ids.add(c.id);
    const draft = factSchema.safeParse(toDraftFact(c, { idPrefix: "test" }));
    expect(draft.success, JSON.stringify(draft.error?.issues)).toBe(true);
  }
}

describe("generateCandidates", () => {
  const list = generateCandidates({ sourceKey: "baltic-review", text: DOC });

  it("asks a date question from the clause and keeps the other forms of the date", () => {
    const c = byAnswer(list, "4 March 2021");
    expect(c?.kind).toBe("date");
    expect(c?.prompt).toMatch(/^When did Berg and Lind sign a grid treaty/);
    expect(c?.prompt).not.toContain("2021");
    expect(c?.value).toEqual({ date: "2021-03-04" });
    expect(c?.variants).toEqual(expect.arrayContaining(["March 4, 2021", "2021-03-04"]));
  });

  it("names people by title and places", () => {
    expect(byAnswer(list, "Anna Berg")?.prompt).toBe("Which prime minister signed a grid treaty in Oslo?");
    expect(byAnswer(list, "Anna Berg")?.kind).toBe("person");
    expect(byAnswer(list, "Oslo")?.prompt).toMatch(/^Where did Berg and Lind sign a grid treaty\?$/);
  });

  it("a constitutional article", () => {
    const c = byAnswer(list, "Article 12");
    expect(c?.kind).toBe("constitution");
    expect(c?.article).toBe(12);
    expect(c?.prompt).toMatch(/^Which article of the constitution forbids foreign military bases/);
  });

  it("an arms transfer with supplier, receiver, year and status; one candidate per answer per sentence", () => {
    const transfers = list.filter((c) => c.kind === "arms-transfer");
    expect(transfers).toHaveLength(1);
    expect(transfers[0]?.answer).toBe("Su-30");
    expect(transfers[0]?.transfer).toEqual({
      system: "Su-30",
      from: "Belarus",
      to: "Armenia",
      status: "delivered",
      year: 2019,
    });
    expect(transfers[0]?.prompt).toBe("Which fighter jets did Belarus supply to Armenia in 2019?");
  });

  it("a weapon with no transfer around it is a concept", () => {
    expect(byAnswer(list, "Ka-52")?.kind).toBe("concept");
  });

  it("figures carry number, unit and the period from the nearest date", () => {
    const money = byAnswer(list, "$4.2 billion");
    expect(money?.kind).toBe("figure");
    expect(money?.value).toEqual({ number: 4_200_000_000, unit: "USD", period: "2023" });
    expect(money?.prompt).toBe("How much did bilateral trade between the two states reach in 2023?");
    expect(byAnswer(list, "12%")?.value?.unit).toBe("percent");
  });

  it("skips boilerplate, citations and headings", () => {
    expect(list.some((c) => /newsletter|Nordic Wire|Baltic Energy/.test(c.evidence[0]?.text ?? ""))).toBe(false);
    expect(list.filter((c) => c.answer === "4 March 2021" || c.answer === "March 4, 2021")).toHaveLength(1);
  });

  it("holds the span and schema invariants", () => {
    checkInvariants(DOC, list);
  });

  it("is stable: the same text gives the same ids", () => {
    const again = generateCandidates({ sourceKey: "baltic-review", text: DOC });
    expect(again.map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  it("names each candidate's section from the importer's sections", () => {
    const cut = DOC.indexOf("Article 12");
    const withSections = generateCandidates(
      { sourceKey: "baltic-review", text: DOC },
      {
        sections: [
          { heading: "", start: 0, end: cut },
          { heading: "Law and Arms", start: cut, end: DOC.length },
        ],
      },
    );
    expect(byAnswer(withSections, "Article 12")?.section).toBe("Law and Arms");
    expect(byAnswer(withSections, "4 March 2021")?.section).toBeUndefined();
    expect(toDraftFact(byAnswer(withSections, "Article 12") as Candidate, { idPrefix: "br" }).explanation).toBe(
      "Stated in baltic-review (Law and Arms).",
    );
  });

  it("reports progress from 0 to the whole text, never going back", () => {
    const calls: [number, number][] = [];
    generateCandidates(
      { sourceKey: "x", text: DOC.repeat(40) },
      { onProgress: (done, total) => calls.push([done, total]) },
    );
    expect(calls[0]).toEqual([0, DOC.length * 40]);
    expect(calls[calls.length - 1]).toEqual([DOC.length * 40, DOC.length * 40]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]?.[0]).toBeGreaterThanOrEqual(calls[i - 1]?.[0] ?? 0);
  });

  it("comes out best first, and limit keeps the best-scored candidates", () => {
    const all = generateCandidates({ sourceKey: "baltic-review", text: DOC });
    const scores = all.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const c of all) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    const few = generateCandidates({ sourceKey: "baltic-review", text: DOC }, { limit: 3 });
    expect(few.map((c) => c.id)).toEqual(all.slice(0, 3).map((c) => c.id));
  });
});

describe("toDraftFact", () => {
  it("makes a valid draft for every kind, with the kind's required details", () => {
    const list = generateCandidates({ sourceKey: "baltic-review", text: DOC });
    const kinds = new Set(list.map((c) => c.kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining(["date", "figure", "constitution", "arms-transfer", "person", "place", "concept"]),
    );
    for (const c of list) {
      const fact = factSchema.parse(toDraftFact(c, { idPrefix: "Baltic Review" }));
      expect(fact.id).toMatch(/^baltic-review-/);
      expect(fact.source).toBe("baltic-review");
      expect(fact.explanation).toBe("Stated in baltic-review.");
      expect(fact.explanation).not.toContain(c.answer);
      if (fact.kind === "arms-transfer") expect(fact.transfer?.from).toBe("Belarus");
    }
  });

  it("a kind missing its required details is drafted as a concept", () => {
    const [c] = generateCandidates({
      sourceKey: "s",
      text: "Article 12 of the national constitution forbids foreign military bases.",
    });
    if (!c) throw new Error("no candidate");
    const broken: Candidate = { ...c, article: undefined };
    const fact = factSchema.parse(toDraftFact(broken, { idPrefix: "s" }));
    expect(fact.kind).toBe("concept");
  });
});

const SEEDS = path.resolve(process.cwd(), "..", "shared", "seeds");
const seedFiles = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
  : [];

describe.skipIf(seedFiles.length === 0)("on the five seed documents", () => {
  for (const file of seedFiles) {
    it(`${file}: raw and cleaned text keep every span exact and every draft valid`, () => {
      const raw = readFileSync(path.join(SEEDS, file), "utf8");
      for (const text of [raw, cleanDocumentText(raw)]) {
        const list = generateCandidates({ sourceKey: "seed", text });
        expect(list.length).toBeGreaterThan(10);
        checkInvariants(text, list);
      }
    });
  }
});
