// Bulk fixtures for the benchmark scripts (scripts/bench): many users, and card states for all of
// them at once. Not used by the app.
import { db } from "./client";

export type BenchUser = {
  id?: string;
  email: string;
  passwordHash: string;
  newPerDay?: number;
  maxReviewsPerDay?: number;
};

export async function createBenchUsers(users: BenchUser[]): Promise<{ id: string; email: string }[]> {
  const prisma = await db();
  for (let i = 0; i < users.length; i += 500) await prisma.user.createMany({ data: users.slice(i, i + 500) });
  return prisma.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true, email: true },
  });
}

export async function deckCards(deckId: string): Promise<{ id: string; deckId: string; factId: string }[]> {
  const prisma = await db();
  return prisma.card.findMany({
    where: { deckId },
    select: { id: true, deckId: true, factId: true },
    orderBy: { position: "asc" },
  });
}

export async function deckCardIds(deckId: string): Promise<string[]> {
  const prisma = await db();
  return (await prisma.card.findMany({ where: { deckId }, select: { id: true } })).map((c) => c.id);
}

/**
 * Every user whose id starts with `userIdPrefix` gets every card of the deck in review, due from
 * 10 days ago to 30 days ahead, in one INSERT … SELECT (SQLite only), with dates in the format
 * Prisma writes. Returns the number of card states in the database.
 */
export async function fillReviewStatesSqlite(deckId: string, userIdPrefix: string): Promise<number> {
  const prisma = await db();
  await prisma.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId", "due", "stability", "difficulty", "elapsedDays",
      "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "leech", "version")
    SELECT u."id" || ':' || c."id", u."id", c."id", c."deckId", c."factId",
      strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', printf('%+d minutes', (abs(random()) % 57600) - 14400)),
      5 + (abs(random()) % 40), 5, 3, 10, 0, 4, 0, 2,
      strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-12 days'), false, false, 0
    FROM "User" u CROSS JOIN "Card" c WHERE c."deckId" = ${deckId} AND u."id" LIKE ${`${userIdPrefix}%`}`;
  return prisma.cardState.count();
}

/**
 * The same on PostgreSQL, made for millions of rows: one INSERT … SELECT over User × Card (no row
 * by row), with the secondary indexes of CardState dropped during the load and rebuilt from their
 * own definitions after it, foreign-key triggers off for the session, then VACUUM ANALYZE of the
 * database so the planner's statistics and the visibility map (index-only scans) are current.
 */
export async function fillReviewStatesPostgres(url: string, deckId: string, userIdPrefix: string): Promise<number> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query("SET session_replication_role = replica");
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'CardState' AND indexname <> 'CardState_pkey'`,
    );
    for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
    await client.query(
      `INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId", "due", "stability", "difficulty", "elapsedDays",
        "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "leech", "version")
      SELECT u."id" || ':' || c."id", u."id", c."id", c."deckId", c."factId",
        timezone('UTC', now()) + make_interval(mins => (floor(random() * 57600) - 14400)::int),
        5 + floor(random() * 40), 5, 3, 10, 0, 4, 0, 2, timezone('UTC', now()) - interval '12 days', false, false, 0
      FROM "User" u CROSS JOIN "Card" c WHERE c."deckId" = $1 AND u."id" LIKE $2`,
      [deckId, `${userIdPrefix}%`],
    );
    for (const i of indexes) await client.query(i.indexdef);
    await client.query("SET session_replication_role = origin");
    // Every table, not only CardState: the deck's Card and Fact rows, made through Prisma just before,
    // would otherwise have no statistics and no visibility map (seen: seq scans of Fact and a bitmap
    // heap scan of Card in the queue read), which a running server's autovacuum soon gives them.
    await client.query("VACUUM ANALYZE");
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CardState"`);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
