import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/srs";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatInterval", () => {
  it.each([
    [0, "1m"],
    [MIN, "1m"],
    [10 * MIN, "10m"],
    [59.6 * MIN, "1h"],
    [5 * HOUR, "5h"],
    [23.6 * HOUR, "1d"],
    [DAY, "1d"],
    [3 * DAY, "3d"],
    [29 * DAY, "29d"],
    [30 * DAY, "1mo"],
    [64 * DAY, "2.1mo"],
    [365 * DAY, "1y"],
    [438 * DAY, "1.2y"],
    [36500 * DAY, "100y"],
  ])("%d ms -> %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it("rejects a non-finite interval", () => {
    expect(() => formatInterval(Number.NaN)).toThrow(RangeError);
  });
});
