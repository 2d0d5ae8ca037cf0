import { z } from "zod";

export const createClassSchema = z.strictObject({
  name: z.string({ error: "Give the class a name." }).trim().min(1, "Give the class a name.").max(120, "Keep the name under 120 characters."),
});

export const joinClassSchema = z.strictObject({
  code: z.string({ error: "Enter the join code." }).trim().min(4, "Enter the join code your instructor gave you.").max(32, "That is too long for a join code."),
});

export const createAssignmentSchema = z.strictObject({
  deck: z.string({ error: "Choose a deck." }).trim().min(1, "Choose a deck.").max(120),
  dueAt: z.coerce.date({ error: "Give a due date (for example 2026-12-18)." }),
  targetRetention: z.coerce
    .number({ error: "The target is a share between 0.5 and 0.99." })
    .min(0.5, "The target is a share between 0.5 and 0.99.")
    .max(0.99, "The target is a share between 0.5 and 0.99.")
    .optional(),
});
