// A key-value line whose value holds two facts gives two cards: a name and its figure, a name and
// its date. Lines written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";

function cards(text: string): string[] {
  return generateCandidates({ sourceKey: "t", text, title: "Norvania" }).map((c) => `${c.prompt} => ${c.answer}`);
}

const SHEET = [
  "Norvania",
  "",
  "Elevation (lowest point): Dravel Basin (below the salt flats) 85 m",
  "National holiday: Founders Day, 3 March (1921)",
  "Currency: Norvanian marks (NVM) per euro -",
  "",
].join("\n");

describe("attribute values that hold two facts", () => {
  it("asks for the name and for its figure", () => {
    const list = cards(SHEET);
    expect(list).toContain("What is the lowest point of Norvania? => Dravel Basin");
    expect(list).toContain("What is the elevation of the lowest point of Norvania? => 85 m");
  });

  it("asks for the name and for its date, without an inferred year", () => {
    const list = cards(SHEET);
    expect(list).toContain("When is Founders Day, the national holiday of Norvania? => 3 March");
    expect(list).toContain("What is the national holiday of Norvania? => Founders Day");
  });

  it("drops a dangling sub-heading after the value", () => {
    expect(cards(SHEET)).toContain("What is the currency of Norvania? => Norvanian marks");
  });
});
