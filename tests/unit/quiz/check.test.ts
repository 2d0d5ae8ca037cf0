// Text answers: normalisation, typo tolerance, variants, empty input, and the choice/order/matching
// checks. Dates and figures have their own files.
import { describe, expect, it } from "vitest";
import { checkChoice, checkMatching, checkOrder, checkTypedAnswer, typoAllowance } from "@/lib/quiz/check";
import { normaliseText } from "@/lib/quiz/normalise";

describe("normaliseText", () => {
  it.each([
    ["Pezeshkian.", "pezeshkian"],
    ["Tehrān", "tehran"],
    ["  São   Paulo ", "sao paulo"],
    ["Iran’s “look East” policy", "irans look east policy"],
    ["Iran's", "irans"],
    ["Iran–Russia", "iran russia"],
    ["The Guardian Council", "guardian council"],
    ["An agreement", "agreement"],
    ["a strategic partnership", "strategic partnership"],
    ["Bread & salt", "bread and salt"],
    ["3,770,000,000", "3770000000"],
    ["3.77 billion.", "3.77 billion"],
  ])("%j -> %j", (input, output) => {
    expect(normaliseText(input)).toBe(output);
  });

  it("keeps a lone article, so a one-word option is not emptied", () => {
    expect(normaliseText("A")).toBe("a");
    expect(normaliseText("The")).toBe("the");
  });

  it("drops only the leading article", () => {
    expect(normaliseText("The Treaty of the Sea")).toBe("treaty of the sea");
  });
});

describe("checkTypedAnswer: text", () => {
  it("an identical answer is exact", () => {
    expect(checkTypedAnswer("Pezeshkian", "Pezeshkian")).toEqual({ correct: true, reason: "exact" });
  });

  it("surrounding whitespace is still exact", () => {
    expect(checkTypedAnswer("  Pezeshkian ", "Pezeshkian")).toEqual({ correct: true, reason: "exact" });
  });

  it.each([
    ["pezeshkian.", "Pezeshkian"],
    ["PEZESHKIAN", "Pezeshkian"],
    ["Tehrān", "Tehran"],
    ["Tehran", "Tehrān"],
    ["guardian council", "The Guardian Council"],
    ["Fateh 110", "Fateh-110"],
    ["S400", "S-400"],
    ["Iran’s support", "Iran's support"],
  ])("%j = %j (normalised)", (given, expected) => {
    expect(checkTypedAnswer(given, expected)).toEqual({ correct: true, reason: "normalised" });
  });

  it.each([
    ["Moscow", "Tehran"],
    ["Russia", "Iran"],
    ["Guardian", "The Guardian Council"],
    ["Council of Experts", "The Guardian Council"],
  ])("%j is not %j", (given, expected) => {
    expect(checkTypedAnswer(given, expected)).toEqual({ correct: false, reason: "wrong" });
  });
});

describe("checkTypedAnswer: typos", () => {
  it("allows 0 edits under 6 letters, 1 from 6, 2 from 10", () => {
    expect([
      typoAllowance("Iran"),
      typoAllowance("Tehran"),
      typoAllowance("Bushehr"),
      typoAllowance("Pezeshkian"),
    ]).toEqual([0, 1, 1, 2]);
  });

  it.each([
    ["Pezeshkain", "Pezeshkian"], // transposition: 2 edits in a 10-letter word
    ["Pezeshkyan", "Pezeshkian"],
    ["Busher", "Bushehr"], // 1 edit in a 7-letter word
    ["Bushehrr", "Bushehr"],
    ["Tehrn", "Tehran"],
    ["Tehrna", "Tehran"], // a swap of neighbouring letters is one slip (was two Levenshtein edits)
    ["Guardian Councel", "The Guardian Council"], // per word
    ["Artcle 9", "Article 9"],
    ["17 Janury 2025", "17 January 2025"], // a misspelt month that chrono cannot read, numbers intact
  ])("%j is a typo of %j", (given, expected) => {
    expect(checkTypedAnswer(given, expected)).toEqual({ correct: true, reason: "typo" });
  });

  it.each([
    ["Iraq", "Iran"], // short word: one letter makes another country
    ["Irak", "Iran"],
    ["Tabriz", "Tehran"],
    ["Bushere", "Bushehr"], // 2 edits (h->r, r->e) in a 7-letter word: over the limit
    ["Pezeshkiaaaan", "Pezeshkian"], // 3 insertions in a 10-letter word
    ["Guardian Councel Body", "The Guardian Council"], // extra word
  ])("%j is too far from %j", (given, expected) => {
    expect(checkTypedAnswer(given, expected)).toEqual({ correct: false, reason: "wrong" });
  });

  it.each([
    ["S-300", "S-400"],
    ["Su-34", "Su-35"],
    ["Su-30", "Su-35"],
    ["Fateh-111", "Fateh-110"],
    ["Article 10", "Article 9"],
    ["Yak-131", "Yak-130"],
  ])("%j is a different system or article from %j", (given, expected) => {
    expect(checkTypedAnswer(given, expected)).toEqual({ correct: false, reason: "wrong" });
  });

  it("a long number is never typo-corrected, though one digit is one edit", () => {
    expect(checkTypedAnswer("Decree 1234568", "Decree 1234567")).toEqual({ correct: false, reason: "wrong" });
  });

  it("a scale word is never typo-corrected into another scale", () => {
    expect(checkTypedAnswer("Project Million", "Project Billion")).toEqual({ correct: false, reason: "wrong" });
  });

  it("a number word is never typo-corrected into another number", () => {
    expect(checkTypedAnswer("sixteen oilfields", "seventeen oilfields").correct).toBe(false);
    expect(checkTypedAnswer("3.77 million", "3.77 billion").correct).toBe(false);
  });

  it("a misspelt scale word that is not itself a number is a typo", () => {
    expect(checkTypedAnswer("$3.77 bilion", "$3.77 billion")).toEqual({ correct: true, reason: "typo" });
    expect(checkTypedAnswer("$3.7 bilion", "$3.77 billion").correct).toBe(false);
  });
});

describe("checkTypedAnswer: accepted variants", () => {
  const expected = "Unmanned aerial systems (drones)";
  const accepted = ["Drones", "Unmanned aerial systems", "UAS", "UAVs"];

  it("accepts a variant exactly", () => {
    expect(checkTypedAnswer("UAS", expected, accepted)).toEqual({ correct: true, reason: "exact" });
  });

  it("normalises variants like the main answer", () => {
    expect(checkTypedAnswer("drones!", expected, accepted)).toEqual({ correct: true, reason: "normalised" });
  });

  it("allows typos in variants like the main answer", () => {
    expect(checkTypedAnswer("Unmanned aerial sytems", expected, accepted)).toEqual({ correct: true, reason: "typo" });
  });

  it("reports the strongest reason across variants", () => {
    expect(checkTypedAnswer("unmanned aerial systems", expected, accepted).reason).toBe("normalised");
  });

  it("a near miss of every variant is wrong", () => {
    expect(checkTypedAnswer("UAV", expected, ["UAS"])).toEqual({ correct: false, reason: "wrong" });
  });

  it("checks dates in variants", () => {
    expect(checkTypedAnswer("21.05.2025", "21 May 2025", ["May 21, 2025"])).toEqual({ correct: true, reason: "date" });
  });

  it("ignores blank variants instead of matching everything", () => {
    expect(checkTypedAnswer("anything", "Tehran", ["", "  "])).toEqual({ correct: false, reason: "wrong" });
  });
});

describe("checkTypedAnswer: empty", () => {
  it.each(["", "   ", "\n\t"])("%j is empty", (given) => {
    expect(checkTypedAnswer(given, "Tehran", ["Teheran"])).toEqual({ correct: false, reason: "empty" });
  });

  it("punctuation alone is wrong, not empty", () => {
    expect(checkTypedAnswer("?", "Tehran")).toEqual({ correct: false, reason: "wrong" });
  });
});

describe("checkChoice", () => {
  it("same option is exact", () => {
    expect(checkChoice("Tehran", "Tehran")).toEqual({ correct: true, reason: "exact" });
  });

  it("ignores case and punctuation", () => {
    expect(checkChoice("true", "True")).toEqual({ correct: true, reason: "normalised" });
    expect(checkChoice("The Guardian Council.", "Guardian Council")).toEqual({ correct: true, reason: "normalised" });
  });

  it("allows no typos: the options are on screen", () => {
    expect(checkChoice("Pezeshkain", "Pezeshkian")).toEqual({ correct: false, reason: "wrong" });
    expect(checkChoice("False", "True")).toEqual({ correct: false, reason: "wrong" });
  });

  it("one-letter options stay distinct", () => {
    expect(checkChoice("A", "An")).toEqual({ correct: false, reason: "wrong" });
  });

  it("empty is empty", () => {
    expect(checkChoice(" ", "True")).toEqual({ correct: false, reason: "empty" });
  });
});

describe("checkOrder", () => {
  const expected = ["2001 treaty", "2015 intervention", "2025 partnership"];

  it("the same sequence is right", () => {
    expect(checkOrder([...expected], expected)).toEqual({ correct: true, reason: "exact" });
  });

  it("compares entries normalised", () => {
    expect(checkOrder(["2001 Treaty", "2015 intervention.", "2025 partnership"], expected)).toEqual({
      correct: true,
      reason: "normalised",
    });
  });

  it("one swap is wrong", () => {
    expect(checkOrder(["2015 intervention", "2001 treaty", "2025 partnership"], expected)).toEqual({
      correct: false,
      reason: "wrong",
    });
  });

  it("a missing or extra entry is wrong", () => {
    expect(checkOrder(expected.slice(0, 2), expected).correct).toBe(false);
    expect(checkOrder([...expected, "extra"], expected).correct).toBe(false);
  });

  it("an empty list is empty", () => {
    expect(checkOrder([], expected)).toEqual({ correct: false, reason: "empty" });
  });
});

describe("checkMatching", () => {
  const expected = ["Tehran", "Moscow", "Beijing"];

  it("all pairs right", () => {
    expect(checkMatching(["tehran", "Moscow", "Beijing"], expected)).toEqual({
      correct: true,
      reason: "normalised",
      matched: 3,
      total: 3,
    });
  });

  it("counts the right pairs when some are wrong", () => {
    expect(checkMatching(["Tehran", "Beijing", "Moscow"], expected)).toEqual({
      correct: false,
      reason: "wrong",
      matched: 1,
      total: 3,
    });
  });

  it("a short list counts what it has", () => {
    expect(checkMatching(["Tehran", "Moscow"], expected)).toEqual({
      correct: false,
      reason: "wrong",
      matched: 2,
      total: 3,
    });
  });

  it("an empty list is empty", () => {
    expect(checkMatching(["", ""], expected)).toEqual({ correct: false, reason: "empty", matched: 0, total: 3 });
  });
});
