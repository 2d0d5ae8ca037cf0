// One test per transformation of the generator, on sentences written here: questions from the
// clause, phrase answers (actions, purposes, causes), key-value attributes, name patterns,
// transfer roles, dates in time phrases, units, and the ranking that collapses duplicates.
import { describe, expect, it } from "vitest";
import { attributeCard, documentSubject, readAttributes } from "@/lib/generate/attributes";
import { generateCandidates } from "@/lib/generate/candidates";
import { buildNameRegistry, detectAll, detectDates, detectQuantities } from "@/lib/generate/detect";
import { patternNames } from "@/lib/generate/detect/entities";
import { collapseAndRank, scoreCandidate } from "@/lib/generate/rank";
import { readTransfer } from "@/lib/generate/transfer";
import type { Candidate, Mention } from "@/lib/generate/types";

function generate(text: string, title?: string): Candidate[] {
  return generateCandidates({ sourceKey: "test", text, ...(title ? { title } : {}) });
}

function prompts(list: Candidate[], answer: string): string[] {
  return list.filter((c) => c.answer === answer).map((c) => c.prompt);
}

describe("questions from the clause", () => {
  it("asks each half of a coordination on its own, never with the answer inside", () => {
    const list = generate("Norland granted limited self-rule in 1901 and full sovereignty in 1937.");
    expect(prompts(list, "1901")).toContain("In what year did Norland grant limited self-rule?");
    expect(prompts(list, "1937")).toContain("In what year did Norland grant full sovereignty?");
    for (const c of list) expect(c.prompt.includes(c.answer)).toBe(false);
  });

  it("asks for the subject, the object and the agent of a passive", () => {
    const list = generate(
      "The Velmar Institute was founded by Ada Brandt in 1921. The Tarsk farmers adopted the Harlow irrigation method.",
    );
    expect(prompts(list, "Ada Brandt")).toContain("Who founded the Velmar Institute?");
    expect(prompts(list, "the Harlow irrigation method")).toContain("What did the Tarsk farmers adopt?");
    expect(prompts(list, "The Tarsk farmers")).toContain("Who adopted the Harlow irrigation method?");
  });

  it("asks what something is called and what a verb's preposition governs", () => {
    const list = generate(
      "The stone burial mounds of the valley are called cairns by the farmers. Most enzymes are bound to membranes inside the cell.",
    );
    expect(prompts(list, "cairns")).toContain("What are the stone burial mounds of the valley called?");
    expect(prompts(list, "membranes")).toContain("What are most enzymes bound to?");
  });

  it("asks where for a name no lexicon places after 'at' or 'near', and calls it a place", () => {
    const list = generate("The rebels routed the royal army at Dunmarrow in 1644.");
    const where = list.find((c) => c.answer === "Dunmarrow" && c.prompt.startsWith("Where"));
    expect(where?.prompt).toBe("Where did the rebels rout the royal army in 1644?");
    expect(where?.kind).toBe("place");
    // "in" may name a language or a body ("written in Latin"): no "Where" on it.
    const latin = generate("The charter was written in Velmaric by the monks.");
    expect(latin.some((c) => c.prompt.startsWith("Where"))).toBe(false);
  });

  it("asks 'What is X?' for a definition, not for a predicate that only ranks or places X", () => {
    const list = generate(
      "A huacal is a stone grave. The Velts are the largest minority. Fishing is a major source of income.",
    );
    expect(prompts(list, "a stone grave")).toContain("What is a huacal?");
    expect(list.some((c) => c.answer === "the largest minority" || c.answer.startsWith("a major source"))).toBe(false);
  });

  it("never takes a clause whose verb the tagger read as a noun for a subject", () => {
    const list = generate("The plant genome encodes an enzyme called Lumase that breaks down starch.");
    for (const c of list) expect(c.prompt).not.toMatch(/genome encodes an enzyme call/);
  });

  it("makes a fill-in-the-blank card or nothing where no question fits, never a template about the source", () => {
    const list = generate("Beyond the ridge lay Tarsk, a town of weavers, and beyond Tarsk the sea.");
    for (const c of list) {
      expect(c.prompt).not.toMatch(/\b(?:source|passage|document|in connection with)\b/i);
      if (!c.prompt.endsWith("?")) expect(c.prompt).toContain("____");
    }
  });
});

describe("phrase answers", () => {
  const list = generate(
    [
      "The city council agreed to halt the tram project after a long debate.",
      "The ministry raised fuel prices in order to cut the budget deficit.",
      "The harbour closed because the river had silted up.",
      "The rebels pledged not to attack the northern villages.",
      "Most towns keep stone cisterns called qanats that are used to store rainwater.",
      "The ferry was cancelled since the harbour had frozen over.",
      "The tram has run since 2010.",
    ].join(" "),
  );

  it("an action agreed or pledged", () => {
    const halt = list.find((c) => c.answer === "halt the tram project");
    expect(halt?.prompt).toBe("What did the city council agree to do?");
    expect(halt?.variants).toContain("to halt the tram project");
    expect(list.find((c) => c.answer === "attack the northern villages")?.prompt).toBe(
      "What did the rebels pledge not to do?",
    );
  });

  it("what something is used for, and 'since' as a cause but never before a date", () => {
    expect(prompts(list, "to store rainwater")).toContain("What are qanats used for?");
    expect(prompts(list, "the harbour had frozen over")).toContain("Why was the ferry cancelled?");
    expect(list.some((c) => c.prompt.startsWith("Why") && c.answer === "2010")).toBe(false);
  });

  it("a purpose and a cause as the answer to why", () => {
    expect(prompts(list, "to cut the budget deficit")).toContain("Why did the ministry raise fuel prices?");
    // The purpose is no part of what the other cards on the clause ask.
    for (const c of list) expect(c.prompt).not.toMatch(/\bin order\?/);
    expect(prompts(list, "the river had silted up")).toContain("Why did the harbour close?");
  });
});

describe("key-value attributes", () => {
  const text = [
    "Kestrel Dam",
    "",
    "Nameplate capacity: 915 MW",
    "- Opened: 12 August 1971",
    "Owner:\tNorvale Power Company",
    "Website: https://example.org",
  ].join("\n");

  it("reads key-value lines, with bullets and tabs, and leaves page furniture out", () => {
    const attrs = readAttributes(text);
    expect(attrs.map((a) => [a.key, a.value.text])).toEqual([
      ["Nameplate capacity", "915 MW"],
      ["Opened", "12 August 1971"],
      ["Owner", "Norvale Power Company"],
    ]);
    for (const a of attrs) expect(text.slice(a.value.start, a.value.end)).toBe(a.value.text);
  });

  it("asks about the document's subject, by the key's meaning", () => {
    const subject = documentSubject(text);
    expect(subject).toBe("Kestrel Dam");
    const [capacity, opened, owner] = readAttributes(text).map((a) => attributeCard(a, subject ?? ""));
    expect(capacity?.prompt).toBe("What is the nameplate capacity of Kestrel Dam?");
    expect(capacity?.kind).toBe("figure");
    expect(opened?.prompt).toBe("When did Kestrel Dam open?");
    expect(opened?.date?.date).toBe("1971-08-12");
    expect(owner?.prompt).toBe("Who is the owner of Kestrel Dam?");
    const list = generate(text);
    expect(list.find((c) => c.answer === "915 MW")?.method).toBe("attribute");
  });

  it("takes the subject from a title, without the site name", () => {
    expect(documentSubject("", "Kestrel Dam - Wikipedia")).toBe("Kestrel Dam");
  });
});

describe("name patterns", () => {
  it("agreements, laws, resolutions, bills, wars and rivers", () => {
    const text =
      "After the Great Northern War the Treaty of Varna and the Coastal Waters Act set the border on the Velna River; Resolution 1804 and H.R. 3310 followed.";
    const found = patternNames(text).map((p) => [p.kind, text.slice(p.start, p.end)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["event", "Great Northern War"],
        ["agreement", "Treaty of Varna"],
        ["agreement", "Coastal Waters Act"],
        ["place", "Velna River"],
        ["agreement", "Resolution 1804"],
        ["agreement", "H.R. 3310"],
      ]),
    );
  });

  it("a war is an event, never a person; a hyphenated name stays whole; 'X and Y' are two names", () => {
    const s = ["Mehr-Ali Shah Dorani lost the Great Northern War.", "Chile and Peru signed the accord."];
    const registry = buildNameRegistry(s);
    const first = detectAll(s[0] ?? "", 0, { registry });
    expect(first.find((m) => m.text === "Great Northern War")?.kind).toBe("event");
    expect(first.some((m) => m.kind === "person" && /War/.test(m.text))).toBe(false);
    expect(first.find((m) => m.kind === "person")?.text).toBe("Mehr-Ali Shah Dorani");
    const second = detectAll(s[1] ?? "", 0, { registry });
    expect(second.filter((m) => m.kind === "place").map((m) => m.text)).toEqual(["Chile", "Peru"]);
  });
});

describe("transfer roles", () => {
  function transfer(sentence: string, system: string) {
    const at = sentence.indexOf(system);
    const weapon: Extract<Mention, { kind: "weapon" }> = {
      kind: "weapon",
      text: system,
      start: at,
      end: at + system.length,
      value: { systems: [system] },
    };
    return readTransfer(sentence, weapon, at);
  }

  it("from the verb's subject and object, whichever country comes first", () => {
    expect(transfer("Poland sold T-72 tanks to Chile.", "T-72")).toMatchObject({ from: "Poland", to: "Chile" });
    expect(transfer("Chile bought T-72 tanks from Poland.", "T-72")).toMatchObject({ from: "Poland", to: "Chile" });
    expect(transfer("Chile was supplied with T-72 tanks by Poland.", "T-72")).toMatchObject({
      from: "Poland",
      to: "Chile",
    });
    expect(transfer("In 2019 Poland supplied Chile with T-72 tanks.", "T-72")).toMatchObject({
      from: "Poland",
      to: "Chile",
    });
  });
});

describe("dates in time phrases and the context year", () => {
  it("keeps the time phrase with the date and takes the year from context", () => {
    const [d] = detectDates("The vote came on the evening of 14 May after a long day.", 0, { year: 2020 });
    expect(d?.text).toBe("the evening of 14 May");
    expect(d?.value.date).toBe("2020-05-14");
    const [summer] = detectDates("In the summer of 1859 he crossed the isthmus.");
    expect(summer?.text).toBe("the summer of 1859");
  });

  it("a dateline year dates 'until June 23' later in the text", () => {
    const text = "Harbour Weekly, 3 March 2019\n\nThe bridge stays closed until June 23 while crews repair the deck.";
    const c = generate(text).find((x) => x.answer === "June 23");
    expect(c?.value?.date).toBe("2019-06-23");
  });
});

describe("units and counts of models", () => {
  it("reads mm, m, ft, nmi and counted models", () => {
    const text =
      "The gun fires 155 mm shells, the hull is 120 m long, it flies at 30,000 ft and sails 500 nmi; the navy ordered three Kilo-class submarines and about 40 Yak-52 and Su-24 training aircraft.";
    const units = detectQuantities(text).map((q) => [q.text, q.value.unit]);
    expect(units).toEqual(
      expect.arrayContaining([
        ["155 mm", "mm"],
        ["120 m", "m"],
        ["30,000 ft", "ft"],
        ["500 nmi", "nmi"],
        ["three Kilo-class submarines", "Kilo-class submarines"],
        ["about 40 Yak-52 and Su-24 training aircraft", "Yak-52 and Su-24 training aircraft"],
      ]),
    );
  });
});

describe("scoring and collapsing", () => {
  function candidate(over: Partial<Candidate> & { answer: string; start: number }): Candidate {
    const { start, ...rest } = over;
    return {
      id: `${over.answer}-${start}-${over.prompt ?? ""}`,
      kind: "concept",
      prompt: `What is ${over.answer}?`,
      generic: false,
      variants: [],
      evidence: [{ sourceKey: "t", start, end: start + 50, text: "x".repeat(50) }],
      answerSpan: { start: start + 1, end: start + 5 },
      cloze: "",
      answerKey: over.answer.toLowerCase(),
      subject: [],
      score: 0.5,
      ...rest,
    };
  }

  it("scores a clause question above a cloze card and says why a low one is low", () => {
    const clause = scoreCandidate("4 March 2021", "When did the board meet?", {
      method: "clause",
      mention: "date",
      datePrecision: "day",
      sentenceWords: 12,
      noise: 0,
    });
    const cloze = scoreCandidate("2021", "The board met in ____.", {
      method: "cloze",
      mention: "date",
      datePrecision: "year",
      sentenceWords: 35,
      noise: 1,
    });
    expect(clause.score).toBeGreaterThan(cloze.score);
    expect(clause.reason).toBeUndefined();
    expect(cloze.reason).toMatch(/\w/);
  });

  it("one card per answer and sentence, a list over its members, a vague answer on at most two cards", () => {
    const list = [
      candidate({ answer: "Oslo", start: 0, score: 0.7 }),
      candidate({ answer: "Oslo", start: 0, prompt: "Where did they meet?", score: 0.6 }),
      candidate({ answer: "Chile and Peru", answerKey: "chile+peru", start: 100, score: 0.6 }),
      candidate({ answer: "Chile", answerKey: "chile", start: 100, score: 0.8 }),
      ...[200, 300, 400].map((start, i) =>
        candidate({
          answer: "1990",
          kind: "date",
          value: { date: "1990" },
          start,
          prompt: `In what year did event ${i} happen?`,
          score: 0.6 - i * 0.1,
        }),
      ),
    ];
    const out = collapseAndRank(list);
    expect(out.filter((c) => c.answer === "Oslo")).toHaveLength(1);
    expect(out.some((c) => c.answer === "Chile")).toBe(false);
    expect(out.some((c) => c.answer === "Chile and Peru")).toBe(true);
    expect(out.filter((c) => c.answer === "1990")).toHaveLength(2);
    expect(out.map((c) => c.score)).toEqual([...out.map((c) => c.score)].sort((a, b) => b - a));
  });

  it("keeps one card for the same answer words even when two readers give them different kinds", () => {
    const span = { start: 11, end: 30 };
    const list = [
      candidate({ answer: "some 40 to 50 crates", answerKey: "a", kind: "figure", start: 10, answerSpan: span }),
      candidate({
        answer: "some 40 to 50 crates",
        answerKey: "b",
        kind: "concept",
        start: 10,
        answerSpan: span,
        prompt: "What was loaded onto the barge?",
        score: 0.6,
      }),
    ];
    const out = collapseAndRank(list);
    expect(out).toHaveLength(1);
    expect(out[0]?.score).toBe(0.6);
  });
});
