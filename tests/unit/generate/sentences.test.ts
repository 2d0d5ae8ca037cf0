// Sentence splitting: exact spans, abbreviations, decimals, initials and conversion noise.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe("splitSentences", () => {
  it("every span indexes the original text exactly", () => {
    const text = "  First line here.  Second one follows!\n\n- A bullet item without a stop\nThird? Yes.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after titles, months, dotted acronyms or initials", () => {
    const text =
      "Dr. Lena Ortiz met the U.S. envoy on Jan. 9 in Vienna. The talks, led by J. K. Marsh, ran late. Gen. Ruiz left early.";
    expect(texts(text)).toEqual([
      "Dr. Lena Ortiz met the U.S. envoy on Jan. 9 in Vienna.",
      "The talks, led by J. K. Marsh, ran late.",
      "Gen. Ruiz left early.",
    ]);
  });

  it("keeps decimals and splits after a dotted acronym when a new sentence clearly starts", () => {
    const text = "Exports rose to 3.77 million tonnes in the U.S. The rest went to Canada.";
    expect(texts(text)).toEqual(["Exports rose to 3.77 million tonnes in the U.S.", "The rest went to Canada."]);
  });

  it("keeps a footnote number glued after the full stop with the sentence it ends", () => {
    const text = "The pact was signed in March 2019.14 Critics called it hollow.3 Nobody objected.";
    expect(texts(text)).toEqual([
      "The pact was signed in March 2019.14",
      "Critics called it hollow.3",
      "Nobody objected.",
    ]);
  });

  it("a closing curly quote stays with its sentence", () => {
    const text = "The minister said it was “a turning point.” Others disagreed.";
    expect(texts(text)).toEqual(["The minister said it was “a turning point.”", "Others disagreed."]);
  });

  it("a line break ends a heading; a wrapped lower-case line continues the sentence", () => {
    const text = "Trade and Energy\nThe corridor opened in 2021 and\ncarried freight north. It was slow.";
    expect(texts(text)).toEqual([
      "Trade and Energy",
      "The corridor opened in 2021 and\ncarried freight north.",
      "It was slow.",
    ]);
  });

  it("drops list markers from the span but keeps numbered headings' words", () => {
    const text = "1. Defence Cooperation (4 Feb 2020)\n- Joint drills: held twice a year.";
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["Defence Cooperation (4 Feb 2020)", "Joint drills: held twice a year."]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split a compact date such as Jun.30,2025", () => {
    expect(texts("Posted on Jun.30,2025 by the desk. Updated later.")).toEqual([
      "Posted on Jun.30,2025 by the desk.",
      "Updated later.",
    ]);
  });
});
