// A name after "born" is the name at birth (lib/generate/birth-name.ts), on sentences written here.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import { withoutBirthName } from "@/lib/generate/birth-name";

describe("withoutBirthName", () => {
  it("takes the birth name out of a question about the birth", () => {
    expect(withoutBirthName("When was Ada Lind born Adela Lindqvist in Umeå?")).toBe("When was Ada Lind born in Umeå?");
    expect(withoutBirthName("Where was Ada Lind born Adela Lindqvist?")).toBe("Where was Ada Lind born?");
  });

  it("asks for the birth name as a name", () => {
    expect(withoutBirthName("Whom was Ada Lind born in Umeå on 2 May 1901?")).toBe(
      "Under what name was Ada Lind born?",
    );
  });

  it("leaves other questions and blanks alone", () => {
    expect(withoutBirthName("When was Ada Lind born in Umeå?")).toBe("When was Ada Lind born in Umeå?");
    expect(withoutBirthName("Ada Lind was born ____ in Umeå.")).toBe("Ada Lind was born ____ in Umeå.");
  });
});

describe("the generator on a birth with a birth name", () => {
  it("makes no question that keeps the birth name after 'born'", () => {
    const cards = generateCandidates({
      sourceKey: "bio",
      text: "Ada Lind was born Adela Lindqvist in Umeå on 2 May 1901, when Sweden was still a poor country.",
      title: "A life",
    });
    expect(cards.some((c) => c.answer === "2 May 1901")).toBe(true);
    for (const c of cards) if (!c.prompt.includes("____")) expect(c.prompt).not.toMatch(/born Adela/);
  });
});
