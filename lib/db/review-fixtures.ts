// Simulated review histories written as real rows, for tests, the e2e setup and demos: a learner
// whose memory follows given FSRS weights studies a deck's cards for some days (lib/srs/simulate).
import { randomUUID } from "node:crypto";
import { simulate } from "@/lib/srs/simulate";
import { NO_ROW_SNAPSHOT } from "@/lib/srs";
import { db } from "./client";

export type SimulatedHistory = {
  userId: string;
  deckId: string;
  start: Date;
  days: number;
  newPerDay: number;
  seed: number;
  /** The learner's true memory; null = the defaults. */
  truthWeights?: number[] | null;
};

/** Writes the simulated reviews (and the cards' final states); returns how many reviews were written. */
export async function seedSimulatedHistory(h: SimulatedHistory): Promise<number> {
  const prisma = await db();
  const cards = await prisma.card.findMany({
    where: { deckId: h.deckId },
    orderBy: { position: "asc" },
    select: { id: true, factId: true },
  });
  const factOf = new Map(cards.map((c) => [c.id, c.factId]));
  const run = simulate({
    start: h.start,
    days: h.days,
    day: { timeZone: "UTC", dayStartHour: 4 },
    scheduler: { desiredRetention: 0.9, maxIntervalDays: 36500, fsrsParams: null },
    truthWeights: h.truthWeights ?? null,
    cards: cards.map((c) => ({ cardId: c.id, state: null })),
    newPerDay: h.newPerDay,
    seed: h.seed,
    recordLogs: true,
    deckId: h.deckId,
  });
  const seen = new Set<string>();
  const rows = run.logs.map((l) => {
    const wasNew = !seen.has(l.cardId);
    seen.add(l.cardId);
    return {
      id: randomUUID(),
      userId: h.userId,
      cardId: l.cardId,
      deckId: h.deckId,
      factId: factOf.get(l.cardId) ?? "",
      rating: l.rating,
      origin: "study",
      durationMs: l.durationMs,
      reviewedAt: l.reviewedAt,
      before: NO_ROW_SNAPSHOT,
      wasNew,
      state: l.state,
      due: l.due,
      stability: l.stability,
      difficulty: l.difficulty,
      reps: 0,
      lapses: 0,
      elapsedDays: 0,
      scheduledDays: l.scheduledDays,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await prisma.reviewLog.createMany({ data: rows.slice(i, i + 500) });
  const last = new Map<string, (typeof run.logs)[number]>();
  for (const l of run.logs) last.set(l.cardId, l);
  for (const [cardId, l] of last) {
    await prisma.cardState.upsert({
      where: { userId_cardId: { userId: h.userId, cardId } },
      create: {
        userId: h.userId,
        cardId,
        deckId: h.deckId,
        factId: factOf.get(cardId) ?? "",
        due: l.due,
        stability: l.stability,
        difficulty: l.difficulty,
        scheduledDays: l.scheduledDays,
        state: l.state,
        lastReview: l.reviewedAt,
        reps: 1,
      },
      update: {
        due: l.due,
        stability: l.stability,
        difficulty: l.difficulty,
        scheduledDays: l.scheduledDays,
        state: l.state,
        lastReview: l.reviewedAt,
      },
    });
  }
  return rows.length;
}

/** What a demo history would land on: the user (if any), and the deck's reviews and cards so far. */
export async function historyTarget(email: string, deckId?: string) {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!deckId) return { userId: user?.id ?? null, reviews: 0, cards: 0 };
  const [reviews, cards] = await Promise.all([
    user ? prisma.reviewLog.count({ where: { userId: user.id, deckId } }) : 0,
    prisma.card.count({ where: { deckId } }),
  ]);
  return { userId: user?.id ?? null, reviews, cards };
}
