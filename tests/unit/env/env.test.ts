import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

describe("parseServerEnv", () => {
  it("defaults to SQLite in dev.db", () => {
    expect(parseServerEnv({})).toEqual({ dbProvider: "sqlite", databaseUrl: "file:./dev.db", pgPoolSize: 10 });
  });

  it("reads a PostgreSQL setup", () => {
    const env = parseServerEnv({ DB_PROVIDER: "postgresql", DATABASE_URL: "postgresql://u@h:5432/d", PG_POOL_SIZE: "20" });
    expect(env).toEqual({ dbProvider: "postgresql", databaseUrl: "postgresql://u@h:5432/d", pgPoolSize: 20 });
  });

  it("refuses a misspelt provider instead of falling back to SQLite", () => {
    expect(() => parseServerEnv({ DB_PROVIDER: "postgres" })).toThrow(EnvError);
    expect(() => parseServerEnv({ DB_PROVIDER: "postgres" })).toThrow(/DB_PROVIDER must be "sqlite" or "postgresql"/);
  });

  it("needs a URL for PostgreSQL, of the right scheme", () => {
    expect(() => parseServerEnv({ DB_PROVIDER: "postgresql" })).toThrow(/DATABASE_URL is not set/);
    expect(() => parseServerEnv({ DB_PROVIDER: "postgresql", DATABASE_URL: "file:./x.db" })).toThrow(/postgresql:\/\//);
    expect(() => parseServerEnv({ DB_PROVIDER: "sqlite", DATABASE_URL: "postgresql://h/d" })).toThrow(/file: URL/);
  });

  it("refuses a pool size that is not a positive whole number", () => {
    expect(() => parseServerEnv({ PG_POOL_SIZE: "ten" })).toThrow(/PG_POOL_SIZE must be a whole number/);
    expect(() => parseServerEnv({ PG_POOL_SIZE: "0" })).toThrow(/PG_POOL_SIZE must be above 0/);
  });
});
