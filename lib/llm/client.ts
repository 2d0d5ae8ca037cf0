// A small client for the OpenAI-compatible chat-completions protocol (Ollama, llama.cpp's server,
// vLLM, hosted APIs). No vendor SDK: one POST, a timeout per call, cancellation, and JSON output
// asked for in the strongest form the server accepts.
import { z } from "zod";
import type { ChatRequest, Complete } from "@/lib/generate/llm/types";

export type { ChatMessage, ChatReply, ChatRequest, Complete } from "@/lib/generate/llm/types";

export class ChatError extends Error {
  constructor(
    readonly kind: "timeout" | "cancelled" | "http" | "protocol" | "network",
    message: string,
  ) {
    super(message);
    this.name = "ChatError";
  }
}

export interface ChatClientOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

const replySchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).partial().optional(),
});

type ResponseFormat = "json_schema" | "json_object" | "none";

/** The chat-completions URL for a base such as http://127.0.0.1:11434/v1 (with or without /v1). */
export function completionsUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return /\/v\d+$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

/** True when the endpoint is this machine: the document then never leaves it. */
export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || /^127\./.test(host);
  } catch {
    return false;
  }
}

export function createChatClient(options: ChatClientOptions): Complete {
  const fetchImpl = options.fetchImpl ?? fetch;
  const url = completionsUrl(options.baseUrl);
  // Servers differ in what JSON mode they take; step down once per client and remember it.
  let format: ResponseFormat = "json_schema";

  const post = async (request: ChatRequest, mode: ResponseFormat): Promise<Response> => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const body: Record<string, unknown> = {
      model: options.model,
      messages: request.messages,
      temperature: 0,
      stream: false,
    };
    if (request.maxTokens) body.max_tokens = request.maxTokens;
    if (mode === "json_schema" && request.jsonSchema) {
      body.response_format = { type: "json_schema", json_schema: { ...request.jsonSchema, strict: true } };
    } else if (mode !== "none") {
      body.response_format = { type: "json_object" };
    }
    try {
      return await fetchImpl(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal,
      });
    } catch (e) {
      if (request.signal?.aborted) throw new ChatError("cancelled", "The generation was cancelled.");
      if (timeout.aborted) throw new ChatError("timeout", `The model did not answer within ${options.timeoutMs} ms.`);
      throw new ChatError("network", `The model server could not be reached (${(e as Error).message}).`);
    }
  };

  return async (request) => {
    let response = await post(request, format);
    // 400/422 on the response_format: try the weaker JSON mode, then none (the prompt still asks for JSON).
    while ((response.status === 400 || response.status === 422) && format !== "none") {
      format = format === "json_schema" ? "json_object" : "none";
      response = await post(request, format);
    }
    if (!response.ok) throw new ChatError("http", `The model server answered ${response.status}.`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new ChatError("protocol", "The model server's answer was not JSON.");
    }
    const parsed = replySchema.safeParse(json);
    if (!parsed.success) throw new ChatError("protocol", "The model server's answer is not a chat completion.");
    const usage = parsed.data.usage;
    return {
      content: parsed.data.choices[0]?.message.content ?? "",
      usage:
        usage?.prompt_tokens !== undefined && usage.completion_tokens !== undefined
          ? { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens }
          : undefined,
    };
  };
}
