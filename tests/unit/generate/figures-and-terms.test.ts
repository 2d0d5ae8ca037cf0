// Figures and terms read from constructions any report, survey write-up or history uses
// (lib/generate/figure-frames.ts, the shares frame in frames.ts, terms.ts), on sentences written
// here: the question is whole and never holds its answer, the answer is exact text of the
// sentence with its qualifier, and a construction that is not complete makes no such card.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { detectQuantities } from "@/lib/generate/detect/quantities";
import { termCards } from "@/lib/generate/terms";
import type { Candidate } from "@/lib/generate/types";

function run(text: string): Candidate[] {
  return generateCandidates({ sourceKey: "t", text });
}

function asked(text: string, prompt: string): Candidate | undefined {
  const c = run(text).find((x) => x.prompt === prompt);
  if (c) {
    expect(text.slice(c.answerSpan.start, c.answerSpan.end)).toBe(c.answer);
    expect(c.prompt.toLowerCase()).not.toContain(c.answer.toLowerCase());
  }
  return c;
}

function terms(sentence: string): string[] {
  return termCards(sentence).map((c) => `${c.prompt} => ${sentence.slice(c.start, c.end)}`);
}

describe("a counted figure as the subject", () => {
  it("asks how many, with the fronted phrase moved to the end and the hedge kept in the answer", () => {
    const c = asked(
      "Within a fortnight more than three hundred volunteers were sorting the flood debris by hand.",
      "How many volunteers were sorting the flood debris by hand within a fortnight?",
    );
    expect(c?.answer).toBe("more than three hundred");
    expect(c?.kind).toBe("figure");
    expect(c?.variants).toContain("more than three hundred volunteers");
  });

  it("keeps a short place phrase with the counted noun", () => {
    const c = asked(
      "By 1910 nearly 2,000 households in the valley depended on the quarry.",
      "How many households in the valley depended on the quarry by 1910?",
    );
    expect(c?.answer).toBe("nearly 2,000");
  });

  it("asks 'how many' of people and staff, which take no -s", () => {
    expect(asked("The bakery employs some 120 people.", "How many people does the bakery employ?")).toBeDefined();
    expect(
      asked(
        "The county hospital employed about 450 staff in 1950.",
        "How many staff did the county hospital employ in 1950?",
      ),
    ).toBeDefined();
  });

  it("makes no count question when the predicate points back at the passage", () => {
    const prompts = run("On a busy morning about 900 cyclists cross it before eight o'clock.").map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith("How many cyclists"))).toBe(false);
  });
});

describe("two measures on one verb", () => {
  it("asks the second measure of the same subject, the sentence's verb not copied after it", () => {
    const text = "The old lock chamber is about 60 metres long and roughly eight metres wide, and its gates are oak.";
    expect(asked(text, "How long is the old lock chamber?")?.answer).toBe("about 60 metres");
    expect(asked(text, "How wide is the old lock chamber?")?.answer).toBe("roughly eight metres");
  });
});

describe("changes", () => {
  it("asks by how much something changed, with its year", () => {
    const c = asked("Tin exports grew by 12% in 2021.", "By how much did tin exports grow in 2021?");
    expect(c?.answer).toBe("12%");
  });

  it("keeps the span of time the change took", () => {
    const c = asked(
      "After the new bridge opened, ferry fares fell by 40% within two years.",
      "By how much did ferry fares fall within two years?",
    );
    expect(c?.answer).toBe("40%");
  });

  it("asks to what level something fell", () => {
    const c = asked("Inflation fell to 2.5%, the lowest rate in a decade.", "To what level did inflation fall?");
    expect(c?.answer).toBe("2.5%");
  });
});

describe("ages", () => {
  it("asks how old, keeping the verb chain of an estimate", () => {
    const c = asked(
      "Some yew trees in the parish are believed to be over 1,500 years old.",
      "How old are some yew trees in the parish believed to be?",
    );
    expect(c?.answer).toBe("over 1,500 years");
    expect(c?.variants).toContain("over 1,500 years old");
  });
});

describe("the size of a survey", () => {
  it("asks how many took part in a poll of N people", () => {
    const c = asked(
      "A poll of nearly 4,200 hospital nurses found that night shifts were the main reason for leaving.",
      "How many hospital nurses took part in the poll?",
    );
    expect(c?.answer).toBe("nearly 4,200");
  });
});

describe("ranks", () => {
  it("asks where something ranked, dated by the fronted year, and accepts the ordinal", () => {
    const c = asked(
      "In 2019, the harbour of Tessel ranked number four, after Ostend, and in 2021 it fell further.",
      "Where did the harbour of Tessel rank in 2019?",
    );
    expect(c?.answer).toBe("number four");
    expect(c?.variants).toEqual(expect.arrayContaining(["fourth", "4th"]));
  });

  it("asks what ranked ahead, from 'after X' or 'behind X'", () => {
    const c = asked(
      "In 2019, the harbour of Tessel ranked number four, after Ostend, and in 2021 it fell further.",
      "What ranked ahead of the harbour of Tessel in 2019?",
    );
    expect(c?.answer).toBe("Ostend");
  });

  it("reads a participle rank on the main clause's subject", () => {
    const c = asked(
      "In 2020, however, wool exports fell sharply, ranking at number six.",
      "Where did wool exports rank in 2020?",
    );
    expect(c?.answer).toBe("number six");
  });

  it("asks in what place a team finished, keeping where the ranking holds", () => {
    const c = asked(
      "In the county chess league, Dunmore College finished third, a point behind the winners.",
      "In what place did Dunmore College finish in the county chess league?",
    );
    expect(c?.answer).toBe("third");
  });

  it("takes 'the top spot' as first", () => {
    const c = asked(
      "The orchard cooperative took the top spot among regional exporters in 2022.",
      "Where did the orchard cooperative rank among regional exporters in 2022?",
    );
    expect(c?.variants).toContain("first");
  });

  it("makes no rank card for a relative clause's pronoun subject", () => {
    const prompts = run("Rail freight, which ranked second in 2018, lost ground.").map((c) => c.prompt);
    expect(prompts.some((p) => /^Where did which/i.test(p))).toBe(false);
  });
});

describe("shares", () => {
  it("keeps a relative clause in the group and drops 'said they'", () => {
    const c = asked(
      "Nearly two-thirds (63%) of farmers who grow barley on rented land said they planned to switch crops, compared to 40% of owners.",
      "What share of farmers who grow barley on rented land planned to switch crops?",
    );
    expect(c?.answer).toBe("63%");
    expect(c?.variants).toContain("Nearly two-thirds");
  });

  it("asks a share after a fronted year, with the year at the end", () => {
    const c = asked(
      "In 2023, 58% of libraries offered evening hours, up from 31% in 2019.",
      "What share of libraries offered evening hours in 2023?",
    );
    expect(c?.answer).toBe("58%");
  });
});

describe("figures as detected", () => {
  it("finds the counted noun when a preposition ending in s follows it", () => {
    const [m] = detectQuantities("a study of 1,200 dairy farmers across six regions");
    expect(m?.text).toBe("1,200 dairy farmers");
  });

  it("keeps an open end with the figure and offers it without", () => {
    const [m] = detectQuantities("some bells are heavy, weighing 200 kilograms or more");
    expect(m?.text).toBe("200 kilograms or more");
  });

  it("counts a noun after a participle that describes it", () => {
    const [m] = detectQuantities("the crew replaced 40 cracked tiles on the roof");
    expect(m?.value.unit).toBe("cracked tiles");
  });

  it("reads no count of 'millions'", () => {
    expect(detectQuantities("they spent four millions of florins on the fleet")).toEqual([]);
  });
});

describe("terms a text introduces", () => {
  it("asks what the glossed words were called", () => {
    expect(
      terms('Among the dances there were some called estampies--that is "stamping tunes," played loudly.'),
    ).toContain('What were "stamping tunes" called? => estampies');
  });

  it("asks for an unknown word from its definition after the comma", () => {
    expect(terms("The herders carried the zurkan, a kind of bagpipe made from goatskin, to every wedding.")).toContain(
      "What was a kind of bagpipe made from goatskin called? => zurkan",
    );
    // A relative clause the definition cannot keep whole is left out, not cut short.
    expect(terms("Some mosses spread by propagules, small discs of cells that wash out in the rain.")).toContain(
      "What are small discs of cells called? => propagules",
    );
  });

  it("takes no definition for a common word or a set phrase", () => {
    expect(terms("They listed, of course, a summary of the findings.")).toEqual([]);
    // "river" is an ordinary English word, whatever follows it.
    expect(terms("The guide showed the river, a broad stream that floods each spring.")).toEqual([]);
  });

  it("asks what a group calls a thing, for each pair", () => {
    expect(terms("Geologists call the upper layer the regolith and the lower layer the bedrock.")).toEqual([
      "What do geologists call the upper layer? => the regolith",
      "What do geologists call the lower layer? => the bedrock",
    ]);
  });

  it("asks what was adopted under a new name, accepting the thing without the names that qualify it", () => {
    const sentence = 'The Norse settlers borrowed the Irish currach and called it "knorr".';
    expect(terms(sentence)).toContain('What did the Norse settlers borrow and call "knorr"? => the Irish currach');
    expect(termCards(sentence).find((c) => c.role === "naming")?.variants).toEqual(["currach"]);
  });

  it("asks what a thing is known as when the name stands between commas", () => {
    expect(terms("The east tower, known locally as the Pepperpot, was rebuilt after the fire.")).toContain(
      "What was the east tower known as locally? => the Pepperpot",
    );
  });

  it("reads an irregular past before 'and called it'", () => {
    expect(terms('Traders from the coast brought the spice inland and called it "pepper".')).toContain(
      'What did traders from the coast bring and call "pepper"? => the spice',
    );
  });

  it("keeps the writer's hedge on a word's origin", () => {
    expect(terms('The word "bungalow" probably comes from the Hindi "bangla".')).toContain(
      'Where does the word "bungalow" probably come from? => the Hindi "bangla"',
    );
  });

  it("asks where a word comes from, and which word comes from it", () => {
    const out = terms('The Dutch word "kraal" comes from the Portuguese "curral".');
    expect(out).toContain('Where does the Dutch word "kraal" come from? => the Portuguese "curral"');
    expect(out).toContain('Which Dutch word comes from the Portuguese "curral"? => kraal');
  });

  it("asks which words make up a blend", () => {
    expect(terms('The brand name is a blend of "smoke" and "fog".')).toContain(
      'Which two words make up the brand name? => "smoke" and "fog"',
    );
  });
});
