// Upload limits over real HTTP, with the server's memory measured (/proc/<pid>/status): lying zip
// bombs, a body far past the limit, a declared length past the limit, a garbage PDF. Each gets a
// clear 4xx; the server's resident memory stays within MEMORY_BOUND_MB of where it started.
import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCX_SHELL, zipBomb } from "../support/zip-bomb";
import { baseUrl, expectErrorShape, INSTRUCTOR, peakRssDuring, serverRssMb, signIn } from "./client";

/** The most the server may grow while refusing these uploads (it starts around 150–250 MB). */
const MEMORY_BOUND_MB = 200;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let cookie = "";
beforeAll(async () => {
  cookie = await signIn(INSTRUCTOR);
  // Warm the route up so its first compilation of modules is not counted as upload memory.
  const form = new FormData();
  form.append("text", "Warm-up text for the import route.");
  await fetch(`${baseUrl()}/api/v1/imports`, { method: "GET", headers: { cookie } });
});

function upload(name: string, type: string, bytes: Uint8Array): Promise<Response> {
  const form = new FormData();
  form.append("files", new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return fetch(`${baseUrl()}/api/v1/imports`, {
    method: "POST",
    headers: { cookie },
    body: form,
    signal: AbortSignal.timeout(60_000),
  });
}

describe("uploads that cannot exhaust memory", () => {
  it("three lying zip bombs at once (each declares 1 KB, inflates to 1 GB) get 413 and little memory", async () => {
    const bomb = zipBomb({
      entry: "word/document.xml",
      inflatedBytes: 1024 ** 3,
      declaredBytes: 1024,
      extra: DOCX_SHELL,
    });
    expect(bomb.byteLength).toBeLessThan(10 * 1024 * 1024);
    const before = serverRssMb();
    const { result, peakMb } = await peakRssDuring(() =>
      Promise.all([1, 2, 3].map((i) => upload(`paper-${i}.docx`, DOCX_TYPE, bomb))),
    );
    for (const res of result) {
      expect(res.status).toBe(413);
      expect((await expectErrorShape(res, "zip bomb")).message).toMatch(/unpacks to more than/);
    }
    console.log(
      `zip bombs: server RSS ${before.toFixed(0)} MB before, peak ${peakMb.toFixed(0)} MB (bound +${MEMORY_BOUND_MB} MB)`,
    );
    expect(peakMb - before).toBeLessThan(MEMORY_BOUND_MB);
  });

  it("a 250 MB body is cut off at the limit: 413, and the server never holds it", async () => {
    const before = serverRssMb();
    const total = 250 * 1024 * 1024;
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const head = new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n',
    );
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(head);
      },
      pull(c) {
        if (sent >= total) return c.close();
        sent += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    const { result, peakMb } = await peakRssDuring(async () => {
      try {
        const res = await fetch(`${baseUrl()}/api/v1/imports`, {
          method: "POST",
          headers: { cookie, "content-type": "multipart/form-data; boundary=b" },
          body,
          duplex: "half",
          signal: AbortSignal.timeout(60_000),
        } as RequestInit);
        return { status: res.status, error: await expectErrorShape(res, "oversize body") };
      } catch (e) {
        // The server may close the connection once it has answered; what matters is it stopped reading.
        return { status: 0, error: { code: "closed", message: String(e) } };
      }
    });
    console.log(
      `250 MB body: status ${result.status}, ${(sent / 1048576).toFixed(0)} MB sent, RSS ${before.toFixed(0)} -> peak ${peakMb.toFixed(0)} MB`,
    );
    if (result.status !== 0) expect(result.status).toBe(413);
    expect(peakMb - before).toBeLessThan(MEMORY_BOUND_MB);
  });

  it("a declared Content-Length past the limit is refused before the body is read", async () => {
    const url = new URL(`${baseUrl()}/api/v1/imports`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: {
            cookie,
            "content-type": "multipart/form-data; boundary=b",
            "content-length": String(250 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on("error", reject);
      // Only a few bytes of the promised 250 MB: the answer must come without waiting for the rest.
      req.write("--b\r\n");
      setTimeout(() => reject(new Error("no answer within 10 s: the server waited for the body")), 10_000);
    });
    expect(status).toBe(413);
  });

  it("a garbage PDF and a type it does not read get clear 4xx answers", async () => {
    const pdf = await upload(
      "scan.pdf",
      "application/pdf",
      new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Broken >> garbage and nothing else"),
    );
    expect(pdf.status).toBe(400);
    expect((await expectErrorShape(pdf, "garbage pdf")).message).toMatch(/damaged/i);
    const exe = await upload("tool.exe", "application/octet-stream", new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(exe.status).toBe(415);
    await expectErrorShape(exe, "exe");
  });

  it("stores an uploaded file under a safe display name", async () => {
    const res = await upload(
      "../../etc/passwd.txt",
      "text/plain",
      new TextEncoder().encode("The canal opened in 1869 after ten years of work on the isthmus."),
    );
    expect(res.status).toBe(202);
    const body = (await res.json()) as { documents: { fileName: string }[] };
    expect(body.documents[0]!.fileName).toBe("passwd.txt");
  });
});
