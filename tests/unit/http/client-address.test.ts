import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, parseTrustedProxies } from "@/lib/http/client-address";

const h = (peer: string, xff?: string) => ({ [PEER_HEADER]: peer, ...(xff ? { "x-forwarded-for": xff } : {}) });

describe("client address", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(h("198.51.100.4", "1.2.3.4"), parseTrustedProxies(""))).toBe("198.51.100.4");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress(h("198.51.100.4", "1.2.3.4"), parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.4");
  });

  it("through trusted proxies takes the last hop they did not add", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.1");
    // The client forged "6.6.6.6" in front; the proxies appended the real client and themselves.
    expect(clientAddress(h("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.168.1.1"), trusted)).toBe("203.0.113.9");
    expect(clientAddress(h("10.1.2.3", "203.0.113.9"), trusted)).toBe("203.0.113.9");
  });

  it("reads IPv4-mapped and IPv6 peers, and the loopback shorthand", () => {
    const trusted = parseTrustedProxies("loopback, 2001:db8::/32");
    expect(clientAddress(h("::ffff:127.0.0.1", "203.0.113.5"), trusted)).toBe("203.0.113.5");
    expect(clientAddress(h("2001:db8::1", "203.0.113.6"), trusted)).toBe("203.0.113.6");
    expect(clientAddress(h("2001:db9::1", "203.0.113.6"), trusted)).toBe("2001:db9::1");
  });

  it("is 'unknown' without the peer header, whatever the client forwards", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4" }, parseTrustedProxies("loopback"))).toBe("unknown");
  });
});
