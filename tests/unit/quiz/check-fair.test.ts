// Fair type-in checking, rule by rule, right and wrong: lists in any order, articles and "Article"
// optional, numbers as words and Roman numerals, typos scaled to the word's length and kind,
// accepted variants, other sources' versions of a disputed fact, and the reason given.
import { describe, expect, it } from "vitest";
import { checkTypedAnswer } from "@/lib/quiz/check";
import { explainCheck } from "@/lib/quiz/explain";
import { romanToDigits, romanValue, numberWordsToDigits } from "@/lib/quiz/numerals";
import { splitList } from "@/lib/quiz/lists";
import { closeEnough, editDistance, isSwap } from "@/lib/quiz/typos";

const right = (given: string, expected: string, accepted: string[] = []) => checkTypedAnswer(given, expected, accepted);

describe("lists: any order, any separators", () => {
  it.each([
    ["Russia, China, India", "China, India and Russia"],
    ["drones and ballistic missiles", "Ballistic missiles and drones"],
    ["India; Russia; China", "China, India and Russia"],
    ["china, india, russia", "China, India and Russia"],
    ["Russia & China & India", "China, India and Russia"],
    ["Russia, India as well as China", "China, India and Russia"],
    ["Russia plus China and India", "China, India and Russia"],
    ["Iran and Russia", "Russia and Iran"],
    ["both Iran and Russia", "Russia and Iran"],
    ["the drones and the ballistic missiles", "Ballistic missiles and drones"],
    ["Brazil, Russia, India, China and South Africa", "China, South Africa, Brazil, India and Russia"],
    ["Shahed-136, Shahed-131", "Shahed-131 and Shahed-136"],
    ["S400 and Su35", "Su-35 and S-400"],
  ])("%j = %j", (given, expected) => {
    expect(right(given, expected)).toEqual({ correct: true, reason: "list" });
  });

  it.each([
    ["Russia, Chna, India", "China, India and Russia"], // a dropped letter in a five-letter name
    ["Russia, Chine, India", "China, India and Russia"],
  ])("%j is not %j: one item is another word", (given, expected) => {
    expect(right(given, expected)).toEqual({ correct: false, reason: "wrong", list: expect.anything() as unknown });
  });

  it("an item with a slip long enough to allow it passes as a typo", () => {
    expect(right("Russia, China, Indai", "China, India and Russia")).toEqual({ correct: true, reason: "typo" });
    expect(right("ballistic misiles and drones", "Ballistic missiles and drones")).toEqual({
      correct: true,
      reason: "typo",
    });
    expect(right("drones and balistic missiles", "Ballistic missiles and drones")).toEqual({
      correct: true,
      reason: "typo",
    });
  });

  it("the same items in the same order with another comma are simply normalised", () => {
    expect(right("China, India, and Russia", "China, India and Russia")).toEqual({
      correct: true,
      reason: "normalised",
    });
  });

  it.each([
    ["Russia, China", "China, India and Russia", ["India"], []],
    ["Russia, China, Iraq", "China, India and Russia", ["India"], ["Iraq"]],
    ["drones", "Ballistic missiles and drones", ["Ballistic missiles"], []],
    ["drones, ballistic missiles and tanks", "Ballistic missiles and drones", [], ["tanks"]],
    ["Russia, China, India, Iran", "China, India and Russia", [], ["Iran"]],
  ])("%j for %j misses %j and adds %j", (given, expected, missing, extra) => {
    const result = right(given, expected);
    expect(result.correct).toBe(false);
    expect(result.list?.missing).toEqual(missing);
    expect(result.list?.extra).toEqual(extra);
  });

  it("counts the right items of a partial list", () => {
    expect(right("Russia, China", "China, India and Russia").list).toMatchObject({ matched: 2, total: 3 });
  });

  it("an item is used once: the same item twice does not cover two", () => {
    expect(right("Russia, Russia, China", "China, India and Russia").correct).toBe(false);
  });

  it("a list with nothing in common is plainly wrong, with no list detail", () => {
    expect(right("Iraq, Syria", "China, India and Russia")).toEqual({ correct: false, reason: "wrong" });
  });

  it("an alternative ('or') is not a list of both", () => {
    expect(right("Russia or China", "China and Russia").correct).toBe(false);
  });

  it.each([
    ["one hundred and fifty two", ["one hundred fifty two"]],
    ["9, 152, 153", ["9", "152", "153"]],
    ["3,770,000", ["3,770,000"]],
    ["China, India, and Russia", ["China", "India", "Russia"]],
    ["Tehran", ["Tehran"]],
  ])("splitList(%j)", (input, items) => {
    expect(splitList(input)).toEqual(items);
  });

  it("a list of numbers typed without spaces is read as a list when a list is expected", () => {
    expect(right("9,152,153", "Articles 9, 152 and 153").correct).toBe(true);
  });

  it("a list never overrides a different figure", () => {
    expect(right("$30 and $40 billion", "$30–50 billion").correct).toBe(false);
  });
});

describe("articles and designators are optional", () => {
  it.each([
    ["9, 152, 153", "Articles 9, 152 and 153"],
    ["axis of sanctioned", "The Axis of the Sanctioned"],
    ["Axis of the Sanctioned", "The Axis of the Sanctioned"],
    ["the axis of the sanctioned", "Axis of Sanctioned"],
    ["9", "Article 9"],
    ["Art. 9", "Article 9"],
    ["article 9", "Art. 9"],
    ["Articles 152 and 153", "152 and 153"],
    ["No. 9", "9"],
    ["treaty of friendship", "The Treaty of Friendship"],
    ["a mutual defence clause", "Mutual defence clause"],
  ])("%j = %j", (given, expected) => {
    const result = right(given, expected);
    expect(result.correct).toBe(true);
    expect(["normalised", "list", "exact"]).toContain(result.reason);
  });

  it.each([
    ["Article 10", "Article 9"],
    ["10", "Article 9"],
    ["Section 9", "Article 9"],
    ["Articles 9 and 152", "Articles 9, 152 and 153"],
    ["axis of resistance", "The Axis of the Sanctioned"],
    ["the", "The Axis of the Sanctioned"],
    ["Articles 9, 152 and 154", "Articles 9, 152 and 153"],
  ])("%j is not %j", (given, expected) => {
    expect(right(given, expected).correct).toBe(false);
  });
});

describe("numbers as words and Roman numerals", () => {
  it.each([
    ["article nine", "Article 9"],
    ["Article IX", "Article 9"],
    ["article ix", "Article 9"],
    ["Art. IX", "Article 9"],
    ["nine", "Article 9"],
    ["IX", "Article 9"],
    ["Article one hundred fifty two", "Article 152"],
    ["Article one hundred and fifty-two", "Article 152"],
    ["Article CLII", "Article 152"],
    ["Articles IX, CLII and CLIII", "Articles 9, 152 and 153"],
    ["articles nine, one hundred fifty two and one hundred fifty three", "Articles 9, 152 and 153"],
    ["World War 2", "World War II"],
    ["World War two", "World War II"],
    ["Article 9", "Article nine"],
    ["Article 81", "Article eighty-one"],
  ])("%j = %j", (given, expected) => {
    expect(right(given, expected).correct).toBe(true);
  });

  it("reports the numeral reading", () => {
    expect(right("article nine", "Article 9")).toEqual({ correct: true, reason: "numeral" });
    expect(right("Article IX", "Article 9")).toEqual({ correct: true, reason: "numeral" });
  });

  it.each([
    ["article ten", "Article 9"],
    ["Article X", "Article 9"],
    ["Article XI", "Article 9"],
    ["Article one hundred fifty three", "Article 152"],
    ["World War I", "World War II"],
    ["Article IIII", "Article 4"], // not a well-formed numeral
  ])("%j is not %j", (given, expected) => {
    expect(right(given, expected).correct).toBe(false);
  });

  it.each([
    ["IX", 9],
    ["xiv", 14],
    ["CLIII", 153],
    ["MMXXV", 2025],
    ["IIII", null],
    ["VX", null],
    ["Iran", null],
  ])("romanValue(%j) = %j", (word, value) => {
    expect(romanValue(word)).toBe(value);
  });

  it("a lone capital I is a word, not one", () => {
    expect(romanToDigits("I think Article I")).toBe("I think Article 1");
  });

  it("number words become digits; scale words stay", () => {
    expect(numberWordsToDigits("forty seven oilfields")).toBe("47 oilfields");
    expect(numberWordsToDigits("three billion")).toBe("3 billion");
  });

  it("an abbreviation that spells a numeral still matches itself in lower case", () => {
    expect(right("washington dc", "Washington DC").correct).toBe(true);
  });
});

describe("typos scaled to length and kind", () => {
  it.each([
    ["Omna", "Oman"], // a swap in a short name
    ["Irna", "Iran"],
    ["Chian", "China"],
    ["Rusia", "Russia"], // one letter in six
    ["Russai", "Russia"],
    ["Khamenie", "Khamenei"],
    ["Pezeshkain", "Pezeshkian"],
    ["Caspain Sea", "Caspian Sea"],
  ])("%j passes for %j", (given, expected) => {
    expect(right(given, expected)).toEqual({ correct: true, reason: "typo" });
  });

  it.each([
    ["Oma", "Oman"], // a dropped letter in a short name is another word
    ["Omen", "Oman"],
    ["Iraq", "Iran"],
    ["Irak", "Iran"],
    ["Chin", "China"],
    ["Chinaa", "China"],
    ["from", "form"], // a swap in a short common word makes another word
    ["RIGC", "IRGC"], // acronyms get no slack
    ["ERU", "EEU"],
    ["Rsusai", "Russia"],
  ])("%j does not pass for %j", (given, expected) => {
    expect(right(given, expected).correct).toBe(false);
  });

  it.each([
    ["2024", "2025"], // a year
    ["2052", "2025"],
    ["17 January 2052", "17 January 2025"], // a date
    ["$4.9 billion", "$4.8 billion"], // a figure
    ["$8.4 billion", "$4.8 billion"],
    ["481", "418"],
    ["Article 125", "Article 152"],
    ["S-500", "S-400"],
    ["Su-53", "Su-35"],
  ])("a wrong digit: %j is not %j", (given, expected) => {
    expect(right(given, expected).correct).toBe(false);
  });

  it("a misspelt month with the right digits still passes", () => {
    expect(right("17 Janaury 2025", "17 January 2025").correct).toBe(true);
  });

  it.each([
    ["Omna", "oman", "name", true],
    ["Omna", "oman", "word", false],
    ["sanctoined", "sanctioned", "word", true],
    ["4.9", "4.8", "number", false],
    ["IRCG", "irgc", "code", false],
  ])("closeEnough(%j, %j, %s)", (typed, expected, kind, ok) => {
    expect(closeEnough(typed.toLowerCase(), expected, kind as "name" | "word" | "number" | "code")).toBe(ok);
  });

  it("a swap is one edit", () => {
    expect(editDistance("tehrna", "tehran")).toBe(1);
    expect(editDistance("bushere", "bushehr")).toBe(2);
    expect(isSwap("omna", "oman")).toBe(true);
    expect(isSwap("omen", "oman")).toBe(false);
  });

  it("the kind comes from the expected answer: a capitalised word is a name", () => {
    expect(right("omna", "Oman").correct).toBe(true);
    expect(right("Omna", "oman").correct).toBe(false);
  });
});

describe("accepted variants", () => {
  const expected = "Eurasian Economic Union";
  const variants = ["EAEU", "EEU"];
  it.each(["EAEU", "eeu", "the Eurasian Economic Union", "Eurasian Econmic Union"])("%j is accepted", (given) => {
    expect(right(given, expected, variants).correct).toBe(true);
  });
  it.each(["EU", "Eurasian Union", "Economic Union"])("%j is not", (given) => {
    expect(right(given, expected, variants).correct).toBe(false);
  });

  it("a variant list is compared in any order too", () => {
    expect(right("drones and missiles", "Ballistic missiles and drones", ["Missiles and drones"])).toEqual({
      correct: true,
      reason: "list",
    });
  });

  it("a variant written with numerals", () => {
    expect(right("Article IX", "The ninth article", ["Article 9"])).toEqual({ correct: true, reason: "numeral" });
  });
});

describe("conflicts: another source's version", () => {
  const options = {
    ownSource: { source: "Strategic Transactionalism", period: "2024" },
    conflicts: [
      { source: "Half-hearted Alliance", period: "2024", answer: "$4.8 billion", accepted: ["4.8 billion dollars"] },
      { source: "Global Power Shifts", answer: "$5 billion" },
    ],
  };

  it("a typed answer that matches another version is not plainly wrong", () => {
    const result = checkTypedAnswer("4.8 bn USD", "$3.77 billion", [], options);
    expect(result.reason).toBe("conflict");
    expect(result.correct).toBe(true);
    expect(result.conflict?.matched).toEqual({
      source: "Half-hearted Alliance",
      period: "2024",
      answer: "$4.8 billion",
    });
    expect(result.conflict?.versions.map((v) => v.answer)).toEqual(["$3.77 billion", "$4.8 billion", "$5 billion"]);
  });

  it("the feedback says what each source says", () => {
    const result = checkTypedAnswer("$5 billion", "$3.77 billion", [], options);
    const text = explainCheck(result, "$3.77 billion");
    expect(text).toContain("Strategic Transactionalism (2024) says “$3.77 billion”");
    expect(text).toContain("Global Power Shifts says “$5 billion”");
    expect(text).toContain("Yours matches Global Power Shifts");
  });

  it("matches another version's accepted forms", () => {
    expect(checkTypedAnswer("4.8 billion dollars", "$3.77 billion", [], options).reason).toBe("conflict");
  });

  it("the question's own answer is simply right, not a conflict", () => {
    expect(checkTypedAnswer("3.77 billion dollars", "$3.77 billion", [], options)).toEqual({
      correct: true,
      reason: "number",
    });
  });

  it("an answer no source gives is wrong", () => {
    expect(checkTypedAnswer("$6 billion", "$3.77 billion", [], options)).toEqual({ correct: false, reason: "wrong" });
  });

  it("a question that names its source may count another version as wrong, still saying why", () => {
    const result = checkTypedAnswer("$5 billion", "$3.77 billion", [], { ...options, conflictIsWrong: true });
    expect(result).toMatchObject({ correct: false, reason: "conflict" });
    expect(explainCheck(result)).toContain("asks for one version");
  });

  it("dates disagree across sources too", () => {
    const result = checkTypedAnswer("2 October 2025", "26 September 2025", [], {
      conflicts: [{ source: "Half-hearted Alliance", answer: "October 2025" }],
    });
    expect(result.correct).toBe(false);
    expect(
      checkTypedAnswer("October 2025", "26 September 2025", [], {
        conflicts: [{ source: "Half-hearted Alliance", answer: "October 2025" }],
      }).reason,
    ).toBe("conflict");
  });

  it("without versions given, nothing changes", () => {
    expect(checkTypedAnswer("$5 billion", "$3.77 billion")).toEqual({ correct: false, reason: "wrong" });
  });
});

describe("the reason, in words", () => {
  it.each([
    ["Tehran", "Tehran", "exactly"],
    ["tehran.", "Tehran", "case"],
    ["2025-01-17", "17 January 2025", "same date"],
    ["3.77bn dollars", "$3.77 billion", "same figure"],
    ["article nine", "Article 9", "Roman numerals"],
    ["Russia, China, India", "China, India and Russia", "order"],
    ["Omna", "Oman", "spelled “Oman”"],
    ["Moscow", "Tehran", "Not the expected answer, nor an accepted form"],
    ["", "Tehran", "No answer"],
    ["Russia, China", "China, India and Russia", "missing: India"],
    ["Russia, China, India, Iran", "China, India and Russia", "not in the answer: Iran"],
  ])("%j for %j mentions %j", (given, expected, phrase) => {
    expect(explainCheck(checkTypedAnswer(given, expected), expected)).toContain(phrase);
  });
});
