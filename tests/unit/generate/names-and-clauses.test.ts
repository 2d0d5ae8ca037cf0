// Recall on prose: names no lexicon knows, courtesy titles, in-text citations, wrapped titles and
// fill-in-the-blank cards cut to the clause of a long sentence. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { buildNameRegistry, detectEntities } from "@/lib/generate/detect";
import { judgeSentence, withoutCitations } from "@/lib/generate/filters";
import { clozePrompt } from "@/lib/generate/prompts";
import { splitSentences } from "@/lib/generate/sentences";

function names(sentence: string): string[] {
  const registry = buildNameRegistry([sentence]);
  return detectEntities(sentence, 0, registry).map((m) => `${m.kind}:${m.text}`);
}

function blank(sentence: string, answer: string): string | null {
  const at = sentence.indexOf(answer);
  return clozePrompt(sentence, at, at + answer.length);
}

describe("names of unknown kind", () => {
  it("reads a capitalised word no lexicon knows as a name, inside the sentence", () => {
    expect(names("The caravans crossed the pass into Qarvenna before the snows came.")).toContain("name:Qarvenna");
  });

  it("takes the name after a capitalised first word, not the first word itself", () => {
    const found = names("Trials on Zelbrina have shown that the moss survives a dry winter.");
    expect(found).toContain("name:Zelbrina");
    expect(found.some((f) => f.includes("Trials"))).toBe(false);
  });

  it("leaves an adjective of origin before its noun alone", () => {
    expect(names("The old chronicle praises the Vardanian weavers of the valley.")).not.toContain("name:Vardanian");
  });

  it("reads a courtesy title as a person and finds the surname again later", () => {
    const text = ["The survey was led by Mr. Tolbeck in the dry season.", "Later Tolbeck mapped the river mouth."];
    const registry = buildNameRegistry(text);
    expect(detectEntities(text[0] ?? "", 0, registry).map((m) => `${m.kind}:${m.text}`)).toContain("person:Tolbeck");
    expect(detectEntities(text[1] ?? "", 0, registry).map((m) => `${m.kind}:${m.text}`)).toContain("person:Tolbeck");
  });
});

describe("in-text citations", () => {
  it("keeps a prose sentence that ends in a bracketed citation", () => {
    const s = "Moss spores survive freezing for several years in the soil (Harlan et al., 2019).";
    expect(judgeSentence(s).keep).toBe(true);
    expect(withoutCitations(s)).toBe("Moss spores survive freezing for several years in the soil.");
  });

  it("still drops a bibliography entry", () => {
    expect(judgeSentence("Harlan, B. (2019). Moss in cold soils. Journal of Plants, 4, pp. 12-19.").keep).toBe(false);
  });
});

describe("wrapped courtesy titles", () => {
  it("does not end a sentence at a title that ends its line", () => {
    const text = "The maps were drawn by Mr.\nA. B. Quill, who walked the coast twice.";
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe("cloze cut to the clause", () => {
  it("blanks the clause of a long sentence that holds the answer", () => {
    const s =
      "The northern road was paved with river stones by the first settlers of the valley; later travellers widened it for carts, and the merchants of Orvell paid for a stone bridge over the ford in the year of the great flood.";
    expect(blank(s, "river stones")).toBe("The northern road was paved with ____ by the first settlers of the valley.");
  });

  it("refuses a clause without a verb of its own", () => {
    const s =
      "The team — including Dana Rolt and Ivo Pesk of the coastal station as the two lead divers — mapped the reef over nine long weeks of the stormy season and returned with more than four hundred samples.";
    expect(blank(s, "Ivo Pesk")).toBeNull();
  });

  it("does not cut after 'and' when no subject follows", () => {
    const s =
      "Mr. Tolbeck ran a copper mine near the old border, and in the spring of 1861 spent several weeks exploring the burial mounds of the plain with two guides from the coast and a mule.";
    expect(blank(s, "the spring of 1861")).toBeNull();
  });
});

describe("cloze blanks that give themselves away", () => {
  it("leaves no blank on one side of a dimension or next to a second name", () => {
    expect(blank("The floor of the hut was paved over an area of 4½ by 6 feet with flat stones.", "6 feet")).toBeNull();
    expect(blank("Two shepherds of the village of Arvel, or Arvelle, found the bronze bowl.", "Arvel")).toBeNull();
  });
});

describe("counted things with a name before them", () => {
  it("counts '5,000 Kestrel farmers' but not a year before a name", async () => {
    const { detectQuantities } = await import("@/lib/generate/detect");
    expect(detectQuantities("The poll reached more than 5,000 Kestrel farmers in spring.").map((m) => m.text)).toEqual([
      "more than 5,000 Kestrel farmers",
    ]);
    expect(detectQuantities("In 2019 Kestrel farmers rebuilt the mill.").map((m) => m.text)).toEqual([]);
  });
});

describe("names that only modify a noun", () => {
  it("makes no blank on a name used as a label before its noun", async () => {
    const { generateCandidates } = await import("@/lib/generate/candidates");
    const list = generateCandidates({
      sourceKey: "t",
      text: "Quite often the Zelbrina moss was found growing on the northern slopes of the ridge.",
    });
    expect(list.some((c) => c.answer === "Zelbrina")).toBe(false);
  });
});

describe("names with a capital inside and landform names", () => {
  it("keeps a surname with an inner capital after a courtesy title, initials included", () => {
    expect(names("The drawings were made by Mr. R. T. MacAllister during the dry season.")).toContain(
      "person:R. T. MacAllister",
    );
    expect(names("The finds went to the museum after Mr. McTavish’s return from the coast.")).toContain(
      "person:McTavish",
    );
  });

  it("reads a name before a landform noun as the landform's name", () => {
    expect(names("Ash from the Hrafna volcano covered the farms in the east.")).toContain("place:Hrafna volcano");
    expect(names("Boats crossed the Vellan lake every morning.")).toContain("place:Vellan lake");
  });
});

describe("fact-sheet notes", () => {
  it("are no sentences for cards", () => {
    expect(judgeSentence("Land use (note): figures may not total 100% because of rounding.").keep).toBe(false);
    expect(judgeSentence("Figures for the Harlow mill show a rise of 12% in 1931.").keep).toBe(true);
  });
});
