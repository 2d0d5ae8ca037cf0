// Date detection: days, months, years, ranges, inferred years, and what is not a date.
import { describe, expect, it } from "vitest";
import { dateVariants, detectDates, formatDate } from "@/lib/generate/detect/dates";

function found(text: string, year?: number) {
  return detectDates(text, 0, year ? { year } : {}).map((m) => ({ text: m.text, ...m.value }));
}

describe("detectDates", () => {
  it("reads a day in either order and spans only the date", () => {
    expect(found("The accord was signed on 3 March 2021 in Baku.")).toEqual([
      { text: "3 March 2021", date: "2021-03-03" },
    ]);
    expect(found("The accord was signed on March 3, 2021, in Baku.")).toEqual([
      { text: "March 3, 2021", date: "2021-03-03" },
    ]);
  });

  it("reads a month and a bare year", () => {
    expect(found("Talks stalled in August 2019 and resumed in 2020.")).toEqual([
      { text: "August 2019", date: "2019-08" },
      { text: "2020", date: "2020" },
    ]);
  });

  it("reads ranges written with an en dash", () => {
    expect(found("The exercise ran from October 2–9, 2022, near the coast.")).toEqual([
      { text: "October 2–9, 2022", date: "2022-10-02", end: "2022-10-09" },
    ]);
    expect(found("A review of the years 2010–2020 followed.")).toEqual([
      { text: "2010–2020", date: "2010", end: "2020" },
    ]);
    expect(found("Output in 2021–22 was flat.")).toEqual([{ text: "2021–22", date: "2021", end: "2022" }]);
  });

  it("takes a missing year from the sentence, then from the context", () => {
    expect(found("The bill passed on 2 May 2018 and the court upheld it on July 9.")).toEqual([
      { text: "2 May 2018", date: "2018-05-02" },
      { text: "July 9", date: "2018-07-09", inferredYear: true },
    ]);
    expect(found("The council approved it on June 11.", 2024)).toEqual([
      { text: "June 11", date: "2024-06-11", inferredYear: true },
    ]);
  });

  it("ignores a bare month with no year anywhere, relative dates and the modal 'may'", () => {
    expect(found("Officials may meet again in March.")).toEqual([]);
    expect(found("Three years later the plan was dropped.")).toEqual([]);
  });

  it("copes with conversion noise: a glued footnote, a compact date, markdown escapes", () => {
    expect(found("The deal closed in May 2024.7 Later talks failed.")).toEqual([{ text: "May 2024", date: "2024-05" }]);
    expect(found("First posted: Sep.12,2023")).toEqual([{ text: "Sep.12,2023", date: "2023-09-12" }]);
    expect(found("It cost \\$12 billion by 2016.")).toEqual([{ text: "2016", date: "2016" }]);
  });

  it("does not read money, percentages, decades or resolution numbers as years", () => {
    expect(found("It cost $2019 and grew 2020% in the 1990s under Resolution 2231.")).toEqual([]);
  });

  it("offsets spans by the base and formats canonical forms", () => {
    const [m] = detectDates("Signed 5 April 2017.", 100);
    expect(m?.start).toBe(107);
    expect(m?.end).toBe(119);
    expect(formatDate({ date: "2017-04-05" })).toBe("5 April 2017");
    expect(formatDate({ date: "2022-10-02", end: "2022-10-09" })).toBe("2–9 October 2022");
    expect(dateVariants({ date: "2017-04-05" })).toEqual(["April 5, 2017", "2017-04-05", "5 Apr 2017"]);
  });
});

describe("years before 1800", () => {
  it("reads a three- or four-digit year after a word that introduces a time", () => {
    expect(found("The guild was chartered in 985, long before the town grew.")).toEqual([{ text: "985", date: "985" }]);
    expect(found("Pilgrims still came as late as 1400.")).toEqual([{ text: "1400", date: "1400" }]);
    expect(found("The bridge stood until 1320 and then fell.")).toEqual([{ text: "1320", date: "1320" }]);
  });

  it("keeps a hedge and an era with the year", () => {
    expect(found("The tower was raised about 1150.")).toEqual([{ text: "about 1150", date: "1150" }]);
    expect(found("The harbour was taken in 1453 A.D. after a long siege.")).toEqual([
      { text: "1453 A.D.", date: "1453" },
    ]);
  });

  it("reads an early year inside a time phrase, with the phrase", () => {
    expect(found("The siege began in the spring of 1683 and lasted two months.")).toEqual([
      { text: "the spring of 1683", date: "1683" },
    ]);
    expect(found("By the end of 1521 the fleet was lost.")).toEqual([{ text: "the end of 1521", date: "1521" }]);
    expect(found("The spring of 1683 brings 400 carts.")).toEqual([]);
  });

  it("does not read a count, a short estimate or a year before Christ as a year", () => {
    expect(found("They found pottery in 300 graves near the ford.")).toEqual([]);
    expect(found("The clerk counted about 300.")).toEqual([]);
    expect(found("The shrine dates from 480 B.C. and was rebuilt.")).toEqual([]);
  });
});

describe("centuries", () => {
  it("reads a century, with its part and a pair, as the span of its years", () => {
    expect(found("The guild lasted until the middle of the fourteenth century, after the wars.")).toEqual([
      { text: "the middle of the fourteenth century", date: "1301", end: "1400", century: true },
    ]);
    expect(found("Farmers came in the late 9th and 10th centuries to the valley.")).toEqual([
      { text: "the late 9th and 10th centuries", date: "801", end: "1000", century: true },
    ]);
  });

  it("leaves a century before Christ and a plain ordinal alone", () => {
    expect(found("The shrine was raised in the fifth century B.C. by the hill folk.")).toEqual([]);
    expect(found("The fourteenth chapter tells of the siege.")).toEqual([]);
  });
});
