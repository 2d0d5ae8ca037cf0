// Who is on the other end of a request. The socket's own address (put on every request as
// PEER_HEADER by instrumentation.ts, overwriting anything a client sent) is the truth; a
// forwarded-for chain is believed only hop by hop from that peer, and only while each hop is one
// of the proxies named in TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated; "loopback"
// and "private" as shorthands). Any client can write X-Forwarded-For, so without trusted proxies it
// is ignored.
export const PEER_HEADER = "x-sourcedeck-peer";

type Range = { v6: boolean; base: bigint; bits: number };

function normalise(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a.toLowerCase();
}

function parseV4(a: string): bigint | null {
  const parts = a.split(".");
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(p);
  }
  return n;
}

function parseV6(a: string): bigint | null {
  if (!/^[0-9a-f:]+$/.test(a) || a.split("::").length > 2) return null;
  const [head, tail] = a.includes("::") ? a.split("::") : [a, undefined];
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

function toRange(spec: string): Range[] {
  const s = spec.trim().toLowerCase();
  if (s === "loopback") return [...toRange("127.0.0.0/8"), ...toRange("::1/128")];
  if (s === "private") return ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"].flatMap(toRange);
  const [addr, bitsText] = s.split("/");
  const a = normalise(addr ?? "");
  const v4 = parseV4(a);
  const value = v4 ?? parseV6(a);
  if (value === null) return [];
  const width = v4 !== null ? 32 : 128;
  const bits = bitsText === undefined ? width : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return [];
  return [{ v6: v4 === null, base: value >> BigInt(width - bits), bits }];
}

export function parseTrustedProxies(spec: string | undefined): Range[] {
  return (spec ?? "")
    .split(",")
    .filter((s) => s.trim() !== "")
    .flatMap(toRange);
}

function isTrusted(address: string, ranges: Range[]): boolean {
  const a = normalise(address);
  const v4 = parseV4(a);
  const value = v4 ?? parseV6(a);
  if (value === null) return false;
  const width = v4 !== null ? 32 : 128;
  return ranges.some((r) => r.v6 === (v4 === null) && value >> BigInt(width - r.bits) === r.base);
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/** The client's address: the peer, or, through trusted proxies, the last untrusted forwarded hop. */
export function clientAddress(
  headers: HeaderSource,
  trusted: Range[] = parseTrustedProxies(process.env.TRUSTED_PROXIES),
): string {
  const peer = header(headers, PEER_HEADER);
  if (!peer) return "unknown";
  let address = normalise(peer);
  if (!isTrusted(address, trusted)) return address;
  const hops = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map(normalise)
    .filter((h) => h !== "");
  // From the nearest hop outwards: each trusted proxy vouches for the hop before it.
  while (hops.length > 0 && isTrusted(address, trusted)) address = hops.pop()!;
  return address;
}
