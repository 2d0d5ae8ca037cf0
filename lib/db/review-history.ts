// Review logs read whole for the statistics and the optimiser (not the hot path): one user's, one
// deck's, or a class's pooled reviews, mapped to lib/srs ReviewRecord.
import type { FsrsState, Rating } from "@/lib/srs";
import type { ReviewRecord } from "@/lib/srs/history";
import { db } from "./client";

const COLUMNS = {
  cardId: true,
  deckId: true,
  reviewedAt: true,
  rating: true,
  durationMs: true,
  origin: true,
  state: true,
  stability: true,
  difficulty: true,
  scheduledDays: true,
  due: true,
} as const;

type Row = {
  cardId: string;
  deckId: string;
  reviewedAt: Date;
  rating: number;
  durationMs: number;
  origin: string;
  state: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  due: Date;
};

function toRecord(r: Row): ReviewRecord {
  return { ...r, rating: r.rating as Rating, state: r.state as FsrsState };
}

/** Every review of the user (of one deck when given), oldest first. */
export async function reviewRecords(userId: string, deckId?: string): Promise<ReviewRecord[]> {
  const prisma = await db();
  const rows = await prisma.reviewLog.findMany({
    where: { userId, ...(deckId ? { deckId } : {}) },
    select: COLUMNS,
    orderBy: { reviewedAt: "asc" },
  });
  return rows.map(toRecord);
}

/**
 * The reviews of every student of a class, pooled; card ids are prefixed per student so histories
 * stay apart, and each review carries its student's study-day rule (time zone and day start), so
 * the days between reviews are counted as for that student's own fit.
 */
export async function pooledClassRecords(classId: string): Promise<ReviewRecord[]> {
  const prisma = await db();
  const students = await prisma.enrollment.findMany({
    where: { classId },
    select: { userId: true, user: { select: { timeZone: true, dayStartHour: true } } },
  });
  const dayOf = new Map(students.map((s) => [s.userId, s.user]));
  const rows = await prisma.reviewLog.findMany({
    where: { userId: { in: students.map((s) => s.userId) } },
    select: { ...COLUMNS, userId: true },
    orderBy: { reviewedAt: "asc" },
  });
  return rows.map(({ userId, ...r }) => ({
    ...toRecord({ ...r, cardId: `${userId}:${r.cardId}` }),
    day: dayOf.get(userId),
  }));
}

/** Reviews that moved FSRS (not cram) since an instant: for "fit again after N new reviews". */
export async function schedulingReviewsSince(userId: string, since: Date | null): Promise<number> {
  const prisma = await db();
  return prisma.reviewLog.count({
    where: { userId, origin: { not: "cram" }, ...(since ? { reviewedAt: { gt: since } } : {}) },
  });
}
