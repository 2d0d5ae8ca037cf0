// Clause answers (causes, purposes, means, outcomes) on sentences written here: the question is
// built on the clause the answer belongs to, the answer is a short phrase cut at a natural break,
// and the accepted variants cover the marker word and a shorter core.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { tokenize } from "@/lib/generate/clause";
import { tagSentence } from "@/lib/generate/pos";
import { type ClauseCard, clauseCards } from "@/lib/generate/reasons";
import { clauseVariants } from "@/lib/generate/reason-parts";

function cards(sentence: string): ClauseCard[] {
  return clauseCards(sentence, tokenize(sentence, 0, [], tagSentence(sentence)));
}

function card(sentence: string, prompt: string): ClauseCard | undefined {
  return cards(sentence).find((c) => c.prompt === prompt);
}

function expectExact(sentence: string, c: ClauseCard | undefined): void {
  expect(c).toBeDefined();
  if (!c) return;
  expect(sentence.slice(c.start, c.end)).toBe(c.answer);
  expect(c.prompt.toLowerCase()).not.toContain(c.answer.toLowerCase());
}

describe("a result joined by 'so'", () => {
  it("asks why the result happened; the clause before 'so' is the answer", () => {
    const s = "The river had flooded the lower road, so the school bus took the hill route.";
    const c = card(s, "Why did the school bus take the hill route?");
    expectExact(s, c);
    expect(c?.answer).toBe("The river had flooded the lower road");
    expect(c?.variants).toContain("because The river had flooded the lower road");
  });

  it("keeps an empty 'it' subject and offers the answer without filler adverbs", () => {
    const s = "Lead pipes can be quite harmful to children so it is wise to test the water every year.";
    const c = card(s, "Why is it wise to test the water every year?");
    expectExact(s, c);
    expect(c?.variants).toContain("Lead pipes can be harmful to children");
  });

  it("reads 'so that' as a purpose and 'so large' as no result", () => {
    expect(cards("The wall was so high that nobody could climb it.").some((c) => c.prompt.startsWith("Why"))).toBe(
      false,
    );
    const s = "The keeper rang the bell early so that the boats could find the harbour.";
    expectExact(s, card(s, "Why did the keeper ring the bell early?"));
  });
});

describe("'as' and 'since' before a clause", () => {
  it("a fronted 'As' clause with a state is a reason", () => {
    const s = "As the harbour was frozen, the ferry stayed in port for a week.";
    const c = card(s, "Why did the ferry stay in port for a week?");
    expectExact(s, c);
    expect(c?.answer).toBe("the harbour was frozen");
    expect(c?.variants).toContain("as the harbour was frozen");
  });

  it("'as' for a role, or later in the sentence, gives no reason", () => {
    expect(cards("As a child, the painter lived in a fishing village.").length).toBe(0);
    expect(
      cards("Prices in the valley rose as the demand for wool grew.").some((c) => c.prompt.startsWith("Why")),
    ).toBe(false);
  });

  it("after 'announced that' the question keeps the reported clause, never a bare verb", () => {
    const s = "The mayor announced that the market would close early, since a storm was approaching the coast.";
    const list = cards(s);
    expect(list.map((c) => c.prompt)).toContain("Why did the mayor announce that the market would close early?");
    expect(list.some((c) => c.prompt === "Why did the mayor announce?")).toBe(false);
  });

  it("offers the answer without 'now' or 'already'", () => {
    expect(clauseVariants("it had now focused on its two browsers", [])).toContain(
      "it had focused on its two browsers",
    );
  });
});

describe("a purpose given by a bare 'to'", () => {
  it("after a complete verb phrase", () => {
    const s = "The villagers built a stone wall to keep the goats out of the orchard.";
    const c = card(s, "Why did the villagers build a stone wall?");
    expectExact(s, c);
    expect(c?.answer).toBe("to keep the goats out of the orchard");
    expect(c?.variants).toContain("keep the goats out of the orchard");
    expect(c?.variants).toContain("in order to keep the goats out of the orchard");
  });

  it("after 'had to' the question keeps the obligation", () => {
    const s = "The bakery had to raise its prices to cover the cost of flour.";
    expectExact(s, card(s, "Why did the bakery have to raise its prices?"));
  });

  it("never for an infinitive a verb or noun asks for", () => {
    for (const s of [
      "The council asked the engineers to inspect the old bridge.",
      "The tenants have the right to appeal the ruling.",
      "The captain was the first sailor to cross the strait.",
      "It became a custom for rich merchants to keep musicians at home.",
      "The new law allows farmers to sell their milk directly.",
    ])
      expect(cards(s).filter((c) => c.prompt.startsWith("Why"))).toEqual([]);
  });

  it("asks on the clause the purpose belongs to", () => {
    const s = "The city signed a contract whereby the firm would install new pumps to drain the marsh.";
    expectExact(s, card(s, "Why would the firm install new pumps?"));
  });
});

describe("means, preferences and causal verbs", () => {
  it("'by' with an -ing form is how something was done", () => {
    const s = "The monks preserved the old manuscripts by copying them onto new vellum.";
    const c = card(s, "How did the monks preserve the old manuscripts?");
    expectExact(s, c);
    expect(c?.answer).toBe("by copying them onto new vellum");
    expect(c?.variants).toContain("copying them onto new vellum");
  });

  it("'in favour of' gives what was preferred, also as 'to' + verb", () => {
    const s = "The school dropped Latin in favour of teaching Mandarin.";
    const c = card(s, "Why did the school drop Latin?");
    expectExact(s, c);
    expect(c?.variants).toContain("to teach Mandarin");
    expect(c?.variants).toContain("in favour of teaching Mandarin");
  });

  it("what a state stems from, with the reported clause as the core", () => {
    const s = "The unrest in the province stems from a belief that the election was rigged.";
    const c = card(s, "What does the unrest in the province stem from?");
    expectExact(s, c);
    expect(c?.variants).toContain("the election was rigged");
  });

  it("what something merged into, after an adverb that opens the sentence", () => {
    const s = "Thus the two dialects merged into a single language.";
    expectExact(s, card(s, "What did the two dialects merge into?"));
  });

  it("what makes something impossible: the subject of a causative", () => {
    const s = "The loss of the parish records makes a precise count impossible.";
    const c = card(s, "What makes a precise count impossible?");
    expectExact(s, c);
    expect(c?.answer).toBe("The loss of the parish records");
  });

  it("the doer of a causal verb in a relative or reduced clause", () => {
    const a = "The farmers found a bronze coin that had been exposed by heavy rain.";
    expectExact(a, card(a, "What exposed the bronze coin?"));
    const b = "The port saw rapid growth driven mainly by the salt trade.";
    const c = card(b, "What drove rapid growth?");
    expectExact(b, c);
    expect(c?.answer).toBe("the salt trade");
    // A passive main clause is the phrase reader's; a non-causal verb makes no card here.
    expect(cards("The bridge was designed by a local engineer.")).toEqual([]);
  });
});

describe("outcomes in participle clauses and relative clauses", () => {
  it("what the subject forced someone to do, or caused", () => {
    const a = "The storm brought down the power lines, forcing the schools to close for a week.";
    const c = card(a, "What did the storm force the schools to do?");
    expectExact(a, c);
    expect(c?.variants).toContain("to close for a week");
    const b = "The eruption filled the sky with ash, causing the closure of several airports.";
    expectExact(b, card(b, "What did the eruption cause?"));
    // A participle chain: "…, sending ash … and disrupting …".
    const d =
      "The glacier volcano erupted in 2010, sending ash into the sky and badly disrupting northern air traffic.";
    expectExact(d, card(d, "What did the glacier volcano disrupt?"));
  });

  it("what happened to a thing after an event", () => {
    const s = "The economy recovered slowly after the harbour reopened in 1951, but the mills never did.";
    const c = card(s, "What happened to the economy after the harbour reopened in 1951?");
    expectExact(s, c);
    expect(c?.variants).toContain("it recovered slowly");
  });

  it("a relative pronoun's noun is the subject of its clause", () => {
    const a = "The long drought, which led to a famine in the north, ended in 1921.";
    expectExact(a, card(a, "What did the long drought lead to?"));
    const b = "The council approved a tax that resulted in higher bread prices.";
    expectExact(b, card(b, "What did the tax result in?"));
    const c = "The minister, who resigned because of the scandal, left the country.";
    expectExact(c, card(c, "Why did the minister resign?"));
  });

  it("an uninflected verb after a singular subject is asked in the past", () => {
    const s = "The flood cut the valley road, so the miners walked to the town.";
    expect(cards(s).map((c) => c.answer)).toContain("The flood cut the valley road");
    const t = "The frost hit the orchards in April, forcing the growers to replant the trees.";
    expectExact(t, card(t, "What did the frost force the growers to do?"));
  });

  it("a singular noun in -is or -us is no plural subject", () => {
    const t = "The crisis cut the fleet in half, forcing the owners to sell their boats.";
    expectExact(t, card(t, "What did the crisis force the owners to do?"));
  });

  it("accepts a long answer without its last 'of' phrase", () => {
    expect(clauseVariants("salt is essential for the health of the herd", [])).toContain(
      "salt is essential for the health",
    );
  });
});

describe("what something is designed or used for", () => {
  it("asks for the purpose after 'designed for', keeping a whole list", () => {
    const s = "The Velmar engine is designed for speed, safety, and low cost.";
    const c = card(s, "What is the Velmar engine designed for?");
    expectExact(s, c);
    expect(c?.answer).toBe("speed, safety, and low cost");
    const t = "The grant was used for repairs to the church roof.";
    expectExact(t, card(t, "What was the grant used for?"));
  });

  it("never ends an answer on a stray preposition", () => {
    const s = "The two guilds will continue to compete against rival towns and foreign dominance in";
    for (const c of cards(s)) expect(c.answer).not.toMatch(/\bin$/);
  });
});

describe("no card where the question would be wrong", () => {
  it("an abstract noun's infinitive, a perfect with a 'since' time, a second verb, a clause in the subject", () => {
    for (const s of [
      "The delay showed the guild's reluctance to admit new members.",
      "Trade between the two ports has grown steadily since the canal opened.",
      "The town keeps its old charter and refuses to sign the new one because the mayor dislikes it.",
      "The claim that the mill was closed because of the flood is doubtful.",
      "The retreat could be in response to the early snow.",
    ])
      expect(cards(s).filter((c) => /^(?:Why|How)\b/.test(c.prompt))).toEqual([]);
  });

  it("a cause cut at a comma takes the whole list or nothing", () => {
    const s = "The harvest failed because of the drought, the locusts, and the war.";
    const c = cards(s).find((x) => x.prompt === "Why did the harvest fail?");
    expect(c?.answer).toBe("the drought, the locusts, and the war");
  });
});

describe("clause answers in the generator", () => {
  const text = [
    "The villagers built a stone wall to keep the goats out of the orchard.",
    "The river had flooded the lower road, so the school bus took the hill route.",
    "As the harbour was frozen, the ferry stayed in port for a week.",
  ].join(" ");
  const list = generateCandidates({ sourceKey: "t", text });

  it("each answer lies in its exact evidence and never in its question", () => {
    const clause = list.filter((c) => c.method === "reason");
    expect(clause.length).toBeGreaterThanOrEqual(3);
    for (const c of clause) {
      const e = c.evidence[0];
      expect(e && text.slice(e.start, e.end)).toBe(e?.text);
      expect(text.slice(c.answerSpan.start, c.answerSpan.end)).toBe(c.answer);
      expect(c.prompt.toLowerCase()).not.toContain(c.answer.toLowerCase());
      expect(c.prompt).not.toMatch(/\b(?:source|passage|text)\b/i);
    }
  });
});

describe("model names in clause answers", () => {
  it("keeps the number of a model or standard name and drops a footnote glued to an ordinary word", () => {
    const s = "The studio dropped the old player because it could not decode H264.";
    const c = card(s, "Why did the studio drop the old player?");
    expectExact(s, c);
    expect(c?.answer).toBe("it could not decode H264");
    const f = "The guild closed its hall because the rent had doubled12.";
    expect(card(f, "Why did the guild close its hall?")?.answer).toBe("the rent had doubled");
  });
});

describe("a phrase spelled out after its comma", () => {
  it("ends the answer at a comma followed by 'primarily' or 'including', not dropping the card", () => {
    const s =
      "Soon after, the council dropped the old plan in favour of building small bridges for each district, primarily the river crossing and the canal crossing, and moved to open them in spring.";
    const c = generateCandidates({ sourceKey: "t", text: s }).find(
      (x) => x.prompt === "Why did the council drop the old plan?",
    );
    expect(c?.answer).toBe("building small bridges for each district");
    expect(c?.variants).toContain("in favour of building small bridges for each district");
  });
});
