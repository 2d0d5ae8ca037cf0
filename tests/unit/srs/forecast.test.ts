import { describe, expect, it } from "vitest";
import { dueForecast, studyStreak } from "@/lib/srs";
import { UTC_SETTINGS, at, row } from "./fixtures";

describe("dueForecast", () => {
  it("counts due cards per study day, overdue ones today", () => {
    const now = at("2026-03-10T12:00:00Z");
    const states = [
      row({ due: at("2026-03-05T10:00:00Z") }), // overdue -> today
      row({ due: at("2026-03-11T03:00:00Z") }), // before 04:00 -> still today's study day
      row({ due: at("2026-03-11T05:00:00Z"), state: 1 }), // learning cards count too
      row({ due: at("2026-03-16T10:00:00Z") }), // last day of the window
      row({ due: at("2026-03-17T10:00:00Z") }), // beyond the window
      row({ due: at("2026-03-09T10:00:00Z"), state: 0, lastReview: null }), // new: not a due review
      row({ due: at("2026-03-09T10:00:00Z"), suspended: true }),
      row({ due: at("2026-03-09T10:00:00Z"), buriedUntil: at("2026-03-12T05:00:00Z") }), // counted when unburied
    ];
    expect(dueForecast(states, now, UTC_SETTINGS)).toEqual([
      { day: "2026-03-10", due: 2 },
      { day: "2026-03-11", due: 1 },
      { day: "2026-03-12", due: 1 },
      { day: "2026-03-13", due: 0 },
      { day: "2026-03-14", due: 0 },
      { day: "2026-03-15", due: 0 },
      { day: "2026-03-16", due: 1 },
    ]);
  });

  it("follows the user's study day across a DST change", () => {
    const settings = { ...UTC_SETTINGS, timeZone: "America/New_York" };
    const now = at("2026-03-07T15:00:00Z");
    const states = [
      row({ due: at("2026-03-08T07:30:00Z") }), // 03:30 EDT: still the 7th's study day
      row({ due: at("2026-03-08T08:00:00Z") }), // 04:00 EDT: the 8th
    ];
    expect(dueForecast(states, now, settings, 2)).toEqual([
      { day: "2026-03-07", due: 1 },
      { day: "2026-03-08", due: 1 },
    ]);
  });

  it("rejects a window of no days", () => {
    expect(() => dueForecast([], at("2026-03-10T12:00:00Z"), UTC_SETTINGS, 0)).toThrow(RangeError);
  });
});

describe("studyStreak", () => {
  const days = ["2026-03-10", "2026-03-08", "2026-03-09", "2026-03-09", "2026-03-06"];

  it("counts consecutive days ending today", () => {
    expect(studyStreak(days, "2026-03-10")).toBe(3);
  });

  it("ends yesterday when nothing is studied yet today", () => {
    expect(studyStreak(days, "2026-03-11")).toBe(3);
  });

  it("is 0 after a missed day, and across a month boundary keeps counting", () => {
    expect(studyStreak(days, "2026-03-12")).toBe(0);
    expect(studyStreak([], "2026-03-12")).toBe(0);
    expect(studyStreak(["2026-02-27", "2026-02-28", "2026-03-01"], "2026-03-01")).toBe(3);
  });
});
