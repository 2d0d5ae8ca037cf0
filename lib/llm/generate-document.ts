// Which generator writes an import's cards, chosen by GENERATOR: the embedded rule-based one by
// default, or a model behind the chat-completions protocol. Both answer the same shape, so the
// import (and its review screen) treat them alike.
import { serverEnv, type GeneratorConfig } from "@/lib/env";
import {
  estimateDocumentTokens,
  generateWithModel,
  generateWithRules,
  type GeneratedCandidate,
  type GenerationReport,
} from "@/lib/generate/llm/backend";
import type { SectionSpan } from "@/lib/generate";
import { createChatClient, isLocalEndpoint } from "./client";

export interface DocumentGenerationOptions {
  sections?: SectionSpan[];
  limit?: number;
  /** Fraction of this document done, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Tokens left for this import. */
  tokenBudget?: number;
}

export type GeneratorDescription =
  | { kind: "rules" }
  | { kind: "llm"; model: string; host: string; local: boolean; tokenBudget: number };

export function describeGenerator(config: GeneratorConfig = serverEnv().generator): GeneratorDescription {
  if (config.kind === "rules") return { kind: "rules" };
  let host = config.baseUrl;
  try {
    host = new URL(config.baseUrl).host;
  } catch {
    // The env schema already checked it is a URL; keep the raw text if not.
  }
  return {
    kind: "llm",
    model: config.model,
    host,
    local: isLocalEndpoint(config.baseUrl),
    tokenBudget: config.tokenBudget,
  };
}

/** Tokens an import of these texts may cost with the configured model (0 for the rule-based generator). */
export function estimateImportTokens(
  texts: readonly string[],
  config: GeneratorConfig = serverEnv().generator,
): number {
  if (config.kind === "rules") return 0;
  return texts.reduce((n, t) => n + estimateDocumentTokens(t, config.chunkChars), 0);
}

export async function generateDocument(
  doc: { sourceKey: string; text: string; title: string },
  options: DocumentGenerationOptions,
  config: GeneratorConfig = serverEnv().generator,
): Promise<{ candidates: GeneratedCandidate[]; report: GenerationReport }> {
  if (config.kind === "rules") {
    options.onProgress?.(0);
    const result = generateWithRules(doc, options.sections, options.limit);
    options.onProgress?.(1);
    return result;
  }
  const complete = createChatClient({
    baseUrl: config.baseUrl,
    model: config.model,
    apiKey: config.apiKey,
    timeoutMs: config.timeoutMs,
  });
  const result = await generateWithModel(doc, {
    complete,
    title: doc.title,
    sections: options.sections,
    maxChunkChars: config.chunkChars,
    concurrency: config.concurrency,
    tokenBudget: options.tokenBudget ?? config.tokenBudget,
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.(total === 0 ? 1 : done / total),
  });
  return {
    candidates: options.limit ? result.candidates.slice(0, options.limit) : result.candidates,
    report: result.report,
  };
}
