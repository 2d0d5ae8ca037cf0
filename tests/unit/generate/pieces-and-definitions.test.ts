// A blank on a piece of a name or of a list asks for no fact; a definition answer cut inside its
// noun phrase is no answer, and one that needs its for/of phrase takes it in. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { blankOnAPiece, definitionEnd } from "@/lib/generate/keep";

const at = (sentence: string, answer: string) => {
  const start = sentence.indexOf(answer);
  return { start, end: start + answer.length };
};

describe("blankOnAPiece", () => {
  it("finds the rest of a name and a middle member of a list", () => {
    const a = "Lotte, as Margarete von Hallern was called, led the choir.";
    expect(blankOnAPiece(a, at(a, "Hallern"))).toBe(true);
    const b = "Phones running the system include Pellar Nine Plus, Vanto Go and Riva Lite.";
    expect(blankOnAPiece(b, at(b, "Pellar"))).toBe(true);
    const c = "Pottery links the valley with Oruna, Tessa, and the northern coast.";
    expect(blankOnAPiece(c, at(c, "Tessa"))).toBe(true);
  });

  it("finds a blank in a sentence that only opens a quotation", () => {
    const a = "Mr. Orlov, who walked the whole coast in 1890, writes:";
    expect(blankOnAPiece(a, at(a, "Orlov"))).toBe(true);
  });

  it("leaves a whole name, a whole list and a pair alone", () => {
    const a = "The bridge was designed by Ilse Marten in 1931.";
    expect(blankOnAPiece(a, at(a, "Ilse Marten"))).toBe(false);
    const b = "The suite includes Pellar, Vanto and Riva, and many other tools.";
    expect(blankOnAPiece(b, at(b, "Pellar, Vanto and Riva"))).toBe(false);
    const c = "Orvik and Tessa were both famous harbours.";
    expect(blankOnAPiece(c, at(c, "Tessa"))).toBe(false);
  });
});

describe("definitionEnd", () => {
  it("rejects an answer cut inside its noun phrase", () => {
    const s = "Quillon is a free and open source desktop suite of office tools.";
    expect(definitionEnd("What is Quillon?", s, at(s, "a free and open source"))).toBe(-1);
  });

  it("takes in a short for/of phrase and leaves a whole answer alone", () => {
    const s = "Brisk is a lightweight replacement for the Harlan Player, developed since 2014.";
    const a = at(s, "a lightweight replacement");
    expect(s.slice(a.start, definitionEnd("What is Brisk?", s, a))).toBe(
      "a lightweight replacement for the Harlan Player",
    );
    const t = "Tamber is a layout engine that supports vector pages.";
    const b = at(t, "a layout engine");
    expect(definitionEnd("What is Tamber?", t, b)).toBe(b.end);
  });

  it("keeps every generated answer inside its evidence", () => {
    const text = "Brisk is a lightweight replacement for the Harlan Player, developed since 2014.";
    for (const c of generateCandidates({ sourceKey: "t", text })) {
      expect(text.slice(c.answerSpan.start, c.answerSpan.end)).toBe(c.answer);
    }
  });
});
