// Recording and undoing reviews. A review writes the new card state and its log in one
// transaction or neither; the client-made id makes a retried request return the first answer
// without writing again; a write over a state the client did not see is refused (409).
import { LEECH_LAPSES, parseSnapshot, reviewCard, serializeSnapshot, type CardStateRow, type Rating } from "@/lib/srs";
import { Conflict, NotFound } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import { schedulingColumns } from "./card-states";
import { db } from "./client";
import { readReviewContext, readReviewLog, writeReviewRows } from "./hot-path";

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

/** A log made with this id, if it is the caller's; someone else's id is a conflict (said no more about). */
async function findOwnLog(userId: string, reviewId: string): Promise<LogRow | null> {
  const log = await readReviewLog(reviewId);
  if (!log) return null;
  if (log.userId !== userId) throw Conflict("That review id is already used; make a new one.");
  return log;
}

// The hot path, through the driver (hot-path.ts): one read of the card, its visibility and the
// caller's state (beside the settings read), ts-fsrs, then one transaction writing state and log.
export async function recordReview(input: ReviewInput): Promise<ReviewAnswer> {
  const context = await readReviewContext(input.userId, input.cardId);
  if (!context) throw NotFound("That card");
  const { card, settings, prev } = context;

  const { next, becameLeech } = reviewCard(prev, input.rating, input.now, settings);
  const leech = (prev?.leech ?? false) || becameLeech;
  const suspended = (prev?.suspended ?? false) || becameLeech;
  const version = prev ? prev.version + 1 : 0;

  const stale = input.expectedVersion !== undefined && (prev?.version ?? null) !== input.expectedVersion;
  const outcome = stale
    ? "stale"
    : await writeReviewRows({
        userId: input.userId,
        cardId: card.id,
        deckId: card.deckId,
        factId: card.factId,
        prevVersion: prev ? prev.version : null,
        stateId: randomUUID(),
        state: { ...schedulingColumns(next), leech, suspended, version },
        log: {
          reviewId: input.reviewId,
          rating: input.rating,
          origin: input.origin ?? "study",
          durationMs: input.durationMs,
          reviewedAt: input.now,
          before: serializeSnapshot(prev),
          wasNew: prev === null || prev.state === 0,
          typedAnswer: input.typedAnswer ?? null,
          checkOverride: input.typedAnswer === undefined ? null : (input.checkOverride ?? false),
        },
      });
  if (outcome !== "written") {
    // A retried request whose first attempt was recorded: answer as the first did, write nothing.
    const earlier = await findOwnLog(input.userId, input.reviewId);
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
  const latest = await prisma.reviewLog.findFirst({
    where: { userId },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
  });
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
