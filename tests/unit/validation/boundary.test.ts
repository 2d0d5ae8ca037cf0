import { describe, expect, it } from "vitest";
import { createAssignmentSchema } from "@/lib/validation/classes";
import { parseIsoInstant } from "@/lib/validation/dates";
import { createQuizSchema } from "@/lib/validation/quiz";
import { reviewBodySchema, settingsSchema } from "@/lib/validation/study";
import { findUncleanValue, isCleanText } from "@/lib/validation/text";

const NOW = new Date("2026-03-01T12:00:00Z");

describe("clean text", () => {
  it("refuses lone surrogates and NUL, keeps real pairs and ordinary text", () => {
    expect(isCleanText("\ud800")).toBe(false);
    expect(isCleanText("a\udc00b")).toBe(false);
    expect(isCleanText("x\u0000")).toBe(false);
    expect(isCleanText("😀 Тегеран")).toBe(true);
    expect(isCleanText("")).toBe(true);
  });

  it("finds a bad string anywhere in a JSON value, keys included, and refuses deep nesting", () => {
    expect(findUncleanValue({ a: [1, { b: "\ud800" }] })).toEqual({ path: "a[1].b", problem: "text" });
    expect(findUncleanValue({ ["k\u0000"]: 1 })?.problem).toBe("text");
    expect(findUncleanValue({ a: ["fine", 2, null, true] })).toBeNull();
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(findUncleanValue(deep)?.problem).toBe("depth");
  });
});

describe("dates", () => {
  it.each([
    "2024-02-30",
    "2023-02-29",
    "2026-13-01",
    "+275760-09-13T00:00:00Z",
    "-000001-01-01",
    "0000-01-01",
    "1899-12-31",
    "2201-01-01",
    "2026-01-01T24:00:00Z",
    "2026-1-1",
    "tomorrow",
    "",
  ])("refuses %j", (s) => expect(parseIsoInstant(s)).toBeNull());

  it("reads real dates, with or without time and offset", () => {
    expect(parseIsoInstant("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoInstant("2026-12-18T17:00:00+02:00")?.toISOString()).toBe("2026-12-18T15:00:00.000Z");
    expect(parseIsoInstant("2026-12-18T17:00")?.toISOString()).toBe("2026-12-18T17:00:00.000Z");
  });

  it("an assignment's dueAt is a future ISO string, nothing else", () => {
    const schema = createAssignmentSchema(NOW);
    for (const dueAt of [null, true, [1, 2], 8.64e15, -8.64e15, "2024-02-30", "2026-02-28", "2040-01-01"]) {
      expect(schema.safeParse({ deck: "d", dueAt }).success, JSON.stringify(dueAt)).toBe(false);
    }
    expect(schema.parse({ deck: "d", dueAt: "2026-04-01" }).dueAt.toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });
});

describe("numbers", () => {
  it("count is a number, not hex, exponent, blank or boolean", () => {
    for (const count of ["0x10", "1e1", " ", true, "16abc", null]) {
      expect(createQuizSchema.safeParse({ deck: "d", count }).success, JSON.stringify(count)).toBe(false);
    }
    expect(createQuizSchema.parse({ deck: "d", count: "16" }).count).toBe(16);
    expect(createQuizSchema.parse({ deck: "d", count: 16 }).count).toBe(16);
  });

  it("settings refuse hex and blanks", () => {
    const good = {
      desiredRetention: "0.9",
      newPerDay: "20",
      maxReviewsPerDay: "200",
      dayStartHour: "4",
      timeZone: "UTC",
    };
    expect(settingsSchema.safeParse(good).success).toBe(true);
    expect(settingsSchema.safeParse({ ...good, newPerDay: "0x10" }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...good, dayStartHour: "" }).success).toBe(false);
  });

  it("a review's cardId must look like an id", () => {
    const base = { id: "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11", rating: 3 };
    expect(reviewBodySchema.safeParse({ ...base, cardId: "\ud800" }).success).toBe(false);
    expect(reviewBodySchema.safeParse({ ...base, cardId: "c\u0000" }).success).toBe(false);
    expect(reviewBodySchema.safeParse({ ...base, cardId: "cm1abc" }).success).toBe(true);
  });
});

describe("upload names and document text", async () => {
  const { safeDisplayName } = await import("@/lib/import/upload");
  const { toCleanText } = await import("@/lib/validation/text");
  it("reduces a file name to a safe display name", () => {
    expect(safeDisplayName("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(safeDisplayName("C:\\Users\\x\\notes.md")).toBe("notes.md");
    expect(safeDisplayName("evil\u202Etxt.exe")).toBe("eviltxt.exe");
    expect(safeDisplayName("a\u0000b\ud800.pdf")).toBe("ab.pdf");
    expect(safeDisplayName("...")).toBe("document");
    const long = safeDisplayName(`${"x".repeat(300)}.docx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".docx")).toBe(true);
  });
  it("makes extracted text storable", () => {
    expect(toCleanText("a\u0000b\ud800c😀")).toBe("ab\ufffdc😀");
  });
});
