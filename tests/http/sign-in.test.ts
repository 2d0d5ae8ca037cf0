// The sign-in throttle over the wire: a client cannot escape the per-address delay by forging
// X-Forwarded-For (no TRUSTED_PROXIES in this server), and a legitimate user at that address
// still signs in.
import { describe, expect, it } from "vitest";
import { ADDRESS_RULE } from "@/lib/auth/authenticate";
import { baseUrl, LEARNER, signIn } from "./client";

async function attempt(email: string, forwardedFor: string): Promise<{ ms: number; status: number }> {
  const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const t0 = performance.now();
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      "x-forwarded-for": forwardedFor,
      "x-real-ip": forwardedFor,
    },
    body: new URLSearchParams({ csrfToken, email, password: "not the password", json: "true" }),
  });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

describe("sign-in throttle over HTTP", () => {
  it("forged X-Forwarded-For does not escape the address delay; the real user still gets in", async () => {
    const times: number[] = [];
    for (let i = 0; i < ADDRESS_RULE.freeFailures + 4; i++) {
      const r = await attempt(`nobody${i}@example.test`, `198.51.100.${i + 1}`);
      expect(r.status).toBeLessThan(500);
      times.push(r.ms);
    }
    // Every attempt counted against the one real address, so the last ones waited growing delays
    // (1 s, 2 s, 4 s between slots, less the time each attempt itself took). Compared with the
    // free attempts, whose time is argon2's, which varies with the machine's load.
    const free = [...times.slice(0, 5)].sort((a, b) => a - b)[2]!;
    const waited = times.slice(-3).reduce((sum, t) => sum + t - free, 0);
    expect(waited).toBeGreaterThan(3 * ADDRESS_RULE.baseDelayMs);
    const t0 = performance.now();
    expect(await signIn(LEARNER)).toMatch(/^next-auth\.session-token=/);
    expect(performance.now() - t0).toBeLessThan(ADDRESS_RULE.maxDelayMs + 3000);
  });
});
