import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = { "@": root };
const postgresUrl = process.env.TEST_POSTGRES_URL;
// Each run gets its own Postgres database (created and dropped by the global setup), so runs
// never see each other's rows.
function runDatabaseUrl(base: string): string {
  const url = new URL(base);
  url.pathname = `/${process.env.TEST_DB_PREFIX ?? "sourcedeck_test_"}${process.pid}_${Date.now().toString(36)}`;
  return url.toString();
}

// The same integration files run once per engine: on a throwaway SQLite file always, and on
// PostgreSQL when TEST_POSTGRES_URL is set (CI sets it).
const integration = (name: string, env: Record<string, string>) => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    env,
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// The same HTTP files run against `next start` once per engine (tests/http/server-setup.ts starts
// it on its own database and port); scripts/test.sh runs them after the e2e build.
const httpPort = Number(process.env.HTTP_TEST_PORT ?? 3190);
const http = (name: string, env: Record<string, string>) => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/http/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/http/server-setup.ts"],
    env,
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    // Thresholds sit at the level the suite reached when they were set, so they can only rise.
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts"],
      exclude: ["lib/db/generated/**", "lib/**/*.d.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 92, branches: 80, functions: 90, statements: 90 },
    },
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      integration("integration-sqlite", {
        DB_PROVIDER: "sqlite",
        DATABASE_URL: `file:${path.join(root, ".test-dbs", "integration.db")}`,
      }),
      ...(postgresUrl
        ? [
            integration("integration-postgres", {
              DB_PROVIDER: "postgresql",
              DATABASE_URL: runDatabaseUrl(postgresUrl),
              ADMIN_DATABASE_URL: postgresUrl,
            }),
          ]
        : []),
      http("http-sqlite", {
        DB_PROVIDER: "sqlite",
        DATABASE_URL: `file:${path.join(root, ".test-dbs", "http.db")}`,
        HTTP_TEST_PORT: String(httpPort),
        NEXTAUTH_SECRET: "http-test-secret-not-for-production-0123456789",
      }),
      ...(postgresUrl
        ? [
            http("http-postgres", {
              DB_PROVIDER: "postgresql",
              DATABASE_URL: runDatabaseUrl(postgresUrl).replace("sourcedeck_test_", "sourcedeck_http_"),
              ADMIN_DATABASE_URL: postgresUrl,
              HTTP_TEST_PORT: String(httpPort + 1),
              NEXTAUTH_SECRET: "http-test-secret-not-for-production-0123456789",
            }),
          ]
        : []),
    ],
  },
});
