import { describe, expect, it } from "vitest";
import { labelledDays, weekLine } from "@/lib/srs/week-labels";

// 2026-12-01 is a Tuesday.
const week = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"].map(
  (day, i) => ({ day, due: i * 2 }),
);

describe("labelledDays", () => {
  it("names the first day today and the others by weekday", () => {
    expect(labelledDays(week).map((d) => d.label)).toEqual(["today", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon"]);
    expect(labelledDays(week)[3]).toEqual({ day: "2026-12-04", label: "Fri", due: 6 });
  });

  it("is empty for no days", () => {
    expect(labelledDays([])).toEqual([]);
  });
});

describe("weekLine", () => {
  it("puts each count next to its day, so the row is not a bare list of numbers", () => {
    expect(weekLine(week.slice(0, 3))).toBe("today 0 · Wed 2 · Thu 4");
  });
});
