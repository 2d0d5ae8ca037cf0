// Input shapes of deck editing: the deck forms, and the fact form, whose flat text fields map onto
// the content format's fact (lib/content/schema.ts), which stays the one authority on what a fact
// may be. Errors come back named after the form fields, so the form can put each under its input.
import { z } from "zod";
import { factSchema, type Fact, type FactInput } from "@/lib/content/schema";
import { cleanString } from "./text";

const text = (label: string, max: number) =>
  cleanString({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

/** An empty optional text field is "not given". */
const optionalText = (label: string, max: number) =>
  cleanString()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((s) => (s ? s : undefined));

export const deckFormSchema = z.object({
  title: text("Title", 120),
  description: optionalText("Description", 600),
});
export type DeckFormInput = z.infer<typeof deckFormSchema>;

export const cloneDeckFormSchema = z.object({
  source: cleanString({ error: "Choose a deck to copy." }).trim().min(1, "Choose a deck to copy.").max(120),
  title: optionalText("Title", 120),
});
export type CloneDeckFormInput = z.infer<typeof cloneDeckFormSchema>;

/** A fact as the editor takes it: the content format without `id` (the editor assigns or keeps it). */
export type FactDraft = Omit<FactInput, "id">;

export const FACT_FORM_FIELDS = [
  "kind",
  "prompt",
  "answer",
  "variants",
  "explanation",
  "source",
  "section",
  "tags",
  "valueDate",
  "valueEnd",
  "valueNumber",
  "valueUnit",
  "valuePeriod",
  "article",
  "transferSystem",
  "transferFrom",
  "transferTo",
  "transferQuantity",
  "transferYear",
  "transferStatus",
  "conflict",
  "reverse",
] as const;
export type FactFormField = (typeof FACT_FORM_FIELDS)[number];
/** What the form holds: text for every field ("on" or "" for the reverse checkbox). */
export type FactFormValues = Record<FactFormField, string>;

export const EMPTY_FACT_FORM: FactFormValues = Object.fromEntries(
  FACT_FORM_FIELDS.map((f) => [f, ""]),
) as FactFormValues;

/** The fact form's fields from a submitted form (missing ones are empty). */
export function readFactForm(form: FormData | Record<string, unknown>): FactFormValues {
  const get = (k: string): unknown => (form instanceof FormData ? form.get(k) : form[k]);
  return Object.fromEntries(
    FACT_FORM_FIELDS.map((f) => [f, typeof get(f) === "string" ? (get(f) as string) : ""]),
  ) as FactFormValues;
}

// Content-format paths and the form fields that show their errors.
const PATH_TO_FIELD: Record<string, FactFormField> = {
  "value.date": "valueDate",
  "value.end": "valueEnd",
  "value.number": "valueNumber",
  "value.unit": "valueUnit",
  "value.period": "valuePeriod",
  value: "valueDate",
  transfer: "transferSystem",
  "transfer.system": "transferSystem",
  "transfer.from": "transferFrom",
  "transfer.to": "transferTo",
  "transfer.quantity": "transferQuantity",
  "transfer.year": "transferYear",
  "transfer.status": "transferStatus",
};

// Messages where zod's own (about types, enums and bounds) would not help a person filling in the form.
const FRIENDLY: Record<string, string> = {
  kind: "Choose what kind of fact this is.",
  source: "Choose the source this fact comes from.",
  article: "The article number must be a whole number above 0.",
  "transfer.status": "Choose the transfer's status.",
  "transfer.quantity": "The quantity must be a whole number above 0.",
  "transfer.year": "The year must be a whole number from 1900 to 2100.",
};

// factSchema's cross-field rules name content-format paths; these say the same for people.
const REWORD: Record<string, string> = {
  "a date fact needs value.date": "A date fact needs its date.",
  "a figure fact needs value.number": "A figure fact needs its number.",
  "a constitution fact needs its article number": "A constitution fact needs its article number.",
  "an arms-transfer fact needs transfer details":
    "An arms-transfer fact needs the transfer details: system, from, to and status.",
};

function sentence(message: string): string {
  const m = message.trim();
  const s = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * factSchema's issues keyed by content-format field ("prompt", "value.date", "transfer.system"),
 * with list positions folded into the list's own key ("variants") and named in the message.
 */
export function factIssues(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const parts = issue.path.map(String);
    const index = parts.findIndex((p) => /^\d+$/.test(p));
    const key = (index >= 0 ? parts.slice(0, index) : parts).join(".") || "fact";
    let message =
      FRIENDLY[key] && issue.code !== "custom" ? FRIENDLY[key] : (REWORD[issue.message] ?? sentence(issue.message));
    if (index >= 0 && (key === "variants" || key === "tags")) {
      const what = key === "variants" ? "Variant" : "Tag";
      message = `${what} ${Number(parts[index]) + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
    }
    (out[key] ??= []).push(message);
  }
  return out;
}

/** Content-format error keys (as lib/db/deck-editor reports them) renamed to the form's fields. */
export function factErrorsToFormFields(fields: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const field = PATH_TO_FIELD[key] ?? key;
    (out[field] ??= []).push(...messages);
  }
  return out;
}

/** Variants: one per line (commas stay: "January 17, 2025" is one variant). Empty lines dropped, repeats kept for factSchema to name. */
export function splitVariants(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** Tags: separated by commas or lines; "Ukraine War" is read as the tag "ukraine-war". */
export function splitTags(s: string): string[] {
  const tags = s
    .split(/[,\r\n]+/)
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, "-"))
    .filter((t) => t !== "");
  return [...new Set(tags)];
}

/** "4,800,000,000" or "4 800 000 000" is 4800000000; "" is not given; anything else is an error. */
function readNumber(s: string): number | undefined | "bad" {
  const t = s.trim().replace(/[,_\s]/g, "");
  if (t === "") return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return "bad";
  const n = Number(t);
  return Number.isFinite(n) ? n : "bad";
}

const NUMBER_FIELDS = {
  valueNumber: "Enter a number, e.g. 4800000000 (no words like “billion”).",
  article: "Enter the article number, e.g. 152.",
  transferQuantity: "Enter a whole number, e.g. 400.",
  transferYear: "Enter a year, e.g. 2022.",
} as const;

function blankToUndefined(s: string): string | undefined {
  const t = s.trim();
  return t === "" ? undefined : t;
}

/**
 * The fact form as a zod schema: flat text fields in, a FactDraft out, checked by factSchema
 * itself (with a stand-in id: the editor assigns the real one), errors under the form's fields.
 */
export const factFormSchema = z
  .object(
    Object.fromEntries(FACT_FORM_FIELDS.map((f) => [f, cleanString().default("")])) as Record<
      FactFormField,
      z.ZodDefault<z.ZodString>
    >,
  )
  .transform((v, ctx): FactDraft => {
    const numbers: Partial<Record<keyof typeof NUMBER_FIELDS, number>> = {};
    const unreadable = new Set<string>();
    for (const [field, message] of Object.entries(NUMBER_FIELDS) as [keyof typeof NUMBER_FIELDS, string][]) {
      const n = readNumber(v[field]);
      if (n === "bad") {
        ctx.addIssue({ code: "custom", path: [field], message });
        unreadable.add(field);
      } else if (n !== undefined) numbers[field] = n;
    }

    const value = {
      date: blankToUndefined(v.valueDate),
      end: blankToUndefined(v.valueEnd),
      number: numbers.valueNumber,
      unit: blankToUndefined(v.valueUnit),
      period: blankToUndefined(v.valuePeriod),
    };
    const transfer = {
      system: blankToUndefined(v.transferSystem),
      from: blankToUndefined(v.transferFrom),
      to: blankToUndefined(v.transferTo),
      quantity: numbers.transferQuantity,
      year: numbers.transferYear,
      status: blankToUndefined(v.transferStatus),
    };
    const given = (o: object) => Object.values(o).some((x) => x !== undefined);
    const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));

    const draft: Record<string, unknown> = {
      kind: v.kind.trim(),
      prompt: v.prompt,
      answer: v.answer,
      variants: splitVariants(v.variants),
      explanation: v.explanation,
      source: v.source.trim(),
      section: v.section,
      tags: splitTags(v.tags),
      reverse: v.reverse === "on" || v.reverse === "true",
    };
    if (given(value)) draft.value = strip(value);
    if (numbers.article !== undefined) draft.article = numbers.article;
    // Half-filled transfer details are kept, so factSchema names the missing parts.
    if (given(transfer)) draft.transfer = strip(transfer);
    const conflict = blankToUndefined(v.conflict);
    if (conflict) draft.conflict = conflict;

    const checked = factSchema.safeParse({ ...draft, id: "draft" });
    if (!checked.success) {
      const fields = factErrorsToFormFields(factIssues(checked.error));
      for (const [field, messages] of Object.entries(fields)) {
        // A number already reported as unreadable needs no second message.
        if (unreadable.has(field)) continue;
        for (const message of messages) ctx.addIssue({ code: "custom", path: [field], message });
      }
      return z.NEVER;
    }
    if (unreadable.size > 0) return z.NEVER;
    const { id: _id, ...fact } = checked.data;
    return fact;
  });

/** The edit form: the fact, and whether the editor confirmed resetting students' progress on a new answer. */
export const factEditFormSchema = z.intersection(
  z.object({
    confirmAnswerChange: z
      .string()
      .optional()
      .transform((v) => v === "yes"),
  }),
  factFormSchema,
);

export type FactFormResult = { ok: true; draft: FactDraft } | { ok: false; fields: Record<string, string[]> };

/** Parses the fact form's values; errors keyed by form field. */
export function parseFactForm(values: Partial<FactFormValues>): FactFormResult {
  const parsed = factFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, fields: z.flattenError(parsed.error).fieldErrors };
}

/** A stored fact as the form shows it, so that submitting it unchanged gives the same fact. */
export function factToFormValues(fact: Fact): FactFormValues {
  const str = (x: string | number | undefined) => (x === undefined ? "" : String(x));
  return {
    kind: fact.kind,
    prompt: fact.prompt,
    answer: fact.answer,
    variants: fact.variants.join("\n"),
    explanation: fact.explanation,
    source: fact.source,
    section: fact.section,
    tags: fact.tags.join(", "),
    valueDate: str(fact.value?.date),
    valueEnd: str(fact.value?.end),
    valueNumber: str(fact.value?.number),
    valueUnit: str(fact.value?.unit),
    valuePeriod: str(fact.value?.period),
    article: str(fact.article),
    transferSystem: str(fact.transfer?.system),
    transferFrom: str(fact.transfer?.from),
    transferTo: str(fact.transfer?.to),
    transferQuantity: str(fact.transfer?.quantity),
    transferYear: str(fact.transfer?.year),
    transferStatus: str(fact.transfer?.status),
    conflict: str(fact.conflict),
    reverse: fact.reverse ? "on" : "",
  };
}
