// Questions whose answer is a person, from the constructions that carry facts about people:
// appositions of a role, groups led by someone, "X's pupil, Y,", teachers, who made a named
// thing, relative clauses, and a fact sheet's results line. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { buildNameRegistry, detectAll } from "@/lib/generate/detect";
import { generateCandidates } from "@/lib/generate/candidates";
import { peopleCards } from "@/lib/generate/people";

function cards(sentence: string, topic?: string): string[] {
  const registry = buildNameRegistry([sentence]);
  const mentions = detectAll(sentence, 0, { registry, dates: {}, before: "" });
  return peopleCards(sentence, mentions, 0, topic).map((c) => `${c.prompt} => ${sentence.slice(c.start, c.end)}`);
}

describe("peopleCards", () => {
  it("asks who held a role named in an apposition, with its place", () => {
    expect(cards("The survey was begun in 1871 by Oskar Lindqvist, Swedish consul to Valparaiso in 1870.")).toContain(
      "Who was the Swedish consul to Valparaiso in 1870? => Oskar Lindqvist",
    );
    expect(cards("The map was drawn by Helena Varga, the director of the Kestrel Survey, after the flood.")).toContain(
      "Who was the director of the Kestrel Survey? => Helena Varga",
    );
  });

  it("asks whose spouse someone was, where the spouse is named", () => {
    expect(cards("Queen Astrid, wife of King Haakon IV, opened the bridge in 1905.")).toContain(
      "Who was the wife of King Haakon IV? => Queen Astrid",
    );
  });

  it("takes the tense of the verb after the apposition", () => {
    expect(cards("Ruth Abara, head of the Lindon Seed Bank, says the vault is full.")).toContain(
      "Who is the head of the Lindon Seed Bank? => Ruth Abara",
    );
  });

  it("makes no role card that names nothing or is one of many", () => {
    // Only a nationality: which consul?
    expect(cards("The letter was signed by Oskar Lindqvist, the Swedish consul, in May.")).toEqual([]);
    // "a microbiologist at …" is one of many.
    expect(cards("The strain was named by Ingrid Hovde, a microbiologist at the Tromsdal Institute.")).toEqual([]);
  });

  it("asks whose group did what, without the affiliations in between", () => {
    expect(
      cards(
        "Last month Petra Vogel and colleagues at the University of Ostrava and the Brno Institute mapped the nesting sites of the alpine swift.",
      ),
    ).toContain("Whose group mapped the nesting sites of the alpine swift? => Petra Vogel");
    expect(
      cards("A team headed by Samuel Okafor at Ibadan had sequenced the genome of the yam beetle in 2019."),
    ).toContain("Whose team at Ibadan sequenced the genome of the yam beetle? => Samuel Okafor");
  });

  it("asks which members of a group had an author's role", () => {
    expect(
      cards(
        "Then Petra Vogel and colleagues—including Jan Dvorak and Eva Novak of Brno as joint first authors—tested older birds.",
      ),
    ).toContain("Which of Petra Vogel's colleagues were the joint first authors? => Jan Dvorak and Eva Novak");
  });

  it("reads a group named by its head's possessive", () => {
    expect(cards("In 2019 Yuki Mori's laboratory at Sendai identified the gene for wing colour in moths.")).toContain(
      "Whose laboratory at Sendai identified the gene for wing colour in moths? => Yuki Mori",
    );
  });

  it("keeps the hedge of what a group identified", () => {
    expect(
      cards("By then a team led by Yuki Mori at Sendai had found a gene that seemed to be the switch for wing colour."),
    ).toContain("Whose team at Sendai found what seemed to be the switch for wing colour? => Yuki Mori");
  });

  it("makes no group card whose object points back to the passage", () => {
    expect(cards("Petra Vogel and colleagues repeated the experiments with older birds.")).toEqual([]);
    expect(cards("Petra Vogel and colleagues said that they would return in spring.")).toEqual([]);
    // Colleagues on an outing are no research group.
    expect(cards("Olaf Berg and his colleagues visited the harbour of Halden in May.")).toEqual([]);
    // "the method": which method? The passage named it before.
    expect(cards("Petra Vogel and colleagues tested the method.")).toEqual([]);
  });

  it("asks for a relation to a named person, written before the name", () => {
    expect(cards("Ottokar's brother, Wenzel, became abbot of Sedlec in 1290.")).toContain(
      "Who was Ottokar's brother? => Wenzel",
    );
    expect(cards("Vogel's first patron was Count Anton Lobkowitz, who paid for her travels.")).toContain(
      "Who was Vogel's first patron? => Count Anton Lobkowitz",
    );
    // The possessor is a pronoun: whose brother?
    expect(cards("His brother, Wenzel, became abbot of Sedlec in 1290.")).toEqual([]);
  });

  it("keeps an epithet or a regnal number with the name", () => {
    expect(cards("Ottokar's grandson, Wenzel the Young, was crowned at Prague.")).toContain(
      "Who was Ottokar's grandson? => Wenzel the Young",
    );
  });

  it("asks who taught whom", () => {
    expect(cards("Clara Weiss studied under Anton Brenner at the conservatory.")).toContain(
      "Under whom did Clara Weiss study? => Anton Brenner",
    );
    expect(cards("Clara Weiss was taught by Anton Brenner in Graz.")).toContain(
      "Who taught Clara Weiss? => Anton Brenner",
    );
    expect(cards("Weiss studied singing at the Graz Conservatory, where her teacher was Anton Brenner.")).toContain(
      "Who was Weiss's teacher at the Graz Conservatory? => Anton Brenner",
    );
    // The town goes where the question would copy too much of the sentence.
    expect(
      cards("Weiss trained at the Royal School of Applied Arts in Vienna, where her teacher was Anton Brenner."),
    ).toContain("Who was Weiss's teacher at the Royal School of Applied Arts? => Anton Brenner");
  });

  it("asks who made a named thing from a participle after it", () => {
    expect(cards("The comet C/1911 Okabe, discovered by Hiroshi Okabe in 1911, returns every 80 years.")).toEqual([]);
    expect(cards("The ship Nordstjernan, designed by Karin Ek, was launched in 1903.")).toContain(
      "Who designed the ship Nordstjernan? => Karin Ek",
    );
  });

  it("asks what a person did in a relative clause, and not where it leans on a role", () => {
    expect(
      cards("The finds were described by Mr. Tobias Wren, who drew the first chart of the Salish coast."),
    ).toContain("Who drew the first chart of the Salish coast? => Tobias Wren");
    expect(cards("Among the pupils was Tobias Wren, who wrote the first life of the composer.")).toEqual([]);
    // True of many people: no definite or named object.
    expect(cards("Her pupils included Marta Sobel, who later taught at the Lodz academy.")).toEqual([]);
  });

  it("asks who was elected on a results line, of the sheet's subject", () => {
    expect(cards("2019: Anna BERG elected president; percent of vote - Anna BERG 51.2%", "Varnia")).toContain(
      "Who was elected president of Varnia in 2019? => Anna BERG",
    );
    // With no subject to name, the question would not say where.
    expect(cards("2019: Anna BERG elected president; percent of vote - Anna BERG 51.2%")).toEqual([]);
  });
});

describe("person cards in generated candidates", () => {
  it("keeps the apposition of a role inside a list sentence too long for other cards", () => {
    const list = [
      "The older accounts of the valley are these: a short note by Mr. Henrik Falk, printed by the Geographical Society",
      "a longer paper by Mr. Arne Dahl, published by the same society, with a volume printed in Bergen",
      "a fine album, with engravings of the graves and of the tools found in them, by Mr. Piet Brandt, Dutch consul to Lima in 1851",
      "and many casual remarks by a number of travellers and traders, of which some are cited in the chapters that follow, with others left out because they repeat what is already known from the papers above.",
    ].join("; ");
    const text = `The valley graves\n\n${list}\n\nThe graves lie on the terraces above the river.`;
    const prompts = generateCandidates({ sourceKey: "t", text }).map((c) => `${c.prompt} => ${c.answer}`);
    expect(prompts).toContain("Who was the Dutch consul to Lima in 1851? => Piet Brandt");
    // The evidence of that card is its piece of the list, and its answer lies exactly inside it.
    const card = generateCandidates({ sourceKey: "t", text }).find((c) => c.answer === "Piet Brandt");
    const e = card?.evidence[0];
    expect(e && text.slice(e.start, e.end)).toBe(e?.text);
    expect(card && text.slice(card.answerSpan.start, card.answerSpan.end)).toBe("Piet Brandt");
  });
});
