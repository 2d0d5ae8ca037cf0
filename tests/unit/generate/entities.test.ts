// Organisations, agreements, people and places.
import { describe, expect, it } from "vitest";
import { buildNameRegistry, detectEntities } from "@/lib/generate/detect/entities";

function entities(text: string, document: string[] = [text]) {
  const registry = buildNameRegistry(document);
  return detectEntities(text, 0, registry).map((m) => ({ kind: m.kind, text: m.text, name: m.value.name }));
}

describe("detectEntities", () => {
  it("known organisations by acronym or full name, with the acronym in brackets kept", () => {
    const found = entities(
      "Kazakhstan joined the Eurasian Economic Union (EAEU) before the IAEA visit and an OPEC+ meeting.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "organisation", text: "Eurasian Economic Union (EAEU)", name: "Eurasian Economic Union" },
        { kind: "organisation", text: "IAEA", name: "International Atomic Energy Agency" },
        { kind: "organisation", text: "OPEC+", name: "OPEC+" },
      ]),
    );
  });

  it("agreements are their own kind", () => {
    expect(entities("Signatories later left the JCPOA.")).toEqual(
      expect.arrayContaining([{ kind: "agreement", text: "JCPOA", name: "Joint Comprehensive Plan of Action" }]),
    );
  });

  it("people after a title, without the title; two names after a plural title", () => {
    const found = entities("In Ankara, Presidents Recep Erdogan and Ilham Aliyev met Foreign Minister Hakan Fidan.");
    expect(found.filter((e) => e.kind === "person").map((e) => e.text)).toEqual([
      "Recep Erdogan",
      "Ilham Aliyev",
      "Hakan Fidan",
    ]);
  });

  it("a surname alone is the person named in full elsewhere in the document", () => {
    const doc = ["Chancellor Olaf Scholz visited Beijing.", "Scholz returned with no deal."];
    const found = entities(doc[1] ?? "", doc);
    expect(found).toEqual([{ kind: "person", text: "Scholz", name: "Olaf Scholz" }]);
  });

  it("places from compromise's lexicon and from a place noun after an unknown name", () => {
    const found = entities("Jets flew from the Shayrat airbase over Lebanon toward Baghdad.");
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "place", text: "Shayrat", name: "Shayrat" },
        { kind: "place", text: "Lebanon", name: "Lebanon" },
        { kind: "place", text: "Baghdad", name: "Baghdad" },
      ]),
    );
  });

  it("curly apostrophes: the possessive is not part of the name", () => {
    const found = entities("Norway’s fund and Chancellor Olaf Scholz’s plan.");
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "place", text: "Norway", name: "Norway" },
        { kind: "person", text: "Olaf Scholz", name: "Olaf Scholz" },
      ]),
    );
  });

  it("finds known names and titles only at a word's start", () => {
    const knownAt = (text: string) => entities(text).filter((m) => m.name === "International Atomic Energy Agency");
    expect(knownAt("Inspectors of the IAEA arrived in spring.")).toHaveLength(1);
    expect(knownAt("The code XIAEA names a valve.")).toHaveLength(0);
    expect(knownAt("The code 7IAEA names a valve.")).toHaveLength(0);
    // A match refused after a letter is tried again further on, as a look-behind would.
    expect(knownAt("The code XIAEA met the IAEA team.")).toHaveLength(1);
    const people = (text: string) => entities(text).filter((m) => m.kind === "person");
    expect(people("The talks were led by President Halvard Tosk.")).toEqual([
      { kind: "person", text: "Halvard Tosk", name: "Halvard Tosk" },
    ]);
    expect(people("The talks were led by VicePresident Halvard Tosk.").map((m) => m.text)).not.toContain(
      "Halvard Tosk",
    );
  });
});

describe("names with initials", () => {
  it("keeps a middle initial inside the name", () => {
    expect(entities("Karl O. Lind, the harbour engineer, was a friend of the mayor.")).toContainEqual(
      expect.objectContaining({ kind: "person", text: "Karl O. Lind" }),
    );
  });
  it("reads initials before a surname as a person even where the tagger knows neither", () => {
    expect(entities("The drawings were made by T. R. Vasquel in the winter.")).toContainEqual(
      expect.objectContaining({ kind: "person", text: "T. R. Vasquel" }),
    );
  });
});
