// Questions cut where their meaning begins (lib/generate/dangling.ts), on sentences written here.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import {
  blankInsideQuote,
  blankLeansOnPronoun,
  cutAnswer,
  danglingQuestion,
  fragmentBlankWithPronoun,
  idiomNounAnswer,
  percentageQuestion,
  vagueSubjectQuestion,
  whoWithoutPerson,
} from "@/lib/generate/dangling";

describe("danglingQuestion", () => {
  it("drops a preposition left without its date or figure, and any bare 'between'", () => {
    expect(danglingQuestion("What did the guild announce on?", "date")).toBe("stranded-preposition");
    expect(danglingQuestion("In what year was the harbour dredged between?", "date")).toBe("stranded-preposition");
    expect(danglingQuestion("Which towns lie between?", "place")).toBe("stranded-preposition");
    expect(danglingQuestion("What did the guild meet on?", "name", "Friday")).toBe("stranded-preposition");
  });

  it("keeps a stranded preposition whose object is a thing, and blanks", () => {
    expect(danglingQuestion("What is the Ostvik bridge made of?", "concept")).toBeNull();
    expect(danglingQuestion("Which city did the weavers come from?", "place")).toBeNull();
    expect(danglingQuestion("The harbour was dredged in ____.", "date")).toBeNull();
  });

  it("drops a verb of saying whose content was cut, but not a question that asks for the content", () => {
    expect(danglingQuestion("Which council said on Tuesday?", "name")).toBe("saying-without-content");
    expect(danglingQuestion("Who explained?", "person")).toBe("saying-without-content");
    expect(danglingQuestion("What did the mayor say?", "concept")).toBeNull();
    expect(danglingQuestion("Who said the ferry would stop in May?", "person")).toBeNull();
    expect(danglingQuestion("When did Lena Horvat return to the United States?", "date")).toBeNull();
    expect(danglingQuestion("Where did the monks keep their notes?", "place")).toBeNull();
  });
});

describe("the generator on a short news item", () => {
  const text =
    "The Varden Water Board said on Tuesday that 72 percent of homes in the valley now use metered water, " +
    "the highest share since metering began in 2011. " +
    "Construction of the new reservoir began at Elmsby on 3 May 2019.";
  const cards = generateCandidates({ sourceKey: "news", text, title: "Water news" });

  it("asks nothing about the saying itself, and no reason from a 'since' of time", () => {
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      if (!c.prompt.includes("____")) expect(c.prompt).not.toMatch(/\bsaid on\b|\bsay on\?/);
      expect(c.answer).not.toMatch(/^metering began/);
    }
  });

  it("writes a sentence's first common noun in lower case inside a question", () => {
    const when = cards.find((c) => c.answer.includes("3 May 2019") && !c.prompt.includes("____"));
    expect(when?.prompt).toMatch(/construction/);
    expect(when?.prompt).not.toMatch(/\bConstruction\b/);
  });
});

describe("cutAnswer", () => {
  it("drops one year of a list of years, first, middle or last", () => {
    expect(cutAnswer("1961", "floods struck the delta in ", ", 1974 and 1993.")).toBe("year-of-a-list");
    expect(cutAnswer("1974", "struck the delta in 1961, ", " and 1993.")).toBe("year-of-a-list");
    expect(cutAnswer("1993", "in 1961, 1974 and ", ".")).toBe("year-of-a-list");
    expect(cutAnswer("1961", "floods struck the delta in ", ", killing thousands.")).toBeNull();
  });

  it("drops a bare noun whose -ing head was left behind", () => {
    expect(cutAnswer("mass", "the forest suffered ", " flowering in May.")).toBe("cut-before-head");
    expect(cutAnswer("the harbour", "they dredged ", " during the winter.")).toBeNull();
  });
});

describe("a past form the tagger read as an adjective", () => {
  it("takes the infinitive after 'did'", () => {
    const cards = generateCandidates({
      sourceKey: "bio",
      text: "In Lisbon she met Tomas Ferreira, a printer, and the couple married in 1902.",
      title: "A life",
    });
    const year = cards.find((c) => c.answer === "1902" && !c.prompt.includes("____"));
    expect(year?.prompt).toMatch(/\bdid the couple marry\b/);
  });
});

describe("percentageQuestion", () => {
  it("keeps 'By what percentage' for a change", () => {
    expect(percentageQuestion("By what percentage did wool exports fall in 1931?")).toBe(
      "By what percentage did wool exports fall in 1931?",
    );
  });

  it("turns a share round, and drops what fits neither", () => {
    expect(percentageQuestion("By what percentage do salt marshes cover of the county?")).toBe(
      "What percentage of the county do salt marshes cover?",
    );
    expect(percentageQuestion("By what percentage is the vote?")).toBeNull();
    expect(percentageQuestion("What share of the vote did the party win?")).toBe(
      "What share of the vote did the party win?",
    );
  });
});

describe("a capitalised pronoun is no antecedent", () => {
  it("leaves 'she' as written in a later sentence's blank", () => {
    const text =
      "In 1921 Ada Lind and Oskar Berg founded the Umeå Weaving School. She was the first woman to run a school there. " +
      "After Oskar died in a fire in March 1930, she took over his classes and became the school's sole director.";
    const cards = generateCandidates({ sourceKey: "bio", text, title: "A life" });
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.prompt).not.toMatch(/, She\b/);
  });
});

describe("blankInsideQuote", () => {
  it("drops a blank on one word of a quoted name, keeps a blank on the whole quotation", () => {
    expect(blankInsideQuote('The carts were known as "little ____" by the drivers.')).toBe(true);
    expect(blankInsideQuote("The carts were known as “____ wagons”.")).toBe(true);
    expect(blankInsideQuote('The carts were known as "____" by the drivers.')).toBe(false);
    expect(blankInsideQuote("The carts were built in ____.")).toBe(false);
  });
});

describe("questions cut after a second verb or a saying verb", () => {
  it("drops 'and took?' and 'says in a letter to X?'", () => {
    expect(danglingQuestion("Who won the 1998 election and took?", "person")).toBe("stranded-preposition");
    expect(danglingQuestion("Who says in a letter to Marta?", "person")).toBe("saying-without-content");
    expect(danglingQuestion("In what year is there in existence a map showing?", "date")).toBe("stranded-preposition");
  });
  it("keeps a second verb with its object", () => {
    expect(danglingQuestion("Who won the 1998 election and formed a cabinet?", "person")).toBeNull();
    expect(danglingQuestion("Who founded the firm and ran it?", "person")).toBeNull();
  });
});

describe("idiomNounAnswer", () => {
  it("drops the noun of a verb idiom as an answer", () => {
    expect(idiomNounAnswer("What does the accord enter into?", "force")).toBe(true);
    expect(idiomNounAnswer("What does the ban take after a year?", "effect twelve months")).toBe(true);
    expect(idiomNounAnswer("What did the fair take in the square?", "place")).toBe(true);
    expect(idiomNounAnswer("What has the league taken in promoting peace?", "an active role")).toBe(true);
    expect(idiomNounAnswer("What did the painter take in all?", "a keen interest")).toBe(true);
  });

  it("keeps the same nouns where no idiom holds them", () => {
    expect(idiomNounAnswer("What did the rebels use against the fort?", "force")).toBe(false);
    expect(idiomNounAnswer("Which place did the council choose?", "the market square")).toBe(false);
    expect(idiomNounAnswer("What did the society publish?", "a study of land control")).toBe(false);
  });
});

describe("whoWithoutPerson", () => {
  it("drops a Who or Whom answered by a thing", () => {
    expect(whoWithoutPerson("Whom did the rules require?", "a two-thirds majority of its seats")).toBe(true);
    expect(whoWithoutPerson("Who shall meet twice a year?", "the commission")).toBe(false);
    expect(whoWithoutPerson("Who led the survey?", "a young geologist")).toBe(false);
    expect(whoWithoutPerson("Who reached 78 percent?", "the uptake among pensioners")).toBe(true);
    expect(whoWithoutPerson("Who reached 78 percent?", "Uptake among pensioners")).toBe(true);
    expect(whoWithoutPerson("Who saw the plan as reckless?", "Opponents")).toBe(false);
    expect(whoWithoutPerson("Who saw the plan as reckless?", "Farmers in the valley")).toBe(false);
    expect(whoWithoutPerson("Who drafted the plan?", "Ilse Varga")).toBe(false);
    expect(whoWithoutPerson("Who led the survey?", "a team of geologists")).toBe(false);
    expect(whoWithoutPerson("Who founded the press?", "the Varga brothers")).toBe(false);
  });
});

describe("the person 'be' names", () => {
  it("is asked with Who, never Whom", () => {
    const cards = generateCandidates({
      sourceKey: "society",
      text:
        "The Royal Orvik Weaving Society was founded in 1824 by a group of dyers who met in a coffee house near the old market. " +
        "Its first president was Thomas Avery Hale, a wool merchant who had travelled widely in South America.",
      title: "A history of the Royal Orvik Weaving Society",
    });
    const president = cards.find((c) => c.answer === "Thomas Avery Hale" && !c.prompt.includes("____"));
    expect(president?.prompt).toMatch(/^Who was .*first president\?$/);
    for (const c of cards) expect(c.prompt).not.toMatch(/^Whom (?:is|was|are|were)\b/);
  });
});

describe("fragmentBlankWithPronoun", () => {
  const sentence = "The mill closed in 1931 because the river had silted up around it by 1929.";
  it("drops a blank cut from the middle of its sentence when a pronoun needs the cut-off start", () => {
    expect(fragmentBlankWithPronoun("The river had silted up around it by ____.", "1929", sentence)).toBe(true);
  });

  it("keeps the whole sentence, a piece that starts where the sentence starts, and pieces with no pronoun", () => {
    expect(
      fragmentBlankWithPronoun(
        "The mill closed in ____ because the river had silted up around it by 1929.",
        "1931",
        sentence,
      ),
    ).toBe(false);
    expect(fragmentBlankWithPronoun("The mill closed in ____.", "1931", sentence)).toBe(false);
    expect(
      fragmentBlankWithPronoun(
        "The river had silted up by ____.",
        "1929",
        "Trade fell because the river had silted up by 1929.",
      ),
    ).toBe(false);
    // A bracketed aside left out of the blank card is still the whole sentence.
    expect(
      fragmentBlankWithPronoun(
        "____, as the harbour was called, served their fleet.",
        "Skelvik",
        "Skelvik (map 3), as the harbour was called, served their fleet.",
      ),
    ).toBe(false);
  });
});

describe("blank cards on the review screen", () => {
  it("are not flagged as templates about the document: their own reason explains them", () => {
    const text =
      "The old ferry was 40 feet long and 12 feet wide, and it needed 6 oarsmen to cross the river from Halsey to Brunn.";
    const cards = generateCandidates({ sourceKey: "ferry", text, title: "Ferries" });
    const blanks = cards.filter((c) => c.prompt.includes("____"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const c of blanks) expect(c.generic).toBe(false);
  });
});

describe("blankLeansOnPronoun", () => {
  it("drops a blank card whose sentence opens on a pronoun explained before it", () => {
    expect(blankLeansOnPronoun("In ____ she moved to Lisbon to study law.")).toBe(true);
    expect(blankLeansOnPronoun("Along its lower course it feeds the ____ marshes.")).toBe(true);
    expect(blankLeansOnPronoun("Its first master was ____, a dyer from Ghent.")).toBe(true);
  });

  it("keeps a pronoun whose name or subject comes first, the empty 'it', and pronoun-free blanks", () => {
    expect(blankLeansOnPronoun("The guild received its charter in ____.")).toBe(false);
    expect(blankLeansOnPronoun("Varga noted that ____ of their income came from tolls.")).toBe(false);
    expect(blankLeansOnPronoun("It is likely that ____ ships were lost in the storm.")).toBe(false);
    expect(blankLeansOnPronoun("In ____ the guild moved to Lisbon.")).toBe(false);
  });
});

describe("the agent of a passive, with the side it acted for", () => {
  it("keeps 'for X' in the question, and asks nothing of two agents it cannot tell apart", () => {
    const led = generateCandidates({
      sourceKey: "talks",
      text: "The talks were led by Mayor Ilse Varga for Halsey and by Judge Oskar Brenn for Brunn.",
      title: "Talks",
    });
    const agents = led.filter((c) => /^Who led the talks/.test(c.prompt));
    expect(agents.length).toBeGreaterThan(0);
    for (const c of agents) expect(c.prompt).toMatch(/ for (?:Halsey|Brunn)\?$/);
  });
});

describe("a name no lexicon knows, as the agent of a verb people do", () => {
  it("is asked with Who", () => {
    const cards = generateCandidates({
      sourceKey: "bridge",
      text: "The footbridge at Halsey was designed by Tova Lindqvar in the winter of 1931.",
      title: "Bridges",
    });
    const agent = cards.find((c) => c.answer === "Tova Lindqvar" && !c.prompt.includes("____"));
    expect(agent?.prompt).toMatch(/^Who designed the footbridge/);
  });
});

describe("what a thing is named", () => {
  it("is asked with What, though the name is also a city's", () => {
    const cards = generateCandidates({
      sourceKey: "ferry",
      text: "The Halsey ferry was originally named Lisbon but the name was changed in 1904 to avoid confusion.",
      title: "Ferries",
    });
    const named = cards.find((c) => c.answer === "Lisbon" && !c.prompt.includes("____"));
    expect(named?.prompt).toBe("What was the Halsey ferry originally named?");
  });
});

describe("vagueSubjectQuestion", () => {
  it("finds a subject question whose few words name nothing", () => {
    expect(vagueSubjectQuestion("What saw a steep fall?")).toBe(true);
    expect(vagueSubjectQuestion("What drove rapid growth?")).toBe(true);
  });

  it("keeps questions that name something, ask more, or do not ask for the subject", () => {
    expect(vagueSubjectQuestion("What converts Pascal programs into bytecode?")).toBe(false);
    expect(vagueSubjectQuestion("What drove growth in the 1990s?")).toBe(false);
    expect(vagueSubjectQuestion("What works in both batch and interactive mode?")).toBe(false);
    expect(vagueSubjectQuestion("What was the mill called?")).toBe(false);
  });
});
