import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

describe("parseServerEnv", () => {
  it("defaults to SQLite in dev.db", () => {
    expect(parseServerEnv({})).toEqual({
      dbProvider: "sqlite",
      databaseUrl: "file:./dev.db",
      pgPoolSize: 10,
      generator: { kind: "rules" },
    });
  });

  it("reads a PostgreSQL setup", () => {
    const env = parseServerEnv({
      DB_PROVIDER: "postgresql",
      DATABASE_URL: "postgresql://u@h:5432/d",
      PG_POOL_SIZE: "20",
    });
    expect(env).toMatchObject({ dbProvider: "postgresql", databaseUrl: "postgresql://u@h:5432/d", pgPoolSize: 20 });
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

  it("reads the model generator's settings, with defaults", () => {
    const env = parseServerEnv({ GENERATOR: "llm", LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "llama3.1" });
    expect(env.generator).toEqual({
      kind: "llm",
      baseUrl: "http://127.0.0.1:11434/v1",
      model: "llama3.1",
      apiKey: undefined,
      timeoutMs: 120_000,
      concurrency: 2,
      chunkChars: 8000,
      tokenBudget: 200_000,
    });
  });

  it("refuses GENERATOR=llm without an endpoint and model, and unknown generators", () => {
    expect(() => parseServerEnv({ GENERATOR: "llm" })).toThrow(/needs LLM_BASE_URL and LLM_MODEL/);
    expect(() => parseServerEnv({ GENERATOR: "gpt" })).toThrow(/GENERATOR must be "rules" or "llm"/);
    expect(() => parseServerEnv({ GENERATOR: "llm", LLM_BASE_URL: "not a url", LLM_MODEL: "m" })).toThrow(
      /LLM_BASE_URL must be a URL/,
    );
  });
});
