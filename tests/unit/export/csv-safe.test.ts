import { describe, expect, it } from "vitest";
import { safeCell, unescapeCell } from "@/lib/export/csv";

describe("safeCell", () => {
  it.each(["=SUM(A1:A2)", "+1", "-5 °C", "@cmd", "\tx", "\rx"])("guards %j", (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
    expect(unescapeCell(safeCell(text))).toBe(text);
  });
  it("leaves ordinary text, numbers and empties alone", () => {
    expect(safeCell("Canberra")).toBe("Canberra");
    expect(safeCell(42)).toBe("42");
    expect(safeCell(null)).toBe("");
    expect(unescapeCell("'quoted on purpose")).toBe("'quoted on purpose");
  });
});
