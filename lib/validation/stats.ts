import { z } from "zod";

const ref = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9_-]+$/, "Use a deck or card id, or a deck slug.");
export const statsQuerySchema = z.strictObject({ deck: ref.optional(), card: ref.optional() });
