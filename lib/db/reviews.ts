// Recording and undoing reviews. A review writes the new card state and its log in one
// transaction or neither; the client-made id makes a retried request return the first answer
// without writing again; a write over a state the client did not see is refused (409).
import { LEECH_LAPSES, parseSnapshot, reviewCard, serializeSnapshot, type CardStateRow, type Rating } from "@/lib/srs";
import { Conflict, NotFound } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import { schedulingColumns } from "./card-states";
import { db, type Tx } from "./client";
import { Prisma } from "./generated/sqlite/client";
import { deckVisibleSql, SETTINGS_COLUMNS_SQL, settingsFromRaw, stateFromRaw, type RawSettings, type RawState } from "./hot-path";
import { isUniqueViolation } from "./users";

export type ReviewOrigin = "study" | "quiz" | "cram";

export type ReviewInput = {
  userId: string;
  reviewId: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
  origin?: ReviewOrigin;
  /** The state version the client saw (null: the card was new to it); when given, a different
   *  current state is a conflict — the second of two tabs reviewing one card. */
  expectedVersion?: number | null;
  /** Type-in cards: what the learner typed, and whether they overrode the checker's verdict. */
  typedAnswer?: string;
  checkOverride?: boolean;
  now: Date;
};

export type ReviewAnswer = {
  reviewId: string;
  cardId: string;
  due: string;
  state: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  version: number;
  leech: boolean;
};

type LogRow = {
  id: string;
  userId: string;
  cardId: string;
  before: string;
  due: Date;
  state: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
};

function answerFromLog(log: LogRow): ReviewAnswer {
  const before = parseSnapshot(log.before);
  return {
    reviewId: log.id,
    cardId: log.cardId,
    due: log.due.toISOString(),
    state: log.state,
    stability: log.stability,
    difficulty: log.difficulty,
    reps: log.reps,
    lapses: log.lapses,
    version: before ? before.version + 1 : 0,
    leech: (before?.leech ?? false) || log.lapses >= LEECH_LAPSES,
  };
}

class StaleState extends Error {}

async function findOwnLog(tx: Tx, userId: string, reviewId: string): Promise<LogRow | null> {
  const log = await tx.reviewLog.findUnique({ where: { id: reviewId } });
  if (!log) return null;
  // Someone else's review id: say nothing about it.
  if (log.userId !== userId) throw Conflict("That review id is already used; make a new one.");
  return log;
}

// The hot path: one read (card, visibility, the caller's state and settings) and one short
// transaction (state write + log insert), in raw SQL because Prisma's per-query cost dominated
// (see npm run bench:review).
type ReviewContextRow = RawSettings & { cardId: string; deckId: string; factId: string; stateId: string | null } & Partial<Omit<RawState, "cardId" | "factId">>;

async function readReviewContext(userId: string, cardId: string) {
  const prisma = await db();
  const rows = await prisma.$queryRaw<ReviewContextRow[]>`
    SELECT c."id" AS "cardId", c."deckId", c."factId", ${SETTINGS_COLUMNS_SQL},
      s."id" AS "stateId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps",
      s."reps", s."lapses", s."state", s."lastReview", s."suspended", s."buriedUntil", s."leech", s."version"
    FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId"
    JOIN "User" u ON u."id" = ${userId}
    LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = u."id"
    WHERE c."id" = ${cardId} AND ${deckVisibleSql("d", Prisma.sql`u."id"`)}`;
  const r = rows[0];
  if (!r) return null;
  const prev = r.stateId === null ? null : stateFromRaw(r as ReviewContextRow & RawState);
  return { card: { id: r.cardId, deckId: r.deckId, factId: r.factId }, settings: settingsFromRaw(r), prev };
}

export async function recordReview(input: ReviewInput): Promise<ReviewAnswer> {
  const prisma = await db();
  const context = await readReviewContext(input.userId, input.cardId);
  if (!context) throw NotFound("That card");
  const { card, settings, prev } = context;

  const { next, becameLeech } = reviewCard(prev, input.rating, input.now, settings);
  const leech = (prev?.leech ?? false) || becameLeech;
  const suspended = (prev?.suspended ?? false) || becameLeech;
  const version = prev ? prev.version + 1 : 0;

  try {
    if (input.expectedVersion !== undefined && (prev?.version ?? null) !== input.expectedVersion) throw new StaleState();
    await prisma.$transaction(async (tx) => {
      if (prev) {
        const updated = await tx.$executeRaw`
          UPDATE "CardState" SET "due" = ${next.due}, "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
            "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
            "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state}, "lastReview" = ${next.lastReview},
            "leech" = ${leech}, "suspended" = ${suspended}, "version" = ${version}
          WHERE "userId" = ${input.userId} AND "cardId" = ${card.id} AND "version" = ${prev.version}`;
        if (updated !== 1) throw new StaleState();
      } else {
        const inserted = await tx.$executeRaw`
          INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "factId", "due", "stability", "difficulty", "elapsedDays",
            "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "leech", "version")
          VALUES (${randomUUID()}, ${input.userId}, ${card.id}, ${card.deckId}, ${card.factId}, ${next.due}, ${next.stability},
            ${next.difficulty}, ${next.elapsedDays}, ${next.scheduledDays}, ${next.learningSteps}, ${next.reps}, ${next.lapses},
            ${next.state}, ${next.lastReview}, ${suspended}, ${leech}, ${version})
          ON CONFLICT ("userId", "cardId") DO NOTHING`;
        if (inserted !== 1) throw new StaleState();
      }
      await tx.$executeRaw`
        INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "factId", "rating", "origin", "durationMs", "reviewedAt",
          "before", "wasNew", "state", "due", "stability", "difficulty", "reps", "lapses", "elapsedDays", "scheduledDays",
          "typedAnswer", "checkOverride")
        VALUES (${input.reviewId}, ${input.userId}, ${card.id}, ${card.deckId}, ${card.factId}, ${input.rating},
          ${input.origin ?? "study"}, ${input.durationMs}, ${input.now}, ${serializeSnapshot(prev)}, ${prev === null || prev.state === 0},
          ${next.state}, ${next.due}, ${next.stability}, ${next.difficulty}, ${next.reps}, ${next.lapses}, ${next.elapsedDays},
          ${next.scheduledDays}, ${input.typedAnswer ?? null}, ${input.typedAnswer === undefined ? null : (input.checkOverride ?? false)})`;
    });
  } catch (e) {
    if (!(e instanceof StaleState) && !isUniqueViolation(e)) throw e;
    // A retried request whose first attempt was recorded: answer as the first did, write nothing.
    const earlier = await findOwnLog(prisma as unknown as Tx, input.userId, input.reviewId);
    if (earlier) return answerFromLog(earlier);
    throw Conflict("This card was reviewed elsewhere since you loaded it. Reload to see its new state.");
  }
  return {
    reviewId: input.reviewId,
    cardId: card.id,
    due: next.due.toISOString(),
    state: next.state,
    stability: next.stability,
    difficulty: next.difficulty,
    reps: next.reps,
    lapses: next.lapses,
    version,
    leech,
  };
}

export type UndoAnswer = { reviewId: string; cardId: string; restored: CardStateRow | null };

/** Undoes the caller's latest review: the card state goes back exactly, the log is removed. */
export async function undoReview(userId: string, reviewId: string): Promise<UndoAnswer> {
  const prisma = await db();
  const latest = await prisma.reviewLog.findFirst({ where: { userId }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }] });
  if (!latest || latest.id !== reviewId) {
    const own = await prisma.reviewLog.findFirst({ where: { id: reviewId, userId }, select: { id: true } });
    if (!own) throw NotFound("That review");
    throw Conflict("Only your latest review can be undone.");
  }
  const before = parseSnapshot(latest.before);
  const afterVersion = before ? before.version + 1 : 0;
  try {
    await prisma.$transaction(async (tx) => {
      const where = { userId, cardId: latest.cardId, version: afterVersion };
      const restored = before
        ? await tx.cardState.updateMany({
            where,
            data: {
              ...schedulingColumns(before),
              suspended: before.suspended,
              buriedUntil: before.buriedUntil,
              leech: before.leech,
              version: before.version,
            },
          })
        : await tx.cardState.deleteMany({ where });
      if (restored.count !== 1) throw new StaleState();
      const removed = await tx.reviewLog.deleteMany({ where: { id: latest.id, userId } });
      if (removed.count !== 1) throw new StaleState();
    });
  } catch (e) {
    if (e instanceof StaleState) throw Conflict("That review was already undone or the card changed since.");
    throw e;
  }
  return { reviewId: latest.id, cardId: latest.cardId, restored: before };
}
