// Figures: the same amount with or without its unit, scale words or symbols is right; a different
// amount, however close, or a conflicting unit is wrong.
import { describe, expect, it } from "vitest";
import { checkTypedAnswer } from "@/lib/quiz/check";
import { toQuantity } from "@/lib/quiz/normalise";

const right = (given: string, expected: string, accepted: string[] = []) =>
  expect(checkTypedAnswer(given, expected, accepted)).toEqual({ correct: true, reason: "number" });
const accepted = (given: string, expected: string) => expect(checkTypedAnswer(given, expected).correct).toBe(true);
const wrong = (given: string, expected: string, variants: string[] = []) =>
  expect(checkTypedAnswer(given, expected, variants)).toEqual({ correct: false, reason: "wrong" });

describe("toQuantity", () => {
  it.each([
    ["$3.77 billion", { low: 3.77e9, high: 3.77e9, measure: "usd" }],
    ["Up to 55 billion cubic metres per year", { low: 55e9, high: 55e9, measure: "m3", per: "year" }],
    ["2.5m barrels per day", { low: 2.5e6, high: 2.5e6, measure: "bbl", per: "day" }],
    ["$30–50 billion", { low: 30e9, high: 50e9, measure: "usd" }],
    ["forty-seven", { low: 47, high: 47 }],
    ["seven oilfields", { low: 7, high: 7, noun: "oilfield" }],
  ])("%j", (input, quantity) => {
    expect(toQuantity(input)).toEqual(quantity);
  });

  it.each(["S-400", "Article 9", "Tehran", "3,77", "$4.8 billion in 2024", "3 and 4 and 5"])(
    "%j is not a plain figure",
    (input) => {
      expect(toQuantity(input)).toBeNull();
    },
  );
});

describe("money", () => {
  const expected = "$3.77 billion";
  it.each([
    "3.77bn USD",
    "3,770,000,000 dollars",
    "US$3.77 bn",
    "US$ 3.77 billion",
    "USD 3.77bn",
    "3.77 billion US dollars",
    "3770 million dollars",
    "$3,770,000,000",
  ])("%j", (given) => right(given, expected));

  it("the unit may be left out when the number matches", () => accepted("3.77 billion", expected));
  it("...also as scale-word shorthand", () => right("3.77bn", expected));
  it("3.7 is not 3.77", () => wrong("$3.7 billion", expected));
  it("3.78 is not 3.77", () => wrong("3.78 billion dollars", expected));
  it("million is not billion", () => wrong("$3.77 million", expected));
  it("the bare number without its scale is not the figure", () => wrong("3.77", expected));
  it("a conflicting unit is wrong", () => wrong("3.77 billion bcm", expected));
  it("another currency is wrong", () => wrong("€3.77 billion", expected));
  it("rounding noise is tolerated", () => right("3770000000.0000005 USD", expected));
});

describe("volumes and rates", () => {
  it("bcm for billion cubic meters", () => right("55 bcm", "55 billion cubic meters"));
  it("metres and meters", () => right("55 billion cubic metres", "55 bcm"));
  it("m3 with a scale", () => right("55 billion m3", "55 bcm"));
  it("the rate may be left out", () => right("55 bcm", "Up to 55 billion cubic metres per year"));
  it("a rate written another way", () => right("55 bcm/year", "Up to 55 billion cubic metres per year"));
  it("a different rate is wrong", () => wrong("55 bcm per day", "Up to 55 billion cubic metres per year"));
  it("a different amount of gas is wrong", () => wrong("50 bcm", "55 bcm"));
  it("55 cubic metres is not 55 billion", () => wrong("55 cubic metres", "55 bcm"));
  it("bpd", () => right("2.5m barrels per day", "2.5 million bpd"));
  it("barrels a day", () => right("2,500,000 barrels a day", "2.5 million bpd"));
  it("b/d", () => right("2.5 million b/d", "2.5 million bpd"));
  it("barrels are not cubic metres", () => wrong("2.5 million cubic metres per day", "2.5 million bpd"));
});

describe("counts, durations and percentages", () => {
  it("a number word for digits", () => right("forty-seven", "47"));
  it("digits for a number word", () => right("47", "forty seven"));
  it("a small number word", () => right("7", "Seven"));
  it("a number word with its unit", () => right("eleven days", "11 days"));
  it("a hundred", () => right("a hundred", "100"));
  it("one hundred and five", () => right("one hundred and five", "105"));
  it("a missing duration unit", () => right("20", "20 years"));
  it("an added noun", () => right("seven oilfields", "7"));
  it("a different duration unit is wrong", () => wrong("20 days", "20 years"));
  it("a different count is wrong", () => wrong("forty-eight", "47"));
  it("percent in words", () => right("30 percent", "30%"));
  it("per cent", () => right("30 per cent", "30%"));
  it("trailing zeros", () => right("5.50%", "5.5%"));
  it("a percentage may be typed without its sign", () => accepted("30", "30%"));
  it("dollars are not a percentage even when the digits agree", () => wrong("$30", "30%"));
  it("a different percentage is wrong", () => wrong("35%", "30%"));
  it("thousands separators", () => accepted("6,000", "6000"));
  it("hedges do not change the figure", () => right("about 6,000", "6000"));
  it("a four-digit count that looks like a year is still a figure", () => right("about 1,500", "1500"));
  it("...and a different one is wrong", () => wrong("1,600", "1500"));
});

describe("ranges", () => {
  const expected = "$30–50 billion";
  it.each(["30-50 billion dollars", "$30 billion to $50 billion", "30–50 billion USD", "between $30 and $50 billion"])(
    "%j",
    (given) => right(given, expected),
  );
  it("a different upper bound is wrong", () => wrong("$30-40 billion", expected));
  it("one end alone is wrong", () => wrong("$50 billion", expected));
});
