// Surnames a fact sheet writes in capitals read as names on the card. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { capitalNames, capitalSurnames, readableSurnames } from "@/lib/generate/capitals";

describe("capitalSurnames", () => {
  it("finds surnames in capitals after given names, not acronyms or short codes", () => {
    const text =
      "Marta Ines OLVERA won the 2019 election for the Unity Party (UP). OLVERA was succeeded by Jon PELL-ADAMS. " +
      "Ana RIVAS chaired the assembly. " +
      "The party's rivals ran on Windows NT machines, and critics of the UP defeated NORVA candidates.";
    expect([...capitalSurnames(text)].sort()).toEqual(["OLVERA", "PELL-ADAMS", "RIVAS"]);
  });
  it("takes no common word for a given name: 'Although HBV', 'Real GDP', 'This DNA' are acronyms", () => {
    const text =
      "Although HBV binds the cell, This DNA is small. Real GDP rose while Prime Minister Ola BREKKE, Jon SALL and Eva TORP spoke. " +
      "Its Components\nNSS and the firm's Eich CEO are no names.";
    expect(capitalNames(text)).toEqual(
      new Map([
        ["BREKKE", "Ola BREKKE"],
        ["SALL", "Jon SALL"],
        ["TORP", "Eva TORP"],
      ]),
    );
  });
  it("finds none when fewer than three such names are written: they could be acronyms after a name", () => {
    expect(capitalSurnames("The report of Director General NATO staff was read.").size).toBe(0);
  });
});

describe("readableSurnames", () => {
  it("writes known surnames as names and leaves other capitals alone", () => {
    const surnames = new Set(["OLVERA", "PELL-ADAMS"]);
    expect(readableSurnames("When did OLVERA hand power to Jon PELL-ADAMS of the UP?", surnames)).toBe(
      "When did Olvera hand power to Jon Pell-Adams of the UP?",
    );
  });
});

describe("cards from a fact sheet's prose", () => {
  it("show the surnames as names", () => {
    const text = [
      "Norvania",
      "",
      "Marta Ines OLVERA of the Unity Party won the presidential election in 2019. Jon PELL-ADAMS succeeded her in 2024. Ana RIVAS chaired the assembly.",
      "",
    ].join("\n");
    const cards = generateCandidates({ sourceKey: "t", text, title: "Norvania" });
    const olvera = cards.find((c) => /Olvera/.test(c.answer));
    expect(olvera?.answer).toBe("Marta Ines Olvera");
    expect(cards.every((c) => !/OLVERA|PELL-ADAMS/.test(c.prompt))).toBe(true);
  });
});
