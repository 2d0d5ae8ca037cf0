// The JSON API's routes and the methods each answers, for the proxy: any other method gets a 405
// in the error shape with an Allow header (Next's own 405 has an empty body). A unit test checks
// this table against the route files' exports, so a new route or method cannot be forgotten here.
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const API_ROUTES: { pattern: string; methods: ApiMethod[] }[] = [
  { pattern: "/api/auth/[...nextauth]", methods: ["GET", "POST"] },
  { pattern: "/api/v1/cards/[id]", methods: ["GET"] },
  { pattern: "/api/v1/cards/[id]/actions", methods: ["POST"] },
  { pattern: "/api/v1/classes", methods: ["GET", "POST"] },
  { pattern: "/api/v1/classes/join", methods: ["POST"] },
  { pattern: "/api/v1/classes/[id]/assignments", methods: ["POST"] },
  { pattern: "/api/v1/classes/[id]/fsrs/optimize", methods: ["POST"] },
  { pattern: "/api/v1/classes/[id]/join-code", methods: ["POST"] },
  { pattern: "/api/v1/classes/[id]/progress", methods: ["GET"] },
  { pattern: "/api/v1/classes/[id]/students.csv", methods: ["GET"] },
  { pattern: "/api/v1/classes/[id]/students/[studentId]", methods: ["DELETE"] },
  { pattern: "/api/v1/decks", methods: ["GET"] },
  { pattern: "/api/v1/decks/[id]/export", methods: ["GET"] },
  { pattern: "/api/v1/imports", methods: ["GET", "POST"] },
  { pattern: "/api/v1/imports/[id]", methods: ["GET"] },
  { pattern: "/api/v1/me/fsrs", methods: ["GET"] },
  { pattern: "/api/v1/me/fsrs/optimize", methods: ["POST"] },
  { pattern: "/api/v1/me/fsrs/use", methods: ["POST"] },
  { pattern: "/api/v1/me/reviews.csv", methods: ["GET"] },
  { pattern: "/api/v1/quizzes", methods: ["POST"] },
  { pattern: "/api/v1/quizzes/[id]", methods: ["GET"] },
  { pattern: "/api/v1/quizzes/[id]/override", methods: ["POST"] },
  { pattern: "/api/v1/quizzes/[id]/submit", methods: ["POST"] },
  { pattern: "/api/v1/reviews", methods: ["POST"] },
  { pattern: "/api/v1/reviews/undo", methods: ["POST"] },
  { pattern: "/api/v1/stats", methods: ["GET"] },
  { pattern: "/api/v1/study/queue", methods: ["GET"] },
];

function matches(pattern: string, path: string): boolean {
  const want = pattern.split("/");
  const got = path.replace(/\/+$/, "").split("/");
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w.startsWith("[...")) return got.length > i;
    if (i >= got.length) return false;
    if (w.startsWith("[")) continue;
    if (w !== got[i]) return false;
  }
  return got.length === want.length;
}

/** The methods a path answers (with HEAD and OPTIONS, which Next adds), or null for no API route. */
export function allowedMethods(path: string): string[] | null {
  // Fixed segments win over parameters ("/classes/join" is not "/classes/[id]").
  const candidates = API_ROUTES.filter((r) => matches(r.pattern, path));
  if (candidates.length === 0) return null;
  const params = (pattern: string) => pattern.split("[").length;
  const best = candidates.sort((a, b) => params(a.pattern) - params(b.pattern))[0]!;
  const methods: string[] = [...best.methods];
  if (methods.includes("GET")) methods.push("HEAD");
  methods.push("OPTIONS");
  return methods;
}
