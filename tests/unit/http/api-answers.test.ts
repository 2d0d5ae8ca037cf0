import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { allowedOptions, apiRoute, methodNotAllowed } from "@/lib/http/respond";
import { apiSecurityHeaders, HSTS } from "@/lib/http/security-headers";

type HeaderRule = { source: string; has?: unknown[]; headers: { key: string; value: string }[] };

// next.config.js is plain JavaScript (no declarations): imported through a path TypeScript does not resolve.
const CONFIG_PATH = "../../../next.config.js";

async function configHeaders(path: string, https: boolean): Promise<Record<string, string>> {
  const { default: nextConfig } = (await import(CONFIG_PATH)) as { default: NextConfig };
  const rules = (await nextConfig.headers!()) as HeaderRule[];
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const prefix = rule.source.replace("/:path*", "");
    if (!path.startsWith(prefix)) continue;
    if (rule.has && !https) continue;
    for (const h of rule.headers) out[h.key] = h.value;
  }
  return out;
}

describe("answers of the JSON API, which skips the proxy", () => {
  it("get the proxy's security headers from next.config.js, with the fixed JSON policy and HSTS only behind TLS", async () => {
    for (const https of [false, true]) {
      const want = apiSecurityHeaders(https);
      expect(await configHeaders("/api/v1/reviews", https)).toEqual(want);
      expect(want["Strict-Transport-Security"]).toBe(https ? HSTS : undefined);
    }
    expect(apiSecurityHeaders(false)["Content-Security-Policy"]).toContain("default-src 'none'");
  });

  it("answer a method the route lacks with a 405 in the error shape and the Allow header", async () => {
    const res = methodNotAllowed(new Request("http://x/api/v1/reviews", { method: "PUT" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    expect(await res.json()).toEqual({
      error: { code: "method_not_allowed", message: expect.stringContaining("PUT") },
    });
    const options = allowedOptions(new Request("http://x/api/v1/classes/abc/progress", { method: "OPTIONS" }));
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("refuse a query that is not validly encoded or holds control characters before the handler runs", async () => {
    let ran = 0;
    const route = apiRoute(async (_request: Request) => {
      ran++;
      return Response.json({ ok: true });
    });
    for (const q of ["deck=%zz", "deck=%00", "a=1&b=%0A"]) {
      const res = await route(new Request(`http://x/api/v1/study/queue?${q}`));
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid");
    }
    expect(ran).toBe(0);
    expect((await route(new Request("http://x/api/v1/study/queue?deck=iran-russia&limit=5"))).status).toBe(200);
    expect((await route(new Request("http://x/api/v1/decks"))).status).toBe(200);
    expect(ran).toBe(2);
  });
});
