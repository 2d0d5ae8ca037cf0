// Clauses whose subject is said elsewhere: an opening pronoun that points back to the previous
// sentence's subject, and a relative clause on a name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import {
  innerClauseViews,
  placeInDocument,
  pronounAntecedent,
  pronounView,
  relativeViews,
} from "@/lib/generate/anaphora";
import { buildNameRegistry, detectAll } from "@/lib/generate/detect";
import { splitSentences } from "@/lib/generate/sentences";

function antecedentOf(text: string) {
  const [previous, sentence] = splitSentences(text);
  if (!previous || !sentence) throw new Error("two sentences expected");
  const mentions = detectAll(previous.text, previous.start, { registry: buildNameRegistry([previous.text]) });
  return { sentence, antecedent: pronounAntecedent(text, sentence, previous, mentions) };
}

function cards(text: string) {
  return generateCandidates({ sourceKey: "t", text }).map((c) => ({ prompt: c.prompt, answer: c.answer, c }));
}

describe("an opening pronoun", () => {
  it("stands for the subject of a definition before it, at the document's own offsets", () => {
    const text = "Quillbeck is a small compiler written by volunteers. It is maintained mostly in Haskell.";
    const { sentence, antecedent } = antecedentOf(text);
    expect(antecedent?.name.text).toBe("Quillbeck");
    if (!antecedent) return;
    const view = pronounView(sentence, antecedent);
    expect(view.text).toBe("Quillbeck is maintained mostly in Haskell.");
    // Every word after the written-out subject keeps its offset in the document.
    const at = view.text.indexOf("Haskell");
    const placed = placeInDocument(view, { start: view.start + at, end: view.start + at + 7 });
    expect(placed && text.slice(placed.start, placed.end)).toBe("Haskell");
    // The subject itself is not an answer of the pronoun's sentence.
    expect(placeInDocument(view, { start: view.start, end: view.start + 9 })).toBeNull();
  });

  it("is not resolved when 'it' is empty, across a paragraph, or against the wrong kind", () => {
    expect(antecedentOf("Quillbeck is a small compiler. It is said that few people use it.").antecedent).toBeNull();
    expect(antecedentOf("Quillbeck is a small compiler.\n\nIt is maintained in Haskell.").antecedent).toBeNull();
    expect(antecedentOf("The weather turned cold that week. It is maintained in Haskell.").antecedent).toBeNull();
    // "he" needs a person, "it" a thing.
    expect(antecedentOf("Quillbeck is a small compiler. He wrote it in Haskell.").antecedent).toBeNull();
  });

  it("gives a question about the name, never about 'it'", () => {
    const made = cards("Quillbeck is a small compiler written by volunteers. It is maintained mostly in Haskell.");
    const asked = made.filter((x) => x.answer === "Haskell");
    expect(asked.length).toBeGreaterThan(0);
    for (const x of asked) {
      expect(x.prompt).toContain("Quillbeck");
      expect(x.prompt).not.toMatch(/\bit\b/i);
      // The answer lies inside its evidence, which is exact.
      const e = x.c.evidence[0];
      expect(e && x.c.answerSpan.start >= e.start && x.c.answerSpan.end <= e.end).toBe(true);
    }
  });
});

describe("a relative clause on a name", () => {
  it("is restated as a clause of its own and asked as one", () => {
    const text = "The valley towns sent envoys to the Vellmoot, which was first summoned in 1191.";
    const [s] = splitSentences(text);
    if (!s) throw new Error("one sentence expected");
    const mentions = detectAll(s.text, s.start, { registry: buildNameRegistry([s.text]) });
    const views = relativeViews(s, mentions);
    expect(views.map((v) => v.text)).toEqual(["The Vellmoot was first summoned in 1191."]);
    const made = cards(text);
    expect(
      made.some(
        (x) => x.answer === "1191" && /^(?:When|In what year) was the Vellmoot (?:first )?summoned\?$/.test(x.prompt),
      ),
    ).toBe(true);
  });

  it("is left alone when a pronoun in it points further back", () => {
    const text = "The guild hired Tamsin Voll, who would sell their wares at the fairs.";
    const [s] = splitSentences(text);
    if (!s) throw new Error("one sentence expected");
    const mentions = detectAll(s.text, s.start, { registry: buildNameRegistry([s.text]) });
    expect(relativeViews(s, mentions)).toEqual([]);
  });
});

describe("a clause with its own subject inside a longer sentence", () => {
  function views(text: string): string[] {
    const [s] = splitSentences(text);
    if (!s) throw new Error("one sentence expected");
    return innerClauseViews(s).map((v) => v.text);
  }

  it("is restated after a conjunction or a verb of finding, with its first word capitalised", () => {
    expect(views("The harvest failed in the north, but the southern farms sold grain to the towns.")).toEqual([
      "The southern farms sold grain to the towns.",
    ]);
    expect(views("Field trials have shown that the treated seeds survive a hard frost.")).toEqual([
      "The treated seeds survive a hard frost.",
    ]);
  });

  it("is not restated after 'if', after a pronoun subject, or where no finite verb follows", () => {
    expect(views("The dam will hold, if the spring floods stay below the old marks.")).toEqual([]);
    expect(views("The harvest failed in the north, and it ruined the southern farms as well.")).toEqual([]);
    expect(views("The envoys met the regent, and the last of the old lords (see the map).")).toEqual([]);
  });

  it("asks a figure of the inner clause, leaving out an adverb between subject and verb", () => {
    const made = cards(
      "The town chose Merrin Hale as its reeve in May. The vote split the council, as Hale previously paid $400 to repair the bridge.",
    );
    expect(made.some((x) => x.answer === "$400" && /^How much did Hale pay\b/.test(x.prompt))).toBe(true);
  });
});

describe("a relative clause with an aside", () => {
  it("is restated without the aside and asks 'who' after 'who'", () => {
    const made = cards(
      "We hear of one of the pipers, Vellaran, who, through envy at the court, was driven to quit the capital, and settled in the west.",
    );
    expect(made.some((x) => x.prompt === "Who was driven to quit the capital?" && x.answer === "Vellaran")).toBe(true);
  });
});

describe("what the restated clauses do not ask", () => {
  it("reads a role after 'as' as no clause, and a name's possession as a thing", () => {
    const [s] = splitSentences(
      "He spent his last years with Prince Orvel, as a singer kept by the household of the prince.",
    );
    if (!s) throw new Error("one sentence expected");
    expect(innerClauseViews(s)).toEqual([]);
    const made = cards(
      "The board named Tamsin Voll its chair in May. Voll's gift came to light in 2012 after a long inquiry.",
    );
    expect(made.some((x) => x.prompt.startsWith("Who came to light"))).toBe(false);
  });
});
