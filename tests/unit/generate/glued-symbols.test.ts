// "C++" and "C#" are names of their own: a question that drops the "++" asks about another
// language and makes a false card. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { tokenize } from "@/lib/generate/clause";

describe("words with a glued ++ or #", () => {
  it("are one token", () => {
    const words = tokenize("Orrin is written in C++ and F# by two teams.", 0, []).map((t) => t.text);
    expect(words).toContain("C++");
    expect(words).toContain("F#");
  });

  it("keep their symbols in the question", () => {
    const text = "The Tamber renderer is written in C++ and uses Lua for its scripts.";
    const prompts = generateCandidates({ sourceKey: "t", text }).map((c) => c.prompt);
    expect(prompts.some((p) => /\bC\+\+/.test(p))).toBe(true);
    expect(prompts.some((p) => /\bC\b(?!\+)/.test(p))).toBe(false);
  });
});
