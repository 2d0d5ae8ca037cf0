// Input shapes of the study API and forms.
import { z } from "zod";
import { isValidTimeZone } from "@/lib/srs";
import { decimal, wholeNumber } from "./numbers";
import { cleanString, idString } from "./text";

export const reviewBodySchema = z.strictObject({
  id: z.uuid({ error: "id must be a UUID made by the client for this review" }),
  cardId: idString("cardId"),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)",
  }),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000, "durationMs is at most a day")
    .default(0),
  version: z.number().int().min(0).nullable().optional(),
  /** Type-in cards: what was typed, and whether the learner overrode the checker ("I was right"). */
  typed: z.string().max(500, "typed is at most 500 characters").optional(),
  override: z.boolean().optional(),
});

export const undoBodySchema = z.strictObject({ id: z.uuid({ error: "id must be the UUID of your latest review" }) });

export const queueQuerySchema = z.object({
  deck: cleanString({ error: "deck (id or slug) is required" }).min(1, "deck (id or slug) is required").max(120),
  limit: wholeNumber({ min: 1, max: 200, message: "limit must be a whole number from 1 to 200" }).default(20),
});

const hour = wholeNumber({ min: 0, max: 23, message: "Day start must be an hour from 0 to 23." });

export const settingsSchema = z.object({
  desiredRetention: decimal({ min: 0.7, max: 0.99, message: "Desired retention must be between 0.70 and 0.99." }),
  newPerDay: wholeNumber({
    min: 0,
    max: 9999,
    message: "New cards per day must be a whole number.",
    minMessage: "New cards per day cannot be negative.",
    maxMessage: "At most 9999 new cards per day.",
  }),
  maxReviewsPerDay: wholeNumber({
    min: 1,
    max: 99999,
    message: "Maximum reviews per day must be a whole number.",
    minMessage: "Allow at least 1 review per day.",
    maxMessage: "At most 99999 reviews per day.",
  }),
  dayStartHour: hour,
  timeZone: cleanString()
    .trim()
    .min(1, "Choose a time zone.")
    .refine(isValidTimeZone, "That is not a time zone we know (use a name like Europe/Berlin)."),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

export const cardActionSchema = z.strictObject({
  action: z.enum(["suspend", "unsuspend", "bury", "unbury", "flag", "unflag"], {
    error: "action must be suspend, unsuspend, bury, unbury, flag or unflag",
  }),
});

export const cardIdParamSchema = z.string().min(1, "card id is required").max(64, "card id is at most 64 characters");

export const typedQuerySchema = z.string().max(500, "typed is at most 500 characters").optional();
