// Merging the same fact across documents and grouping disagreements into conflicts.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { mergeCandidates, similarSubjects } from "@/lib/generate/merge";

const gen = (sourceKey: string, text: string) => generateCandidates({ sourceKey, text });

describe("similarSubjects", () => {
  it("needs two shared words that are at least half of the smaller subject", () => {
    expect(similarSubjects(["bilateral", "trade", "reach"], ["bilateral", "trade"])).toBe(true);
    expect(similarSubjects(["bilateral", "trade", "reach", "record", "level"], ["trade", "gas"])).toBe(false);
    expect(
      similarSubjects(
        ["gas", "pipeline", "capacity", "north", "route"],
        ["gas", "pipeline", "cost", "loan", "bank", "rate"],
      ),
    ).toBe(false);
    expect(similarSubjects(["treaty"], ["treaty", "ratify"])).toBe(true);
    expect(similarSubjects([], ["treaty"])).toBe(false);
  });
});

describe("mergeCandidates", () => {
  it("the same fact in two documents becomes one candidate citing both", () => {
    const a = gen(
      "north-report",
      "On 4 March 2021, Prime Minister Anna Berg and President Tomas Lind signed a grid treaty in Oslo.",
    );
    const b = gen(
      "south-brief",
      "Ministers say that on 4 March 2021 Prime Minister Anna Berg and President Tomas Lind signed a grid treaty in Oslo.",
    );
    const { facts, conflicts } = mergeCandidates([a, b]);
    const dates = facts.filter((f) => f.kind === "date");
    expect(dates).toHaveLength(1);
    expect(dates[0]?.evidence.map((e) => e.sourceKey)).toEqual(["north-report", "south-brief"]);
    expect(dates[0]?.sources).toEqual(["north-report", "south-brief"]);
    expect(dates[0]?.variants).toEqual(expect.arrayContaining(["March 4, 2021"]));
    expect(conflicts).toEqual([]);
  });

  it("different figures for the same subject in two documents form a conflict group", () => {
    const a = gen("north-report", "Bilateral trade between the two states reached $4.2 billion in 2023.");
    const b = gen(
      "south-brief",
      "Bilateral trade between the two states reached $5.1 billion in 2023, officials said.",
    );
    const { facts, conflicts } = mergeCandidates([a, b]);
    expect(conflicts).toHaveLength(1);
    const group = conflicts[0];
    expect(group?.members.map((m) => m.answer).sort()).toEqual(["$4.2 billion", "$5.1 billion"]);
    expect(group?.subject).toContain("trade");
    for (const m of group?.members ?? []) expect(m.conflict).toBe(group?.group);
    expect(facts.filter((f) => f.conflict).length).toBe(2);
  });

  it("figures in different units, and figures within one document, are not conflicts", () => {
    const a = gen("north-report", "Bilateral trade between the two states reached $4.2 billion in 2023.");
    const b = gen("south-brief", "Bilateral trade between the two states grew 12% in 2023.");
    expect(mergeCandidates([a, b]).conflicts).toEqual([]);
    const one = gen(
      "north-report",
      "Bilateral trade between the two states reached $4.2 billion in 2023. Bilateral trade between the two states reached $3.9 billion in 2022.",
    );
    expect(mergeCandidates([one]).conflicts).toEqual([]);
  });

  it("the same date at another precision is not a conflict", () => {
    const a = gen(
      "north-report",
      "Prime Minister Anna Berg and President Tomas Lind signed a grid treaty in Oslo on 4 March 2021.",
    );
    const b = gen(
      "south-brief",
      "Prime Minister Anna Berg and President Tomas Lind signed a grid treaty in Oslo in March 2021.",
    );
    expect(mergeCandidates([a, b]).conflicts.filter((g) => g.members[0]?.kind === "date")).toEqual([]);
  });

  it("the same weapon system delivered in one document and withheld in another is a conflict", () => {
    const a = gen("north-report", "Belarus supplied Armenia with Su-30 fighter jets.");
    const b = gen("south-brief", "Belarus has withheld Su-30 fighter jets from Armenia.");
    const { conflicts } = mergeCandidates([a, b]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.members.map((m) => m.transfer?.status).sort()).toEqual(["delivered", "withheld"]);
  });
});
