// A blank card that asks, the other way round, the fact a kept question from its sentence asks
// is a duplicate and is left out. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { blankReversesQuestion } from "@/lib/generate/rank";
import type { Candidate } from "@/lib/generate/types";

const card = (prompt: string, answer: string, kind = "concept") => ({ prompt, answer, kind }) as Candidate;

describe("blankReversesQuestion", () => {
  it("finds a blank whose answer the question names and which shows the question's answer", () => {
    const question = card("When did Halvard Press open its new works?", "12 May 1921");
    const blank = card("On 12 May 1921, ____ opened its new works.", "Halvard Press");
    expect(blankReversesQuestion(blank, [question])).toBe(true);
  });

  it("finds a question that a kept blank already asks the other way round", () => {
    const blank = card("The ____ is a yearly market where farmers sell their produce.", "Harvest Fair");
    const question = card("What is the Harvest Fair?", "a yearly market");
    expect(blankReversesQuestion(question, [blank])).toBe(true);
  });

  it("keeps a blank on a third fact of the sentence", () => {
    const question = card("When did Halvard Press open its new works?", "12 May 1921");
    const blank = card("On 12 May 1921, Halvard Press opened its new works in ____.", "Tromsø");
    expect(blankReversesQuestion(blank, [question])).toBe(false);
  });

  it("keeps a blank on the date of what the question asks about: the date is a fact of its own", () => {
    const question = card("What happened to the port after the town joined the league in 1358?", "grew rich");
    const blank = card("The port grew rich after the town joined the league in ____.", "1358", "date");
    expect(blankReversesQuestion(blank, [question])).toBe(false);
  });

  it("leaves no generated blank that repeats a question of its sentence", () => {
    const text =
      "Halvard Press opened its new works in Tromsø on 12 May 1921. The works printed maps for the navy until 1950.";
    const list = generateCandidates({ sourceKey: "t", text });
    for (const c of list.filter((x) => x.prompt.includes("____"))) {
      const same = list.filter((k) => k !== c && k.evidence[0]?.start === c.evidence[0]?.start);
      expect(blankReversesQuestion(c, same)).toBe(false);
    }
  });
});
