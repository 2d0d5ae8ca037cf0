// Names and terms read from the shape of a sentence: "X, or Y, as they are called", an apposition
// after a described thing, a bracketed code name or former name, "X was named Y". Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { termCards } from "@/lib/generate/terms";

function cards(sentence: string): string[] {
  return termCards(sentence).map((c) => `${c.prompt} => ${sentence.slice(c.start, c.end)}`);
}

describe("termCards", () => {
  it("asks for the name a thing is called by, with where it is called so", () => {
    expect(
      cards("The stone lookouts, or tarvels, as they are called along the northern coast, stand on every headland."),
    ).toContain("What are the stone lookouts called along the northern coast? => tarvels");
  });

  it("asks for another name when only the alternative is given", () => {
    expect(cards("The lowland reed, or marsh cane, grows in the shallow lakes of the plain.")).toContain(
      "What is another name for the lowland reed? => marsh cane",
    );
  });

  it("takes no list of three and no hedge for an alternative name", () => {
    expect(cards("They brought the drum, or the flute, or the horn to every feast.")).toEqual([]);
    expect(cards("He was a pupil, or perhaps better, the heir of the old master.")).toEqual([]);
  });

  it("asks for the name given in an apposition that ends the phrase", () => {
    expect(cards("The island keeps the oldest working lighthouse, the Varnholm, which was lit in 1702.")).toContain(
      "What is the name of the oldest working lighthouse? => the Varnholm",
    );
    // A list of names after a phrase is no apposition.
    expect(cards("The team used the old toolkit, Kestrel, Finch and Wren for the tests.")).toEqual([]);
  });

  it("reads code names and former names in brackets", () => {
    expect(cards("Harbor Maps (codenamed Gull) is the phone build of the chart viewer.")).toContain(
      "What is the code name of Harbor Maps? => Gull",
    );
    expect(cards("Tidewell (formerly the Coastal Chart Suite) is a set of mapping tools.")).toContain(
      "What was Tidewell formerly called? => the Coastal Chart Suite",
    );
  });

  it("asks what a thing was named", () => {
    expect(cards("Because it glowed at night, the new fungus was named Lantern by the survey team.")).toContain(
      "What was the new fungus called? => Lantern",
    );
  });
});

describe("a person's role in an apposition", () => {
  it("asks who holds the role, in the tense of the verb after it", () => {
    expect(cards("Dana Rolt, chief curator of the harbour museum, opened the new hall.")).toContain(
      "Who was the chief curator of the harbour museum? => Dana Rolt",
    );
    expect(cards("Ivo Pesk, a senior engineer at Kestrel, says the bridge will hold.")).toContain(
      "Who is the senior engineer at Kestrel? => Ivo Pesk",
    );
  });

  it("asks nothing when the phrase after the name is no role", () => {
    expect(cards("Port Aldin, the largest town of the coast, lies at the river mouth.")).toEqual([]);
  });
});

describe("a lower-case term given by 'was called'", () => {
  it("takes the term whole, a short list included, to the end of its clause", () => {
    const cards = termCards("Later the extra part was called the descant, upper, or high line.");
    expect(
      cards.map((c) => ({
        prompt: c.prompt,
        answer: "Later the extra part was called the descant, upper, or high line.".slice(c.start, c.end),
      })),
    ).toContainEqual({
      prompt: "What was the extra part called?",
      answer: "the descant, upper, or high line",
    });
  });

  it("does not read a phrasal verb or a following phrase as the term", () => {
    expect(termCards("The rule was called on by the council.").length).toBe(0);
    const s = "The old levy was called hearth money by the villagers.";
    expect(termCards(s).some((c) => s.slice(c.start, c.end).includes("villagers"))).toBe(false);
  });
});
