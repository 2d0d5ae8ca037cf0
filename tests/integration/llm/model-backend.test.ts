// The model backend over real HTTP against a local chat-completions server answering from
// recorded replies: good facts become cards with exact spans; quotes not in the document,
// unsupported answers, malformed facts and broken JSON are refused and counted; a hung server times
// out; a failed chunk falls back to the rule-based generator and the document still gets cards.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GenerationCancelled, generateWithModel } from "@/lib/generate/llm/backend";
import { ChatError, createChatClient } from "@/lib/llm/client";
import { startFakeChatServer, type Behaviour, type FakeChatServer } from "./fake-chat-server";

const FIXTURES = path.join(import.meta.dirname, "..", "..", "fixtures", "llm");
const text = readFileSync(path.join(FIXTURES, "lakeview.txt"), "utf8");
const replies = JSON.parse(readFileSync(path.join(FIXTURES, "replies.json"), "utf8")) as Record<string, unknown>;
const doc = { sourceKey: "lakeview", text };

function byChunk(userText: string): Behaviour {
  if (userText.includes("Lakeview Dam started")) return { reply: replies["dates-and-river"] };
  if (userText.includes("spring floods")) return { reply: replies["purpose-and-noise"] };
  if (userText.includes("turbines")) return { raw: "Here are the facts you asked for: {facts: [oops" };
  if (userText.includes("visitors")) return { hang: true };
  return { reply: { facts: [] } };
}

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("model backend over HTTP", () => {
  it("keeps verified facts, refuses and counts the rest, and falls back per chunk", async () => {
    server = await startFakeChatServer(byChunk);
    const complete = createChatClient({ baseUrl: server.url, model: "test-model", timeoutMs: 1500 });
    const progress: number[] = [];
    const { candidates, report } = await generateWithModel(doc, {
      complete,
      title: "Lakeview Dam",
      maxChunkChars: 260,
      concurrency: 2,
      onProgress: (done) => progress.push(done),
    });

    expect(report.chunks).toBe(4);
    expect(report.modelChunks).toBe(2);
    expect(report.accepted).toBe(3);
    expect(report.dropped).toEqual({
      duplicate: 1,
      "about-the-source": 1,
      "evidence-not-found": 1,
      "answer-not-supported": 1,
      malformed: 1,
    });
    expect(report.fallbacks.map((f) => f.chunk).sort()).toEqual([2, 3]);
    expect(report.fallbacks.find((f) => f.chunk === 2)?.reason).toMatch(/JSON.*after one retry/);
    expect(report.fallbacks.find((f) => f.chunk === 3)?.reason).toMatch(/did not answer within 1500 ms/);
    expect(progress.at(-1)).toBe(4);
    // The broken chunk was asked twice (one retry), the others once.
    expect(server.requests.filter((r) => r.userText.includes("turbines"))).toHaveLength(2);
    expect(server.requests[0]?.body.response_format).toMatchObject({ type: "json_schema" });

    const fromModel = candidates.filter((c) => c.generator === "llm");
    expect(fromModel.map((c) => c.answer).sort()).toEqual([
      "Green River",
      "March 1931",
      "The canyon walls were solid granite",
    ]);
    for (const c of candidates) {
      const ev = c.evidence[0]!;
      // Every span is exact, and the answer lies inside it.
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(c.answerSpan.start).toBeGreaterThanOrEqual(ev.start);
      expect(c.answerSpan.end).toBeLessThanOrEqual(ev.end);
    }
    // The straight-quoted, unwrapped quote was found in the curly-quoted, hard-wrapped text.
    const arch = fromModel.find((c) => c.answer.startsWith("The canyon"))!;
    expect(arch.evidence[0]!.text).toContain("“solid\ngranite”");
    const date = fromModel.find((c) => c.answer === "March 1931")!;
    expect(date.value?.date).toBe("1931-03");

    // The chunks the model failed on still got rule-based cards, from their own text only.
    const fallback = candidates.filter((c) => c.generator === "rules");
    expect(fallback.length).toBeGreaterThan(0);
    const failedStart = text.indexOf("Four turbines");
    for (const c of fallback) expect(c.evidence[0]!.start).toBeGreaterThanOrEqual(failedStart);
    expect(fallback.some((c) => /480/.test(c.answer) || /1938|1952/.test(c.answer))).toBe(true);
  });

  it("spends the token budget in document order and covers the rest with rules", async () => {
    server = await startFakeChatServer(byChunk);
    const complete = createChatClient({ baseUrl: server.url, model: "m", timeoutMs: 1500 });
    const { report } = await generateWithModel(doc, {
      complete,
      title: "Lakeview",
      maxChunkChars: 260,
      tokenBudget: 1800,
    });
    expect(report.modelChunks).toBe(1);
    expect(report.fallbacks.filter((f) => f.reason === "over the token budget")).toHaveLength(3);
    expect(server.requests).toHaveLength(1);
  });

  it("stops when cancelled", async () => {
    server = await startFakeChatServer(() => ({ hang: true }));
    const complete = createChatClient({ baseUrl: server.url, model: "m", timeoutMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(
      generateWithModel(doc, { complete, title: "L", maxChunkChars: 260, signal: controller.signal }),
    ).rejects.toBeInstanceOf(GenerationCancelled);
  });
});

describe("chat client", () => {
  it("steps down to plain JSON mode when the server refuses structured output", async () => {
    server = await startFakeChatServer((_t, body) => {
      const format = body.response_format as { type?: string } | undefined;
      return format?.type === "json_schema" ? { status: 400 } : { reply: { facts: [] } };
    });
    const complete = createChatClient({ baseUrl: server.url, model: "m", timeoutMs: 1000, apiKey: "k" });
    const reply = await complete({
      messages: [{ role: "user", content: "hi" }],
      jsonSchema: { name: "x", schema: {} },
    });
    expect(JSON.parse(reply.content)).toEqual({ facts: [] });
    expect(server.requests.map((r) => (r.body.response_format as { type: string }).type)).toEqual([
      "json_schema",
      "json_object",
    ]);
    // Remembered: the next call goes straight to the mode that worked.
    await complete({ messages: [{ role: "user", content: "again" }], jsonSchema: { name: "x", schema: {} } });
    expect(server.requests).toHaveLength(3);
  });

  it("reports a server error and a timeout as ChatErrors", async () => {
    server = await startFakeChatServer((t) => (t === "fail" ? { status: 500 } : { hang: true }));
    const complete = createChatClient({ baseUrl: server.url, model: "m", timeoutMs: 150 });
    await expect(complete({ messages: [{ role: "user", content: "fail" }] })).rejects.toMatchObject({ kind: "http" });
    const hung = complete({ messages: [{ role: "user", content: "wait" }] });
    await expect(hung).rejects.toBeInstanceOf(ChatError);
    await expect(hung).rejects.toMatchObject({ kind: "timeout" });
  });
});
