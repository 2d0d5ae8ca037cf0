// The process environment, parsed once with a clear message. A typo such as DB_PROVIDER=postgres
// must stop the app at start, not quietly run it on SQLite.
import { z } from "zod";

const providerSchema = z.enum(["sqlite", "postgresql"], {
  error: (issue) => `DB_PROVIDER must be "sqlite" or "postgresql" (got "${String(issue.input)}").`,
});

const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number.`)
    .transform(Number)
    .refine((n) => n > 0, `${name} must be above 0.`)
    .optional()
    .transform((n) => n ?? fallback);

const envSchema = z
  .object({
    DB_PROVIDER: providerSchema.optional().transform((p) => p ?? "sqlite"),
    DATABASE_URL: z.string().min(1).optional(),
    PG_POOL_SIZE: positiveInt("PG_POOL_SIZE", 10),
    GENERATOR: z
      .enum(["rules", "llm"], { error: (i) => `GENERATOR must be "rules" or "llm" (got "${String(i.input)}").` })
      .optional()
      .transform((g) => g ?? "rules"),
    LLM_BASE_URL: z.url({ error: "LLM_BASE_URL must be a URL such as http://127.0.0.1:11434/v1." }).optional(),
    LLM_MODEL: z.string().trim().min(1).optional(),
    LLM_API_KEY: z.string().min(1).optional(),
    LLM_TIMEOUT_MS: positiveInt("LLM_TIMEOUT_MS", 120_000),
    LLM_CONCURRENCY: positiveInt("LLM_CONCURRENCY", 2),
    LLM_CHUNK_CHARS: positiveInt("LLM_CHUNK_CHARS", 8000),
    LLM_TOKEN_BUDGET: positiveInt("LLM_TOKEN_BUDGET", 200_000),
  })
  .transform((env, ctx) => {
    const url = env.DATABASE_URL ?? (env.DB_PROVIDER === "sqlite" ? "file:./dev.db" : undefined);
    if (!url) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "DATABASE_URL is not set (DB_PROVIDER=postgresql needs a postgresql:// URL).",
      });
      return z.NEVER;
    }
    if (env.DB_PROVIDER === "postgresql" && !/^postgres(ql)?:\/\//.test(url)) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "DATABASE_URL must be a postgresql:// URL when DB_PROVIDER=postgresql.",
      });
      return z.NEVER;
    }
    if (env.DB_PROVIDER === "sqlite" && !url.startsWith("file:")) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "DATABASE_URL must be a file: URL when DB_PROVIDER=sqlite.",
      });
      return z.NEVER;
    }
    let generator: GeneratorConfig = { kind: "rules" };
    if (env.GENERATOR === "llm") {
      if (!env.LLM_BASE_URL || !env.LLM_MODEL) {
        ctx.addIssue({
          code: "custom",
          path: ["GENERATOR"],
          message: "GENERATOR=llm needs LLM_BASE_URL and LLM_MODEL.",
        });
        return z.NEVER;
      }
      generator = {
        kind: "llm",
        baseUrl: env.LLM_BASE_URL,
        model: env.LLM_MODEL,
        apiKey: env.LLM_API_KEY,
        timeoutMs: env.LLM_TIMEOUT_MS,
        concurrency: env.LLM_CONCURRENCY,
        chunkChars: env.LLM_CHUNK_CHARS,
        tokenBudget: env.LLM_TOKEN_BUDGET,
      };
    }
    return { dbProvider: env.DB_PROVIDER, databaseUrl: url, pgPoolSize: env.PG_POOL_SIZE, generator };
  });

export type GeneratorConfig =
  | { kind: "rules" }
  | {
      kind: "llm";
      baseUrl: string;
      model: string;
      apiKey?: string;
      timeoutMs: number;
      concurrency: number;
      chunkChars: number;
      tokenBudget: number;
    };

export type ServerEnv = z.output<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses the given environment; throws an EnvError naming every bad variable. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `- ${i.path.join(".") || "environment"}: ${i.message}`);
  throw new EnvError(`The server environment is not valid:\n${lines.join("\n")}`);
}

let cached: ServerEnv | undefined;

/** The process's environment, parsed on first use. */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** Forgets the parsed environment, for tests that change process.env after something read it. */
export function forgetServerEnv(): void {
  cached = undefined;
}
