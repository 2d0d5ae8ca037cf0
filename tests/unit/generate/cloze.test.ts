// Fill-in-the-blank prompts: a blank must not split a number, but may follow "to" or "and" in prose.
import { describe, expect, it } from "vitest";
import { clozePrompt } from "@/lib/generate/prompts";

function blank(sentence: string, answer: string): string | null {
  const at = sentence.indexOf(answer);
  return clozePrompt(sentence, at, at + answer.length);
}

describe("clozePrompt", () => {
  it("blanks a figure after a preposition that joins no number", () => {
    expect(blank("Most of the gardeners chose tulips, compared to 31% of the farmers.", "31%")).toBe(
      "Most of the gardeners chose tulips, compared to ____ of the farmers.",
    );
  });

  it("still refuses a blank that would split a range or a compound number", () => {
    expect(blank("The old bridge rose from 12 to 15 metres above the river.", "15 metres")).toBeNull();
    expect(blank("The library keeps one hundred and twenty maps in its vault.", "twenty maps")).toBeNull();
  });
});
