// Which column of a CSV table is which field of a fact, and the draft facts that gives. The
// importer guesses a mapping from the header (or takes question, answer from the first two
// columns, as Quizlet writes them); the person can change it on the review screen. Pure.
import { z } from "zod";

// Also parsed in the browser, under a CSP without 'unsafe-eval': no compiled (eval-built) parsers.
z.config({ jitless: true });
import { FACT_KINDS, factValueSchema, transferSchema, type FactKind } from "@/lib/content/schema";
import { slugFrom } from "@/lib/content/slug";
import { unescapeCell } from "@/lib/export/csv";
import { clipText, LIMITS, type DeckCandidate, type DeckImportSummary } from "../deck-candidates";
import type { CsvTable } from "./table";

export const COLUMN_ROLES = [
  "prompt",
  "answer",
  "explanation",
  "variants",
  "tags",
  "kind",
  "section",
  "key",
  "reverse",
  "source",
  "details",
  "ignore",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  prompt: "Question (term)",
  answer: "Answer (definition)",
  explanation: "Explanation",
  variants: "Other accepted answers",
  tags: "Tags",
  kind: "Kind",
  section: "Section",
  key: "Fact key",
  reverse: "Reverse card (yes/no)",
  source: "Source title",
  details: "Details (SourceDeck JSON)",
  ignore: "Leave out",
};

/** One role per column, by position. */
export const columnMappingSchema = z
  .array(z.enum(COLUMN_ROLES))
  .min(2)
  .max(30)
  .superRefine((roles, ctx) => {
    for (const needed of ["prompt", "answer"] as const) {
      const n = roles.filter((r) => r === needed).length;
      if (n !== 1)
        ctx.addIssue({
          code: "custom",
          message: `Choose exactly one column for the ${ROLE_LABELS[needed].toLowerCase()}.`,
        });
    }
    for (const role of COLUMN_ROLES) {
      if (role !== "ignore" && role !== "prompt" && role !== "answer" && roles.filter((r) => r === role).length > 1) {
        ctx.addIssue({ code: "custom", message: `Only one column can be the ${ROLE_LABELS[role].toLowerCase()}.` });
      }
    }
  });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

const HEADER_ROLES: [RegExp, ColumnRole][] = [
  [/^(prompt|question|term|front|word)$/, "prompt"],
  [/^(answer|definition|back|meaning|translation)$/, "answer"],
  [/^(explanation|notes?|extra|hint|back extra)$/, "explanation"],
  [/^(variants?|accepted|alternatives?)$/, "variants"],
  [/^tags?$/, "tags"],
  [/^(kind|type)$/, "kind"],
  [/^(section|deck|chapter)$/, "section"],
  [/^(key|id|fact key)$/, "key"],
  [/^reverse$/, "reverse"],
  [/^source$/, "source"],
  [/^details$/, "details"],
];

/** The mapping the header suggests; without one, question and answer are the first two columns. */
export function guessMapping(table: CsvTable): ColumnMapping {
  const roles: ColumnRole[] = Array.from({ length: table.columns }, () => "ignore");
  if (table.header) {
    const used = new Set<ColumnRole>();
    table.header.forEach((h, i) => {
      const name = h.trim().toLowerCase().replace(/[_-]+/g, " ");
      const role = HEADER_ROLES.find(([re]) => re.test(name))?.[1];
      if (role && !used.has(role)) {
        roles[i] = role;
        used.add(role);
      }
    });
  }
  if (!roles.includes("prompt")) {
    const free = roles.findIndex((r) => r === "ignore");
    if (free >= 0) roles[free] = "prompt";
  }
  if (!roles.includes("answer")) {
    const free = roles.findIndex((r) => r === "ignore");
    if (free >= 0) roles[free] = "answer";
  }
  if (!table.header && table.columns >= 3 && roles[2] === "ignore") roles[2] = "explanation";
  return roles;
}

const LIST_SEPARATOR = /\s*\|\s*/;
/** How the exporter joins variants and tags in one cell. */
export const CSV_LIST_JOIN = " | ";

function cell(row: string[], mapping: ColumnMapping, role: ColumnRole): string {
  const i = mapping.indexOf(role);
  return i < 0 ? "" : unescapeCell((row[i] ?? "").replace(/\s+/g, " ").trim());
}

function list(text: string): string[] {
  return text === ""
    ? []
    : text
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== "");
}

function kindOf(text: string): FactKind {
  const k = text.trim().toLowerCase();
  return (FACT_KINDS as readonly string[]).includes(k) ? (k as FactKind) : "concept";
}

const detailsSchema = z
  .object({
    value: factValueSchema.optional(),
    article: z.number().int().positive().optional(),
    transfer: transferSchema.optional(),
    conflict: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
  })
  .strict();
type Details = z.infer<typeof detailsSchema>;

/** The details column as SourceDeck's deck CSV writes it; anything else is ignored. */
function detailsOf(text: string): Details | null {
  if (text === "") return {};
  try {
    const parsed = detailsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A kind whose required detail is missing falls back to concept, which needs none. */
function fitKind(kind: FactKind, d: Details): FactKind {
  if (kind === "date" && !d.value?.date) return "concept";
  if (kind === "figure" && d.value?.number === undefined) return "concept";
  if (kind === "constitution" && d.article === undefined) return "concept";
  if (kind === "arms-transfer" && !d.transfer) return "concept";
  return kind;
}

/** Draft facts from the rows under a mapping. Rows without a question or an answer are left out. */
export function mapCsvRows(
  table: CsvTable,
  mapping: ColumnMapping,
  fileName: string,
): { candidates: DeckCandidate[]; summary: DeckImportSummary } {
  const candidates: DeckCandidate[] = [];
  let skipped = 0;
  let shortened = 0;
  const defaultSection = clipText(fileName.replace(/\.[a-z0-9]+$/i, "") || "CSV import", 200);
  table.rows.forEach((row, index) => {
    const prompt = cell(row, mapping, "prompt");
    const answer = cell(row, mapping, "answer");
    if (prompt === "" || answer === "") {
      skipped++;
      return;
    }
    const notes: string[] = [];
    let explanation = cell(row, mapping, "explanation");
    let shortAnswer = answer;
    if (answer.length > LIMITS.answer) {
      shortAnswer = clipText(answer, LIMITS.answer);
      explanation = explanation === "" ? answer : `${answer} — ${explanation}`;
      notes.push(
        `The answer was longer than ${LIMITS.answer} characters; it was shortened and kept whole in the explanation.`,
      );
    }
    if (explanation.length > LIMITS.explanation) {
      explanation = clipText(explanation, LIMITS.explanation);
      notes.push(`The explanation was shortened to ${LIMITS.explanation} characters.`);
    }
    let shortPrompt = prompt;
    if (prompt.length > LIMITS.prompt) {
      shortPrompt = clipText(prompt, LIMITS.prompt);
      notes.push(`The question was shortened to ${LIMITS.prompt} characters.`);
    }
    if (notes.length > 0) shortened++;
    const seen = new Set([shortAnswer.toLowerCase()]);
    const variants: string[] = [];
    for (const v of list(cell(row, mapping, "variants"))) {
      const t = clipText(v, LIMITS.variant);
      if (seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      variants.push(t);
    }
    const tags = [
      ...new Set(
        list(cell(row, mapping, "tags"))
          .flatMap((t) => t.split(/\s+/))
          .map((t) => slugFrom(t, 60, ""))
          .filter((t) => t !== ""),
      ),
    ];
    const key = slugFrom(cell(row, mapping, "key"), 80, "");
    const reverse = /^(yes|y|true|1|x)$/i.test(cell(row, mapping, "reverse"));
    let details = detailsOf(cell(row, mapping, "details"));
    if (details === null) {
      notes.push("The details column could not be read and was left out.");
      details = {};
    }
    const askedKind = kindOf(cell(row, mapping, "kind"));
    const kind = fitKind(askedKind, details);
    if (kind !== askedKind)
      notes.push(`Imported as a concept: a ${askedKind} fact needs details this row does not have.`);
    const sourceTitle = cell(row, mapping, "source");
    candidates.push({
      id: `csv-${index + 1}`,
      kind,
      ...(details.value ? { value: details.value } : {}),
      ...(details.article !== undefined ? { article: details.article } : {}),
      ...(details.transfer ? { transfer: details.transfer } : {}),
      ...(details.conflict ? { conflict: details.conflict } : {}),
      ...(sourceTitle
        ? {
            source: {
              key: slugFrom(sourceTitle, 60, "source"),
              title: clipText(sourceTitle, 300),
              author: "Imported table",
              date: "",
            },
          }
        : {}),
      prompt: shortPrompt,
      answer: shortAnswer,
      variants,
      explanation: explanation || `From ${fileName}, row ${index + 1 + (table.header ? 1 : 0)}.`,
      tags,
      section: clipText(cell(row, mapping, "section") || defaultSection, 200),
      reverse,
      ...(key ? { key } : {}),
      history: {},
      suspended: [],
      notes,
      status: "pending",
    });
  });
  const messages: string[] = [];
  if (skipped > 0)
    messages.push(
      `${skipped} row${skipped === 1 ? " has" : "s have"} no question or no answer under this mapping and ${skipped === 1 ? "was" : "were"} left out.`,
    );
  if (shortened > 0)
    messages.push(`${shortened} fact${shortened === 1 ? " was" : "s were"} shortened to fit (see the note on each).`);
  return {
    candidates,
    summary: {
      format: "csv",
      fileName,
      counts: { items: table.rows.length, candidates: candidates.length, reviews: 0, skipped },
      messages,
    },
  };
}
