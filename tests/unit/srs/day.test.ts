import { describe, expect, it } from "vitest";
import {
  addDaysToKey,
  daysBetweenKeys,
  isValidTimeZone,
  studyDayEnd,
  studyDayKey,
  studyDayStart,
  studyDayStartOfKey,
} from "@/lib/srs";
import { at } from "./fixtures";

const HOUR_MS = 3_600_000;

function day(now: Date, tz: string, hour = 4) {
  const start = studyDayStart(now, tz, hour);
  const end = studyDayEnd(now, tz, hour);
  return {
    key: studyDayKey(now, tz, hour),
    start: start.toISOString(),
    end: end.toISOString(),
    hours: (end.getTime() - start.getTime()) / HOUR_MS,
  };
}

describe("study day boundary", () => {
  it("03:59 local belongs to the previous day, 04:00 starts a new one (UTC)", () => {
    expect(day(at("2026-03-10T03:59:00Z"), "UTC")).toEqual({
      key: "2026-03-09",
      start: "2026-03-09T04:00:00.000Z",
      end: "2026-03-10T04:00:00.000Z",
      hours: 24,
    });
    expect(day(at("2026-03-10T04:00:00Z"), "UTC").key).toBe("2026-03-10");
  });

  it("uses local time, not UTC (New York in winter, UTC-5)", () => {
    expect(day(at("2026-01-15T08:59:00Z"), "America/New_York")).toMatchObject({
      key: "2026-01-14",
      start: "2026-01-14T09:00:00.000Z",
    });
    expect(day(at("2026-01-15T09:00:00Z"), "America/New_York")).toMatchObject({
      key: "2026-01-15",
      start: "2026-01-15T09:00:00.000Z",
    });
  });

  it("honours the day-start hour", () => {
    expect(studyDayKey(at("2026-03-10T00:30:00Z"), "UTC", 0)).toBe("2026-03-10");
    expect(studyDayKey(at("2026-03-10T23:00:00Z"), "UTC", 23)).toBe("2026-03-10");
    expect(studyDayKey(at("2026-03-10T22:59:00Z"), "UTC", 23)).toBe("2026-03-09");
  });
});

describe("daylight saving", () => {
  it("New York spring forward (2026-03-08): a 23-hour study day", () => {
    // 03:59 EDT on the 8th is still the 7th's study day, which began at 04:00 EST.
    expect(day(at("2026-03-08T07:59:00Z"), "America/New_York")).toEqual({
      key: "2026-03-07",
      start: "2026-03-07T09:00:00.000Z",
      end: "2026-03-08T08:00:00.000Z",
      hours: 23,
    });
    expect(day(at("2026-03-08T08:00:00Z"), "America/New_York")).toEqual({
      key: "2026-03-08",
      start: "2026-03-08T08:00:00.000Z",
      end: "2026-03-09T08:00:00.000Z",
      hours: 24,
    });
  });

  it("New York fall back (2026-11-01): a 25-hour study day", () => {
    expect(day(at("2026-11-01T08:30:00Z"), "America/New_York")).toEqual({
      key: "2026-10-31",
      start: "2026-10-31T08:00:00.000Z",
      end: "2026-11-01T09:00:00.000Z",
      hours: 25,
    });
    expect(day(at("2026-11-01T09:00:00Z"), "America/New_York")).toMatchObject({ key: "2026-11-01", hours: 24 });
  });

  it("Berlin spring forward (2026-03-29): a 23-hour study day", () => {
    expect(day(at("2026-03-29T01:59:00Z"), "Europe/Berlin")).toEqual({
      key: "2026-03-28",
      start: "2026-03-28T03:00:00.000Z",
      end: "2026-03-29T02:00:00.000Z",
      hours: 23,
    });
    expect(day(at("2026-03-29T02:00:00Z"), "Europe/Berlin").key).toBe("2026-03-29");
  });

  it("a start hour skipped by the clocks begins the day at the first instant after the gap", () => {
    // 02:00 does not exist in New York on 2026-03-08; the day begins at 03:00 EDT.
    expect(studyDayStartOfKey("2026-03-08", "America/New_York", 2).toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(studyDayKey(at("2026-03-08T06:59:00Z"), "America/New_York", 2)).toBe("2026-03-07");
    expect(studyDayKey(at("2026-03-08T07:00:00Z"), "America/New_York", 2)).toBe("2026-03-08");
  });

  it.each([
    ["America/New_York", "2026-10-30T00:00:00Z"],
    ["America/New_York", "2026-03-06T00:00:00Z"],
    ["Europe/Berlin", "2026-03-27T00:00:00Z"],
    ["Europe/Berlin", "2026-10-23T00:00:00Z"],
  ])("every instant around a change in %s lies in exactly one study day", (tz, from) => {
    const t0 = at(from).getTime();
    for (const hour of [0, 1, 2, 3, 4]) {
      let previousKey = "";
      for (let t = t0; t < t0 + 5 * 24 * HOUR_MS; t += 15 * 60_000) {
        const now = new Date(t);
        const key = studyDayKey(now, tz, hour);
        const start = studyDayStart(now, tz, hour).getTime();
        const end = studyDayEnd(now, tz, hour).getTime();
        expect(start).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(end);
        expect([23, 24, 25]).toContain((end - start) / HOUR_MS);
        expect(key >= previousKey).toBe(true);
        previousKey = key;
      }
    }
  });
});

describe("time zones and keys", () => {
  it("validates time zones with Intl", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(() => studyDayKey(at("2026-03-10T12:00:00Z"), "Mars/Olympus_Mons", 4)).toThrow(/time zone/);
    expect(() => studyDayKey(at("2026-03-10T12:00:00Z"), "UTC", 24)).toThrow(/dayStartHour/);
  });

  it("does calendar arithmetic on keys", () => {
    expect(addDaysToKey("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDaysToKey("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetweenKeys("2026-03-07", "2026-03-10")).toBe(3);
    expect(daysBetweenKeys("2026-03-10", "2026-03-07")).toBe(-3);
    expect(() => addDaysToKey("2026-02-30", 1)).toThrow(/calendar date/);
    expect(() => addDaysToKey("March 1", 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe("study day keys asked for over and over (cached)", () => {
  it("give the same key in any order of asking, each instant inside its day, across DST changes", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"];
    // Three days around Europe's and America's spring-forward and fall-back dates, in 17-minute steps.
    const spans = ["2026-03-07T00:00:00Z", "2026-03-28T00:00:00Z", "2026-10-24T00:00:00Z", "2026-11-01T00:00:00Z"];
    const instants = spans.flatMap((s) =>
      Array.from({ length: (3 * 24 * 60) / 17 }, (_, i) => new Date(Date.parse(s) + i * 17 * 60_000)),
    );
    for (const zone of zones)
      for (const hour of [0, 2, 4]) {
        const forward = instants.map((t) => studyDayKey(t, zone, hour));
        const backward = [...instants]
          .reverse()
          .map((t) => studyDayKey(t, zone, hour))
          .reverse();
        const shuffled = instants.map((_, i) => (i * 7919) % instants.length);
        const scattered = new Array<string>(instants.length);
        for (const i of shuffled) scattered[i] = studyDayKey(instants[i]!, zone, hour);
        expect(backward).toEqual(forward);
        expect(scattered).toEqual(forward);
        for (const [i, t] of instants.entries()) {
          const key = forward[i]!;
          expect(
            studyDayStartOfKey(key, zone, hour).getTime(),
            `${zone} ${hour} ${t.toISOString()}`,
          ).toBeLessThanOrEqual(t.getTime());
          expect(studyDayStartOfKey(addDaysToKey(key, 1), zone, hour).getTime()).toBeGreaterThan(t.getTime());
        }
      }
  });
});
