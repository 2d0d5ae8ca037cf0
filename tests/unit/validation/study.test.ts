import { describe, expect, it } from "vitest";
import { z } from "zod";
import { reviewBodySchema, settingsSchema } from "@/lib/validation/study";

const good = {
  desiredRetention: "0.9",
  newPerDay: "20",
  maxReviewsPerDay: "200",
  dayStartHour: "4",
  timeZone: "Europe/Berlin",
};
const errorsFor = (input: Record<string, unknown>) => {
  const r = settingsSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("settingsSchema", () => {
  it("accepts form values and coerces them", () => {
    expect(settingsSchema.parse(good)).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      maxReviewsPerDay: 200,
      dayStartHour: 4,
      timeZone: "Europe/Berlin",
    });
  });
  it.each([
    ["desiredRetention", "0.5", /between 0.70 and 0.99/],
    ["desiredRetention", "abc", /number|between/],
    ["newPerDay", "-1", /cannot be negative/],
    ["newPerDay", "2.5", /whole number/],
    ["maxReviewsPerDay", "0", /at least 1/],
    ["dayStartHour", "24", /0 to 23/],
    ["timeZone", "Mars/Olympus", /time zone we know/],
  ])("rejects %s = %s with a clear message", (field, value, message) => {
    const errors = errorsFor({ ...good, [field]: value }) as Record<string, string[]>;
    expect(errors[field]?.[0]).toMatch(message);
  });
});

describe("reviewBodySchema", () => {
  it("takes a client uuid, a card, a rating 1-4 and a duration", () => {
    const id = "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11";
    expect(reviewBodySchema.parse({ id, cardId: "c1", rating: 3, durationMs: 1200 })).toMatchObject({ id, rating: 3 });
  });
  it("refuses a rating outside 1-4, a non-uuid id and unknown fields", () => {
    expect(reviewBodySchema.safeParse({ id: "x", cardId: "c1", rating: 3 }).success).toBe(false);
    expect(
      reviewBodySchema.safeParse({ id: "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11", cardId: "c1", rating: 5 }).success,
    ).toBe(false);
    expect(
      reviewBodySchema.safeParse({ id: "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11", cardId: "c1", rating: 2, admin: true })
        .success,
    ).toBe(false);
  });
});
