// Today's study queue for one user and deck: which cards, in what order, within the daily limits.
import { studyDayEnd } from "./day";
import { recallAt } from "./readiness";
import type { CardStateRow, StudySettings } from "./types";

export type QueueKind = "review" | "learning" | "new";
export type QueuedCard = { cardId: string; factId: string; queue: QueueKind };
export type NewCardInput = { cardId: string; factId: string; position: number };
export type TodayCounts = {
  newIntroduced: number;
  reviewsDone: number;
  /** Facts with a card reviewed this study day: their siblings wait for another day. */
  factIdsStudied: string[];
};
export type QueueInput = {
  now: Date;
  settings: StudySettings;
  states: CardStateRow[];
  newCards: NewCardInput[];
  today: TodayCounts;
  limit?: number;
};
export type Queue = { cards: QueuedCard[]; counts: { new: number; learning: number; review: number } };

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildQueue(input: QueueInput): Queue {
  const { now, settings, states, newCards, today } = input;
  const nowMs = now.getTime();
  const dayEndMs = studyDayEnd(now, settings.timeZone, settings.dayStartHour).getTime();

  const available = states.filter((s) => !s.suspended && !(s.buriedUntil && s.buriedUntil.getTime() > nowMs));
  // A card with a row is governed by the row (it may be suspended), whatever the new-card list says.
  const hasRow = new Set(states.map((s) => s.cardId));

  const studied = new Set(today.factIdsStudied);
  const claimed = new Set<string>();

  // Learning cards claim their fact first: they are the card already in progress today, so they are
  // allowed even when their fact was studied today.
  const learning = available
    .filter((s) => (s.state === 1 || s.state === 3) && s.due.getTime() <= nowMs)
    .sort((a, b) => a.due.getTime() - b.due.getTime() || byId(a.cardId, b.cardId))
    .filter((s) => {
      if (claimed.has(s.factId)) return false;
      claimed.add(s.factId);
      return true;
    });

  // Lowest retrievability first: the card most at risk of being forgotten, relative to its stability.
  const reviewRoom = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
  const reviewCandidates = available
    .filter((s) => s.state === 2 && s.due.getTime() < dayEndMs)
    .map((s) => ({ s, r: recallAt(s, now, settings) }))
    .sort((a, b) => a.r - b.r || a.s.due.getTime() - b.s.due.getTime() || byId(a.s.cardId, b.s.cardId));
  const reviews: CardStateRow[] = [];
  for (const { s } of reviewCandidates) {
    if (reviews.length >= reviewRoom) break;
    if (claimed.has(s.factId) || studied.has(s.factId)) continue;
    claimed.add(s.factId);
    reviews.push(s);
  }

  // Rows still in state 0 (e.g. suspended before first study, then unsuspended) were touched on purpose,
  // so they go ahead of untouched new cards.
  const newRoom = Math.max(0, settings.newPerDay - today.newIntroduced);
  const newCandidates: { cardId: string; factId: string }[] = [
    ...available
      .filter((s) => s.state === 0)
      .sort((a, b) => a.due.getTime() - b.due.getTime() || byId(a.cardId, b.cardId)),
    ...newCards.filter((c) => !hasRow.has(c.cardId)).sort((a, b) => a.position - b.position || byId(a.cardId, b.cardId)),
  ];
  const fresh: { cardId: string; factId: string }[] = [];
  for (const c of newCandidates) {
    if (fresh.length >= newRoom) break;
    if (claimed.has(c.factId) || studied.has(c.factId)) continue;
    claimed.add(c.factId);
    fresh.push(c);
  }

  const all: QueuedCard[] = [
    ...reviews.map((s) => ({ cardId: s.cardId, factId: s.factId, queue: "review" as const })),
    ...learning.map((s) => ({ cardId: s.cardId, factId: s.factId, queue: "learning" as const })),
    ...fresh.map((c) => ({ cardId: c.cardId, factId: c.factId, queue: "new" as const })),
  ];
  const limit = input.limit === undefined ? all.length : Math.max(0, Math.floor(input.limit));
  return {
    cards: all.slice(0, limit),
    counts: { new: fresh.length, learning: learning.length, review: reviews.length },
  };
}
