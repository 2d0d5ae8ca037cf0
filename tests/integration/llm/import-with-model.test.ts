// An import with GENERATOR=llm, end to end through the repository on a real database: it waits for
// the instructor to see the token estimate, then drafts verified model cards, covers the parts the
// model failed on with the built-in generator, records what was refused, and can be cancelled.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { forgetServerEnv } from "@/lib/env";
import { cancelImport, createImport, getImport, processImport, startImport } from "@/lib/db/imports";
import { engine, makeUser, resetDatabase } from "../helpers";
import { startFakeChatServer, type Behaviour } from "./fake-chat-server";

const FIXTURES = path.join(import.meta.dirname, "..", "..", "fixtures", "llm");
const text = readFileSync(path.join(FIXTURES, "lakeview.txt"), "utf8");
const replies = JSON.parse(readFileSync(path.join(FIXTURES, "replies.json"), "utf8")) as Record<string, unknown>;

function byChunk(userText: string): Behaviour {
  if (userText.includes("Lakeview Dam started")) return { reply: replies["dates-and-river"] };
  if (userText.includes("spring floods")) return { reply: replies["purpose-and-noise"] };
  if (userText.includes("turbines")) return { raw: "not json at all" };
  return { hang: true };
}

// The environment is parsed once and cached: point it at the fake server, then forget the cache.
const server = await startFakeChatServer(byChunk);
Object.assign(process.env, {
  GENERATOR: "llm",
  LLM_BASE_URL: server.url,
  LLM_MODEL: "recorded",
  LLM_TIMEOUT_MS: "2000",
  LLM_CHUNK_CHARS: "260",
  LLM_TOKEN_BUDGET: "100000",
});
forgetServerEnv();

describe(`import with a model (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(async () => {
    for (const k of ["GENERATOR", "LLM_BASE_URL", "LLM_MODEL", "LLM_TIMEOUT_MS", "LLM_CHUNK_CHARS", "LLM_TOKEN_BUDGET"])
      delete process.env[k];
    forgetServerEnv();
    await server.close();
    await disconnectDb();
  });

  const documents = [{ fileName: "lakeview.txt", format: "txt", title: "Lakeview Dam", text }];

  it("waits for the estimate to be seen, then drafts verified cards and falls back where the model failed", async () => {
    const user = await makeUser("instructor");
    const id = await createImport(user.id, "Lakeview Dam", documents);
    const waiting = await getImport(user.id, id);
    expect(waiting.status).toBe("awaiting");
    expect(waiting.estimatedTokens).toBeGreaterThan(1000);
    await processImport(id);
    expect(server.requests).toHaveLength(0);
    expect((await getImport(user.id, id)).status).toBe("awaiting");

    expect(await startImport(user.id, id)).toBe(true);
    expect(await startImport(user.id, id)).toBe(false);
    await processImport(id);
    const view = await getImport(user.id, id);
    expect(view.status).toBe("ready");
    const models = view.candidates.filter((c) => c.generator === "llm");
    expect(models.map((c) => c.answer).sort()).toEqual([
      "Green River",
      "March 1931",
      "The canyon walls were solid granite",
    ]);
    expect(view.candidates.some((c) => c.generator === "rules")).toBe(true);
    for (const c of view.candidates) {
      const ev = c.evidence[0]!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    const report = view.documents[0]!.generation!;
    expect(report.dropped).toMatchObject({ "evidence-not-found": 1, "answer-not-supported": 1, "about-the-source": 1 });
    expect(report.fallbacks).toHaveLength(2);
    expect(report.tokens.used).toBeGreaterThan(0);
  });

  it("is cancelled by another request while the model is working", async () => {
    const user = await makeUser("instructor");
    const slow = Array.from(
      { length: 8 },
      (_, i) => `Part ${i}: the visitors centre opened another hall in ${1960 + i} with a new display of photographs.`,
    ).join("\n\n");
    const id = await createImport(user.id, "Slow", [
      { fileName: "slow.txt", format: "txt", title: "Slow", text: slow },
    ]);
    await startImport(user.id, id);
    const running = processImport(id);
    await new Promise((r) => setTimeout(r, 150));
    await cancelImport(user.id, id);
    await running;
    const view = await getImport(user.id, id);
    expect(view.status).toBe("cancelled");
    expect(view.candidates).toEqual([]);
  });

  it("keeps another user's import out of reach for start and cancel", async () => {
    const owner = await makeUser("instructor");
    const other = await makeUser("instructor");
    const id = await createImport(owner.id, "Lakeview Dam", documents);
    await expect(startImport(other.id, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelImport(other.id, id)).rejects.toMatchObject({ code: "not_found" });
    expect((await getImport(owner.id, id)).status).toBe("awaiting");
  });
});
