import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { spreadsheetSafeCell, toSpreadsheetCsv } from "@/lib/export/csv";
import { studentProgressCsv } from "@/lib/progress/csv";

describe("spreadsheet-safe CSV", () => {
  it.each(['=HYPERLINK("http://evil.test","x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "escapes a cell starting %j",
    (v) => {
      const out = spreadsheetSafeCell(v);
      expect(out).toBe(`'${v}`);
      expect(out).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it("leaves ordinary text, inner signs and numbers alone", () => {
    expect(spreadsheetSafeCell("Ana Lima")).toBe("Ana Lima");
    expect(spreadsheetSafeCell("a=b")).toBe("a=b");
    const csv = toSpreadsheetCsv([{ name: "x", score: -3 }]);
    expect(parse(csv, { columns: true })).toEqual([{ name: "x", score: "-3" }]);
  });

  it("the class CSV escapes a student named like a formula", () => {
    const csv = studentProgressCsv([
      {
        studentId: "s1",
        name: '=HYPERLINK("http://evil.test","x")',
        email: "@evil.test",
        cardsIntroduced: 1,
        totalCards: 2,
        reviewsLast7Days: 3,
        predictedRecall: 0.5,
        newPerDayNeeded: 1,
        lastActive: null,
        status: "at-risk",
      },
    ]);
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(rows[0]!.name).toBe(`'=HYPERLINK("http://evil.test","x")`);
    expect(rows[0]!.email).toBe("'@evil.test");
    for (const cell of Object.values(rows[0]!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
