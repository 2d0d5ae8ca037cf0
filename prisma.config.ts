// Prisma CLI configuration. DB_PROVIDER (sqlite | postgresql) picks prisma/<provider>/ and the
// driver adapter the JavaScript schema engine talks through (no native engine can be downloaded).
import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  adapter: async () => {
    if (provider === "postgresql") {
      const { pgAdapterForCli } = await import("./prisma/cli/pg-adapter");
      return pgAdapterForCli(process.env.DATABASE_URL);
    }
    const { sqliteAdapterForCli } = await import("./prisma/cli/sqlite-adapter");
    return sqliteAdapterForCli(process.env.DATABASE_URL ?? "file:./dev.db");
  },
});
