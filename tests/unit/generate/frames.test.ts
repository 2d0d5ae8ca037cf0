// Fixed constructions whose answer role the construction gives (lib/generate/frames.ts), on
// sentences written here: each asks the question the construction implies, the answer is exact
// text of the sentence, never inside its question, and an incomplete construction makes nothing.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
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

describe("an event noun with its date", () => {
  it("turns 'X's return to Y, in July, 1512' into a When question on the verb", () => {
    const c = asked(
      "The sailors praised Captain Rowe's return to Lisbon, in July, 1512, with a feast.",
      "When did Captain Rowe return to Lisbon?",
    );
    expect(c?.answer).toBe("July, 1512");
    expect(c?.kind).toBe("date");
    expect(c?.variants).toContain("July 1512");
  });

  it("reads 'the death of X in 1644' as 'When did X die?'", () => {
    const c = asked("The mill was sold soon after the death of Walter Grey in 1644.", "When did Walter Grey die?");
    expect(c?.answer).toBe("1644");
  });
});

describe("after the death of a person", () => {
  it("asks after whose death the main clause happened, past the apposition", () => {
    const c = asked(
      "After the death of Henry Marsh, the last abbot of the valley, the guild declined rapidly.",
      "After whose death did the guild decline rapidly?",
    );
    expect(c?.answer).toBe("Henry Marsh");
    expect(c?.kind).toBe("person");
  });

  it("offers no bare regnal number as another way to write the name", () => {
    const c = asked("After the death of Otto III, the duchy declined.", "After whose death did the duchy decline?");
    expect(c?.variants ?? []).not.toContain("III");
  });
});

describe("the leader of a group", () => {
  it("asks whose team did what, where 'led by X' names the leader", () => {
    const text = "A team led by Maria Lopez at Leeds identified the enzyme.";
    expect(asked(text, "Whose team at Leeds identified the enzyme?")?.answer).toBe("Maria Lopez");
    // The participle is no verb of the clause: no "Whom did a team lead by …?".
    expect(run(text).some((c) => /\blead by\b/.test(c.prompt))).toBe(false);
  });

  it("reads 'X and co-workers' as X's group, with the verb made singular", () => {
    const c = asked(
      "Jonas Berg and co-workers describe a new kind of pump.",
      "Whose group describes a new kind of pump?",
    );
    expect(c?.answer).toBe("Jonas Berg");
  });
});

describe("measures", () => {
  it("asks How wide / How high where a measure has its dimension after it", () => {
    expect(asked("The canal is roughly forty feet wide.", "How wide is the canal?")?.answer).toBe("roughly forty feet");
    expect(asked("The old keep was sixty feet high.", "How high was the old keep?")?.answer).toBe("sixty feet");
    // Not "How much is the canal?".
    expect(run("The canal is roughly forty feet wide.").some((c) => c.prompt.startsWith("How much"))).toBe(false);
  });

  it("asks To what depth for 'dug to depths varying from … to …'", () => {
    const c = asked("The wells were dug to depths varying from 20 to 80 feet.", "To what depth were the wells dug?");
    expect(c?.answer).toBe("20 to 80 feet");
  });

  it("asks How much … weigh with the 'or more' kept in the answer", () => {
    const c = asked(
      "Some of the boulders are very heavy, weighing 200 pounds or more.",
      "How much do some of the boulders weigh?",
    );
    expect(c?.answer).toBe("200 pounds or more");
    expect(c?.variants).toContain("200 pounds");
  });

  it("makes nothing when the measure has no dimension or clause to ask on", () => {
    expect(run("Forty feet wide.").some((c) => c.prompt.startsWith("How wide"))).toBe(false);
  });
});

describe("a share of a group", () => {
  it("asks What share of the group did what, the fraction words accepted", () => {
    const c = asked(
      "Nearly a third (31%) of teachers reported using the new books every week.",
      "What share of teachers reported using the new books every week?",
    );
    expect(c?.answer).toBe("31%");
    expect(c?.variants).toContain("Nearly a third");
  });
});

describe("an agent that forced an action", () => {
  it("asks what forced the subject, whether the agent comes before or after", () => {
    expect(
      asked(
        "The two villages were compelled to merge by a shortage of water.",
        "What compelled the two villages to merge?",
      )?.answer,
    ).toBe("a shortage of water");
    expect(
      asked(
        "We hear of a young harpist, Odo, who, by the envy of rivals, was forced to quit the court.",
        "What forced Odo to quit the court?",
      )?.answer,
    ).toBe("the envy of rivals");
  });
});

describe("predicates that name a role", () => {
  it("asks how X differed from Y when 'in that' gives the difference", () => {
    const c = asked(
      "The potters differed from the weavers in that they sold their own wares at the market.",
      "How did the potters differ from the weavers?",
    );
    expect(c?.answer).toBe("they sold their own wares at the market");
  });

  it("asks what X is known or valuable for, keeping the adverb", () => {
    expect(asked("The town is best known for its painted pottery.", "What is the town best known for?")?.answer).toBe(
      "its painted pottery",
    );
    expect(
      asked(
        "The guild is mainly valuable for having kept the old tunes alive.",
        "What is the guild mainly valuable for?",
      )?.answer,
    ).toBe("having kept the old tunes alive");
  });

  it("asks what X is named after", () => {
    const c = asked(
      "The glass beads are named after the Venetian island of Murano.",
      "What are the glass beads named after?",
    );
    expect(c?.answer).toBe("the Venetian island of Murano");
  });
});

describe("a purpose put first", () => {
  it("asks why the main clause happened when a 'To …,' phrase opens the sentence", () => {
    const c = asked(
      "To protect the harvest from floods, the villagers built a long dyke.",
      "Why did the villagers build a long dyke?",
    );
    expect(c?.answer).toBe("To protect the harvest from floods");
    expect(c?.variants).toContain("protect the harvest from floods");
  });

  it("makes nothing of 'To date,' or a pronoun subject", () => {
    expect(run("To date, the survey has found nothing.").some((c) => c.prompt.startsWith("Why"))).toBe(false);
    expect(run("To save money, they closed the mill.").some((c) => c.prompt.startsWith("Why"))).toBe(false);
  });
});

describe("a counted noun with its list", () => {
  it("asks which two things, with a fronted place at the end of the question", () => {
    const c = asked(
      "In the cellar the masons found two kinds of vault, the barrel and the groin.",
      "Which two kinds of vault did the masons find in the cellar?",
    );
    expect(c?.answer).toBe("the barrel and the groin");
  });

  it("makes nothing when the list does not have as many items as the count", () => {
    expect(run("The judges named two winners, Ann, Bea and Cal.").some((c) => c.prompt.startsWith("Which two"))).toBe(
      false,
    );
  });
});

describe("frames stay out of near misses", () => {
  it("starts the subject at a name that follows a fronted place", () => {
    const c = asked(
      "In the old quarry Mr. Hale found two kinds of flint, the grey and the black.",
      "Which two kinds of flint did Mr. Hale find in the old quarry?",
    );
    expect(c?.answer).toBe("the grey and the black");
  });

  it("asks nothing when the fronted place runs into the subject", () => {
    for (const text of [
      "In the Tor valley Mr. Hale found two kinds of flint, the grey and the black.",
      "In the quarry at Tor Mr. Hale found two kinds of flint, the grey and the black.",
    ]) {
      const prompts = run(text).map((c) => c.prompt);
      expect(
        prompts.filter((p) => p.startsWith("Which two kinds")),
        text,
      ).toEqual([]);
    }
  });

  it("asks nothing of one name in a list of leaders, or of a reported clause", () => {
    const cards = run("Lund, Moss and co-workers showed that the seeds survive frost.");
    expect(cards.some((c) => c.prompt.startsWith("Whose group"))).toBe(false);
  });

  it("keeps the verb of 'rose by 5%' a verb", () => {
    const cards = run("Exports of timber increased by 12% in 2019.");
    expect(cards.some((c) => c.prompt === "In what year did exports of timber increase by 12%?")).toBe(true);
  });
});

describe("where a name comes from", () => {
  it("asks where the name comes from and what the source word means", () => {
    const text = "The street dancers of the old town were so called from saltare, meaning to leap.";
    expect(asked(text, "Where does the name of the street dancers of the old town come from?")?.answer).toBe("saltare");
    expect(asked(text, 'What does the word "saltare" mean?')?.answer).toBe("to leap");
  });

  it("keeps the possessive the sentence gives in 'take its name from'", () => {
    const c = asked(
      "The river takes its name from Lugus, a Celtic god of light.",
      "What does the river take its name from?",
    );
    expect(c?.answer).toBe("Lugus");
  });
});

describe("a reflexive after the subject", () => {
  it("leaves 'themselves' out of the question on a name's source", () => {
    const text = "The smiths of the northern guild themselves were named from faber, meaning a worker in metal.";
    expect(asked(text, "Where does the name of the smiths of the northern guild come from?")?.answer).toBe("faber");
  });
});

describe("visits and withdrawals", () => {
  it("asks When did X visit Y, without the preposition that opens the sentence", () => {
    const c = asked(
      "Before President Anna Kova's visit to Oslo on January 17, 2025 the press had written little.",
      "When did President Anna Kova visit Oslo?",
    );
    expect(c?.answer).toBe("January 17, 2025");
  });

  it("leaves the date of a fronted event phrase to the main clause it dates", () => {
    const text =
      "During President Anna Kova's visit to Oslo on January 17, 2025, Norway and Latvia signed a long treaty.";
    expect(asked(text, "When did Norway and Latvia sign a long treaty?")?.answer).toBe("January 17, 2025");
  });

  it("asks When did X withdraw from Y", () => {
    const c = asked(
      "The council was critical of Mayor Dunn's withdrawal from the harbour treaty in 2016, and said so often.",
      "When did Mayor Dunn withdraw from the harbour treaty?",
    );
    expect(c?.answer).toBe("2016");
  });
});

describe("the first to do something", () => {
  it("asks who was the first to do it, also through ', who was also the first'", () => {
    const c = asked(
      "The museum bought a sketch from Paul Weiss, who was also the first to map the caves of the valley.",
      "Who was the first to map the caves of the valley?",
    );
    expect(c?.answer).toBe("Paul Weiss");
  });

  it("makes nothing where the question would copy the sentence at length", () => {
    const cards = run("Ada Brandt was the first woman to cross the northern pass on foot.");
    expect(cards.some((c) => c.prompt.startsWith("Who was the first woman to"))).toBe(false);
  });
});
