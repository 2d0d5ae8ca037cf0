// The raw-driver ceilings the benchmarks (scripts/bench) print their ratios to, measured in the same
// run: the least a durable review or a queue read can cost on this machine — the driver itself,
// minimal SQL on the project's schema, no repository, no HTTP. Not used by the app.
import Database from "better-sqlite3";
import pg from "pg";
import { DEFAULT_SETTINGS, reviewCard, type CardStateRow, type Rating } from "@/lib/srs";

export type CeilingSample = { latencies: number[]; seconds: number };
export type ReviewTarget = { userId: string; cardId: string; deckId: string; factId: string };

const STATE_READ = `SELECT "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps",
  "lapses", "state", "lastReview", "version" FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2`;
const STATE_UPSERT = `INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId", "due", "stability",
  "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 0)
  ON CONFLICT ("userId", "cardId") DO UPDATE SET "due" = excluded."due", "stability" = excluded."stability",
  "difficulty" = excluded."difficulty", "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays",
  "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses",
  "state" = excluded."state", "lastReview" = excluded."lastReview", "version" = "CardState"."version" + 1`;
const LOG_INSERT = `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "factId", "rating", "reviewedAt", "before",
  "state", "due", "stability", "difficulty", "reps", "lapses", "elapsedDays", "scheduledDays")
  VALUES ($1, $2, $3, $4, $5, $6, $7, '', $8, $9, $10, $11, $12, $13, $14, $15)`;
// SQLite reads $n as a named parameter; each $n above appears once and in order, so ? binds the same.
const sqliteText = (sql: string) => sql.replace(/\$\d+/g, "?");

type RawRow = Record<string, unknown>;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

function prevFrom(r: RawRow | undefined, t: ReviewTarget): CardStateRow | null {
  if (!r) return null;
  const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
  return {
    cardId: t.cardId,
    factId: t.factId,
    due: date(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: Number(r.elapsedDays),
    scheduledDays: Number(r.scheduledDays),
    learningSteps: Number(r.learningSteps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    state: Number(r.state) as CardStateRow["state"],
    lastReview: r.lastReview === null ? null : date(r.lastReview),
    suspended: false,
    buriedUntil: null,
    leech: false,
    version: Number(r.version),
  };
}

function writeValues(
  t: ReviewTarget,
  prev: CardStateRow | null,
  rating: Rating,
  now: Date,
  toDb: (d: Date) => unknown,
) {
  const { next } = reviewCard(prev, rating, now, DEFAULT_SETTINGS);
  const state = [
    `${t.userId}:${t.cardId}`,
    t.userId,
    t.cardId,
    t.deckId,
    t.factId,
    toDb(next.due),
    next.stability,
    next.difficulty,
    next.elapsedDays,
    next.scheduledDays,
    next.learningSteps,
    next.reps,
    next.lapses,
    next.state,
    next.lastReview ? toDb(next.lastReview) : null,
  ];
  const log = [
    crypto.randomUUID(),
    t.userId,
    t.cardId,
    t.deckId,
    t.factId,
    rating,
    toDb(now),
    next.state,
    toDb(next.due),
    next.stability,
    next.difficulty,
    next.reps,
    next.lapses,
    next.elapsedDays,
    next.scheduledDays,
  ];
  return { state, log };
}

/**
 * better-sqlite3, one connection, synchronous=FULL: read the state, ts-fsrs, upsert the state and
 * insert the log in one IMMEDIATE transaction, back to back for `seconds`.
 */
export function sqliteReviewCeiling(file: string, targets: ReviewTarget[], seconds: number): CeilingSample {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  const read = db.prepare(sqliteText(STATE_READ));
  const upsert = db.prepare(sqliteText(STATE_UPSERT));
  const log = db.prepare(sqliteText(LOG_INSERT));
  const write = db.transaction((state: unknown[], entry: unknown[]) => {
    upsert.run(...state);
    log.run(...entry);
  });
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let n = 0; performance.now() < end; n++) {
    const t0 = performance.now();
    const target = targets[n % targets.length]!;
    const prev = prevFrom(read.get(target.userId, target.cardId) as RawRow | undefined, target);
    const v = writeValues(target, prev, (1 + (n % 4)) as Rating, new Date(), iso);
    write.immediate(v.state, v.log);
    latencies.push(performance.now() - t0);
  }
  db.close();
  return { latencies, seconds };
}

/** The same on PostgreSQL: `clients` connections, named statements, BEGIN … COMMIT per review. */
export async function pgReviewCeiling(
  url: string,
  targets: ReviewTarget[],
  seconds: number,
  clients: number,
): Promise<CeilingSample> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const iso = (d: Date) => d.toISOString();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (let n = c; performance.now() < end; n += clients) {
          const t0 = performance.now();
          const target = targets[n % targets.length]!;
          const r = await client.query<RawRow>({
            name: "ceiling_read",
            text: STATE_READ,
            values: [target.userId, target.cardId],
          });
          const prev = prevFrom(r.rows[0], target);
          const v = writeValues(target, prev, (1 + (n % 4)) as Rating, new Date(), iso);
          await client.query("BEGIN");
          await client.query({ name: "ceiling_upsert", text: STATE_UPSERT, values: v.state });
          await client.query({ name: "ceiling_log", text: LOG_INSERT, values: v.log });
          await client.query("COMMIT");
          latencies.push(performance.now() - t0);
        }
      } finally {
        await client.end();
      }
    }),
  );
  return { latencies, seconds };
}

const DUE_READ = `SELECT "cardId", "factId", "due", "stability", "state", "lastReview" FROM "CardState"
  WHERE "userId" = $1 AND "deckId" = $2 AND "due" < $3 AND "suspended" = $4`;

/** One user's due states by the (userId, deckId, due) index, back to back: the queue read's floor. */
export function sqliteQueueCeiling(file: string, userIds: string[], deckId: string, seconds: number): CeilingSample {
  const db = new Database(file, { readonly: true });
  const read = db.prepare(sqliteText(DUE_READ));
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const dayEnd = iso(new Date(Date.now() + 86_400_000));
  for (let n = 0; performance.now() < end; n++) {
    const t0 = performance.now();
    read.all(userIds[(n * 7919) % userIds.length], deckId, dayEnd, 0);
    latencies.push(performance.now() - t0);
  }
  db.close();
  return { latencies, seconds };
}

export async function pgQueueCeiling(
  url: string,
  userIds: string[],
  deckId: string,
  seconds: number,
  clients: number,
): Promise<CeilingSample> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const dayEnd = new Date(Date.now() + 86_400_000).toISOString();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (let n = c; performance.now() < end; n += clients) {
          const t0 = performance.now();
          await client.query({
            name: "ceiling_due",
            text: DUE_READ,
            values: [userIds[(n * 7919) % userIds.length], deckId, dayEnd, false],
          });
          latencies.push(performance.now() - t0);
        }
      } finally {
        await client.end();
      }
    }),
  );
  return { latencies, seconds };
}
