// What the dashboard shows per deck: today's new, learning and review counts (the study queue's
// rule, via listDecksForUser), reviewed today, the next 7 days' load; and the user's study streak.
import { dueForecast, studyDayEnd, studyDayKey, studyDayStart, studyStreak, type DayForecast } from "@/lib/srs";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db } from "./client";
import { listDecksForUser, type DeckSummary } from "./decks";
import { getStudySettings } from "./settings";

export type DashboardDeck = DeckSummary & { reviewedToday: number; week: DayForecast[] };
export type Dashboard = { decks: DashboardDeck[]; streak: number; reviewedToday: number };

export async function getDashboard(userId: string, now: Date): Promise<Dashboard> {
  const prisma = await db();
  const settings = await getStudySettings(userId);
  const decks = await listDecksForUser(userId, now);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const weekAhead = new Date(studyDayEnd(now, settings.timeZone, settings.dayStartHour).getTime() + 7 * 24 * 3600_000);
  const since = new Date(now.getTime() - 400 * 24 * 3600_000);

  const [soon, today, history] = await Promise.all([
    prisma.cardState.findMany({
      where: { userId, due: { lt: weekAhead }, suspended: false },
      select: { ...CARD_STATE_SELECT, deckId: true },
    }),
    prisma.reviewLog.findMany({ where: { userId, reviewedAt: { gte: dayStart } }, select: { deckId: true } }),
    prisma.reviewLog.findMany({ where: { userId, reviewedAt: { gte: since } }, select: { reviewedAt: true } }),
  ]);

  const dayKeys = [...new Set(history.map((h) => studyDayKey(h.reviewedAt, settings.timeZone, settings.dayStartHour)))];
  const streak = studyStreak(dayKeys, studyDayKey(now, settings.timeZone, settings.dayStartHour));

  return {
    streak,
    reviewedToday: today.length,
    decks: decks.map((d) => {
      return {
        ...d,
        reviewedToday: today.filter((l) => l.deckId === d.id).length,
        week: dueForecast(soon.filter((s) => s.deckId === d.id).map(toCardStateRow), now, settings, 7),
      };
    }),
  };
}
