import { describe, expect, it } from "vitest";
import { locateQuote, type GoldFact } from "@/lib/eval/gold";
import {
  answerInQuestion,
  clauseOverlaps,
  countWords,
  junkSigns,
  matchGold,
  type EvalCandidate,
} from "@/lib/eval/measure";

const card = (prompt: string, answer: string, start = 0, end = 10): EvalCandidate => ({
  prompt,
  answer,
  variants: [],
  evidence: [{ start, end }],
});

describe("locateQuote", () => {
  const text = "The lighthouse was lit\nin 1872 by the harbour board.\n\nIt stood   for a century.";
  it("finds a quote across a hard wrap and uneven spaces", () => {
    const at = locateQuote(text, "lit in 1872 by the harbour board.");
    expect(at).not.toBeNull();
    expect(text.slice(at?.start, at?.end)).toBe("lit\nin 1872 by the harbour board.");
    expect(locateQuote(text, "stood for a century")).toEqual({
      start: text.indexOf("stood"),
      end: text.indexOf(" century") + 8,
    });
  });
  it("keeps offsets that still hold and says null when the quote is gone", () => {
    expect(locateQuote(text, "lighthouse", { start: 4, end: 14 })).toEqual({ start: 4, end: 14 });
    expect(locateQuote(text, "lit in 1873")).toBeNull();
  });
  it("prefers the occurrence nearest the old offsets", () => {
    const twice = "bells rang. Later the bells rang.";
    expect(locateQuote(twice, "bells rang", { start: 20, end: 30 })?.start).toBe(22);
  });
});

describe("junkSigns", () => {
  it("flags questions about the document, statements, answers inside the question and glued noise", () => {
    const signs = junkSigns([
      card("What date does the source give for the opening?", "1872"),
      card("The harbour board lit the lamp", "1872", 20, 30),
      card("When did the harbour board light the lamp in 1872?", "1872", 40, 50),
      card("What is the nameplate capacity915 of the dam?", "915 MW", 60, 70),
      card("Who lit the lamp?", "commitments.The board", 80, 90),
      card("The lamp was lit in ____.", "1872", 100, 110),
    ]);
    expect(signs[0]).toContain("about-document");
    expect(signs[1]).toEqual(["not-a-question"]);
    expect(signs[2]).toEqual(["answer-in-question"]);
    expect(signs[3]).toEqual(["glued-noise"]);
    expect(signs[4]).toEqual(["glued-noise"]);
    expect(signs[5]).toEqual([]);
  });
  it("counts a repeated question and answer, or the same answer from the same sentence, as a duplicate", () => {
    const signs = junkSigns([
      card("Who lit the lamp?", "the harbour board", 0, 40),
      card("Who lit the lamp?", "The Harbour Board!", 50, 90),
      card("Which body lit it?", "the harbour board", 0, 40),
      card("Which body ran the harbour?", "the harbour board", 100, 140),
    ]);
    expect(signs.map((s) => s.includes("duplicate"))).toEqual([false, true, true, false]);
  });
  it("leaves designators such as H.264 and MiG-29 alone", () => {
    expect(
      junkSigns([card("Which format did the codec play?", "H.264"), card("Which jet?", "MiG-29", 20, 30)]),
    ).toEqual([[], []]);
  });
});

describe("answerInQuestion", () => {
  it("matches whole words only", () => {
    expect(answerInQuestion("Where is Cordova?", "Cordova")).toBe(true);
    expect(answerInQuestion("Where is Cordovan leather made?", "Cordova")).toBe(false);
  });
});

describe("matchGold", () => {
  const text = "Intro line. The dam opened in 1936 after five years of work. Its capacity is 2,080 MW.";
  const fact: GoldFact = {
    id: "dam-01",
    question: "When did the dam open?",
    answer: "1936",
    accept: [],
    kind: "date",
    evidence: { start: 12, end: 60, text: "The dam opened in 1936 after five years of work." },
  };
  it("needs the right answer AND evidence overlapping the gold evidence", () => {
    const rightHere = card("When did the dam open?", "1936", 12, 60);
    const rightElsewhere = card("When did it open?", "1936", 61, 86);
    const wrongHere = card("When did work start?", "1931", 12, 60);
    expect(matchGold(text, [fact], [wrongHere, rightElsewhere, rightHere])[0]).toMatchObject({
      foundBy: 2,
      answerElsewhere: false,
    });
    expect(matchGold(text, [fact], [rightElsewhere])[0]).toMatchObject({ foundBy: -1, answerElsewhere: true });
  });
  it("accepts the answer in another form the quiz checker accepts", () => {
    const variant = { ...card("How many years did the work take?", "5", 12, 60) };
    const years: GoldFact = { ...fact, id: "dam-02", answer: "five", accept: [] };
    expect(matchGold(text, [years], [variant])[0]?.foundBy).toBe(0);
  });
  it("reports gold evidence that the text no longer holds", () => {
    const stale = { ...fact, evidence: { ...fact.evidence, text: "The dam was finished in 1935." } };
    expect(matchGold(text, [stale], [])[0]?.span).toBeNull();
  });
});

describe("countWords", () => {
  it("counts words with inner apostrophes and hyphens once", () => {
    expect(countWords("The island's north-west coast, 4,970 km long.")).toBe(7);
  });
});

describe("clauseOverlaps", () => {
  it("accepts a clause answer holding most of the gold answer's content words", () => {
    expect(
      clauseOverlaps(["to supply drinking water to the mill towns"], "to supply drinking water to the towns"),
    ).toBe(true);
    expect(clauseOverlaps(["because its land lay below the waterline"], "its land lay below the new waterline")).toBe(
      true,
    );
  });
  it("refuses unrelated answers and whole sentences around the words", () => {
    expect(clauseOverlaps(["to supply drinking water"], "to sell electricity to the grid")).toBe(false);
    const sentence =
      "The reservoir was built between 1926 and 1931 by the board to supply drinking water to the mill towns of the lower valley";
    expect(clauseOverlaps(["drinking water"], sentence)).toBe(false);
  });
});
