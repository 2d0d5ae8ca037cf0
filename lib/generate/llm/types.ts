// What the model backend needs from the outside world, as types only: the transport is injected,
// so lib/generate stays pure and the tests can answer for the model.

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export type ChatReply = { content: string; usage?: { promptTokens: number; completionTokens: number } };

export interface ChatRequest {
  messages: ChatMessage[];
  /** A JSON schema the reply must match, sent as structured output where the server supports it. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  signal?: AbortSignal;
  maxTokens?: number;
}

/** The one thing the generator needs from a model: messages in, text out. Throws on failure. */
export type Complete = (request: ChatRequest) => Promise<ChatReply>;
