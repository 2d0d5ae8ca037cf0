// Today's counts (new, learning, review) per deck, by the one rule in lib/srs (queueCounts, the same
// buildQueue the study page runs), from the same inputs the study queue reads: states that can be due
// today, today's reviews, and the next new cards in deck order.
import { queueCounts, queueReadUntil, studyDayStart, type QueueCounts, type StudySettings } from "@/lib/srs";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";

/** As many new-card candidates per free slot as getStudyQueue reads, so siblings skipped agree. */
export const NEW_CANDIDATES_PER_SLOT = 4;

export async function studyCountsForDecks(
  userId: string,
  deckIds: string[],
  settings: StudySettings,
  now: Date,
): Promise<Map<string, QueueCounts>> {
  const counts = new Map<string, QueueCounts>();
  if (deckIds.length === 0) return counts;
  const prisma = await db();
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const readUntil = queueReadUntil(now, settings);
  const [states, logs] = await Promise.all([
    prisma.cardState.findMany({
      where: { userId, deckId: { in: deckIds }, due: { lt: readUntil }, suspended: false },
      select: { ...CARD_STATE_SELECT, deckId: true },
    }),
    prisma.reviewLog.findMany({
      where: { userId, deckId: { in: deckIds }, reviewedAt: { gte: dayStart } },
      select: { deckId: true, factId: true, wasNew: true },
    }),
  ]);
  await Promise.all(
    deckIds.map(async (deckId) => {
      const deckLogs = logs.filter((l) => l.deckId === deckId);
      const newIntroduced = deckLogs.filter((l) => l.wasNew).length;
      const newRoom = Math.max(0, settings.newPerDay - newIntroduced);
      const newCards = newRoom
        ? await prisma.card.findMany({
            where: { deckId, fact: { status: "approved" }, states: { none: { userId } } },
            orderBy: { position: "asc" },
            take: newRoom * NEW_CANDIDATES_PER_SLOT,
            select: { id: true, factId: true, position: true },
          })
        : [];
      counts.set(
        deckId,
        queueCounts({
          now,
          settings,
          states: states.filter((s) => s.deckId === deckId).map(toCardStateRow),
          newCards: newCards.map((c) => ({ cardId: c.id, factId: c.factId, position: c.position })),
          today: {
            newIntroduced,
            reviewsDone: deckLogs.length - newIntroduced,
            factIdsStudied: [...new Set(deckLogs.map((l) => l.factId))],
          },
        }),
      );
    }),
  );
  return counts;
}
