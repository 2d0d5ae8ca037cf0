// The database drivers themselves, for the hot statements of hot-sql.ts: one better-sqlite3
// connection to the same file Prisma's adapter uses, or one pg pool beside Prisma's. Opened on first
// use, like the Prisma client (client.ts), and closed with it.
import Database from "better-sqlite3";
import pg from "pg";
import { dbProvider, databaseUrl } from "./client";
import { serverEnv } from "@/lib/env";
import type { HotStatement } from "./hot-sql";
import { SqliteWriteQueue } from "./sqlite-writer";
import { WorkerCheckpointer } from "./wal-checkpointer";

export type HotValues = Record<string, unknown>;
type Row = Record<string, unknown>;

const TIMESTAMP_OID = 1114;

// timestamp(3) columns hold UTC wall time (as Prisma writes them); pg would read them as local time.
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID && format !== "binary") return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
    const parser = (
      format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid, "text")
    ) as (v: string) => unknown;
    return parser;
  },
};

function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00"); // Prisma's iso8601 text: compares as text
  if (typeof v === "boolean") return v ? 1 : 0;
  if (Array.isArray(v)) return JSON.stringify(v);
  return v ?? null;
}

function pgValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString(); // the zone is ignored by timestamp(3): UTC wall time
  return v ?? null;
}

/** A better-sqlite3 connection with the pragmas of client.ts, and its prepared statements by text. */
class SqliteDriver {
  readonly db: Database.Database;
  /** The hot writes: group commits, answered once fsynced (sqlite-writer.ts). */
  readonly writes: SqliteWriteQueue;
  /** The WAL's checkpoints, on a worker thread (wal-checkpointer.ts), timed by the write queue. */
  readonly checkpointer: WorkerCheckpointer | null;
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // NORMAL: a commit does not fsync on the event loop; the write queue fsyncs the WAL off it
    // before any write is answered, which keeps FULL's guarantee for every acknowledged review.
    this.db.pragma("synchronous = NORMAL");
    // 0, not Prisma's 5000: better-sqlite3 waits synchronously, which would freeze the event loop
    // while Prisma's own open transaction (same process) needs it to finish; writes retry instead.
    this.db.pragma("busy_timeout = 0");
    this.db.pragma("foreign_keys = ON");
    // WAL checkpoints on a worker thread beside the writes (sqlite-writer.ts), not inside COMMIT on
    // the event loop: on a quiet machine 1-client p99 7.7-10.3 ms against 11.4-12.4 ms, and more
    // reviews/s at 16 clients (bench:review, three pairs). SQLITE_CHECKPOINTS=auto: SQLite's own.
    const checkpointer = process.env.SQLITE_CHECKPOINTS === "auto" ? null : new WorkerCheckpointer(file);
    this.checkpointer = checkpointer;
    this.writes = new SqliteWriteQueue(this.db, `${file}-wal`, {
      checkpoint: checkpointer ? { run: () => checkpointer.run() } : undefined,
    });
  }

  statement(sql: string): Database.Statement {
    let s = this.prepared.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.prepared.set(sql, s);
    }
    return s;
  }

  bind(params: readonly string[], values: HotValues): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of params) out[p] = sqliteValue(values[p]);
    return out;
  }

  rows<T>(st: HotStatement, values: HotValues): T[] {
    return this.statement(st.sqlite).all(this.bind(st.params, values)) as T[];
  }

  private readonly arrayStatements = new Map<string, Database.Statement>();

  arrays(st: HotStatement, values: HotValues): unknown[][] {
    let s = this.arrayStatements.get(st.sqlite);
    if (!s) {
      s = this.db.prepare(st.sqlite).raw(true);
      this.arrayStatements.set(st.sqlite, s);
    }
    return s.all(this.bind(st.params, values)) as unknown[][];
  }
}

class PgDriver {
  readonly pool: pg.Pool;
  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: serverEnv().pgPoolSize, types: pgTypes });
    // An idle connection dropped by the server (restart, terminated backend) is an 'error' event on
    // the pool; unhandled it would end the process. The pool replaces the connection on next use.
    this.pool.on("error", (e) => console.error("pg pool: idle connection lost:", e.message));
  }

  async rows<T>(st: { name: string; params: readonly string[]; postgresql: string }, values: HotValues): Promise<T[]> {
    // A named query is parsed and planned once per pooled connection, then only bound and executed.
    const r = await this.pool.query<Row>({
      name: st.name,
      text: st.postgresql,
      values: st.params.map((p) => pgValue(values[p])),
    });
    return r.rows as T[];
  }

  async arrays(st: HotStatement, values: HotValues): Promise<unknown[][]> {
    const r = await this.pool.query<unknown[]>({
      name: st.name,
      text: st.postgresql,
      values: st.params.map((p) => pgValue(values[p])),
      rowMode: "array",
    });
    return r.rows;
  }
}

type Drivers = { sqlite?: SqliteDriver; pg?: PgDriver };
const globalForDrivers = globalThis as unknown as { sourcedeckDrivers?: Drivers };
const drivers = (): Drivers => (globalForDrivers.sourcedeckDrivers ??= {});

export function sqliteDriver(): SqliteDriver {
  const d = drivers();
  d.sqlite ??= new SqliteDriver(databaseUrl().replace(/^file:/, ""));
  return d.sqlite;
}

export function pgDriver(): PgDriver {
  const d = drivers();
  d.pg ??= new PgDriver(databaseUrl());
  return d.pg;
}

/** The rows of a hot read statement on the engine DB_PROVIDER names. */
export async function hotRows<T>(st: HotStatement, values: HotValues): Promise<T[]> {
  if (dbProvider() === "postgresql") return pgDriver().rows<T>(st, values);
  const driver = sqliteDriver();
  return whenNotBusy(() => driver.rows<T>(st, values));
}

/** The same as arrays in the SELECT's column order: for reads of many rows, where building objects
 *  with named properties in the driver costs more than the read itself (measured: 291 rows × 16
 *  columns, 1.6 ms as objects, 0.9 ms as arrays, on SQLite). */
export async function hotArrays(st: HotStatement, values: HotValues): Promise<unknown[][]> {
  if (dbProvider() === "postgresql") return pgDriver().arrays(st, values);
  const driver = sqliteDriver();
  return whenNotBusy(() => driver.arrays(st, values));
}

export type WriteOutcome = "written" | "stale" | "duplicate";
export type ReviewWrite = {
  name: string;
  params: readonly string[];
  sqlite: { state: string; log: string };
  postgresql: string;
};

const SQLITE_BUSY_BUDGET_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a synchronous SQLite read, retrying after short async waits while the database is busy
 *  (rare in WAL mode), for up to Prisma's 5 s; the event loop stays free. */
async function whenNotBusy<T>(run: () => T): Promise<T> {
  const deadline = Date.now() + SQLITE_BUSY_BUDGET_MS;
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      return run();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || Date.now() > deadline) throw e;
      await sleep(wait);
    }
  }
}

function isUniqueError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

/**
 * Writes a card state and its review log in one transaction, or neither. "stale": the state write
 * matched no row (another write came first); "duplicate": the log id exists (a retried request).
 */
export async function writeReview(write: ReviewWrite, values: HotValues): Promise<WriteOutcome> {
  if (dbProvider() === "postgresql") {
    try {
      const [r] = await pgDriver().rows<{ states: number; logs: number }>(write, values);
      return r && r.states === 1 && r.logs === 1 ? "written" : "stale";
    } catch (e) {
      if (isUniqueError(e)) return "duplicate";
      throw e;
    }
  }
  const driver = sqliteDriver();
  const stateSt = driver.statement(write.sqlite.state);
  const logSt = driver.statement(write.sqlite.log);
  const bound = driver.bind(write.params, values);
  try {
    // The state and the log commit together or not at all (one savepoint of a group commit);
    // "stale" writes nothing and is no error.
    return await driver.writes.submit((): WriteOutcome => {
      if (stateSt.run(bound).changes !== 1) return "stale";
      logSt.run(bound);
      return "written";
    });
  } catch (e) {
    if (isUniqueError(e)) return "duplicate";
    throw e;
  }
}

export async function closeDrivers(): Promise<void> {
  const d = drivers();
  globalForDrivers.sourcedeckDrivers = undefined;
  await d.sqlite?.writes.close();
  await d.sqlite?.checkpointer?.close();
  d.sqlite?.db.close();
  await d.pg?.pool.end();
}

/** The engine's plan of a hot statement with these values (benchmarks and plan tests read it). */
export async function explainHot(
  st: HotStatement,
  values: HotValues,
  options: { analyze?: boolean } = {},
): Promise<string[]> {
  if (dbProvider() === "postgresql") {
    const client = await pgDriver().pool.connect();
    try {
      // Small test tables make a sequential scan cheapest; off, the plan shows which index would serve.
      if (!options.analyze) await client.query("SET enable_seqscan = off");
      const how = options.analyze ? "ANALYZE, BUFFERS, COSTS OFF" : "COSTS OFF";
      const r = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (${how}) ${st.postgresql}`,
        st.params.map((p) => pgValue(values[p])),
      );
      return r.rows.map((row) => row["QUERY PLAN"]);
    } finally {
      await client.query("RESET enable_seqscan");
      client.release();
    }
  }
  const driver = sqliteDriver();
  const rows = driver.db.prepare(`EXPLAIN QUERY PLAN ${st.sqlite}`).all(driver.bind(st.params, values)) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail);
}
