import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  isNumberWord,
  isValidYmd,
  monthFromName,
  monthName,
  numberFromRoman,
  numberFromWords,
  toRoman,
} from "@/lib/values";

describe("calendar", () => {
  it("reads month names long, short and with a dot", () => {
    expect(monthFromName("January")).toEqual({ month: 1, short: false });
    expect(monthFromName("feb.")).toEqual({ month: 2, short: true });
    expect(monthFromName("Sept")).toEqual({ month: 9, short: true });
    expect(monthFromName("Janu")).toBeNull();
    expect(monthName(12)).toBe("December");
    expect(monthName(12, true)).toBe("Dec");
    expect(monthName(13)).toBe("");
  });

  it("knows real calendar dates", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(isValidYmd({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidYmd({ year: 2024, month: 2, day: 30 })).toBe(false);
    expect(isValidYmd({ year: 2024, day: 3 })).toBe(false);
    expect(isValidYmd({ year: 999 })).toBe(false);
    expect(isValidYmd({ year: 1, month: 1 }, { min: 1, max: 9999 })).toBe(true);
  });
});

describe("numbers", () => {
  it.each([
    ["seven", 7],
    ["forty-seven", 47],
    ["forty seven", 47],
    ["a hundred", 100],
    ["one hundred and five", 105],
    ["nineteen", 19],
    ["ninety nine", 99],
  ])("reads %s as %d", (words, n) => {
    expect(numberFromWords(words)).toBe(n);
  });

  it.each(["seven eight", "hundred", "twenty thirty", "fortyseven", "", "many"])("refuses %j", (words) => {
    expect(numberFromWords(words)).toBeNull();
  });

  it("reads canonical Roman numerals only", () => {
    expect(numberFromRoman("IX")).toBe(9);
    expect(numberFromRoman("xlvii")).toBe(47);
    expect(numberFromRoman("MCMXCIX")).toBe(1999);
    expect(numberFromRoman("IIII")).toBeNull();
    expect(numberFromRoman("VX")).toBeNull();
    expect(numberFromRoman("did")).toBeNull();
    expect(toRoman(153)).toBe("cliii");
  });

  it("tells number and scale words from other words", () => {
    expect(isNumberWord("sixteen")).toBe(true);
    expect(isNumberWord("billion")).toBe(true);
    expect(isNumberWord("oilfield")).toBe(false);
  });
});
