import { z } from "zod";
import { futureInstant } from "./dates";
import { decimal } from "./numbers";
import { cleanString, idString } from "./text";

export const createClassSchema = z.strictObject({
  name: cleanString({ error: "Give the class a name." })
    .trim()
    .min(1, "Give the class a name.")
    .max(120, "Keep the name under 120 characters."),
});

export const joinClassSchema = z.strictObject({
  code: cleanString({ error: "Enter the join code." })
    .trim()
    .min(4, "Enter the join code your instructor gave you.")
    .max(32, "That is too long for a join code."),
});

/** An assignment is due after `now` and within five years. */
export const createAssignmentSchema = (now: Date) =>
  z.strictObject({
    deck: cleanString({ error: "Choose a deck." }).trim().min(1, "Choose a deck.").max(120),
    dueAt: futureInstant(now, { label: "dueAt", maxDaysAhead: 5 * 366 }),
    targetRetention: decimal({
      min: 0.5,
      max: 0.99,
      message: "The target is a share between 0.5 and 0.99.",
    }).optional(),
  });

export const classIdSchema = idString("class id");
