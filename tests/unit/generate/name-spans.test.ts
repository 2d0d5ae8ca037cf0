// Names are found whole: the words the tagger leaves out of a name it found are put back.
import { describe, expect, it } from "vitest";
import { buildNameRegistry, detectEntities } from "@/lib/generate/detect/entities";

function names(text: string, document: string[] = [text]) {
  const registry = buildNameRegistry(document);
  return detectEntities(text, 0, registry).map((m) => ({ kind: m.kind, text: m.text }));
}

describe("a name the tagger found in part is widened to the whole name", () => {
  it("keeps a leading adjective-like word of a place: Mount, Lower, Great", () => {
    expect(names("Walkers reach the summit of Mount Harrowdale in about five hours.")).toContainEqual({
      kind: "place",
      text: "Mount Harrowdale",
    });
    expect(names("Fishing boats crowd the harbour below the Lower Fennick Valley every autumn.")).toContainEqual({
      kind: "place",
      text: "Lower Fennick Valley",
    });
    expect(names("The Great Salt Marsh floods twice a year.")).toContainEqual({
      kind: "place",
      text: "Great Salt Marsh",
    });
  });

  it("keeps the leading words of an organisation's name", () => {
    expect(names("In 2019 the Ashcombe Regional Health Board hired forty nurses.")).toContainEqual({
      kind: "organisation",
      text: "Ashcombe Regional Health Board",
    });
  });

  it("a name's head noun gives its kind: a council is an organisation", () => {
    expect(names("In May the Brantwick City Council approved the budget.")).toContainEqual({
      kind: "organisation",
      text: "Brantwick City Council",
    });
  });

  it("does not take in the verb of a title-case headline", () => {
    const found = names("Why Moscow Sees Danger Ahead.");
    expect(found).toContainEqual({ kind: "place", text: "Moscow" });
    expect(found).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining("Sees") }));
  });

  it("the first word of a sentence joins a name only when it reads as part of one", () => {
    expect(names("Great Salt Marsh lies east of the town.")).toContainEqual({
      kind: "place",
      text: "Great Salt Marsh",
    });
    expect(names("Visit Paris in spring.")).toContainEqual({ kind: "place", text: "Paris" });
  });
});

describe("a name that goes on after 'of'", () => {
  it("takes the words after 'of' when the word before it heads names", () => {
    expect(names("Students at the Carrow School of Music and Drama staged three plays.")).toContainEqual({
      kind: "organisation",
      text: "Carrow School of Music and Drama",
    });
    expect(names("The mayor spoke at the Tolland Institute of Marine Studies on Friday.")).toContainEqual({
      kind: "organisation",
      text: "Tolland Institute of Marine Studies",
    });
  });

  it("not after a name that is no head noun", () => {
    const found = names("They called Dunmere the Venice of the North.");
    expect(found).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining(" of ") }));
  });
});

describe("a name no tagger knows, joined by 'of'", () => {
  it("is a name, 'of' and all", () => {
    expect(names("The dispute went before the Tribunal of Maritime Claims in 1931.")).toContainEqual({
      kind: "organisation",
      text: "Tribunal of Maritime Claims",
    });
    expect(names("Ships crossing the Sea of Marren paid a toll.")).toContainEqual({
      kind: "name",
      text: "Sea of Marren",
    });
  });
});

describe("the kind of a name no tagger knows", () => {
  it("comes from its head noun when it has one", () => {
    expect(names("Last year the Carrowby Regional Water Board cut its prices.")).toContainEqual({
      kind: "organisation",
      text: "Carrowby Regional Water Board",
    });
  });

  it("a single word stays a name", () => {
    expect(names("Traders met in Harrowgate and sailed to the Gulf.")).not.toContainEqual(
      expect.objectContaining({ kind: "place", text: "Gulf" }),
    );
  });
});

describe("people written with a title or followed by 'for'", () => {
  it("a title and a first name open a person's name, whatever the tagger read in it", () => {
    expect(names("The estate passed to Lord Edwin Marsh after the war.")).toContainEqual({
      kind: "person",
      text: "Edwin Marsh",
    });
  });

  it("a person's name does not go on with 'for'; an organisation's may", () => {
    const found = names("The talks were led by Helena Brack for Ostmark.");
    expect(found).toContainEqual({ kind: "person", text: "Helena Brack" });
    expect(found).toContainEqual(expect.objectContaining({ text: "Ostmark" }));
    expect(names("She joined the Carrow Centre for Coastal Studies in 2004.")).toContainEqual(
      expect.objectContaining({ text: "Carrow Centre for Coastal Studies" }),
    );
  });
});

describe("a saint's or a sovereign's possessive in a name", () => {
  it("is part of the name when a noun that heads names follows", () => {
    expect(names("The market moved to Saint Oswin's Park in 1870.")).toContainEqual({
      kind: "place",
      text: "Saint Oswin's Park",
    });
    expect(names("He studied at King's College before the war.")).toContainEqual(
      expect.objectContaining({ text: "King's College" }),
    );
  });

  it("not before a word that heads no name", () => {
    expect(names("They kept Saint Oswin's Day with a fair.")).not.toContainEqual(
      expect.objectContaining({ text: "Saint Oswin's Day" }),
    );
  });
});

describe("two names joined by 'and the'", () => {
  it("are two names even when the first holds 'of'", () => {
    const found = names("The pact bound the Duchy of Ardmore and the Free City of Tolbrin for a decade.");
    expect(found).toContainEqual(expect.objectContaining({ text: "Duchy of Ardmore" }));
    expect(found).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining(" and ") }));
  });

  it("'of' before 'and' without an article keeps one name", () => {
    expect(names("She taught at the Tolland School of Music and Drama until 1990.")).toContainEqual(
      expect.objectContaining({ text: "Tolland School of Music and Drama" }),
    );
  });
});

describe("where a name after 'of' or 'for' ends", () => {
  it("a noun the lexicon reads as a verb after 'and' is still part of it", () => {
    expect(names("She worked at the Dunmore Institute for Water Studies and Analyses in 2012.")).toContainEqual(
      expect.objectContaining({ text: "Dunmore Institute for Water Studies and Analyses" }),
    );
  });

  it("not on an adjective of nationality cut from the words after it", () => {
    const found = names("He lectured at the Centre for Russian as well as Baltic Studies for years.");
    expect(found).not.toContainEqual(expect.objectContaining({ text: "Centre for Russian" }));
  });
});
