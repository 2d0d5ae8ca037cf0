// Room boundaries of the layout (DESIGN.md), as lint rules. Pure domain modules stay free of the
// database and the framework; repositories do not reach up into auth; client components never
// pull server code into the browser bundle.
const PURE_ROOMS = ["srs", "content", "quiz", "generate", "progress", "import", "validation", "values"];

const serverAndFramework = [
  { group: ["@/lib/db", "@/lib/db/*", "**/lib/db/**"], message: "Pure modules do not talk to the database." },
  { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "Pure modules do not import the framework." },
  { group: ["react", "react-dom", "react/*"], message: "Pure modules do not import React." },
  { group: ["@prisma/*", "prisma", "**/generated/**"], message: "Pure modules do not import Prisma." },
  { group: ["@/lib/auth", "@/lib/auth/*"], message: "Pure modules do not import auth." },
  { group: ["@/lib/jobs", "@/lib/jobs/*"], message: "Pure modules do not start jobs." },
];

/** @type {import("eslint").Linter.Config[]} */
export const boundaryConfigs = [
  {
    files: PURE_ROOMS.map((room) => `lib/${room}/**/*.{ts,tsx}`),
    rules: { "no-restricted-imports": ["error", { patterns: serverAndFramework }] },
  },
  {
    files: ["lib/db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/auth", "@/lib/auth/*", "../auth", "../auth/*"],
              message: "lib/db must not import lib/auth (auth imports db).",
            },
            { group: ["next", "next/*", "react", "react-dom"], message: "Repositories do not import the framework." },
          ],
        },
      ],
    },
  },
];

// A component marked "use client" is bundled for the browser: it may not import repositories,
// auth or anything server-only. Wire types belong in a pure module.
const FORBIDDEN_IN_CLIENT = [
  /^@\/lib\/db(\/|$)/,
  /^@\/lib\/auth(\/|$)/,
  /^@\/lib\/jobs(\/|$)/,
  /^server-only$/,
  /^node:/,
];

/** @type {import("eslint").Rule.RuleModule} */
const clientBoundary = {
  meta: { type: "problem", messages: { forbidden: "A client component may not import {{source}}." }, schema: [] },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
    if (!isClient) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string") return;
      // Type-only imports vanish from the bundle, but wire types still belong outside lib/db.
      if (FORBIDDEN_IN_CLIENT.some((re) => re.test(source))) {
        context.report({ node, messageId: "forbidden", data: { source } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const localPlugin = { rules: { "client-boundary": clientBoundary } };
