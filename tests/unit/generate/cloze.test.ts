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

describe("clozePrompt: a blank must stand on its own", () => {
  it("refuses a blank glued to a slash or a possessive", () => {
    expect(blank("The toolkit runs on Windows, GNU/Linux and macOS without changes.", "Linux")).toBeNull();
    expect(blank("Most readers first met the knight through Verdi's famous opera.", "Verdi")).toBeNull();
  });

  it("refuses one member of a longer list of names", () => {
    expect(blank("Oslo, Bergen, Tromso and Bodo all grew quickly after the war ended.", "Bergen")).toBeNull();
    expect(blank("Oslo, Bergen, Tromso and Bodo all grew quickly after the war ended.", "Oslo")).toBeNull();
  });

  it("keeps a blank after an opening date phrase and a comma", () => {
    expect(blank("In December, Harwell announced a new prize for young chemists.", "Harwell")).toBe(
      "In December, ____ announced a new prize for young chemists.",
    );
  });

  it("refuses a sentence whose main clause is a pronoun pointing back to an earlier one", () => {
    expect(blank("Lying mostly in the tropics, it borders Ecuador along a long river.", "Ecuador")).toBeNull();
  });

  it("drops a pointer to an illustration from the card", () => {
    expect(blank("The weaver Ottilie (plate 12) sold her cloth in Ghent every spring.", "Ghent")).toBe(
      "The weaver Ottilie sold her cloth in ____ every spring.",
    );
  });
});

describe("clozePrompt: time counted from elsewhere", () => {
  it("refuses a blank on a span of time before 'later'", () => {
    expect(blank("Two weeks later, the Harlow council closed the northern bridge.", "Two weeks")).toBeNull();
  });
});

describe("clozePrompt: text kept whole, answers not given away", () => {
  it("keeps a model's number and drops a footnote glued to a word", () => {
    expect(blank("The Tarn viewer draws maps with HTML5 and runs on ARMv7 boards in Lyon.", "Lyon")).toBe(
      "The Tarn viewer draws maps with HTML5 and runs on ARMv7 boards in ____.",
    );
    expect(blank("The Tarn viewer was first sold in Lyon after the trials12 ended.", "Lyon")).toBe(
      "The Tarn viewer was first sold in ____ after the trials ended.",
    );
  });

  it("refuses a sentence cut off after its conjunction", () => {
    expect(blank("The Harlow style reached the north by way of Denby, and.", "Denby")).toBeNull();
  });
});

describe("clozePrompt: a bracket's whole content", () => {
  it("refuses a blank that is all a bracket holds", () => {
    expect(blank("Nearly half (48%) of the Harlow farmers sold their grain in Denby.", "48%")).toBeNull();
    expect(blank("Nearly half (48%) of the Harlow farmers sold their grain in Denby.", "Denby")).toBe(
      "Nearly half (48%) of the Harlow farmers sold their grain in ____.",
    );
  });
});

describe("clozePrompt: list items with a slash", () => {
  it("refuses the first of a list whose next item holds a slash", () => {
    expect(blank("The kit ships for the Windows, GNU/Linux and BSD systems of the Harlow lab.", "Windows")).toBeNull();
  });
});
