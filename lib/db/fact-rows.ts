// The one mapper between a content Fact and the Fact table's row.
import type { Fact } from "@/lib/content/schema";
import { factDetailsSchema, parseJsonColumn, stringList } from "./json-columns";

export type FactRow = {
  key: string;
  kind: string;
  prompt: string;
  answer: string;
  variants: string;
  explanation: string;
  section: string;
  tags: string;
  details: string;
  conflict: string | null;
  reverse: boolean;
};

type Details = Pick<Fact, "value" | "article" | "transfer">;

export function factToRow(fact: Fact): FactRow {
  const details: Details = {};
  if (fact.value) details.value = fact.value;
  if (fact.article !== undefined) details.article = fact.article;
  if (fact.transfer) details.transfer = fact.transfer;
  return {
    key: fact.id,
    kind: fact.kind,
    prompt: fact.prompt,
    answer: fact.answer,
    variants: JSON.stringify(fact.variants),
    explanation: fact.explanation,
    section: fact.section,
    tags: JSON.stringify(fact.tags),
    details: JSON.stringify(details),
    conflict: fact.conflict ?? null,
    reverse: fact.reverse,
  };
}

export function rowToFact(row: FactRow & { sourceKey: string }): Fact {
  const details = parseJsonColumn(row.details, factDetailsSchema, "Fact.details");
  return {
    id: row.key,
    kind: row.kind as Fact["kind"],
    prompt: row.prompt,
    answer: row.answer,
    variants: parseJsonColumn(row.variants, stringList, "Fact.variants"),
    explanation: row.explanation,
    source: row.sourceKey,
    section: row.section,
    tags: parseJsonColumn(row.tags, stringList, "Fact.tags"),
    ...details,
    ...(row.conflict ? { conflict: row.conflict } : {}),
    reverse: row.reverse,
  };
}
