// The benchmarks' HTTP client: node:http over one kept-alive connection per client, reading the
// body to its end. Global fetch (undici) spends about 2 ms of CPU per request on this machine's
// two cores, beside the server it measures; a browser tab's client costs the server nothing, so
// the bench's own cost is kept small. BENCH_HTTP_CLIENT=fetch measures with fetch instead.
import http from "node:http";

export type HttpSample = { ms: number; ok: boolean; status: number };

export class KeepAliveClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  constructor(
    private readonly port: number,
    private readonly cookie: string,
    private readonly timeoutMs = 60_000,
  ) {}

  /** One request; `cookie` overrides the client's own (one connection serving several users). */
  request(method: "GET" | "POST", path: string, body?: unknown, cookie = this.cookie): Promise<HttpSample> {
    const t = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (process.env.BENCH_HTTP_CLIENT === "fetch") return this.viaFetch(t, method, path, cookie, payload);
    return new Promise((resolve) => {
      const done = (ok: boolean, status: number) => resolve({ ms: performance.now() - t, ok, status });
      const req = http.request(
        {
          host: "127.0.0.1",
          port: this.port,
          method,
          path,
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: { cookie, ...(payload ? { "content-type": "application/json" } : {}) },
        },
        (res) => {
          res.resume();
          res.on("end", () => done((res.statusCode ?? 0) < 400, res.statusCode ?? 0));
          res.on("error", () => done(false, 0));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => done(false, 0));
      req.end(payload);
    });
  }

  private async viaFetch(
    t: number,
    method: string,
    path: string,
    cookie: string,
    payload?: string,
  ): Promise<HttpSample> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`, {
        method,
        body: payload,
        headers: { cookie, ...(payload ? { "content-type": "application/json" } : {}) },
      });
      await res.arrayBuffer();
      return { ms: performance.now() - t, ok: res.ok, status: res.status };
    } catch {
      return { ms: performance.now() - t, ok: false, status: 0 };
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
