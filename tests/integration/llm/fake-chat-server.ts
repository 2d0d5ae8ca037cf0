// A local HTTP server that speaks the chat-completions protocol and answers from recorded replies,
// chosen by words in the chunk it is sent: good facts, bad facts, broken JSON, or no answer at all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Behaviour = { reply: unknown } | { raw: string } | { hang: true } | { status: number };

export interface FakeChatServer {
  url: string;
  requests: { body: Record<string, unknown>; userText: string }[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** `choose` picks a behaviour from the user message of each request. */
export async function startFakeChatServer(
  choose: (userText: string, body: Record<string, unknown>) => Behaviour,
): Promise<FakeChatServer> {
  const requests: FakeChatServer["requests"] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const messages = body.messages as { role: string; content: string }[];
      const userText = messages.find((m) => m.role === "user")?.content ?? "";
      requests.push({ body, userText });
      const behaviour = choose(userText, body);
      if ("hang" in behaviour) {
        hanging.push(res);
        return;
      }
      if ("status" in behaviour) {
        res
          .writeHead(behaviour.status, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "refused" } }));
        return;
      }
      const content = "raw" in behaviour ? behaviour.raw : JSON.stringify(behaviour.reply);
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: "chatcmpl-test",
          object: "chat.completion",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: { prompt_tokens: Math.ceil(userText.length / 4), completion_tokens: Math.ceil(content.length / 4) },
        }),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
