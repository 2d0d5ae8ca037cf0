// Raw SQL pieces shared by the two hot paths (recording a review, reading the study queue), where
// Prisma's per-query cost dominated: the deck-visibility rule, and mapping raw rows (engines differ
// in how they hand back integers and booleans) to lib/srs shapes. Portable SQL only.
import type { CardStateRow, StudySettings } from "@/lib/srs";
import { Prisma } from "./generated/sqlite/client";
import { toCardStateRow } from "./card-states";
import { toStudySettings } from "./settings";

/** The rule of visibleDecksWhere (decks.ts) in SQL: content decks, one's own, and assigned ones. */
export function deckVisibleSql(deck: string, userId: string | Prisma.Sql) {
  const uid = typeof userId === "string" ? Prisma.sql`${userId}` : userId;
  return Prisma.sql`(${Prisma.raw(deck)}."ownerId" IS NULL OR ${Prisma.raw(deck)}."ownerId" = ${uid} OR EXISTS (
    SELECT 1 FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId"
    WHERE a."deckId" = ${Prisma.raw(deck)}."id" AND e."userId" = ${uid}))`;
}

export const SETTINGS_COLUMNS_SQL = Prisma.raw(
  `u."desiredRetention", u."maxIntervalDays", u."timeZone", u."dayStartHour", u."newPerDay", u."maxReviewsPerDay", u."fsrsParams"`,
);

export const STATE_COLUMNS_SQL = Prisma.raw(
  `s."cardId", s."factId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."state", s."lastReview", s."suspended", s."buriedUntil", s."leech", s."version"`,
);

type RawNumber = number | bigint;
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
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: RawNumber;
  scheduledDays: RawNumber;
  learningSteps: RawNumber;
  reps: RawNumber;
  lapses: RawNumber;
  state: RawNumber;
  lastReview: Date | null;
  suspended: boolean | RawNumber;
  buriedUntil: Date | null;
  leech: boolean | RawNumber;
  version: RawNumber;
};

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
    due: r.due,
    stability: Number(r.stability),
    difficulty: Number(r.difficulty),
    elapsedDays: Number(r.elapsedDays),
    scheduledDays: Number(r.scheduledDays),
    learningSteps: Number(r.learningSteps),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    state: Number(r.state),
    lastReview: r.lastReview,
    suspended: Boolean(Number(r.suspended)),
    buriedUntil: r.buriedUntil,
    leech: Boolean(Number(r.leech)),
    version: Number(r.version),
  });
}
