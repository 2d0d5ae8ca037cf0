// Precision rules: what a teacher would delete from a finished card (sentences written here).
import { describe, expect, it } from "vitest";
import {
  brokenDoSupport,
  authorVoice,
  blankOnComparisonBase,
  directionWithoutFrame,
  documentPlace,
  judgeCard,
  judgementAsDefinition,
  missingComplement,
  ownerless,
  pointsOutside,
  resolveItAsPlace,
  resolvePlace,
  resolveTitle,
  statementDate,
  unresolvedPronoun,
} from "@/lib/generate/precision";
import { askedBothWays, collapseAndRank } from "@/lib/generate/rank";
import type { Candidate } from "@/lib/generate/types";

describe("pointsOutside: words that lean on the page", () => {
  it("flags demonstratives, pointing adjectives, a contrasting 'other' and a comparative without 'than'", () => {
    expect(pointsOutside("What did this custom of dancing turn into?")?.rule).toBe("demonstrative");
    expect(pointsOutside("How much silver was taken from these mines?")?.rule).toBe("demonstrative");
    expect(pointsOutside("What did the potters do for that reason?")?.rule).toBe("demonstrative");
    expect(pointsOutside("What was paved with river pebbles?")).toBeUndefined();
    expect(pointsOutside("What covered the smaller chamber?")?.rule).toBe("pointing-adjective");
    expect(
      judgeCard({
        prompt: "The current name, ____, was adopted in 1990.",
        answer: "Vesta",
        sentence: "",
        mention: "name",
      }).drop,
    ).toBe(true);
    expect(
      judgeCard({
        prompt: "The current name, Vesta, was adopted in ____.",
        answer: "1990",
        sentence: "",
        mention: "date",
      }).drop,
    ).toBe(false);
    expect(pointsOutside("Which village had been the first?")?.rule).toBe("bare-ordinal");
    expect(pointsOutside("Who founded the latter?")?.rule).toBe("bare-ordinal");
    expect(pointsOutside("Who wrote about other painted bowls?")?.rule).toBe("other");
    expect(pointsOutside("What gained more from the reform?")?.rule).toBe("comparative");
  });

  it("keeps phrases that carry their own frame", () => {
    expect(pointsOutside("What is the largest lake in Finland?")).toBeUndefined();
    expect(pointsOutside("Who was the first woman to climb the peak?")).toBeUndefined();
    expect(pointsOutside("When did the second half of the festival begin?")).toBeUndefined();
    expect(pointsOutside("How many firms expect to hire within the next five years?")).toBeUndefined();
    expect(pointsOutside("What do tin and other soft metals share?")).toBeUndefined();
    expect(pointsOutside("Which city has more bridges than Venice?")).toBeUndefined();
    expect(pointsOutside("What share of those who rent want to buy?")).toBeUndefined();
    expect(pointsOutside("What did the mayor say about “this bridge”?")).toBeUndefined();
  });
});

describe("unresolvedPronoun and authorVoice on blank cards", () => {
  it("flags a pronoun with nothing before it to stand for", () => {
    expect(unresolvedPronoun("The walls enclosing it from ____ on the north are of granite.")).toBe("it");
    expect(unresolvedPronoun("They later moved the market to ____.")).toBe("They");
  });

  it("keeps a pronoun whose antecedent is in the sentence, and the empty 'it'", () => {
    expect(unresolvedPronoun("The old mill was rebuilt after it burned down in ____.")).toBeUndefined();
    expect(unresolvedPronoun("Ravel wrote the piece after he visited ____.")).toBeUndefined();
    expect(unresolvedPronoun("It takes ____ to cross the bay by ferry.")).toBeUndefined();
  });

  it("recognises the writer's own voice", () => {
    expect(authorVoice("In 2023, ____ of the nurses told us that shifts were too long.")).toBe(true);
    expect(authorVoice("In 2023, ____ of the nurses said that shifts were too long.")).toBe(false);
  });
});

describe("resolving what a question points at", () => {
  it("names the document's place for 'this region' and 'this country'", () => {
    expect(resolvePlace("Why were few roads built in this region?", "Lapland")).toBe(
      "Why were few roads built in the Lapland region?",
    );
    expect(resolvePlace("When did this country adopt the euro?", "Latvia")).toBe("When did Latvia adopt the euro?");
    expect(resolvePlace("Which river crosses the valley?", "Latvia")).toBe("Which river crosses the valley?");
  });

  it("reads a blank card's bare 'it' as the place named just before, and lowers the guess", () => {
    const cloze = "The roads linking it with ____ were finished late.";
    expect(resolveItAsPlace(cloze, "it", "Lapland", "Lapland is the far north. Winters are long.")).toBe(
      "The roads linking Lapland with ____ were finished late.",
    );
    expect(resolveItAsPlace(cloze, "it", "Lapland", "Winters are long.")).toBeUndefined();
    expect(resolveItAsPlace(cloze, "they", "Lapland", "Lapland is the far north.")).toBeUndefined();
    const v = judgeCard({
      prompt: cloze,
      answer: "Oulu",
      sentence: "",
      mention: "place",
      place: "Lapland",
      preceding: "Lapland is the far north.",
    });
    expect(v).toMatchObject({
      drop: false,
      penalty: 0.15,
      prompt: "The roads linking Lapland with ____ were finished late.",
    });
    expect(judgeCard({ prompt: cloze, answer: "Oulu", sentence: "", mention: "place" }).drop).toBe(true);
  });

  it("takes the document's place only where its title names it", () => {
    const perSentence = [
      [{ kind: "place", text: "Lapland" }],
      [
        { kind: "place", text: "Lapland" },
        { kind: "place", text: "Norway" },
      ],
      [{ kind: "place", text: "Lapland" }],
      [{ kind: "place", text: "Norway" }],
    ];
    expect(documentPlace(perSentence, "The reindeer herders of Lapland")).toBe("Lapland");
    expect(documentPlace(perSentence, "Reindeer herding")).toBeUndefined();
    expect(documentPlace(perSentence, undefined)).toBeUndefined();
  });

  it("writes out a bare title the document names once, and gives up on one it never names", () => {
    const doc = "The Emperor Lothar came to the city in 840. The Emperor forbade the fair.";
    expect(resolveTitle("What did the Emperor forbid?", doc)).toEqual({
      title: "Emperor",
      resolved: "What did the Emperor Lothar forbid?",
    });
    expect(resolveTitle("What did the Emperor forbid?", "The Emperor forbade the fair.")?.resolved).toBeNull();
    expect(resolveTitle("What did the Emperor Lothar forbid?", doc)).toBeUndefined();
    expect(
      judgeCard({
        prompt: "What did the Emperor forbid?",
        answer: "the fair",
        sentence: "",
        mention: "phrase",
        document: "The Emperor forbade the fair.",
      }).drop,
    ).toBe(true);
  });
});

describe("a verb without its complement", () => {
  const sentence = "Goya regarded Velázquez as his true master.";
  const at = { start: sentence.indexOf("Velázquez"), end: sentence.indexOf("Velázquez") + "Velázquez".length };

  it("flags an object asked without its 'as …'", () => {
    expect(
      missingComplement({
        prompt: "Whom did Goya regard?",
        answer: "Velázquez",
        sentence,
        answerAt: at,
        mention: "person",
      }),
    ).toBe("as-complement");
    expect(
      missingComplement({
        prompt: "Whom did Goya regard as his true master?",
        answer: "Velázquez",
        sentence,
        answerAt: at,
        mention: "person",
      }),
    ).toBeUndefined();
  });

  it("flags a verb cut before its preposition and a rank without what it ranks in", () => {
    expect(
      missingComplement({
        prompt: "What does the northern dialect differ?",
        answer: "x",
        sentence: "",
        mention: "phrase",
      }),
    ).toBe("preposition");
    expect(
      missingComplement({ prompt: "What did tourism rank?", answer: "number three", sentence: "", mention: "phrase" }),
    ).toBe("rank");
    expect(
      missingComplement({
        prompt: "Where did tourism rank among export earners in 2019?",
        answer: "number three",
        sentence: "",
        mention: "phrase",
      }),
    ).toBeUndefined();
  });

  it("asks a broken question as a blank in its sentence instead", () => {
    const v = judgeCard({
      prompt: "Whom did Goya regard?",
      answer: "Velázquez",
      sentence,
      answerAt: at,
      mention: "person",
    });
    expect(v).toMatchObject({ drop: true, toCloze: true });
  });
});

describe("judgements, comparison bases and statement dates", () => {
  it("does not take a judgement for a definition", () => {
    expect(judgementAsDefinition("What was the return of spring?", "a favourite subject")).toBe(true);
    expect(judgementAsDefinition("What was the return of spring?", "a festival held in April")).toBe(false);
    expect(judgementAsDefinition("What were Ortiz and Vela?", "both renowned luthiers")).toBe(true);
    expect(judgementAsDefinition("Who wrote the ballad?", "a popular singer")).toBe(false);
  });

  it("lowers a blank on the figure a comparison starts from", () => {
    expect(blankOnComparisonBase("Sales reached 40% in 2021, up from ____ in 2020.")).toBe(true);
    expect(blankOnComparisonBase("Of those with a garden, 60% grew herbs, compared to ____ of those without.")).toBe(
      true,
    );
    expect(blankOnComparisonBase("The dialect developed from ____ in the ninth century.")).toBe(false);
    expect(blankOnComparisonBase("The mayor stepped down on ____ after the vote.")).toBe(false);
  });

  it("lowers the date of a statement, not of an event", () => {
    expect(
      statementDate({
        prompt: "When did the mayor announce the new budget?",
        answer: "May 2019",
        sentence: "",
        mention: "date",
      }),
    ).toBe(true);
    expect(
      statementDate({ prompt: "When did the bridge open?", answer: "May 2019", sentence: "", mention: "date" }),
    ).toBe(false);
    expect(
      statementDate({
        prompt: "In ____ the council stated that the fees would rise.",
        answer: "2019",
        sentence: "",
        mention: "date",
      }),
    ).toBe(true);
    expect(
      statementDate({
        prompt: "The plant has been run by the city since ____, replacing the old works.",
        answer: "2012",
        sentence: "",
        mention: "date",
      }),
    ).toBe(false);
    const v = judgeCard({
      prompt: "When did the mayor announce the new budget?",
      answer: "May 2019",
      sentence: "",
      mention: "date",
    });
    expect(v).toMatchObject({ drop: false, penalty: 0.2 });
  });
});

describe("a side without what it is the side of", () => {
  it("flags 'on the south' with no 'of' unless the question names the document's place", () => {
    expect(directionWithoutFrame("Which bay cuts into the land on the south?")).toBe(true);
    expect(directionWithoutFrame("Which bay cuts into the land on the south?", "Lapland")).toBe(true);
    expect(directionWithoutFrame("Which river borders Lapland on the west?", "Lapland")).toBe(false);
    expect(directionWithoutFrame("Which town lies to the south of the lake?")).toBe(false);
  });
});

describe("askedBothWays: one fact asked from both ends of a sentence", () => {
  const card = (prompt: string, answer: string, method: Candidate["method"] = "clause"): Candidate => ({
    id: prompt,
    kind: "concept",
    prompt,
    generic: false,
    answer,
    variants: [],
    evidence: [{ sourceKey: "s", start: 0, end: 60, text: "" }],
    answerSpan: { start: 0, end: 1 },
    cloze: "",
    answerKey: answer.toLowerCase(),
    subject: [],
    score: 0.8,
    method,
  });

  it("recognises the reversed pair, not two questions on different facts", () => {
    const kept = [card("What holds about 12% of the tea market?", "Ceylon")];
    expect(askedBothWays(card("What share of the tea market does Ceylon hold?", "about 12%"), kept)).toBe(true);
    expect(askedBothWays(card("When did Ceylon join the tea board?", "1931"), kept)).toBe(false);
    expect(askedBothWays(card("In ____, Ceylon joined the board.", "1931", "cloze"), kept)).toBe(false);
  });

  it("ranks the reversed card under the better one and keeps both", () => {
    const a = card("What holds about 12% of the tea market?", "Ceylon");
    // The two answers stand apart in the sentence.
    const b = {
      ...card("What share of the tea market does Ceylon hold?", "about 12%"),
      score: 0.75,
      answerSpan: { start: 20, end: 29 },
    };
    const out = collapseAndRank([a, b]);
    expect(out.map((c) => c.prompt)).toEqual([a.prompt, b.prompt]);
    expect(out[1]?.score).toBeCloseTo(0.6);
  });
});

describe("ownerless possessives and 'such'", () => {
  it("flags a possessive whose owner the text never names, and 'such' without its 'as'", () => {
    expect(ownerless("What is its harbour used for?")).toBe("its");
    expect(ownerless("Its harbour is used for ____.")).toBe("Its");
    expect(ownerless("What did Verdi base his last opera on?")).toBeUndefined();
    expect(ownerless("The guild noted that ____ of their members were women.")).toBeUndefined();
    expect(ownerless("Which towns lost their charters?")).toBeUndefined();
    expect(pointsOutside("What do such engines burn?")?.rule).toBe("demonstrative");
    expect(pointsOutside("Which firms make engines such as the V8?")).toBeUndefined();
  });
});

describe("statementDate on saying named as a noun", () => {
  it("lowers the date of announcements made, not of what was announced", () => {
    expect(
      statementDate({
        prompt: "When did the guild make two announcements?",
        answer: "May 2019",
        sentence: "",
        mention: "date",
      }),
    ).toBe(true);
    expect(
      statementDate({
        prompt: "When did the guild make its first sale?",
        answer: "May 2019",
        sentence: "",
        mention: "date",
      }),
    ).toBe(false);
  });
});

describe("brokenDoSupport: a past form where the bare verb belongs", () => {
  it("finds a past verb kept after did", () => {
    expect(brokenDoSupport("What did the harbour town prospered after?")).toBe(true);
    expect(brokenDoSupport("Where did the council not object but repeated?")).toBe(true);
    expect(brokenDoSupport("What did grain sales between May and June reach for the farms listed?")).toBe(true);
  });

  it("leaves well-formed questions alone", () => {
    expect(brokenDoSupport("When did Mr. Orme return to the United States?")).toBe(false);
    expect(brokenDoSupport("What did the harbour town prosper after?")).toBe(false);
    expect(brokenDoSupport("Which treaty was signed in 1921?")).toBe(false);
    expect(brokenDoSupport("What did the council object to and what did it ask for?")).toBe(false);
    expect(brokenDoSupport("What did the traders give for the goods they wanted?")).toBe(false);
    expect(brokenDoSupport("What did the new guild succeed in?")).toBe(false);
  });

  it("drops the card through judgeCard", () => {
    const v = judgeCard({
      prompt: "What did the harbour town prospered after?",
      answer: "the railway came",
      sentence: "The harbour town prospered after the railway came.",
      mention: "concept",
    });
    expect(v.drop).toBe(true);
    expect(v.rule).toBe("do-support");
  });
});

describe("a verb and a bare role", () => {
  it("drops 'Who elected president?' and keeps a named object", () => {
    const card = (prompt: string, answer: string) =>
      judgeCard({ prompt, answer, sentence: `${answer} x ${prompt}`, mention: "person" });
    expect(card("Who elected president?", "Ana Lind").drop).toBe(true);
    expect(card("Who reelected president?", "Ana Lind").drop).toBe(true);
    expect(card("Who founded Norvale?", "Ana Lind").drop).toBe(false);
    expect(card("Who discovered penicillin?", "Ana Lind").drop).toBe(false);
  });
});

describe("a possessive as the whole answer", () => {
  it("drops it, on questions and blanks alike", () => {
    const sentence = "Norvale's embrace of free trade shaped the port.";
    expect(judgeCard({ prompt: "What shaped the port?", answer: "Norvale's", sentence, mention: "place" }).drop).toBe(
      true,
    );
    expect(
      judgeCard({
        prompt: "____ embrace of free trade shaped the port.",
        answer: "Norvale’s",
        sentence,
        mention: "place",
      }).drop,
    ).toBe(true);
    expect(
      judgeCard({
        prompt: "What shaped the port?",
        answer: "Norvale's embrace of free trade",
        sentence,
        mention: "concept",
      }).drop,
    ).toBe(false);
  });
});
