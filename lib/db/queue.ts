// Today's study queue for one user and deck, with what the study page shows for each card.
import {
  DEFAULT_SETTINGS,
  buildQueue,
  buildQueueOfTimes,
  dueForecast,
  queueReadUntil,
  previewIntervals,
  studyDayEnd,
  studyDayStart,
  type DayForecast,
  type StudyCard,
  type StudySettings,
} from "@/lib/srs";
import { NotFound } from "@/lib/errors";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import {
  readCardDetails,
  readDueStates,
  readNewCards,
  readQueueCards,
  readQueueDeck,
  readQueue,
  readQueueInputs,
  readStudySettings,
  readTodayReviews,
  type QueueCardRow,
} from "./hot-path";

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

// The hot read, through the driver (hot-path.ts), in two statements (each is a round trip on
// PostgreSQL, the dearest part there when the server is busy): the deck with its visibility, the
// settings and what buildQueue needs (seven columns of the states that can be due, from a covering
// index, times as numbers; today's reviews per fact; the new cards in today's room), in one; then
// the shown cards' text with their whole state. Building full state rows for the hundreds of due
// states a user can have cost most of the read; only the shown ones are read whole now.

type DaySettings = Pick<StudySettings, "timeZone" | "dayStartHour">;
type DayBounds = { dayStart: Date; dayEnd: Date; readUntil: Date };

function dayBounds(now: Date, day: DaySettings): DayBounds {
  return {
    dayStart: studyDayStart(now, day.timeZone, day.dayStartHour),
    dayEnd: studyDayEnd(now, day.timeZone, day.dayStartHour),
    readUntil: queueReadUntil(now, day),
  };
}

// The one-statement read needs the study day's bounds before it has read the user's time zone and
// day start hour: it takes them from the user's last read in this process (the defaults for a user
// not seen yet), and reads again when the settings it finds are others: one more round trip, once
// per user and process and after each change. Only users with other day settings are kept, at most
// MAX_REMEMBERED (all forgotten at once, as day.ts does).
const MAX_REMEMBERED = 10_000;
const daySettingsSeen = new Map<string, DaySettings>();

function expectedDay(userId: string): DaySettings {
  return daySettingsSeen.get(userId) ?? DEFAULT_SETTINGS;
}

function rememberDay(userId: string, day: DaySettings): void {
  if (day.timeZone === DEFAULT_SETTINGS.timeZone && day.dayStartHour === DEFAULT_SETTINGS.dayStartHour) {
    daySettingsSeen.delete(userId);
    return;
  }
  if (daySettingsSeen.size >= MAX_REMEMBERED) daySettingsSeen.clear();
  daySettingsSeen.set(userId, { timeZone: day.timeZone, dayStartHour: day.dayStartHour });
}

export async function getStudyQueue(userId: string, deckRef: string, now: Date, limit = 20): Promise<StudyQueue> {
  const expected = expectedDay(userId);
  const guessed = dayBounds(now, expected);
  const read = await readQueue(userId, deckRef, { now, readUntil: guessed.readUntil, dayStart: guessed.dayStart });
  if (!read?.deck) throw NotFound("That deck");
  const { deck, settings } = read;
  const asExpected = settings.timeZone === expected.timeZone && settings.dayStartHour === expected.dayStartHour;
  const bounds = asExpected ? guessed : dayBounds(now, settings);
  rememberDay(userId, settings);
  // New cards: no state row yet, in deck order; a few more than the room left today, for siblings to skip.
  const { states, today, newCards } =
    (asExpected ? read.inputs : null) ??
    // Other day settings than expected (or packed states that did not read back): read with the right bounds.
    (await readQueueInputs(userId, deck.id, {
      readUntil: bounds.readUntil,
      now,
      dayStart: bounds.dayStart,
      newPerDay: settings.newPerDay,
    }));
  const queue = buildQueueOfTimes({
    now,
    settings,
    states,
    newCards,
    today: { newIntroduced: today.firsts, reviewsDone: today.reviews - today.firsts, factIdsStudied: today.factIds },
    limit,
  });
  const shown = await readQueueCards(userId, queue.cards);
  const upcoming =
    queue.cards.length === 0 ? await weekAhead(userId, deck.id, now, bounds.dayEnd, settings) : undefined;
  return queueAnswer({ deck, queue, shown, reviewedToday: today.reviews, upcoming, now, settings });
}

/** The answer both reads give: the built queue with each shown card's text, state and intervals. */
function queueAnswer(input: {
  deck: { id: string; slug: string; title: string };
  queue: ReturnType<typeof buildQueue>;
  shown: Map<string, QueueCardRow>;
  reviewedToday: number;
  upcoming: DayForecast[] | undefined;
  now: Date;
  settings: StudySettings;
}): StudyQueue {
  const { deck, queue, shown, now, settings } = input;
  return {
    upcoming: input.upcoming,
    deck: { id: deck.id, slug: deck.slug, title: deck.title },
    counts: queue.counts,
    nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
    reviewedToday: input.reviewedToday,
    cards: queue.cards.map((q) => {
      const d = shown.get(q.cardId)!;
      const iv = previewIntervals(d.state, now, settings);
      return {
        cardId: q.cardId,
        factId: q.factId,
        template: d.template,
        front: d.front,
        back: d.back,
        queue: q.queue,
        due: q.due?.toISOString() ?? null,
        version: d.state?.version ?? null,
        source: { key: d.sourceKey, title: d.sourceTitle, section: d.section },
        explanation: d.explanation,
        intervals: { again: iv.again.label, hard: iv.hard.label, good: iv.good.label, easy: iv.easy.label },
      };
    }),
  };
}

/** Only when nothing is left today: the next 7 study days' load (rare, so through Prisma). */
async function weekAhead(
  userId: string,
  deckId: string,
  now: Date,
  dayEnd: Date,
  settings: StudySettings,
): Promise<DayForecast[]> {
  const prisma = await db();
  const soon = await prisma.cardState.findMany({
    where: { userId, deckId, due: { lt: new Date(dayEnd.getTime() + 7 * 24 * 3600_000) }, suspended: false },
    select: CARD_STATE_SELECT,
  });
  return dueForecast(soon.map(toCardStateRow), now, settings, 7);
}

// The former hot read, from every due state read whole: what getStudyQueue is tested against
// (tests/integration/study-queue-read.test.ts) and measured beside in bench:queue's run.
export async function getStudyQueueFromRows(
  userId: string,
  deckRef: string,
  now: Date,
  limit = 20,
): Promise<StudyQueue> {
  const [deck, settings] = await Promise.all([readQueueDeck(userId, deckRef), readStudySettings(userId)]);
  if (!deck || !settings) throw NotFound("That deck");
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const dayEnd = studyDayEnd(now, settings.timeZone, settings.dayStartHour);

  // Only what can be due within the session's reach: the (userId, deckId, due) index keeps it small.
  const [states, today] = await Promise.all([
    readDueStates(userId, deck.id, queueReadUntil(now, settings)),
    readTodayReviews(userId, deck.id, dayStart),
  ]);
  const newRoom = Math.max(0, settings.newPerDay - today.firsts);
  // New cards: no state row yet, in deck order; a few more than the room, for siblings to skip.
  const newCards = newRoom ? await readNewCards(userId, deck.id, newRoom * 4) : [];

  const queue = buildQueue({
    now,
    settings,
    states,
    newCards,
    today: { newIntroduced: today.firsts, reviewsDone: today.reviews - today.firsts, factIdsStudied: today.factIds },
    limit,
  });

  const details = await readCardDetails(queue.cards.map((c) => c.cardId));
  const stateById = new Map(states.map((s) => [s.cardId, s]));
  const shown = new Map(details.map((d) => [d.id, { ...d, state: stateById.get(d.id) ?? null }]));
  const upcoming = queue.cards.length === 0 ? await weekAhead(userId, deck.id, now, dayEnd, settings) : undefined;
  return queueAnswer({ deck, queue, shown, reviewedToday: today.reviews, upcoming, now, settings });
}
