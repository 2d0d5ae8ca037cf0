// Dates: the same day, month or year written any common way is right; any other date is wrong,
// however close its spelling.
import { describe, expect, it } from "vitest";
import { checkTypedAnswer } from "@/lib/quiz/check";
import { toDateKey } from "@/lib/quiz/normalise";

const right = (given: string, expected: string, accepted: string[] = []) =>
  expect(checkTypedAnswer(given, expected, accepted)).toEqual({ correct: true, reason: "date" });
const wrong = (given: string, expected: string, accepted: string[] = []) =>
  expect(checkTypedAnswer(given, expected, accepted)).toEqual({ correct: false, reason: "wrong" });

describe("toDateKey", () => {
  it.each([
    ["17 January 2025", "2025-01-17"],
    ["January 2025", "2025-01"],
    ["2025-01", "2025-01"],
    ["2018", "2018"],
    ["in 2018", "2018"],
    ["21 April", "--04-21"],
    ["17-18 January 2025", "2025-01-17/2025-01-18"],
  ])("%j -> %j", (input, key) => {
    expect(toDateKey(input)).toBe(key);
  });

  it.each([
    "today",
    "2 weeks ago",
    "next friday",
    "May",
    "Tehran",
    "17 January 2025 in Moscow",
    "01/02/2025",
    "3.77",
    "S-400",
  ])("%j is not one fixed date", (input) => {
    expect(toDateKey(input)).toBeNull();
  });

  it("does not depend on today: a year-less date keeps no year whatever the reference", () => {
    expect(toDateKey("21 April", new Date(Date.UTC(2031, 6, 1)))).toBe("--04-21");
  });
});

describe("a day written another way", () => {
  const expected = "17 January 2025";
  it.each([
    "Jan 17, 2025",
    "January 17, 2025",
    "January 17th, 2025",
    "17th January 2025",
    "17 Jan 2025",
    "17 Jan. 2025",
    "2025-01-17",
    "2025/01/17",
    "17/01/2025", // day first, unambiguous because 17 > 12
    "17/1/2025",
    "1/17/2025", // month first, unambiguous because 17 > 12
    "17.01.2025",
    "on 17 January 2025",
    "Friday, 17 January 2025",
    "the 17th of January 2025",
  ])("%j", (given) => right(given, expected));

  it("also when the expected answer is the numeric form", () => {
    right("17 January 2025", "2025-01-17");
  });

  it("a day-month order that reads the same both ways is fine", () => {
    right("05/05/2025", "5 May 2025");
  });
});

describe("ambiguous day/month order", () => {
  it("01/02/2025 is not accepted for 1 February", () => wrong("01/02/2025", "1 February 2025"));
  it("01/02/2025 is not accepted for 2 January", () => wrong("01/02/2025", "2 January 2025"));
  it("06/11/2025 is not accepted for 11 June", () => wrong("06/11/2025", "11 June 2025"));
});

describe("a month written another way", () => {
  const expected = "January 2025";
  it.each(["Jan 2025", "2025-01", "01/2025", "1/2025", "in January 2025", "January of 2025", "Jan, 2025"])(
    "%j",
    (given) => right(given, expected),
  );

  it("Sept for September", () => right("Sept 2025", "September 2025"));
  it("works from the numeric side too", () => right("August 2025", "2025-08"));
});

describe("a year", () => {
  it("matches the same year", () => expect(checkTypedAnswer("2018", "2018").correct).toBe(true));
  it("'in 2018' is 2018", () => right("in 2018", "2018"));
  it("another year is wrong", () => wrong("2019", "2018"));
  it("a full date in another year is wrong", () => wrong("17 January 2019", "2018"));
  it("a month answer does not match a year-only answer", () => wrong("May 2018", "2018"));
  it("a year-only answer does not match a month answer", () => wrong("2018", "May 2018"));
  it("...unless the year is an accepted variant", () =>
    expect(checkTypedAnswer("2018", "May 2018", ["2018", "2018-05"]).correct).toBe(true));
});

describe("a different date is wrong, never a typo", () => {
  it("the next day", () => wrong("18 January 2025", "17 January 2025"));
  it("the day before, numerically", () => wrong("2025-01-16", "17 January 2025"));
  it("the same day in another year", () => wrong("17 January 2024", "17 January 2025"));
  it("the same day in another month", () => wrong("17 February 2025", "17 January 2025"));
  it("the next month", () => wrong("February 2025", "January 2025"));
  it("a day where a month was asked", () => wrong("17 January 2025", "January 2025"));
  it("a month where a day was asked", () => wrong("January 2025", "17 January 2025"));
  it("a range where one day was asked", () => wrong("17-18 January 2025", "17 January 2025"));
  it("every variant is checked, and none match", () =>
    wrong("12 June 2025", "11 June 2025", ["June 11, 2025", "2025-06-11", "11/06/2025"]));
  it("a day number alone is not a date", () => wrong("21", "21 April"));
  it("a relative date is not a date", () => wrong("today", "1 January 2025"));
});

describe("a year-less date", () => {
  it("matches the same day and month", () => right("April 21", "21 April"));
  it("does not match another day", () => wrong("April 22", "21 April"));
});
