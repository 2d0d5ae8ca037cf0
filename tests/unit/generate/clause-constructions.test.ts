// Clause answers from constructions a document states without a "why" of its own: a purpose put
// before the main clause, an event after "when", a cause whose answer only points back, and the
// why-question whose verb and object say what it is about. Sentences written here.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { tokenize } from "@/lib/generate/clause";
import { tagSentence } from "@/lib/generate/pos";
import { clauseQuestionSaysEnough } from "@/lib/generate/reason-parts";
import { type ClauseCard, clauseCards } from "@/lib/generate/reasons";

function cards(sentence: string): ClauseCard[] {
  return clauseCards(sentence, tokenize(sentence, 0, [], tagSentence(sentence)));
}

function exact(sentence: string, prompt: string): ClauseCard {
  const c = cards(sentence).find((x) => x.prompt === prompt);
  expect(
    c,
    `${prompt} among ${cards(sentence)
      .map((x) => x.prompt)
      .join(" | ")}`,
  ).toBeDefined();
  if (!c) throw new Error("no card");
  expect(sentence.slice(c.start, c.end)).toBe(c.answer);
  expect(c.prompt.toLowerCase()).not.toContain(c.answer.toLowerCase());
  return c;
}

describe("a purpose before the main clause", () => {
  it("asks why of the main clause; the 'to' phrase up to the comma is the answer", () => {
    const s = "To save the harvest, the villagers dug a channel from the lake.";
    const c = exact(s, "Why did the villagers dig a channel from the lake?");
    expect(c.answer).toBe("To save the harvest");
    expect(c.variants).toContain("to save the harvest");
    expect(c.variants).toContain("save the harvest");
  });

  it("makes no purpose of a direction or of a phrase that points back", () => {
    expect(cards("To the east, the plain rises towards the hills.").some((c) => c.prompt.startsWith("Why"))).toBe(
      false,
    );
    expect(cards("To fix this fault, the engineers replaced the pump.").some((c) => c.prompt.startsWith("Why"))).toBe(
      false,
    );
  });
});

describe("an event after a fronted 'when' or 'after' clause", () => {
  it("asks what happened; the main clause is the answer", () => {
    const s = "When the old mill burned down in 1911, the town council bought the land for a park.";
    const c = exact(s, "What happened when the old mill burned down in 1911?");
    expect(c.answer).toBe("the town council bought the land for a park");
  });

  it("leaves out an aside in brackets and an opening adverb", () => {
    const s = "Later, after Orla (the founder's niece) took over the firm, the shop opened a second branch.";
    exact(s, "What happened after Orla took over the firm?");
  });

  it("offers the first of two verb phrases as an answer too", () => {
    const s = "When the ice melted in April, the river rose sharply and flooded the lower fields.";
    const c = exact(s, "What happened when the ice melted in April?");
    expect(c.variants).toContain("the river rose sharply");
  });

  it("asks nothing when either clause has a pronoun subject or 'after' has no clause", () => {
    const none = (s: string) => expect(cards(s).some((c) => c.prompt.startsWith("What happen"))).toBe(false);
    none("When she returned in 1930, the studio was closed.");
    none("When the rains came, they moved the herd to the hills.");
    none("After the long war, the kingdom rebuilt its roads.");
  });

  it("asks in the present for a present main clause", () => {
    const s = "When the soil is dry, the roots of young trees grow deeper.";
    exact(s, "What happens when the soil is dry?");
  });
});

describe("what something kept from happening, a reason cited, and what followed", () => {
  it("asks what the subject kept the object from doing", () => {
    const s = "The sea wall has stopped the winter storms from flooding the harbour.";
    const c = exact(s, "What has the sea wall stopped the winter storms from doing?");
    expect(c.answer).toBe("flooding the harbour");
    expect(c.variants).toContain("from flooding the harbour");
  });

  it("asks why of the clause before ', citing'", () => {
    const s = "The mayor cancelled the parade in June, citing the cost of extra police.";
    const c = exact(s, "Why did the mayor cancel the parade in June?");
    expect(c.answer).toBe("the cost of extra police");
    expect(c.variants).toContain("citing the cost of extra police");
  });

  it("asks what happened after the clause before ', after which'", () => {
    const s =
      "The jury heard the last witness on Friday, after which the judge adjourned the trial until the next morning.";
    const c = exact(s, "What happened after the jury heard the last witness on Friday?");
    expect(c.answer).toBe("the judge adjourned the trial until the next morning");
  });

  it("asks a reported clause of the one who reported it when its pronoun can only be that one", () => {
    const s = "The council said that it would close the library because the roof was unsafe.";
    expect(exact(s, "Why would the council close the library?").answer).toBe("the roof was unsafe");
    // "she" may be someone else than the council: no question on it.
    const other = "The council said that she would close the library because the roof was unsafe.";
    expect(cards(other).some((c) => c.prompt.includes("council close"))).toBe(false);
  });
});

describe("what a cause made someone do, and a cause named by a participle", () => {
  it("asks what the subject made its object do", () => {
    const s = "The long drought forced farmers in the north to sell their herds.";
    const c = exact(s, "What did the long drought force farmers in the north to do?");
    expect(c.answer).toBe("sell their herds");
    expect(c.variants).toContain("to sell their herds");
    expect(cards("The prize allowed her to travel to Rome.").some((x) => x.prompt.includes("to do?"))).toBe(false);
  });

  it("asks why of the clause before ', driven by' or ', fuelled by'", () => {
    const s = "House prices rose sharply in 2021, fuelled by cheap credit and a shortage of new homes.";
    const c = exact(s, "Why did house prices rise sharply in 2021?");
    expect(c.answer).toBe("cheap credit and a shortage of new homes");
    expect(c.variants).toContain("fuelled by cheap credit and a shortage of new homes");
  });
});

describe("'since' and 'as' as reasons", () => {
  it("reads 'since' with a present verb as a reason even after a perfect", () => {
    const s = "The nurses have been taught to listen carefully, since a calm talk with a nurse often eases fear.";
    exact(s, "Why have the nurses been taught to listen carefully?");
    expect(cards("The village has grown quickly since the new road opened.").length).toBe(0);
  });

  it("makes no reason of 'as of' or 'as part of', whose clause has no verb of its own", () => {
    expect(cards("As of early 2020, the museum holds about 4,000 objects.").length).toBe(0);
    expect(cards("As part of the agreement, the city would pay the legal costs.").length).toBe(0);
  });
});

describe("a second clause that says too little alone", () => {
  it("is led by the first clause of its sentence", () => {
    const s = "The ship was first called Aurora, but the name was changed because of a dispute with its builder.";
    const c = exact(s, "The ship was first called Aurora. Why was the name changed?");
    expect(c.answer).toBe("a dispute with its builder");
  });

  it("keeps a question that says enough as it is", () => {
    const s = "The mill closed in 1902, and the workers moved to the coast because the fishing paid better.";
    exact(s, "Why did the workers move to the coast?");
  });
});

describe("', which led to' and ', which meant' after a clause of its own", () => {
  it("sets the clause as the scene and asks its outcome", () => {
    const s = "The mayor closed the old bridge, which led to long queues at the ferry.";
    const c = exact(s, "The mayor closed the old bridge. What was the outcome?");
    expect(c.answer).toBe("long queues at the ferry");
    expect(cards(s).some((x) => x.prompt === "What did the old bridge lead to?")).toBe(false);
  });

  it("keeps asking of a noun that is the sentence's own subject", () => {
    const s = "The long drought led to a poor harvest in the east.";
    exact(s, "What did the long drought lead to?");
  });

  it("asks the consequence a ', which meant that' clause gives, to its clause's end", () => {
    const s = "Rents rose faster than wages, which meant that many families left the city within a decade.";
    const c = exact(s, "Rents rose faster than wages. What was the consequence?");
    expect(c.answer).toBe("many families left the city within a decade");
  });
});

describe("a purpose after ', hoping to', and what happened to a bare plural", () => {
  it("asks why of the clause before ', hoping to'", () => {
    const s = "The rebels attacked the fort at dawn, seeking to seize its guns.";
    const c = exact(s, "Why did the rebels attack the fort at dawn?");
    expect(c.answer).toBe("to seize its guns");
    expect(c.variants).toContain("seeking to seize its guns");
  });

  it("reads no -ing form after 'in response to' as a purpose", () => {
    const s = "The bakery raised its prices in response to rising flour costs.";
    expect(cards(s).map((c) => c.answer)).toEqual(["rising flour costs"]);
  });

  it("asks what happened to a plural noun phrase that opens the sentence", () => {
    const s = "Timber prices fell sharply after the largest mill closed in 2019.";
    const c = exact(s, "What happened to timber prices after the largest mill closed in 2019?");
    expect(c.variants).toContain("they fell sharply");
  });
});

describe("cause answers that point back", () => {
  it("gives no card whose answer is 'these taxes' or 'this decision'", () => {
    expect(cards("As a result of these taxes, the traders left the port.").length).toBe(0);
    expect(cards("The workers went on strike because of this decision.").length).toBe(0);
  });

  it("keeps a cause that says what it is", () => {
    const s = "The workers went on strike because of the cut in their wages.";
    expect(exact(s, "Why did the workers go on strike?").answer).toBe("the cut in their wages");
  });
});

describe("the clause of the question", () => {
  it("keeps 'no longer' in the question", () => {
    const s = "Because the bridge was repaired, lorries no longer crossed the old ford.";
    exact(s, "Why did lorries no longer cross the old ford?");
  });

  it("lower-cases a common word the sentence start capitalised, not a name", () => {
    exact("Exporters have cut prices because demand fell.", "Why have exporters cut prices?");
    exact("Three bridges were closed because the river rose.", "Why were three bridges closed?");
    exact("Jenkins sold the farm because prices were low.", "Why did Jenkins sell the farm?");
  });

  it("reads an -ing word before its noun at the sentence start as part of the subject", () => {
    const s = "Rising rents have resulted in empty shops along the high street.";
    expect(exact(s, "What have rising rents resulted in?").answer).toBe("empty shops along the high street");
  });

  it("reads 'rose' as a past, not a present", () => {
    exact("The shop's sales rose in June because the weather was warm.", "Why did the shop's sales rise in June?");
  });

  it("reads a noun in -ing after 'the' as the subject", () => {
    const s = "The flooding began in March because the snow melted early.";
    exact(s, "Why did the flooding begin in March?");
  });

  it("takes no infinitive that completes an -ing verb for a purpose", () => {
    const s = "The school works by teaching the children to read aloud.";
    expect(cards(s).some((c) => c.prompt.startsWith("Why"))).toBe(false);
  });

  it("tells a question whose verb and object say enough from one that does not", () => {
    expect(clauseQuestionSaysEnough("Why did the researchers use underwater drones?")).toBe(true);
    expect(clauseQuestionSaysEnough("Why was the name changed?")).toBe(false);
    expect(clauseQuestionSaysEnough("What does the drainage comprise?")).toBe(false);
  });
});

describe("in a whole document", () => {
  // Long enough (over 200 words) for the names-nothing test to apply.
  const filler =
    "The valley lies between two ranges of low hills. Its farms grow barley, oats and potatoes. " +
    "Most families keep sheep on the upper slopes. The nearest market town is a day's walk away. ";
  const text =
    `${filler.repeat(6)}The surveyors used small boats so that they could measure the depth of the marshes. ` +
    "When the surveyors finished their maps in 1884, the county began to drain the marshes.";

  it("keeps a why-question on a definite subject as a question, not a blank over a clause", () => {
    const list = generateCandidates({ sourceKey: "valley", text });
    expect(list.map((c) => c.prompt)).toContain("Why did the surveyors use small boats?");
    expect(list.some((c) => c.prompt.includes("so that ____"))).toBe(false);
  });

  it("keeps the event card beside a question on a name inside its answer", () => {
    const list = generateCandidates({ sourceKey: "valley", text });
    const event = list.find((c) => c.prompt === "What happened when the surveyors finished their maps in 1884?");
    expect(event?.answer).toBe("the county began to drain the marshes");
  });
});
