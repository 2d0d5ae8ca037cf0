// The public API of lib/srs. Other folders import from "@/lib/srs" only.
export type { CardStateRow, FsrsState, Rating, SchedulingState, StudySettings } from "./types";
export { DEFAULT_SETTINGS, LEECH_LAPSES } from "./types";
export { fromFsrsCard, toFsrsCard } from "./state";
export { formatInterval, spokenInterval } from "./format-interval";
export { newSchedulingState, previewIntervals, reviewCard, schedulerFor } from "./fsrs";
export type { IntervalPreview, IntervalPreviews, ReviewResult } from "./fsrs";
export { NO_ROW_SNAPSHOT, parseSnapshot, serializeSnapshot } from "./snapshot";
export {
  addDaysToKey,
  daysBetweenKeys,
  isValidTimeZone,
  studyDayEnd,
  studyDayKey,
  studyDayStart,
  studyDayStartOfKey,
} from "./day";
export { buildQueue, buildQueueOfTimes, LEARN_AHEAD_MS, queueCounts, queueReadUntil, queueTimesOf } from "./queue";
export type {
  NewCardInput,
  Queue,
  QueueCounts,
  QueueInput,
  QueueKind,
  QueuedCard,
  QueueState,
  QueueTimes,
  TodayCounts,
} from "./queue";
export {
  answered,
  displayCounts,
  localBacklog,
  merged,
  nextStep,
  rated,
  removed,
  settled,
  shown,
  startSession,
  undone,
} from "./session";
export type {
  CardDetails,
  NextStep,
  ReturningCard,
  SessionState,
  SourceVersion,
  StudyCard,
  StudyQueueAnswer,
} from "./session";
export { dueForecast, studyStreak } from "./forecast";
export type { DayForecast } from "./forecast";
export { cramOrder, deckReadiness, recallAt } from "./readiness";
export type { DeckReadiness } from "./readiness";
export { replayReviews } from "./replay";
export type { HistoryReview, Replay, ReplayedReview } from "./replay";
