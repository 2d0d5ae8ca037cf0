// The reads and the write of the two hot paths (recording a review, reading the study queue),
// through the drivers (driver.ts) with the statements of hot-sql.ts, and the one mapping from the
// engines' raw rows (integers, booleans and dates come back differently) to lib/srs shapes.
import { z } from "zod";
import type { CardStateRow, NewCardInput, QueueTimes, StudySettings } from "@/lib/srs";
import { toCardStateRow } from "./card-states";
import { hotArrays, hotRows, writeReview, type WriteOutcome } from "./driver";
import {
  cardDetailsSql,
  dueStatesSql,
  newCardsSql,
  queueDeckSql,
  reviewContextSql,
  reviewFirstStateSql,
  reviewLogSql,
  QUEUE_INPUT_KIND,
  queueCardsSql,
  queueInputsRowsSql,
  queueInputsSql,
  queueReadSql,
  PACKED_FIELD,
  PACKED_RECORD,
  reviewOverStateSql,
  studySettingsSql,
  todayReviewsSql,
} from "./hot-sql";
import { parseJsonColumn } from "./json-columns";
import { toStudySettings } from "./settings";

type RawNumber = number | bigint | string;
type RawBool = boolean | number;
type RawDate = Date | string;

export type RawSettings = {
  desiredRetention: number;
  maxIntervalDays: RawNumber;
  timeZone: string;
  dayStartHour: RawNumber;
  newPerDay: RawNumber;
  maxReviewsPerDay: RawNumber;
  fsrsParams: string | null;
};

export type RawState = {
  cardId: string;
  factId: string;
  due: RawDate;
  stability: number;
  difficulty: number;
  elapsedDays: RawNumber;
  scheduledDays: RawNumber;
  learningSteps: RawNumber;
  reps: RawNumber;
  lapses: RawNumber;
  state: RawNumber;
  lastReview: RawDate | null;
  suspended: RawBool;
  buriedUntil: RawDate | null;
  leech: RawBool;
  version: RawNumber;
};

const toDate = (v: RawDate): Date => (v instanceof Date ? v : new Date(v));
const toDateOrNull = (v: RawDate | null): Date | null => (v === null ? null : toDate(v));

export function settingsFromRaw(r: RawSettings): StudySettings {
  return toStudySettings({
    desiredRetention: Number(r.desiredRetention),
    maxIntervalDays: Number(r.maxIntervalDays),
    timeZone: r.timeZone,
    dayStartHour: Number(r.dayStartHour),
    newPerDay: Number(r.newPerDay),
    maxReviewsPerDay: Number(r.maxReviewsPerDay),
    fsrsParams: r.fsrsParams,
  });
}

export function stateFromRaw(r: RawState): CardStateRow {
  return toCardStateRow({
    cardId: r.cardId,
    factId: r.factId,
    due: toDate(r.due),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: Number(r.elapsedDays),
    scheduledDays: Number(r.scheduledDays),
    learningSteps: Number(r.learningSteps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    state: Number(r.state),
    lastReview: toDateOrNull(r.lastReview),
    suspended: Boolean(Number(r.suspended)),
    buriedUntil: toDateOrNull(r.buriedUntil),
    leech: Boolean(Number(r.leech)),
    version: Number(r.version),
  });
}

/**
 * A user's study settings, the scheduler's per-user parameters among them: the one read both hot
 * paths (and getStudySettings) use, so a change to where those parameters come from is made here.
 */
export async function readStudySettings(userId: string): Promise<StudySettings | null> {
  const [row] = await hotRows<RawSettings>(studySettingsSql, { userId });
  return row ? settingsFromRaw(row) : null;
}

export type ReviewContext = {
  card: { id: string; deckId: string; factId: string };
  settings: StudySettings;
  prev: CardStateRow | null;
};

type ContextRow = { cardId: string; deckId: string; factId: string; stateId: string | null } & Omit<
  RawState,
  "cardId" | "factId"
>;

/** The card (only if the user may see its deck), the user's state of it and their settings. */
export async function readReviewContext(userId: string, cardId: string): Promise<ReviewContext | null> {
  const [rows, settings] = await Promise.all([
    hotRows<ContextRow>(reviewContextSql, { userId, cardId }),
    readStudySettings(userId),
  ]);
  const r = rows[0];
  if (!r || !settings) return null;
  return {
    card: { id: r.cardId, deckId: r.deckId, factId: r.factId },
    settings,
    prev: r.stateId === null ? null : stateFromRaw(r),
  };
}

export type ReviewRowValues = {
  userId: string;
  cardId: string;
  deckId: string;
  factId: string;
  /** The version the state had when read (null: there was no state row). */
  prevVersion: number | null;
  stateId: string;
  state: Omit<CardStateRow, "cardId" | "factId" | "buriedUntil">;
  log: {
    reviewId: string;
    rating: number;
    origin: string;
    durationMs: number;
    reviewedAt: Date;
    before: string;
    wasNew: boolean;
    /** A typed answer in the study loop, and whether the learner overrode the checker's verdict. */
    typedAnswer: string | null;
    checkOverride: boolean | null;
  };
};

/** The new state (over the version read, or the first one) and its log, in one transaction. */
export function writeReviewRows(v: ReviewRowValues): Promise<WriteOutcome> {
  const values = {
    userId: v.userId,
    cardId: v.cardId,
    deckId: v.deckId,
    factId: v.factId,
    stateId: v.stateId,
    prevVersion: v.prevVersion,
    ...v.state,
    ...v.log,
  };
  return writeReview(v.prevVersion === null ? reviewFirstStateSql : reviewOverStateSql, values);
}

export type ReviewLogRow = {
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

export async function readReviewLog(reviewId: string): Promise<ReviewLogRow | null> {
  type Raw = Omit<ReviewLogRow, "due" | "state" | "reps" | "lapses"> & {
    due: RawDate;
    state: RawNumber;
    reps: RawNumber;
    lapses: RawNumber;
  };
  const [r] = await hotRows<Raw>(reviewLogSql, { reviewId });
  if (!r) return null;
  return {
    ...r,
    due: toDate(r.due),
    state: Number(r.state),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
  };
}

export async function readQueueDeck(
  userId: string,
  deckRef: string,
): Promise<{ id: string; slug: string; title: string } | null> {
  const [deck] = await hotRows<{ id: string; slug: string; title: string }>(queueDeckSql, { userId, deckRef });
  return deck ?? null;
}

// dueStatesSql's column order: cardId, factId, then STATE_COLUMNS.
function stateFromArray(r: unknown[]): CardStateRow {
  const [
    cardId,
    factId,
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
    suspended,
    buriedUntil,
    leech,
    version,
  ] = r as [
    string,
    string,
    RawDate,
    number,
    number,
    RawNumber,
    RawNumber,
    RawNumber,
    RawNumber,
    RawNumber,
    RawNumber,
    RawDate | null,
    RawBool,
    RawDate | null,
    RawBool,
    RawNumber,
  ];
  return stateFromRaw({
    cardId,
    factId,
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
    suspended,
    buriedUntil,
    leech,
    version,
  });
}

export async function readDueStates(userId: string, deckId: string, dayEnd: Date): Promise<CardStateRow[]> {
  return (await hotArrays(dueStatesSql, { userId, deckId, dayEnd })).map(stateFromArray);
}

export type TodayReviews = { reviews: number; firsts: number; factIds: string[] };

export async function readTodayReviews(userId: string, deckId: string, dayStart: Date): Promise<TodayReviews> {
  const rows = await hotRows<{ factId: string; reviews: RawNumber; firsts: RawNumber | null }>(todayReviewsSql, {
    userId,
    deckId,
    dayStart,
  });
  let reviews = 0;
  let firsts = 0;
  for (const r of rows) {
    reviews += Number(r.reviews);
    firsts += Number(r.firsts ?? 0);
  }
  return { reviews, firsts, factIds: rows.map((r) => r.factId) };
}

export async function readNewCards(userId: string, deckId: string, limit: number) {
  const rows = await hotRows<{ id: string; factId: string; position: RawNumber }>(newCardsSql, {
    userId,
    deckId,
    limit,
  });
  return rows.map((c) => ({ cardId: c.id, factId: c.factId, position: Number(c.position) }));
}

export type CardDetail = {
  id: string;
  template: string;
  front: string;
  back: string;
  section: string;
  explanation: string;
  sourceKey: string;
  sourceTitle: string;
};

export async function readCardDetails(cardIds: string[]): Promise<CardDetail[]> {
  return cardIds.length ? hotRows<CardDetail>(cardDetailsSql, { cardIds }) : [];
}

type RawMs = number | string;

export type QueueCardRow = CardDetail & { state: CardStateRow | null };

/** The shown cards' text with the user's whole state of each (null: never studied), by card id. */
export async function readQueueCards(
  userId: string,
  cards: { cardId: string; factId: string }[],
): Promise<Map<string, QueueCardRow>> {
  const byId = new Map<string, QueueCardRow>();
  if (!cards.length) return byId;
  type Row = CardDetail & { stateId: string | null } & Omit<RawState, "cardId" | "factId">;
  const rows = await hotRows<Row>(queueCardsSql, { userId, cardIds: cards.map((c) => c.cardId) });
  const factOf = new Map(cards.map((c) => [c.cardId, c.factId]));
  for (const r of rows) {
    byId.set(r.id, {
      id: r.id,
      template: r.template,
      front: r.front,
      back: r.back,
      section: r.section,
      explanation: r.explanation,
      sourceKey: r.sourceKey,
      sourceTitle: r.sourceTitle,
      state: r.stateId === null ? null : stateFromRaw({ ...r, cardId: r.id, factId: factOf.get(r.id)! }),
    });
  }
  return byId;
}

export type QueueInputs = { states: QueueTimes[]; today: TodayReviews; newCards: NewCardInput[] };

/** The candidate states, today's reviews and the new cards in today's room (queueInputsSql), one read. */
export async function readQueueInputs(
  userId: string,
  deckId: string,
  w: { readUntil: Date; now: Date; dayStart: Date; newPerDay: number },
): Promise<QueueInputs> {
  const values = { userId, deckId, ...w };
  return (
    queueInputsFromArrays(await hotArrays(queueInputsSql, values)) ??
    // The packed candidates did not read back (an id with a separator): the same read, as rows.
    queueInputsFromArrays(await hotArrays(queueInputsRowsSql, values))!
  );
}

export type QueueDeck = { id: string; slug: string; title: string };
export type QueueRead = {
  /** Null when the user may not see the deck (or there is none by that slug or id). */
  deck: QueueDeck | null;
  settings: StudySettings;
  /** Null when the packed candidates did not read back (queueInputsRowsSql reads them as rows). */
  inputs: QueueInputs | null;
};

// queueReadSql's deckSettings texts: deck id, slug and title (null: no deck the user may see), time zone, FSRS weights.
const DECK_SETTINGS_TEXTS = z.tuple([
  z.string().nullable(),
  z.string().nullable(),
  z.string().nullable(),
  z.string(),
  z.string().nullable(),
]);

/**
 * The deck by slug or id if the user may see it, the user's settings, and the queue inputs of that
 * deck for the day bounds given (queueReadSql), in one read; null when there is no such user.
 */
export async function readQueue(
  userId: string,
  deckRef: string,
  w: { readUntil: Date; now: Date; dayStart: Date },
): Promise<QueueRead | null> {
  const rows = await hotArrays(queueReadSql, { userId, deckRef, ...w });
  const header = rows.find((r) => Number(r[0]) === QUEUE_INPUT_KIND.deckSettings);
  if (!header) return null;
  const [, texts, , dayStartHour, desiredRetention, maxIntervalDays, maxReviewsPerDay, newPerDay] = header as [
    RawNumber,
    string,
    null,
    RawNumber,
    number,
    RawNumber,
    RawNumber,
    RawNumber,
  ];
  const [deckId, slug, title, timeZone, fsrsParams] = parseJsonColumn(
    texts,
    DECK_SETTINGS_TEXTS,
    "queue read's deck and settings",
  );
  const settings = settingsFromRaw({
    desiredRetention,
    maxIntervalDays,
    timeZone,
    dayStartHour,
    newPerDay,
    maxReviewsPerDay,
    fsrsParams,
  });
  return {
    deck: deckId === null ? null : { id: deckId, slug: slug!, title: title! },
    settings,
    inputs: deckId === null ? null : queueInputsFromArrays(rows),
  };
}

// Times stay epoch milliseconds (buildQueueOfTimes): no Date per state.
const candidate = (
  cardId: string,
  factId: string,
  state: RawNumber,
  dueMs: RawMs,
  stability: RawNumber,
  lastReviewMs: RawMs | null,
  scheduledDays: RawNumber,
): QueueTimes => ({
  cardId,
  factId,
  state: Number(state) as QueueTimes["state"],
  dueMs: Number(dueMs),
  stability: Number(stability),
  lastReviewMs: lastReviewMs === null ? null : Number(lastReviewMs),
  scheduledDays: Number(scheduledDays),
});

/**
 * The candidate states packed by queueInputsSql on PostgreSQL (seven fields per state), or null
 * when the text does not split into exactly `count` states of seven fields: a separator inside an
 * id adds a record or a field, so it can never pass for another well-formed answer.
 */
export function unpackQueueStates(packed: string | null, count: number): QueueTimes[] | null {
  if (packed === null || packed === "") return count === 0 ? [] : null;
  const records = packed.split(PACKED_RECORD);
  if (records.length !== count) return null;
  const states: QueueTimes[] = [];
  for (const record of records) {
    const f = record.split(PACKED_FIELD);
    if (f.length !== 7) return null;
    states.push(candidate(f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5] === "" ? null : f[5]!, f[6]!));
  }
  return states;
}

/**
 * The rows of queueInputsSql (or queueInputsRowsSql, or queueReadSql, whose deckSettings row is
 * left to readQueue) by kind; null when packed states do not read back.
 */
export function queueInputsFromArrays(rows: unknown[][]): QueueInputs | null {
  let states: QueueTimes[] = [];
  const newCards: NewCardInput[] = [];
  const today: TodayReviews = { reviews: 0, firsts: 0, factIds: [] };
  for (const row of rows) {
    const [kind, cardId, factId, a, b, c, d, e] = row as [
      RawNumber,
      string,
      string,
      RawNumber,
      RawMs | null,
      number | null,
      RawMs | null,
      RawNumber | null,
    ];
    switch (Number(kind)) {
      case QUEUE_INPUT_KIND.state:
        states.push(candidate(cardId, factId, a, b!, c!, d, e!));
        break;
      case QUEUE_INPUT_KIND.packedStates: {
        const unpacked = unpackQueueStates(cardId, Number(a));
        if (!unpacked) return null;
        states = unpacked;
        break;
      }
      case QUEUE_INPUT_KIND.todayFact:
        today.reviews += Number(a);
        today.firsts += Number(b ?? 0);
        today.factIds.push(factId);
        break;
      case QUEUE_INPUT_KIND.deckSettings:
        break;
      default:
        newCards.push({ cardId, factId, position: Number(a) });
    }
  }
  return { states, today, newCards };
}
