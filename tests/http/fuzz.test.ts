// Malformed requests across every route and method, over real HTTP against `next start`: broken
// and wrongly typed JSON, huge bodies, surrogate and NUL strings, out-of-range dates and numbers,
// bad path and query encodings, wrong content types. No answer may be a 500 or hang; API errors
// have the error shape; the server is healthy afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/http/api-routes";
import { baseUrl, expectErrorShape, INSTRUCTOR, LEARNER, signIn } from "./client";

type Case = {
  method: string;
  path: string;
  body?: BodyInit;
  contentType?: string;
  who: "learner" | "instructor" | "none";
  note: string;
};

const enc = new TextEncoder();
const WHO: Case["who"][] = ["learner", "instructor", "none"];

// JSON text that is not a usable body.
const BROKEN_JSON = [
  "{",
  "",
  "null",
  "[]",
  '"text"',
  "1e999999",
  '{"a":',
  "[".repeat(5000),
  "{}}",
  '{"__proto__":{"polluted":1}}',
  "\u0000",
  "{'single':1}",
];

// Values for any field: wrong types, hostile strings, out-of-range dates and numbers.
const BAD_VALUES: unknown[] = [
  "\ud800",
  "a\udfffb",
  "x\u0000y",
  "\u0000",
  12345,
  -1,
  1e308,
  -8.64e15,
  8.64e15,
  true,
  null,
  [],
  {},
  [1, 2],
  "0x10",
  "1e3",
  " ",
  "+275760-09-13T00:00:00Z",
  "-000001-01-01",
  "0000-01-01",
  "2024-02-30",
  "2020-01-01",
  "x".repeat(10_000),
  { $gt: "" },
];

// Bodies that are well formed, so each bad value is tried in an otherwise plausible request.
const BASE_BODIES: Record<string, Record<string, unknown>> = {
  "POST /api/v1/reviews": { id: "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11", cardId: "c1", rating: 3, durationMs: 1000 },
  "POST /api/v1/reviews/undo": { id: "7b0e6a1c-4c59-4a57-9d3b-0f0c2b2b7a11" },
  "POST /api/v1/quizzes": { deck: "iran-russia", count: 5 },
  "POST /api/v1/quizzes/[id]/submit": { answers: [{ itemId: "i1", answer: "x" }] },
  "POST /api/v1/classes": { name: "Fuzz class" },
  "POST /api/v1/classes/join": { code: "ABCD-1234" },
  "POST /api/v1/classes/[id]/assignments": { deck: "iran-russia", dueAt: "2099-01-01", targetRetention: 0.9 },
};

const BAD_IDS = [
  "%zz",
  "%00",
  "%ED%A0%80",
  "%E0%A4%A",
  "a".repeat(3000),
  "..%2F..%2Fetc%2Fpasswd",
  "%27%3B%20DROP%20TABLE",
  "%F0%9F%98%80",
  "%0A",
  "cm0000000000000000000000",
];
const BAD_QUERIES = [
  "deck=%00",
  "deck=%ED%A0%80",
  "deck=%zz",
  "limit=0x10",
  "limit=-1",
  "limit=1e9",
  `deck=${"d".repeat(5000)}`,
  "deck=iran-russia&limit=%00",
  "assignment=%00",
  "assignment=..%2Fx",
  "full=%zz",
];
const WRONG_TYPES = [
  undefined,
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/xml",
  "application/jsonx",
];
const PAGES = [
  "/classes/%zz",
  "/decks/%zz",
  "/quizzes/%00",
  "/study/%E0%A4%A",
  "/imports/%ED%A0%80",
  "/decks/%zz/edit",
  "/%00",
  "/dashboard?x=%zz",
];

function fill(pattern: string, id: string): string {
  return pattern.replace(/\[\.\.\.[a-z]+\]/i, "callback/credentials").replace(/\[[a-zA-Z]+\]/g, id);
}

function jsonText(value: unknown): string {
  // JSON.stringify writes lone surrogates as \ud800 escapes: the server sees a lone surrogate.
  return JSON.stringify(value);
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  let n = 0;
  const who = () => WHO[n++ % WHO.length]!;
  for (const route of API_ROUTES) {
    const isAuth = route.pattern.startsWith("/api/auth");
    const path = fill(route.pattern, "cm0000000000000000000000");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (!route.methods.includes(method as never))
        cases.push({ method, path, who: who(), note: "unsupported method" });
    }
    if (route.pattern.includes("[") && !isAuth) {
      for (const id of BAD_IDS)
        for (const method of route.methods)
          cases.push({ method, path: fill(route.pattern, id), who: who(), note: `bad id ${id.slice(0, 20)}` });
    }
    for (const method of route.methods) {
      if (method === "GET" || method === "DELETE") {
        for (const q of BAD_QUERIES)
          cases.push({ method, path: `${path}?${q}`, who: who(), note: `query ${q.slice(0, 30)}` });
        continue;
      }
      for (const text of BROKEN_JSON)
        cases.push({
          method,
          path,
          body: text,
          contentType: "application/json",
          who: who(),
          note: `broken JSON ${text.slice(0, 10)}`,
        });
      cases.push({
        method,
        path,
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        contentType: "application/json",
        who: who(),
        note: "not UTF-8",
      });
      cases.push({
        method,
        path,
        body: jsonText({ big: "x".repeat(300_000) }),
        contentType: "application/json",
        who: who(),
        note: "huge JSON",
      });
      const key = `${method} ${route.pattern}`;
      const base = BASE_BODIES[key];
      if (base) {
        for (const type of WRONG_TYPES)
          cases.push({
            method,
            path,
            body: jsonText(base),
            contentType: type,
            who: who(),
            note: `content type ${type}`,
          });
        for (const field of [...Object.keys(base), "extra"]) {
          for (const value of BAD_VALUES)
            cases.push({
              method,
              path,
              body: jsonText({ ...base, [field]: value }),
              contentType: "application/json",
              who: who(),
              note: `${field}=${jsonText(value).slice(0, 24)}`,
            });
        }
      }
      if (isAuth) {
        for (const value of BAD_VALUES) {
          cases.push({
            method,
            path,
            body: new URLSearchParams({ email: String(value), password: String(value), csrfToken: "x" }).toString(),
            contentType: "application/x-www-form-urlencoded",
            who: "none",
            note: `sign-in form ${jsonText(value).slice(0, 20)}`,
          });
          cases.push({
            method,
            path,
            body: jsonText({ email: value, password: value }),
            contentType: "application/json",
            who: "none",
            note: `sign-in JSON ${jsonText(value).slice(0, 20)}`,
          });
        }
        for (const type of WRONG_TYPES)
          cases.push({ method, path, body: "email=a", contentType: type, who: "none", note: `sign-in type ${type}` });
      }
    }
  }
  // Imports: broken multipart bodies and files of types it does not read.
  const imports = "/api/v1/imports";
  for (const body of [
    '--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc',
    "garbage",
    "",
    "--x--",
  ]) {
    cases.push({
      method: "POST",
      path: imports,
      body,
      contentType: "multipart/form-data; boundary=x",
      who: "instructor",
      note: "broken multipart",
    });
  }
  for (const [name, type, bytes] of [
    ["tool.exe", "application/octet-stream", enc.encode("MZ\u0090\u0000")],
    ["scan.pdf", "application/pdf", enc.encode("%PDF-1.7\n garbage that is no PDF at all")],
    ["../../etc/passwd.txt", "text/plain", enc.encode("root:x:0:0")],
    ["a\u0000b.txt", "text/plain", enc.encode("text with a NUL \u0000 inside")],
    [
      "word.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      enc.encode("PK\u0003\u0004 not really"),
    ],
    ["x.txt", "text/plain", new Uint8Array([0xff, 0xfe, 0x00, 0xd8])],
  ] as const) {
    const form = new FormData();
    form.append("files", new Blob([bytes], { type }), name);
    cases.push({ method: "POST", path: imports, body: form, who: "instructor", note: `upload ${name}` });
    const pasted = new FormData();
    pasted.append("text", `pasted ${name} \ud800 \u0000`);
    cases.push({ method: "POST", path: imports, body: pasted, who: "instructor", note: "pasted bad text" });
  }
  for (const page of PAGES)
    for (const w of WHO) cases.push({ method: "GET", path: page, who: w, note: `page ${page}` });
  return cases;
}

describe("fuzzing every route over HTTP", () => {
  const cookies: Record<Case["who"], string | undefined> = {
    learner: undefined,
    instructor: undefined,
    none: undefined,
  };
  beforeAll(async () => {
    cookies.learner = await signIn(LEARNER);
    cookies.instructor = await signIn(INSTRUCTOR);
  });

  it("answers at least 1,000 malformed requests without a 500 or a hang, errors in the API's shape", async () => {
    const cases = buildCases();
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    let slowest = 0;
    async function worker() {
      while (next < cases.length) {
        const c = cases[next++]!;
        const headers: Record<string, string> = {};
        if (c.contentType) headers["content-type"] = c.contentType;
        const cookie = cookies[c.who];
        if (cookie) headers.cookie = cookie;
        const t0 = performance.now();
        let res: Response;
        try {
          res = await fetch(baseUrl() + c.path, {
            method: c.method,
            headers,
            body: c.body,
            redirect: "manual",
            signal: AbortSignal.timeout(15_000),
          });
        } catch (e) {
          failures.push(`${c.method} ${c.path.slice(0, 80)} (${c.note}): no answer: ${String(e)}`);
          continue;
        }
        slowest = Math.max(slowest, performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const where = `${c.method} ${c.path.slice(0, 80)} (${c.note}) as ${c.who} -> ${res.status}`;
        if (res.status >= 500) failures.push(`${where}: ${(await res.text()).slice(0, 200)}`);
        else if (res.status === 405 && !res.headers.get("allow")) failures.push(`${where}: 405 without Allow`);
        else if (res.status >= 400 && (c.path.startsWith("/api/v1") || [400, 405, 413, 415].includes(res.status))) {
          try {
            await expectErrorShape(res, where);
          } catch (e) {
            failures.push(`${where}: not the error shape: ${String(e).slice(0, 200)}`);
          }
        } else await res.arrayBuffer();
      }
    }
    await Promise.all(Array.from({ length: 6 }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${cases.length} requests in ${seconds.toFixed(1)} s, slowest ${slowest.toFixed(0)} ms, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(failures, failures.slice(0, 30).join("\n")).toEqual([]);
    expect(slowest).toBeLessThan(15_000);
  });

  it("is healthy afterwards: the learner lists decks, reads the queue and records a review", async () => {
    const headers = { cookie: cookies.learner! };
    const decks = (await (await fetch(`${baseUrl()}/api/v1/decks`, { headers })).json()) as { slug: string }[];
    expect(decks.length).toBeGreaterThan(0);
    const queueRes = await fetch(`${baseUrl()}/api/v1/study/queue?deck=${decks[0]!.slug}&limit=5`, { headers });
    expect(queueRes.status).toBe(200);
    const queue = (await queueRes.json()) as { cards: { cardId: string }[] };
    expect(queue.cards.length).toBeGreaterThan(0);
    const review = await fetch(`${baseUrl()}/api/v1/reviews`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ id: crypto.randomUUID(), cardId: queue.cards[0]!.cardId, rating: 3, durationMs: 900 }),
    });
    expect(review.status).toBe(200);
    expect(((await review.json()) as { reps: number }).reps).toBeGreaterThanOrEqual(1);
  });
});
