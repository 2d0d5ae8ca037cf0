import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, API_ROUTES } from "@/lib/http/api-routes";
import { pathProblem, queryProblem } from "@/lib/http/request-path";

const apiDir = path.join(import.meta.dirname, "../../../app/api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}

describe("the proxy's table of API routes", () => {
  it("lists exactly the route files and the methods they export", () => {
    const fromFiles = routeFiles(apiDir).map((file) => {
      const source = readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g))
        methods.add(m[1]!);
      for (const m of source.matchAll(/export \{([^}]*)\}/g))
        for (const x of m[1]!.matchAll(/(\w+) as (GET|POST|PUT|PATCH|DELETE)\b/g))
          if (x[1] !== "methodNotAllowed") methods.add(x[2]!);
      const pattern = `/api/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`;
      return { pattern, methods: [...methods].sort() };
    });
    const table = API_ROUTES.map((r) => ({ pattern: r.pattern, methods: [...r.methods].sort() }));
    const byPattern = (a: { pattern: string }, b: { pattern: string }) => a.pattern.localeCompare(b.pattern);
    expect(table.sort(byPattern)).toEqual(fromFiles.sort(byPattern));
  });

  it("has every JSON route answer the other methods itself (Next's own 405 has no body and no Allow)", () => {
    for (const file of routeFiles(path.join(apiDir, "v1"))) {
      const source = readFileSync(file, "utf8");
      const exported = new Set<string>();
      for (const m of source.matchAll(/export (?:const|async function|function) ([A-Z]+)\b/g)) exported.add(m[1]!);
      for (const m of source.matchAll(/export \{([^}]*)\}/g))
        for (const x of m[1]!.matchAll(/as ([A-Z]+)\b/g)) exported.add(x[1]!);
      expect([...exported].sort(), file).toEqual(["DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"]);
    }
  });

  it("prefers fixed segments and adds HEAD and OPTIONS", () => {
    expect(allowedMethods("/api/v1/classes/join")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods("/api/v1/classes/abc/progress")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/auth/callback/credentials")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/nothing")).toBeNull();
  });
});

describe("raw request addresses", () => {
  it.each(["/api/v1/quizzes/%zz", "/classes/%zz", "/api/v1/quizzes/%00", "/a/%E0%A4%A", "/x/%0a", "/x/%ED%A0%80"])(
    "refuses %s",
    (p) => expect(pathProblem(p)).not.toBeNull(),
  );
  it("accepts ordinary and encoded paths", () => {
    expect(pathProblem("/decks/iran-russia/edit")).toBeNull();
    expect(pathProblem("/decks/caf%C3%A9")).toBeNull();
    expect(queryProblem("?deck=%00")).not.toBeNull();
    expect(queryProblem("?q=%zz")).not.toBeNull();
    expect(queryProblem("?deck=iran-russia&limit=20")).toBeNull();
  });
});
