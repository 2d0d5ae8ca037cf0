// One zod schema per input shape, shared by the forms and the server.
import { z } from "zod";
import { cleanString } from "@/lib/validation/text";
import { isValidTimeZone } from "@/lib/srs";

export const ROLES = ["learner", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const emailSchema = cleanString({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const signUpSchema = z.object({
  name: cleanString().trim().max(80, "Keep the name under 80 characters.").optional().default(""),
  email: emailSchema,
  password: cleanString({ error: "Choose a password." })
    .min(10, "Use at least 10 characters for the password.")
    .max(200, "Use at most 200 characters for the password."),
  // Sign-up offers learner and instructor; admin is granted, never chosen.
  role: z.enum(["learner", "instructor"], { error: "Choose learner or instructor." }).default("learner"),
  // The browser's time zone, sent by the sign-up form; an unknown or missing one falls back to UTC
  // (it can be changed in the settings), so it never blocks creating the account.
  timeZone: z
    .string()
    .max(100)
    .optional()
    .transform((z) => (z && isValidTimeZone(z) ? z : "UTC")),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: cleanString().min(1, "Enter your password.").max(200),
});
