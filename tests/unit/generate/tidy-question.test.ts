// A question made ready to show: no focus adverb tying it to the sentence before, and a name the
// question lower-cased gets its capital back. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { caseCounts, tidyQuestion } from "@/lib/generate/keep";

describe("tidyQuestion", () => {
  const doc =
    "Tallow is a scripting language built by the Norrby group. Tallow runs on small boards. Critics say Tallow is slow. " +
    "Public debt: 40% of GDP. Public debt rose after 2010.";
  const cases = caseCounts(doc);

  it("leaves out 'also' and a closing 'too'", () => {
    expect(tidyQuestion("Who is also the inventor of the Tallow language?", "x", cases)).toBe(
      "Who is the inventor of the Tallow language?",
    );
    expect(tidyQuestion("Who signed the treaty too?", "x", cases)).toBe("Who signed the treaty?");
  });

  it("gives a lower-cased first word its capital back where the document never writes it small", () => {
    expect(tidyQuestion("What is tallow?", "Tallow is a scripting language built by the Norrby group.", cases)).toBe(
      "What is Tallow?",
    );
  });

  it("leaves fact-sheet labels and blank cards alone", () => {
    expect(tidyQuestion("What was the public debt of Kelland?", "Public debt: 40% of GDP", cases)).toBe(
      "What was the public debt of Kelland?",
    );
    expect(tidyQuestion("Tallow also runs on ____.", "Tallow also runs on small boards.", cases)).toBe(
      "Tallow also runs on ____.",
    );
  });
});
