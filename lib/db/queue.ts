// Today's study queue for one user and deck, with what the study page shows for each card.
import { buildQueue, dueForecast, queueReadUntil, previewIntervals, studyDayEnd, studyDayStart, type DayForecast, type StudyCard } from "@/lib/srs";
import { NotFound } from "@/lib/errors";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import { Prisma } from "./generated/sqlite/client";
import { deckVisibleSql, SETTINGS_COLUMNS_SQL, settingsFromRaw, stateFromRaw, STATE_COLUMNS_SQL, type RawSettings, type RawState } from "./hot-path";

/** The wire type lives in lib/srs (session.ts) so the study page can use it without importing lib/db. */
export type QueueCard = StudyCard;

export type StudyQueue = {
  deck: { id: string; slug: string; title: string };
  counts: { new: number; learning: number; review: number };
  cards: QueueCard[];
  reviewedToday: number;
  /** The next learning card due later today beyond the learn-ahead window (ISO), or null. */
  nextLearningDue: string | null;
  /** Only when nothing is left today: the next 7 study days' load, today first. */
  upcoming?: DayForecast[];
};

type DeckRow = RawSettings & { id: string; slug: string; title: string };
type NewCardRow = { id: string; factId: string; position: number | bigint };
type DetailRow = { id: string; template: string; front: string; back: string; section: string; explanation: string; sourceKey: string; sourceTitle: string };

// The hot read: five small raw queries (deck + settings + visibility, due states, today's logs,
// the next new cards, the shown cards' text), because Prisma's per-query cost dominated it.
export async function getStudyQueue(userId: string, deckRef: string, now: Date, limit = 20): Promise<StudyQueue> {
  const prisma = await db();
  const [deckRow] = await prisma.$queryRaw<DeckRow[]>`
    SELECT d."id", d."slug", d."title", ${SETTINGS_COLUMNS_SQL}
    FROM "Deck" d JOIN "User" u ON u."id" = ${userId}
    WHERE (d."slug" = ${deckRef} OR d."id" = ${deckRef}) AND ${deckVisibleSql("d", userId)}`;
  if (!deckRow) throw NotFound("That deck");
  const deck = { id: deckRow.id, slug: deckRow.slug, title: deckRow.title };
  const settings = settingsFromRaw(deckRow);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = studyDayEnd(now, settings.timeZone, settings.dayStartHour);

  // Only what can be due today is read: the (userId, deckId, due) index keeps this small.
  const stateRows = await prisma.$queryRaw<RawState[]>`
    SELECT ${STATE_COLUMNS_SQL} FROM "CardState" s
    WHERE s."userId" = ${userId} AND s."deckId" = ${deck.id} AND s."due" < ${queueReadUntil(now, settings)} AND s."suspended" = false`;
  const logs = await prisma.$queryRaw<{ factId: string; wasNew: boolean | number | bigint }[]>`
    SELECT "factId", "wasNew" FROM "ReviewLog" WHERE "userId" = ${userId} AND "deckId" = ${deck.id} AND "reviewedAt" >= ${dayStart}`;
  const newIntroduced = logs.filter((l) => Boolean(Number(l.wasNew))).length;
  const newRoom = Math.max(0, settings.newPerDay - newIntroduced);
  // New cards: no state row yet, in deck order; a few more than the room, for siblings to skip.
  const newCards = newRoom
    ? await prisma.$queryRaw<NewCardRow[]>`
        SELECT c."id", c."factId", c."position" FROM "Card" c JOIN "Fact" f ON f."id" = c."factId"
        WHERE c."deckId" = ${deck.id} AND f."status" = 'approved'
          AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."cardId" = c."id")
        ORDER BY c."position" LIMIT ${newRoom * 4}`
    : [];

  const states = stateRows.map(stateFromRaw);
  const queue = buildQueue({
    now,
    settings,
    states,
    newCards: newCards.map((c) => ({ cardId: c.id, factId: c.factId, position: Number(c.position) })),
    today: { newIntroduced, reviewsDone: logs.length - newIntroduced, factIdsStudied: [...new Set(logs.map((l) => l.factId))] },
    limit,
  });

  const ids = queue.cards.map((c) => c.cardId);
  const details = ids.length
    ? await prisma.$queryRaw<DetailRow[]>`
        SELECT c."id", c."template", c."front", c."back", f."section", f."explanation", src."key" AS "sourceKey", src."title" AS "sourceTitle"
        FROM "Card" c JOIN "Fact" f ON f."id" = c."factId" JOIN "Source" src ON src."id" = f."sourceId"
        WHERE c."id" IN (${Prisma.join(ids)})`
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const stateById = new Map(states.map((s) => [s.cardId, s]));

  let upcoming: DayForecast[] | undefined;
  if (queue.cards.length === 0) {
    const weekAhead = new Date(dayEnd.getTime() + 7 * 24 * 3600_000);
    const soon = await prisma.cardState.findMany({ where: { userId, deckId: deck.id, due: { lt: weekAhead }, suspended: false }, select: CARD_STATE_SELECT });
    upcoming = dueForecast(soon.map(toCardStateRow), now, settings, 7);
  }

  return {
    upcoming,
    deck: { id: deck.id, slug: deck.slug, title: deck.title },
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    reviewedToday: logs.length,
    cards: queue.cards.map((q) => {
      const d = byId.get(q.cardId)!;
      const state = stateById.get(q.cardId) ?? null;
      const iv = previewIntervals(state, now, settings);
      return {
        cardId: q.cardId,
        factId: q.factId,
        template: d.template,
        front: d.front,
        back: d.back,
        queue: q.queue,
        due: q.due?.toISOString() ?? null,
        version: state?.version ?? null,
        source: { key: d.sourceKey, title: d.sourceTitle, section: d.section },
        explanation: d.explanation,
        intervals: { again: iv.again.label, hard: iv.hard.label, good: iv.good.label, easy: iv.easy.label },
      };
    }),
  };
}
