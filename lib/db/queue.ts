// Today's study queue for one user and deck, with what the study page shows for each card.
import { buildQueue, dueForecast, previewIntervals, studyDayEnd, studyDayStart, type DayForecast, type StudySettings } from "@/lib/srs";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import { findVisibleDeck } from "./decks";
import { getStudySettings } from "./settings";

export type QueueCard = {
  cardId: string;
  factId: string;
  template: string;
  front: string;
  back: string;
  queue: "review" | "learning" | "new";
  version: number | null;
  source: { key: string; title: string; section: string };
  explanation: string;
  intervals: { again: string; hard: string; good: string; easy: string };
};

export type StudyQueue = {
  deck: { id: string; slug: string; title: string };
  counts: { new: number; learning: number; review: number };
  cards: QueueCard[];
  reviewedToday: number;
  /** Only when nothing is left today: the next 7 study days' load, today first. */
  upcoming?: DayForecast[];
};

async function todaysLogs(userId: string, deckId: string, since: Date) {
  const prisma = await db();
  return prisma.reviewLog.findMany({ where: { userId, deckId, reviewedAt: { gte: since } }, select: { factId: true, wasNew: true } });
}

export async function getStudyQueue(userId: string, deckRef: string, now: Date, limit = 20): Promise<StudyQueue> {
  const prisma = await db();
  const deck = await findVisibleDeck(userId, deckRef);
  const settings: StudySettings = await getStudySettings(userId);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = studyDayEnd(now, settings.timeZone, settings.dayStartHour);

  const [stateRecords, logs] = await Promise.all([
    // Only what can be due today is read: the (userId, deckId, due) index keeps this small.
    prisma.cardState.findMany({ where: { userId, deckId: deck.id, due: { lt: dayEnd }, suspended: false }, select: CARD_STATE_SELECT }),
    todaysLogs(userId, deck.id, dayStart),
  ]);
  const newIntroduced = logs.filter((l) => l.wasNew).length;
  const newRoom = Math.max(0, settings.newPerDay - newIntroduced);
  // New cards: no state row yet, in deck order; read a few more than the room for siblings to skip.
  const newCards = newRoom
    ? await prisma.card.findMany({
        where: { deckId: deck.id, fact: { status: "approved" }, states: { none: { userId } } },
        orderBy: { position: "asc" },
        take: newRoom * 4,
        select: { id: true, factId: true, position: true },
      })
    : [];

  const queue = buildQueue({
    now,
    settings,
    states: stateRecords.map(toCardStateRow),
    newCards: newCards.map((c) => ({ cardId: c.id, factId: c.factId, position: c.position })),
    today: { newIntroduced, reviewsDone: logs.length - newIntroduced, factIdsStudied: [...new Set(logs.map((l) => l.factId))] },
    limit,
  });

  const ids = queue.cards.map((c) => c.cardId);
  const details = await prisma.card.findMany({
    where: { id: { in: ids } },
    select: { id: true, template: true, front: true, back: true, fact: { select: { section: true, explanation: true, source: { select: { key: true, title: true } } } } },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const stateById = new Map(stateRecords.map((s) => [s.cardId, toCardStateRow(s)]));

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
        version: state?.version ?? null,
        source: { key: d.fact.source.key, title: d.fact.source.title, section: d.fact.section },
        explanation: d.fact.explanation,
        intervals: { again: iv.again.label, hard: iv.hard.label, good: iv.good.label, easy: iv.easy.label },
      };
    }),
  };
}
