// The content format: one deck.yaml per deck folder (metadata and sources) plus any number of
// fact files. One zod schema per shape, shared by the content loader and the fact-editing forms.
import { z } from "zod";

export const FACT_KINDS = [
  "date",
  "treaty",
  "constitution",
  "arms-transfer",
  "figure",
  "event",
  "person",
  "organisation",
  "place",
  "concept",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. treaty-signed");

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

// A calendar date at the precision the source gives: a year, a month or a day.
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => {
    if (s.length < 10) return true;
    const d = new Date(`${s}T00:00:00Z`);
    // zod runs this even after the format check failed: an unparseable string is simply not valid.
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

export const factValueSchema = z
  .object({
    date: isoDate.optional(),
    end: isoDate.optional(),
    number: z.number().finite().optional(),
    unit: text(40).optional(),
    period: text(60).optional(),
  })
  .strict()
  .refine((v) => v.end === undefined || v.date !== undefined, { message: "end needs a start date", path: ["end"] })
  .refine((v) => v.end === undefined || v.date === undefined || v.end >= v.date, {
    message: "end must not be before date",
    path: ["end"],
  })
  .refine((v) => v.unit === undefined || v.number !== undefined, { message: "unit needs a number", path: ["unit"] });
export type FactValue = z.infer<typeof factValueSchema>;

export const TRANSFER_STATUSES = ["delivered", "withheld", "reported", "planned", "cancelled"] as const;

export const transferSchema = z
  .object({
    system: text(80),
    from: text(40),
    to: text(40),
    quantity: z.number().int().positive().optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    status: z.enum(TRANSFER_STATUSES),
  })
  .strict();
export type Transfer = z.infer<typeof transferSchema>;

export const factSchema = z
  .object({
    id: slug,
    kind: z.enum(FACT_KINDS),
    prompt: text(400),
    answer: text(200),
    variants: z.array(text(200)).default([]),
    explanation: text(600),
    source: slug,
    section: text(200),
    tags: z.array(slug).default([]),
    value: factValueSchema.optional(),
    article: z.number().int().positive().optional(),
    transfer: transferSchema.optional(),
    conflict: slug.optional(),
    reverse: z.boolean().default(false),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.kind === "date" && !f.value?.date) {
      ctx.addIssue({ code: "custom", path: ["value", "date"], message: "a date fact needs value.date" });
    }
    if (f.kind === "figure" && f.value?.number === undefined) {
      ctx.addIssue({ code: "custom", path: ["value", "number"], message: "a figure fact needs value.number" });
    }
    if (f.kind === "constitution" && f.article === undefined) {
      ctx.addIssue({ code: "custom", path: ["article"], message: "a constitution fact needs its article number" });
    }
    if (f.kind === "arms-transfer" && !f.transfer) {
      ctx.addIssue({ code: "custom", path: ["transfer"], message: "an arms-transfer fact needs transfer details" });
    }
    const norm = (s: string) => s.trim().toLowerCase();
    const seen = new Set([norm(f.answer)]);
    for (const [i, v] of f.variants.entries()) {
      if (seen.has(norm(v))) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", i],
          message: `repeats the answer or another variant: "${v}"`,
        });
      }
      seen.add(norm(v));
    }
  });
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

export const sourceSchema = z
  .object({
    key: slug,
    title: text(300),
    author: text(200),
    date: isoDate,
    kind: text(80).optional(),
    file: text(200).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const deckFileSchema = z
  .object({
    slug,
    title: text(120),
    description: text(600).optional(),
    sources: z.array(sourceSchema).min(1, "a deck needs at least one source"),
  })
  .strict();

export const factFileSchema = z
  .object({ facts: z.array(z.unknown()).min(1, "a fact file needs at least one fact") })
  .strict();

export type Deck = z.infer<typeof deckFileSchema> & { facts: Fact[] };
