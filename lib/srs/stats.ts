// Statistics of one learner's reviews (one deck or all): true retention, the year's heatmap, reviews
// and time per day, distributions of the memory state, and per-card history. Pure: the caller passes
// the reviews, the card states, the settings and now.
import { forgetting_curve } from "ts-fsrs";
import { addDaysToKey, daysBetweenKeys, studyDayKey } from "./day";
import { dueForecast } from "./forecast";
import { sequenceByCard, type DayOptions, type ReviewRecord, type SequencedReview } from "./history";
import { recallAt } from "./readiness";
import { schedulerFor } from "./fsrs";
import { expectedReviews } from "./review-forecast";
import type { CardStateRow, StudySettings } from "./types";

/** A card counts as mature from this interval on (days), as in Anki. */
export const MATURE_DAYS = 21;

export type Period = "day" | "week" | "month";
export type RetentionCell = { passed: number; total: number; rate: number | null };
export type RetentionRow = { period: string; young: RetentionCell; mature: RetentionCell; all: RetentionCell };

/**
 * True retention: of the reviews of cards in the review state seen again on a later day, the share not
 * rated Again. Young: the interval before the review was under 21 days; mature: 21 or more.
 */
export function isRetentionSample(r: SequencedReview): boolean {
  return r.stateBefore === 2 && r.elapsedDays >= 1;
}

function periodKey(dayKey: string, period: Period): string {
  if (period === "day") return dayKey;
  if (period === "month") return dayKey.slice(0, 7);
  // Weeks start on Monday and are named by that Monday.
  const [y, m, d] = dayKey.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDaysToKey(dayKey, -weekday);
}

const cell = (passed: number, total: number): RetentionCell => ({
  passed,
  total,
  rate: total === 0 ? null : passed / total,
});

export function trueRetention(
  sequences: Map<string, SequencedReview[]>,
  day: DayOptions,
  period: Period,
  now: Date,
  periods: number,
): RetentionRow[] {
  const todayKey = studyDayKey(now, day.timeZone, day.dayStartHour);
  const keys: string[] = [];
  for (let i = periods - 1; i >= 0; i--) {
    const base =
      period === "day"
        ? addDaysToKey(todayKey, -i)
        : period === "week"
          ? addDaysToKey(todayKey, -7 * i)
          : monthsBack(todayKey, i);
    keys.push(periodKey(base, period));
  }
  const counts = new Map(keys.map((k) => [k, { yp: 0, yt: 0, mp: 0, mt: 0 }]));
  for (const list of sequences.values()) {
    for (const r of list) {
      if (!isRetentionSample(r)) continue;
      const c = counts.get(periodKey(studyDayKey(r.reviewedAt, day.timeZone, day.dayStartHour), period));
      if (!c) continue;
      const passed = r.rating > 1 ? 1 : 0;
      if (r.intervalBefore >= MATURE_DAYS) {
        c.mt += 1;
        c.mp += passed;
      } else {
        c.yt += 1;
        c.yp += passed;
      }
    }
  }
  return keys.map((k) => {
    const c = counts.get(k) ?? { yp: 0, yt: 0, mp: 0, mt: 0 };
    return { period: k, young: cell(c.yp, c.yt), mature: cell(c.mp, c.mt), all: cell(c.yp + c.mp, c.yt + c.mt) };
  });
}

function monthsBack(dayKey: string, n: number): string {
  const [y, m] = dayKey.split("-").map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 - n, 1));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

export type DayActivity = { day: string; reviews: number; seconds: number; again: number };

/** Reviews, time and lapses on each of the last `days` study days, oldest first (every origin counts). */
export function activityByDay(
  records: readonly ReviewRecord[],
  day: DayOptions,
  now: Date,
  days: number,
): DayActivity[] {
  const todayKey = studyDayKey(now, day.timeZone, day.dayStartHour);
  const out = Array.from({ length: days }, (_, i) => ({
    day: addDaysToKey(todayKey, i - days + 1),
    reviews: 0,
    seconds: 0,
    again: 0,
  }));
  for (const r of records) {
    const i = days - 1 - daysBetweenKeys(studyDayKey(r.reviewedAt, day.timeZone, day.dayStartHour), todayKey);
    const slot = out[i];
    if (!slot || i < 0) continue;
    slot.reviews += 1;
    slot.seconds += r.durationMs / 1000;
    if (r.rating === 1) slot.again += 1;
  }
  return out.map((d) => ({ ...d, seconds: Math.round(d.seconds) }));
}

export type Bin = { label: string; from: number; to: number; count: number };

/** Counts per bin; `edges` are the lower bounds, the last bin is open-ended. */
export function histogram(
  values: readonly number[],
  edges: readonly number[],
  label: (from: number, to: number) => string,
): Bin[] {
  const bins = edges.map((from, i) => ({ from, to: edges[i + 1] ?? Number.POSITIVE_INFINITY, count: 0, label: "" }));
  for (const v of values) {
    for (let i = bins.length - 1; i >= 0; i--) {
      const b = bins[i] as Bin;
      if (v >= b.from) {
        b.count += 1;
        break;
      }
    }
  }
  return bins.map((b) => ({ ...b, label: label(b.from, b.to) }));
}

const dayLabel = (from: number, to: number) => (Number.isFinite(to) ? `${from}–${to}d` : `${from}d+`);
export const INTERVAL_EDGES = [0, 1, 3, 7, 14, 30, 60, 120, 240, 365];
export const STABILITY_EDGES = [0, 1, 3, 7, 14, 30, 60, 120, 240, 365];
export const DIFFICULTY_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export const RECALL_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

export type Distributions = { interval: Bin[]; stability: Bin[]; difficulty: Bin[]; retrievability: Bin[] };

/** Of the cards seen at least once and not suspended: their interval, stability, difficulty and recall now. */
export function distributions(states: readonly CardStateRow[], now: Date, settings: StudySettings): Distributions {
  const seen = states.filter((s) => s.state !== 0 && !s.suspended);
  return {
    interval: histogram(
      seen.map((s) => s.scheduledDays),
      INTERVAL_EDGES,
      dayLabel,
    ),
    stability: histogram(
      seen.map((s) => s.stability),
      STABILITY_EDGES,
      dayLabel,
    ),
    difficulty: histogram(
      seen.map((s) => s.difficulty),
      DIFFICULTY_EDGES,
      (f, t) => (Number.isFinite(t) ? `${f}–${t}` : `${f}`),
    ),
    retrievability: histogram(
      seen.map((s) => recallAt(s, now, settings)),
      RECALL_EDGES,
      (f, t) => (Number.isFinite(t) ? `${Math.round(f * 100)}–${Math.round(t * 100)} %` : `${Math.round(f * 100)} %+`),
    ),
  };
}

export type CardReview = {
  reviewedAt: string;
  rating: number;
  origin: string;
  /** Days until the next review, as scheduled by this review. */
  interval: number;
  stability: number;
  difficulty: number;
  /** Predicted recall at the moment of the review, from the state before it (null for the first). */
  predictedRecall: number | null;
};

/** Every review of one card, oldest first, with the recall FSRS predicted at that moment. */
export function cardHistory(records: readonly ReviewRecord[], cardId: string, settings: StudySettings): CardReview[] {
  const w = schedulerFor(settings).parameters.w;
  const cram = records.filter((r) => r.cardId === cardId && r.origin === "cram");
  const seq =
    sequenceByCard(
      records.filter((r) => r.cardId === cardId),
      settings,
    ).get(cardId) ?? [];
  const rows: CardReview[] = seq.map((r) => ({
    reviewedAt: r.reviewedAt.toISOString(),
    rating: r.rating,
    origin: r.origin,
    interval: r.scheduledDays,
    stability: r.stability,
    difficulty: r.difficulty,
    predictedRecall:
      r.index === 0 || !(r.stabilityBefore > 0) ? null : forgetting_curve([...w], r.elapsedExact, r.stabilityBefore),
  }));
  // Cram reviews are listed too (they happened) but predict nothing and change nothing.
  for (const r of cram) {
    rows.push({
      reviewedAt: r.reviewedAt.toISOString(),
      rating: r.rating,
      origin: r.origin,
      interval: r.scheduledDays,
      stability: r.stability,
      difficulty: r.difficulty,
      predictedRecall: null,
    });
  }
  return rows.sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0));
}

export type ForecastDay = { day: string; due: number; expected: number };
export type StatsReport = {
  generatedAt: string;
  totals: { reviews: number; cardsSeen: number; cardsTotal: number; seconds: number };
  retention: { day: RetentionRow[]; week: RetentionRow[]; month: RetentionRow[] };
  heatmap: { day: string; reviews: number }[];
  activity: DayActivity[];
  forecast: { days30: ForecastDay[]; days90: ForecastDay[] };
  distributions: Distributions;
};

/** Everything the /stats page and GET /api/v1/stats show. */
export function statsReport(input: {
  records: readonly ReviewRecord[];
  states: readonly CardStateRow[];
  cardsTotal: number;
  now: Date;
  settings: StudySettings;
}): StatsReport {
  const { records, states, now, settings } = input;
  const seq = sequenceByCard(records, settings);
  const year = activityByDay(records, settings, now, 365);
  const due90 = dueForecast([...states], now, settings, 90);
  const expected90 = expectedReviews(states, now, settings, 90);
  const forecast90 = due90.map((d, i) => ({
    day: d.day,
    due: d.due,
    expected: Math.round((expected90[i] ?? 0) * 10) / 10,
  }));
  return {
    generatedAt: now.toISOString(),
    totals: {
      reviews: records.length,
      cardsSeen: states.filter((s) => s.state !== 0).length,
      cardsTotal: input.cardsTotal,
      seconds: Math.round(records.reduce((a, r) => a + r.durationMs, 0) / 1000),
    },
    retention: {
      day: trueRetention(seq, settings, "day", now, 30),
      week: trueRetention(seq, settings, "week", now, 12),
      month: trueRetention(seq, settings, "month", now, 12),
    },
    heatmap: year.map((d) => ({ day: d.day, reviews: d.reviews })),
    activity: year.slice(-30),
    forecast: { days30: forecast90.slice(0, 30), days90: forecast90 },
    distributions: distributions(states, now, settings),
  };
}
