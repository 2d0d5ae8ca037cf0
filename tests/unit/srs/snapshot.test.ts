import { describe, expect, it } from "vitest";
import { NO_ROW_SNAPSHOT, parseSnapshot, serializeSnapshot, type CardStateRow } from "@/lib/srs";
import { at, row } from "./fixtures";

describe("snapshot", () => {
  const full: CardStateRow = {
    cardId: "c1",
    factId: "f1",
    due: at("2026-03-05T10:11:12.345Z"),
    stability: 3.141592653589793,
    difficulty: 7.000000000000001,
    elapsedDays: 2,
    scheduledDays: 4,
    learningSteps: 1,
    reps: 6,
    lapses: 2,
    state: 3,
    lastReview: at("2026-03-01T00:00:00.001Z"),
    suspended: true,
    buriedUntil: at("2026-03-06T04:00:00Z"),
    leech: true,
    version: 17,
  };

  it("round-trips every field exactly, dates as dates", () => {
    const back = parseSnapshot(serializeSnapshot(full));
    expect(back).toEqual(full);
    expect(back?.due).toBeInstanceOf(Date);
    expect(back?.lastReview).toBeInstanceOf(Date);
    expect(back?.buriedUntil).toBeInstanceOf(Date);
    expect(Object.keys(back ?? {}).sort()).toEqual(Object.keys(full).sort());
  });

  it("round-trips nulls (never reviewed, not buried)", () => {
    const fresh = row({ state: 0, lastReview: null, buriedUntil: null, reps: 0, stability: 0, difficulty: 0 });
    const back = parseSnapshot(serializeSnapshot(fresh));
    expect(back).toEqual(fresh);
    expect(back?.lastReview).toBeNull();
    expect(back?.buriedUntil).toBeNull();
  });

  it("round-trips 'no row existed'", () => {
    expect(serializeSnapshot(null)).toBe(NO_ROW_SNAPSHOT);
    expect(parseSnapshot(serializeSnapshot(null))).toBeNull();
  });

  it("leaves out properties that are not part of the row", () => {
    const withExtras = { ...full, userId: "u1", deckId: "d1" };
    expect(serializeSnapshot(withExtras)).not.toMatch(/userId|deckId/);
    expect(parseSnapshot(serializeSnapshot(withExtras))).toEqual(full);
  });

  const good = JSON.parse(serializeSnapshot(full)) as { v: number; row: Record<string, unknown> };
  const mutate = (f: (s: { v: number; row: Record<string, unknown> }) => void): string => {
    const copy = structuredClone(good);
    f(copy);
    return JSON.stringify(copy);
  };

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["JSON null", "null", /wrong shape/],
    ["an empty object", "{}", /wrong shape/],
    ["an unknown version", mutate((s) => (s.v = 2)), /wrong shape/],
    ["an unknown state", mutate((s) => (s.row.state = 5)), /state/],
    ["a missing field", mutate((s) => delete s.row.version), /version/],
    ["an extra field", mutate((s) => (s.row.userId = "u1")), /userId/],
    ["a bad date", mutate((s) => (s.row.due = "yesterday")), /due/],
    ["a negative count", mutate((s) => (s.row.reps = -1)), /reps/],
    ["a number as a string", mutate((s) => (s.row.stability = "3.1")), /stability/],
  ])("rejects %s with a clear error", (_what, text, message) => {
    expect(() => parseSnapshot(text)).toThrow(message);
  });
});
