// The fast path of the two hot JSON routes (lib/http/fast-api.ts) against the route files Next
// serves (the same addresses through apiRoute): the same statuses, bodies and guarantees, over a
// real Node HTTP server in this process. Anything that is not exactly a fast route goes on to Next.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as routePost } from "@/app/api/v1/reviews/route";
import { GET as routeGet } from "@/app/api/v1/study/queue/route";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { fastRouteOf, serveFast } from "@/lib/http/fast-api";
import { apiSecurityHeaders } from "@/lib/http/security-headers";
import { engine, makeUser, resetDatabase } from "./helpers";

const SECRET = "fast-api-test-secret-0123456789-abcdefghij";
let server: http.Server;
let base = "";
const secretBefore = process.env.NEXTAUTH_SECRET;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  // What Next would answer is not the point here: a marker status shows the request went on.
  server = http.createServer((req, res) => {
    const route = fastRouteOf(req.method, req.url);
    if (route) return void serveFast(route, req, res);
    res.writeHead(299).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  process.env.NEXTAUTH_SECRET = secretBefore;
  await disconnectDb();
});

async function cookieOf(user: { id: string; email: string }): Promise<string> {
  const token = await encode({ token: { uid: user.id, email: user.email, sub: user.id }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

async function seedDeck(slug: string, n = 3) {
  const r = await syncContentDeck({
    slug,
    title: `Deck ${slug}`,
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: n }, (_, i) => ({
      id: `${slug}-f${i}`,
      kind: "person" as const,
      prompt: `Who is ${slug} ${i}?`,
      answer: `Answer ${i}`,
      variants: [],
      explanation: `Context ${i}.`,
      source: "doc",
      section: "Part 1",
      tags: [],
      reverse: false,
    })),
  });
  const prisma = await db();
  const cards = await prisma.card.findMany({ where: { deckId: r.deckId }, orderBy: { position: "asc" } });
  return { deckId: r.deckId, cards };
}

type Answer = { status: number; body: unknown; headers: Headers };

async function fast(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
}

async function viaRoute(path: string, init: RequestInit = {}): Promise<Answer> {
  const request = new Request(`http://127.0.0.1${path}`, init);
  const res = await (init.method === "POST" ? routePost(request) : routeGet(request));
  return { status: res.status, body: (await res.json()) as unknown, headers: res.headers };
}

const json = (cookie: string | undefined, body: unknown, type = "application/json"): RequestInit => ({
  method: "POST",
  headers: { ...(cookie ? { cookie } : {}), "content-type": type },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe(`the hot routes' fast path (${engine})`, () => {
  beforeEach(resetDatabase);

  it("takes exactly the two routes' own methods and addresses; everything else goes on to Next", () => {
    expect(fastRouteOf("POST", "/api/v1/reviews")).not.toBeNull();
    expect(fastRouteOf("POST", "/api/v1/reviews?x=1")).not.toBeNull();
    expect(fastRouteOf("GET", "/api/v1/study/queue?deck=d")).not.toBeNull();
    for (const [method, url] of [
      ["GET", "/api/v1/reviews"],
      ["PUT", "/api/v1/reviews"],
      ["OPTIONS", "/api/v1/reviews"],
      ["POST", "/api/v1/reviews/"],
      ["POST", "/api/v1/reviews/undo"],
      ["POST", "/api/v1/review%73"],
      ["HEAD", "/api/v1/study/queue"],
      ["POST", "/api/v1/study/queue"],
      ["GET", "/api/v1/study/queue/x"],
      ["GET", "http://127.0.0.1/api/v1/study/queue"],
    ])
      expect(fastRouteOf(method, url), `${method} ${url}`).toBeNull();
  });

  it("records a review as the route does: the answer, the security headers, one log for a retried id", async () => {
    const user = await makeUser();
    const cookie = await cookieOf(user);
    const { cards } = await seedDeck("fast-deck");
    const id = randomUUID();
    const first = await fast("/api/v1/reviews", json(cookie, { id, cardId: cards[0]!.id, rating: 3, durationMs: 900 }));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ cardId: cards[0]!.id, version: 0, reps: 1, leech: false });
    for (const [k, v] of Object.entries(apiSecurityHeaders(false))) expect(first.headers.get(k), k).toBe(v);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect(first.headers.get("content-type")).toBe("application/json");
    // A retried request answers as the first did and writes nothing.
    const again = await fast("/api/v1/reviews", json(cookie, { id, cardId: cards[0]!.id, rating: 3, durationMs: 900 }));
    expect(again).toMatchObject({ status: 200, body: first.body });
    const prisma = await db();
    expect(await prisma.reviewLog.count({ where: { id } })).toBe(1);
    // The route file, on another card, answers in the same shape.
    const viaNext = await viaRoute(
      "/api/v1/reviews",
      json(cookie, { id: randomUUID(), cardId: cards[1]!.id, rating: 3, durationMs: 900 }),
    );
    expect(viaNext.status).toBe(200);
    expect(Object.keys(viaNext.body as object)).toEqual(Object.keys(first.body as object));
    // Behind TLS, HSTS too.
    const https = await fast("/api/v1/reviews", {
      ...json(cookie, { id: randomUUID(), cardId: cards[2]!.id, rating: 3 }),
      headers: { cookie, "content-type": "application/json", "x-forwarded-proto": "https" },
    });
    expect(https.headers.get("strict-transport-security")).toBe(apiSecurityHeaders(true)["Strict-Transport-Security"]);
  });

  it("refuses what the route refuses, with the same status and error body", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const cookie = await cookieOf(user);
    const { cards } = await seedDeck("fast-refusals");
    const prisma = await db();
    // Someone else's private deck: no such card for this user.
    const { cards: privateCards, deckId } = await seedDeck("fast-private", 1);
    await prisma.deck.update({ where: { id: deckId }, data: { ownerId: other.id } });
    await fast("/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: cards[0]!.id, rating: 3 }));
    const cases: [string, RequestInit, number][] = [
      ["/api/v1/reviews", json(undefined, { id: randomUUID(), cardId: cards[0]!.id, rating: 3 }), 401],
      ["/api/v1/reviews", json(`${cookie}x`, { id: randomUUID(), cardId: cards[0]!.id, rating: 3 }), 401],
      ["/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: cards[0]!.id, rating: 3 }, "text/plain"), 415],
      ["/api/v1/reviews", { method: "POST", headers: { cookie }, body: "{}" }, 415],
      ["/api/v1/reviews", json(cookie, "{"), 400],
      ["/api/v1/reviews", json(cookie, "[]"), 400],
      ["/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: "\ud800", rating: 3 }), 400],
      ["/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: cards[0]!.id, rating: 5 }), 400],
      ["/api/v1/reviews", json(cookie, { big: "x".repeat(300_000) }), 413],
      ["/api/v1/reviews?x=%zz", json(cookie, { id: randomUUID(), cardId: cards[1]!.id, rating: 3 }), 400],
      // The state moved on since version null (the card was reviewed above): stale, 409.
      ["/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: cards[0]!.id, rating: 3, version: null }), 409],
      ["/api/v1/reviews", json(cookie, { id: randomUUID(), cardId: privateCards[0]!.id, rating: 3 }), 404],
    ];
    for (const [path, init, status] of cases) {
      const a = await fast(path, init);
      const b = await viaRoute(path, init);
      const what = `${path} ${typeof init.body === "string" ? init.body.slice(0, 40) : ""}`;
      expect(a.status, what).toBe(status);
      expect(a.body, what).toEqual(b.body);
      expect(b.status, what).toBe(status);
      expect(a.headers.get("content-type"), what).toBe("application/json");
    }
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("cuts off a body that runs past the limit without a declared length, and the connection still answers", async () => {
    const cookie = await cookieOf(await makeUser());
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 6; i++) c.enqueue(chunk);
        c.close();
      },
    });
    const res = await fetch(`${base}/api/v1/reviews`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too_large");
    expect((await fast("/api/v1/reviews", json(cookie, "{"))).status).toBe(400);
  });

  it("reads the study queue as the route does", async () => {
    const user = await makeUser();
    const cookie = await cookieOf(user);
    await seedDeck("fast-queue", 4);
    const get = { headers: { cookie } };
    const a = await fast("/api/v1/study/queue?deck=fast-queue&limit=3", get);
    expect(a.status).toBe(200);
    expect((a.body as { cards: unknown[] }).cards).toHaveLength(3);
    // The intervals shown on the buttons are from each call's own clock (near a rounding edge, "6d"
    // and "7d" a moment apart): everything else is the same.
    const withoutIntervals = (body: unknown) => ({
      ...(body as object),
      cards: (body as { cards: { intervals?: unknown }[] }).cards.map(({ intervals: _, ...card }) => card),
    });
    const b = await viaRoute("/api/v1/study/queue?deck=fast-queue&limit=3", get);
    expect(withoutIntervals(a.body)).toEqual(withoutIntervals(b.body));
    for (const [path, status] of [
      ["/api/v1/study/queue?deck=nope", 404],
      ["/api/v1/study/queue?deck=fast-queue&limit=0x10", 400],
      ["/api/v1/study/queue?deck=%00", 400],
      ["/api/v1/study/queue", 400],
    ] as const) {
      const f = await fast(path, get);
      expect(f.status, path).toBe(status);
      expect(f.body, path).toEqual((await viaRoute(path, get)).body);
    }
    expect((await fast("/api/v1/study/queue?deck=fast-queue")).status).toBe(401);
  });

  it("goes on to the next listener for any other request", async () => {
    expect((await fetch(`${base}/api/v1/reviews`)).status).toBe(299);
    expect((await fetch(`${base}/api/v1/reviews/`, { method: "POST" })).status).toBe(299);
  });
});
