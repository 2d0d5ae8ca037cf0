// Money, percentages and counted quantities with units, scales, ranges, hedges and rates.
import { describe, expect, it } from "vitest";
import { detectQuantities, figureVariants } from "@/lib/generate/detect/quantities";

function found(text: string) {
  return detectQuantities(text).map((m) => ({
    kind: m.kind,
    text: m.text,
    number: m.value.number,
    unit: m.value.unit,
    ...(m.value.high !== undefined ? { high: m.value.high } : {}),
  }));
}

describe("detectQuantities", () => {
  it("reads money with a currency sign and a scale word", () => {
    expect(found("Exports reached $2.45 billion last year.")).toEqual([
      { kind: "money", text: "$2.45 billion", number: 2_450_000_000, unit: "USD" },
    ]);
    expect(found("A loan of US$ 6.1 bn was agreed.")).toEqual([
      { kind: "money", text: "US$ 6.1 bn", number: 6_100_000_000, unit: "USD" },
    ]);
    expect(found("The bank lent 900 million euros.")).toEqual([
      { kind: "money", text: "900 million euros", number: 900_000_000, unit: "EUR" },
    ]);
  });

  it("keeps the hedge in the span and reads a range", () => {
    expect(found("It spent roughly $12–15 billion there.")).toEqual([
      { kind: "money", text: "roughly $12–15 billion", number: 12_000_000_000, unit: "USD", high: 15_000_000_000 },
    ]);
  });

  it("reads 'about' after a determiner and its noun as a preposition, not a hedge", () => {
    expect(found("The song tells a legend about three sisters who kept the ford.").map((m) => m.text)).toEqual([
      "three sisters",
    ]);
    expect(found("The village has about 300 inhabitants.").map((m) => m.text)).toEqual(["about 300 inhabitants"]);
    expect(found("They counted a total of about 40 tonnes.").map((m) => m.text)).toEqual(["about 40 tonnes"]);
  });

  it("reads percentages", () => {
    expect(found("Turnover fell 12.5% and then rose 3 percent.")).toEqual([
      { kind: "percent", text: "12.5%", number: 12.5, unit: "percent" },
      { kind: "percent", text: "3 percent", number: 3, unit: "percent" },
    ]);
  });

  it("reads units with a rate, barrels per day and bcm", () => {
    expect(found("The pipe can carry 31 billion cubic meters per year.")).toEqual([
      { kind: "quantity", text: "31 billion cubic meters per year", number: 31, unit: "bcm/year" },
    ]);
    expect(found("Output dropped below 700,000 bpd.")).toEqual([
      { kind: "quantity", text: "below 700,000 bpd", number: 700_000, unit: "bpd" },
    ]);
    expect(found("Fields pumped about 1.2 million barrels per day (bpd) then.")).toEqual([
      { kind: "quantity", text: "about 1.2 million barrels per day (bpd)", number: 1_200_000, unit: "bpd" },
    ]);
  });

  it("reads counted things and compound durations, including a non-breaking hyphen", () => {
    expect(found("The pact has 31 articles and a 15\u2011year term.")).toEqual([
      { kind: "quantity", text: "31 articles", number: 31, unit: "articles" },
      { kind: "quantity", text: "15\u2011year", number: 15, unit: "years" },
    ]);
    expect(found("It shipped 250 cruise missiles over two decades.")).toEqual([
      { kind: "quantity", text: "250 cruise missiles", number: 250, unit: "cruise missiles" },
      // "over" is a hedge like "about", so it belongs to the figure.
      { kind: "quantity", text: "over two decades", number: 20, unit: "years" },
    ]);
  });

  it("reads markdown-escaped dollars and ignores bare numbers, designators and years", () => {
    expect(found("Backers pledged \\$7.5 billion.")).toEqual([
      { kind: "money", text: "$7.5 billion", number: 7_500_000_000, unit: "USD" },
    ]);
    expect(found("The Su-57 and 2019 talks under Article 12 and two countries.")).toEqual([]);
  });

  it("offers written-out and shortened variants", () => {
    const [m] = detectQuantities("They sold about 1.2 million bpd.");
    expect(m && figureVariants(m)).toEqual(
      expect.arrayContaining(["1.2 million bpd", "about 1.2 million barrels per day"]),
    );
  });

  it("reads compound number words as one figure, not their last word", () => {
    expect(found("The crate weighed about one hundred and thirty pounds when full.")).toEqual([
      { kind: "quantity", text: "about one hundred and thirty pounds", number: 130, unit: "lb" },
    ]);
    expect(found("We walked forty-two miles that week.")).toEqual([
      { kind: "quantity", text: "forty-two miles", number: 42, unit: "miles" },
    ]);
    expect(found("The marsh reaches twenty to thirty miles inland.")).toEqual([
      { kind: "quantity", text: "twenty to thirty miles", number: 20, unit: "miles", high: 30 },
    ]);
  });

  it("reads fractions and ranges with a fraction in them", () => {
    expect(found("The fence stood 2½ to 3 feet high.")).toEqual([
      { kind: "quantity", text: "2½ to 3 feet", number: 2.5, unit: "ft", high: 3 },
    ]);
    expect(found("The shed is 7–9¾ metres long.")).toEqual([
      { kind: "quantity", text: "7–9¾ metres", number: 7, unit: "m", high: 9.75 },
    ]);
  });

  it("reads a range after 'between' and 'a thousand' as a number word", () => {
    expect(found("Somewhere between 200 and 300 people came to the fair.")).toEqual([
      { kind: "quantity", text: "between 200 and 300 people", number: 200, unit: "people", high: 300 },
    ]);
    expect(found("Within a week more than a thousand sailors had signed up.")).toEqual([
      { kind: "quantity", text: "more than a thousand sailors", number: 1000, unit: "sailors" },
    ]);
  });
});
