// A candidate as a draft fact in the content format (lib/content/schema.ts), for an instructor to
// review. The explanation is a neutral pointer to where the fact was found, never the source's
// sentence.
import type { FactInput, FactKind } from "@/lib/content/schema";
import { slugFrom } from "@/lib/content/slug";
import type { Candidate } from "./types";

export interface DraftOptions {
  /** Prefix for fact ids, e.g. the source key or deck slug. */
  idPrefix: string;
}

type Draftable = Candidate & { conflict?: string };

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The kind the draft can honestly carry: a kind whose required details are missing becomes a concept. */
function draftKind(c: Draftable): FactKind {
  if (c.kind === "date" && !c.value?.date) return "concept";
  if (c.kind === "figure" && c.value?.number === undefined) return "concept";
  if (c.kind === "constitution" && c.article === undefined) return "concept";
  if (c.kind === "arms-transfer" && !c.transfer) return "concept";
  return c.kind;
}

export function toDraftFact(candidate: Draftable, options: DraftOptions): FactInput {
  const kind = draftKind(candidate);
  const evidence = candidate.evidence[0];
  const source = slugFrom(evidence?.sourceKey ?? "", 60, "source");
  const section = clip(candidate.section ?? "Whole document", 200);
  const prefix = slugFrom(options.idPrefix, 30, "draft");
  const idCore = slugFrom(`${kind}-${candidate.answer}`, 40, "") || kind;
  const id = `${prefix}-${idCore}-${candidate.id.slice(0, 6)}`.replace(/-+/g, "-");

  const answer = clip(candidate.answer, 200);
  const seen = new Set([answer.toLowerCase()]);
  const variants: string[] = [];
  for (const v of candidate.variants) {
    const t = clip(v, 200);
    if (t === "" || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    variants.push(t);
  }

  const fact: FactInput = {
    id,
    kind,
    prompt: clip(candidate.prompt, 400),
    answer,
    variants,
    explanation: clip(`Stated in ${source}${candidate.section ? ` (${section})` : ""}.`, 600),
    source,
    section,
    tags: [slugFrom(kind, 60, ""), "generated"].filter((t) => t !== ""),
    reverse: false,
  };

  const v = candidate.value;
  if (v) {
    const value: NonNullable<FactInput["value"]> = {};
    if (v.date) value.date = v.date;
    if (v.date && v.end && v.end >= v.date) value.end = v.end;
    if (v.number !== undefined && Number.isFinite(v.number)) {
      value.number = v.number;
      if (v.unit) value.unit = clip(v.unit, 40);
    }
    if (v.period) value.period = clip(v.period, 60);
    if (Object.keys(value).length > 0) fact.value = value;
  }
  if (candidate.article !== undefined && candidate.article > 0) fact.article = candidate.article;
  if (kind === "arms-transfer" && candidate.transfer) {
    const t = candidate.transfer;
    fact.transfer = {
      system: clip(t.system, 80),
      from: clip(t.from, 40),
      to: clip(t.to, 40),
      status: t.status,
      ...(t.quantity !== undefined ? { quantity: t.quantity } : {}),
      ...(t.year !== undefined ? { year: t.year } : {}),
    };
  }
  if (candidate.conflict) {
    const group = slugFrom(candidate.conflict, 60, "");
    if (group) fact.conflict = group;
  }
  return fact;
}
