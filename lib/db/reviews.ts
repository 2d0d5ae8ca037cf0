// Recording and undoing reviews. A review writes the new card state and its log in one
// transaction or neither; the client-made id makes a retried request return the first answer
// without writing again; a write over a state the client did not see is refused (409).
import { LEECH_LAPSES, parseSnapshot, reviewCard, serializeSnapshot, type CardStateRow, type Rating } from "@/lib/srs";
import { Conflict, NotFound } from "@/lib/errors";
import { CARD_STATE_SELECT, schedulingColumns, toCardStateRow } from "./card-states";
import { db, type Tx } from "./client";
import { visibleDecksWhere } from "./decks";
import { getStudySettings } from "./settings";
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

export async function recordReview(input: ReviewInput): Promise<ReviewAnswer> {
  const prisma = await db();
  const seen = await findOwnLog(prisma as unknown as Tx, input.userId, input.reviewId);
  if (seen) return answerFromLog(seen);

  const card = await prisma.card.findFirst({
    where: { id: input.cardId, deck: visibleDecksWhere(input.userId) },
    select: { id: true, deckId: true, factId: true, states: { where: { userId: input.userId }, select: CARD_STATE_SELECT } },
  });
  if (!card) throw NotFound("That card");
  const prev: CardStateRow | null = card.states[0] ? toCardStateRow(card.states[0]) : null;
  if (input.expectedVersion !== undefined && (prev?.version ?? null) !== input.expectedVersion) {
    throw Conflict("This card was reviewed elsewhere since you loaded it. Reload to see its new state.");
  }

  const settings = await getStudySettings(input.userId);
  const { next, becameLeech } = reviewCard(prev, input.rating, input.now, settings);
  const leech = (prev?.leech ?? false) || becameLeech;
  const suspended = (prev?.suspended ?? false) || becameLeech;

  try {
    await prisma.$transaction(async (tx) => {
      if (prev) {
        const updated = await tx.cardState.updateMany({
          where: { userId: input.userId, cardId: card.id, version: prev.version },
          data: { ...schedulingColumns(next), leech, suspended, version: prev.version + 1 },
        });
        if (updated.count !== 1) throw new StaleState();
      } else {
        await tx.cardState.create({
          data: { userId: input.userId, cardId: card.id, deckId: card.deckId, factId: card.factId, ...schedulingColumns(next), leech, suspended, version: 0 },
        });
      }
      await tx.reviewLog.create({
        data: {
          id: input.reviewId,
          userId: input.userId,
          cardId: card.id,
          deckId: card.deckId,
          factId: card.factId,
          rating: input.rating,
          origin: input.origin ?? "study",
          durationMs: input.durationMs,
          reviewedAt: input.now,
          before: serializeSnapshot(prev),
          wasNew: prev === null || prev.state === 0,
          state: next.state,
          due: next.due,
          stability: next.stability,
          difficulty: next.difficulty,
          reps: next.reps,
          lapses: next.lapses,
          elapsedDays: next.elapsedDays,
          scheduledDays: next.scheduledDays,
        },
      });
    });
  } catch (e) {
    if (!(e instanceof StaleState) && !isUniqueViolation(e)) throw e;
    // Lost a race: either the same review arrived twice at once (answer as the first did), or
    // another write changed the state since it was read.
    const raced = await findOwnLog(prisma as unknown as Tx, input.userId, input.reviewId);
    if (raced) return answerFromLog(raced);
    throw Conflict("This card was reviewed elsewhere at the same moment. Reload to see its new state.");
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
    version: prev ? prev.version + 1 : 0,
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
