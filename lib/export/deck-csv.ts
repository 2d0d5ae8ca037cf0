// A deck as one CSV row per fact, with a header the CSV importer maps back without being told
// (prompt, answer, explanation, variants, tags, kind, section, key, reverse, source, details), so
// export → import keeps every field. Lists are joined with " | "; details is the fact's value,
// article, transfer and conflict as JSON. Every cell passes the formula guard. Pure.
import { stringify } from "csv-stringify/sync";
import type { Fact, Source } from "@/lib/content/schema";
import { CSV_LIST_JOIN } from "@/lib/import/csv/mapping";
import { safeRecord } from "./csv";

export const DECK_CSV_COLUMNS = [
  "key",
  "kind",
  "prompt",
  "answer",
  "variants",
  "explanation",
  "tags",
  "section",
  "source",
  "reverse",
  "details",
] as const;

/** The structured parts of a fact that have no column of their own. */
export function factDetails(f: Fact): string {
  const d: Record<string, unknown> = {};
  if (f.value) d.value = f.value;
  if (f.article !== undefined) d.article = f.article;
  if (f.transfer) d.transfer = f.transfer;
  if (f.conflict) d.conflict = f.conflict;
  return Object.keys(d).length > 0 ? JSON.stringify(d) : "";
}

export function deckCsv(facts: readonly Fact[], sources: readonly Source[]): string {
  const titles = new Map(sources.map((s) => [s.key, s.title]));
  const rows = facts.map((f) =>
    safeRecord({
      key: f.id,
      kind: f.kind,
      prompt: f.prompt,
      answer: f.answer,
      variants: f.variants.join(CSV_LIST_JOIN),
      explanation: f.explanation,
      tags: f.tags.join(CSV_LIST_JOIN),
      section: f.section,
      source: titles.get(f.source) ?? f.source,
      reverse: f.reverse ? "yes" : "no",
      details: factDetails(f),
    }),
  );
  return stringify(rows, { header: true, columns: [...DECK_CSV_COLUMNS] });
}
