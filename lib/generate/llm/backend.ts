// The model backend: a document cut into chunks, each chunk asked of a model for facts with quoted
// evidence, every fact put through the same verifier as the rule-based cards. A chunk whose reply
// stays malformed after one retry, or whose call fails, falls back to the rule-based generator, so
// one bad chunk never costs the import. Pure but for the injected `complete`.
import type { FactKind } from "@/lib/content/schema";
import { generateCandidates, type SourceDocument } from "../candidates";
import { detectDates, detectQuantities } from "../detect";
import { contentWords, fold, stableHash } from "../text";
import type { Candidate, CandidateValue, SectionSpan } from "../types";
import { verifyCandidate, type VerifyReason } from "../verify";
import { chunkDocument, estimateTokens, type Chunk } from "./chunks";
import { chunkMessages, PROMPT_OVERHEAD_TOKENS } from "./prompt";
import { MODEL_REPLY_JSON_SCHEMA, readModelReply, type ModelFact } from "./reply";
import type { Complete } from "./types";

export type Generator = "rules" | "llm";

/** A candidate with the backend that wrote it and, from a model, its explanation. */
export type GeneratedCandidate = Candidate & { generator: Generator; explanation?: string };

export type DropReason = VerifyReason | "malformed" | "duplicate";

export interface GenerationReport {
  generator: Generator;
  chunks: number;
  /** Chunks the model answered usably. */
  modelChunks: number;
  /** Chunks the rule-based generator covered instead, and why. */
  fallbacks: { chunk: number; reason: string }[];
  /** Model facts kept after verification. */
  accepted: number;
  /** Model facts refused, by reason: never shown to a person. */
  dropped: Partial<Record<DropReason, number>>;
  tokens: { estimated: number; used: number };
}

export class GenerationCancelled extends Error {
  override name = "GenerationCancelled";
}

export interface ModelBackendOptions {
  complete: Complete;
  title: string;
  sections?: SectionSpan[];
  /** Characters per chunk; about 4 per token, so 8,000 suits a model with an 8 k context. */
  maxChunkChars?: number;
  /** Calls in flight at once. */
  concurrency?: number;
  maxFactsPerChunk?: number;
  /** Tokens this document may spend; chunks past the budget go to the rule-based generator. */
  tokenBudget?: number;
  /** The year written in the dateline, for dates without one ("until June 23"). */
  contextYear?: number;
  signal?: AbortSignal;
  onProgress?: (chunksDone: number, chunks: number) => void;
  /** Candidates the rule-based generator makes for this document (computed once, lazily). */
  ruleCandidates?: () => Candidate[];
}

const DEFAULT_CHUNK_CHARS = 8000;
const REPLY_TOKENS_PER_CHUNK = 1200;

/** The tokens a document will cost at most, shown to the instructor before an import starts. */
export function estimateDocumentTokens(
  text: string,
  maxChunkChars = DEFAULT_CHUNK_CHARS,
  sections: readonly SectionSpan[] = [],
): number {
  return chunkDocument(text, maxChunkChars, sections).reduce(
    (n, c) => n + PROMPT_OVERHEAD_TOKENS + estimateTokens(c.text) + REPLY_TOKENS_PER_CHUNK,
    0,
  );
}

function valueFor(kind: FactKind, answer: string, contextYear?: number): CandidateValue | undefined {
  if (kind === "date") {
    const d = detectDates(answer, 0, contextYear ? { year: contextYear } : {})[0];
    return d ? { date: d.value.date, ...(d.value.end ? { end: d.value.end } : {}) } : undefined;
  }
  if (kind === "figure") {
    const q = detectQuantities(answer)[0];
    return q ? { number: q.value.number, ...(q.value.unit ? { unit: q.value.unit } : {}) } : undefined;
  }
  return undefined;
}

function sectionAt(sections: readonly SectionSpan[], offset: number): string | undefined {
  return sections.find((s) => s.start <= offset && offset < s.end)?.heading;
}

/** A verified model fact as a candidate of the same shape the rule-based generator makes. */
function toCandidate(
  doc: SourceDocument,
  fact: ModelFact,
  evidence: { start: number; end: number; text: string },
  answerSpan: { start: number; end: number } | undefined,
  options: ModelBackendOptions,
): GeneratedCandidate {
  const answerAt = answerSpan ?? { start: evidence.start, end: evidence.end };
  const cloze = answerSpan
    ? `${doc.text.slice(evidence.start, answerSpan.start)}[...]${doc.text.slice(answerSpan.end, evidence.end)}`
    : evidence.text;
  const value = valueFor(fact.kind, fact.answer, options.contextYear);
  const seen = new Set([fold(fact.answer)]);
  const variants = fact.accept.filter((a) => {
    const k = fold(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    id: stableHash(`${doc.sourceKey}|llm|${fact.kind}|${fold(fact.answer)}|${evidence.start}`),
    kind: value || (fact.kind !== "date" && fact.kind !== "figure") ? fact.kind : "concept",
    prompt: fact.question,
    generic: false,
    answer: fact.answer,
    variants,
    evidence: [{ sourceKey: doc.sourceKey, start: evidence.start, end: evidence.end, text: evidence.text }],
    answerSpan: answerAt,
    cloze,
    ...(value ? { value } : {}),
    section: sectionAt(options.sections ?? [], evidence.start),
    answerKey: fold(fact.answer),
    subject: contentWords(fact.question).slice(0, 8),
    // Verified model facts rank with the rule-based generator's confident ones.
    score: 0.8,
    generator: "llm",
    ...(fact.explanation ? { explanation: fact.explanation } : {}),
  };
}

type ChunkOutcome =
  | { ok: true; facts: ModelFact[]; malformed: number; tokens: number }
  | { ok: false; reason: string; tokens: number };

async function askChunk(chunk: Chunk, options: ModelBackendOptions): Promise<ChunkOutcome> {
  const messages = chunkMessages(chunk, { title: options.title, maxFacts: options.maxFactsPerChunk ?? 12 });
  let tokens = 0;
  let lastProblem = "";
  // A malformed reply gets one more try; a failed call (timeout, server error) falls back at once.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (options.signal?.aborted) throw new GenerationCancelled("The generation was cancelled.");
    let content: string;
    try {
      const reply = await options.complete({
        messages,
        jsonSchema: { name: "flashcard_facts", schema: MODEL_REPLY_JSON_SCHEMA },
        signal: options.signal,
        maxTokens: REPLY_TOKENS_PER_CHUNK * 2,
      });
      content = reply.content;
      tokens += reply.usage
        ? reply.usage.promptTokens + reply.usage.completionTokens
        : estimateTokens(messages.map((m) => m.content).join("") + content);
    } catch (e) {
      if (options.signal?.aborted) throw new GenerationCancelled("The generation was cancelled.");
      return { ok: false, reason: e instanceof Error ? e.message : "The model call failed.", tokens };
    }
    const read = readModelReply(content);
    if (!("problem" in read)) return { ok: true, facts: read.facts, malformed: read.malformedFacts, tokens };
    lastProblem = read.message;
  }
  return { ok: false, reason: `${lastProblem} (after one retry)`, tokens };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Facts for one document from a model, verified, with rule-based cards where the model failed. */
export async function generateWithModel(
  doc: SourceDocument,
  options: ModelBackendOptions,
): Promise<{
  candidates: GeneratedCandidate[];
  report: GenerationReport;
}> {
  const maxChars = options.maxChunkChars ?? DEFAULT_CHUNK_CHARS;
  const chunks = chunkDocument(doc.text, maxChars, options.sections ?? []);
  const report: GenerationReport = {
    generator: "llm",
    chunks: chunks.length,
    modelChunks: 0,
    fallbacks: [],
    accepted: 0,
    dropped: {},
    tokens: { estimated: estimateDocumentTokens(doc.text, maxChars, options.sections ?? []), used: 0 },
  };
  const drop = (reason: DropReason, n = 1) => {
    if (n > 0) report.dropped[reason] = (report.dropped[reason] ?? 0) + n;
  };

  // The budget is spent in document order: the chunks that fit go to the model.
  let budgetLeft = options.tokenBudget ?? Infinity;
  const planned = chunks.map((chunk) => {
    const cost = PROMPT_OVERHEAD_TOKENS + estimateTokens(chunk.text) + REPLY_TOKENS_PER_CHUNK;
    const fits = cost <= budgetLeft;
    if (fits) budgetLeft -= cost;
    return { chunk, fits };
  });

  let done = 0;
  options.onProgress?.(0, chunks.length);
  const outcomes = await mapLimited(
    planned,
    options.concurrency ?? 2,
    async ({ chunk, fits }): Promise<ChunkOutcome> => {
      const outcome: ChunkOutcome = fits
        ? await askChunk(chunk, options)
        : { ok: false, reason: "over the token budget", tokens: 0 };
      options.onProgress?.(++done, chunks.length);
      return outcome;
    },
  );

  const accepted: GeneratedCandidate[] = [];
  const seen = new Set<string>();
  const fallbackRanges: Chunk[] = [];
  outcomes.forEach((outcome, i) => {
    const chunk = chunks[i] as Chunk;
    report.tokens.used += outcome.tokens;
    if (!outcome.ok) {
      report.fallbacks.push({ chunk: chunk.index, reason: outcome.reason });
      fallbackRanges.push(chunk);
      return;
    }
    report.modelChunks++;
    drop("malformed", outcome.malformed);
    for (const fact of outcome.facts) {
      const verdict = verifyCandidate(
        doc.text,
        {
          kind: fact.kind,
          prompt: fact.question,
          answer: fact.answer,
          accept: fact.accept,
          evidence: { quote: fact.evidence, start: chunk.start },
        },
        options.contextYear,
      );
      if (!verdict.ok) {
        drop(verdict.reason);
        continue;
      }
      const key = `${fold(fact.answer)}|${verdict.evidence.start}`;
      if (seen.has(key)) {
        drop("duplicate");
        continue;
      }
      seen.add(key);
      accepted.push(toCandidate(doc, fact, verdict.evidence, verdict.answerSpan, options));
    }
  });
  report.accepted = accepted.length;

  // Rule-based cards for the chunks the model did not cover, chosen by where their evidence lies.
  const fallback: GeneratedCandidate[] = [];
  if (fallbackRanges.length > 0) {
    const rules = options.ruleCandidates?.() ?? generateCandidates(doc, { sections: options.sections });
    for (const c of rules) {
      const at = c.evidence[0]?.start ?? c.answerSpan.start;
      if (fallbackRanges.some((r) => r.start <= at && at < r.end)) fallback.push({ ...c, generator: "rules" });
    }
  }
  const candidates = [...accepted, ...fallback].sort((a, b) => b.score - a.score);
  return { candidates, report };
}

/** The rule-based backend under the same contract, so the import treats both alike. */
export function generateWithRules(
  doc: SourceDocument,
  sections: SectionSpan[] | undefined,
  limit?: number,
): {
  candidates: GeneratedCandidate[];
  report: GenerationReport;
} {
  const candidates = generateCandidates(doc, { sections, limit }).map((c) => ({ ...c, generator: "rules" as const }));
  return {
    candidates,
    report: {
      generator: "rules",
      chunks: 0,
      modelChunks: 0,
      fallbacks: [],
      accepted: candidates.length,
      dropped: {},
      tokens: { estimated: 0, used: 0 },
    },
  };
}
