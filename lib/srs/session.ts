// The study page's session state machine, as pure functions of plain data and a clock: which card
// to show next (Anki's learn-ahead rule), what the header counts say, how a rating, a review answer,
// an undo and a fresh server queue change the local queue. The React component only wires it up.
import { LEARN_AHEAD_MS, type QueueCounts, type QueueKind } from "./queue";

/** One card as the queue API sends it (the wire type shared by lib/db and the study page). */
export type StudyCard = {
  cardId: string;
  factId: string;
  template: string;
  front: string;
  back: string;
  queue: QueueKind;
  /** Learning cards: when the step is due (ISO); null for review and new cards. */
  due: string | null;
  version: number | null;
  source: { key: string; title: string; section: string };
  explanation: string;
  intervals: { again: string; hard: string; good: string; easy: string };
};

/** One source's version of a fact whose sources disagree. */
export type SourceVersion = {
  answer: string;
  sourceTitle: string;
  sourceDate: string;
  section: string;
  current: boolean;
};

/** What GET /api/v1/cards/:id tells the card back (the wire type shared by lib/db and the study page). */
export type CardDetails = {
  cardId: string;
  factKey: string;
  deckSlug: string;
  canEdit: boolean;
  flagged: boolean;
  suspended: boolean;
  /** The fact's passage in its imported source, with some context either side; null when not imported. */
  passage: { before: string; match: string; after: string; sourceTitle: string; section: string } | null;
  /** Every source's version when the fact belongs to a conflict group (this fact included), else []. */
  versions: SourceVersion[];
  /** Type-in cards, when the typed answer was sent: lib/quiz's verdict (it may carry more fields). */
  check?: { correct: boolean; reason: string };
};

export type StudyQueueAnswer = {
  counts: QueueCounts;
  cards: StudyCard[];
  /** The next learning card due later today beyond the learn-ahead window (ISO), if any. */
  nextLearningDue?: string | null;
  upcoming?: { day: string; due: number }[];
};

/** A card rated in this session that its review answer says comes back today (learning or relearning). */
export type ReturningCard = { cardId: string; due: number };

export type SessionState = {
  /** The server's cards not yet rated here, in the server's order. */
  cards: StudyCard[];
  returning: ReturningCard[];
  /**
   * Cards rated here whose review the server has not answered yet: each may come back today, so the
   * session is not over while any is out (else "done" flashes before the answer brings it back).
   */
  awaiting: string[];
  /** The server's counts, less the cards rated here since. */
  counts: QueueCounts;
  /** The server's last answer was cut by its limit: it holds cards not sent. */
  serverHasMore: boolean;
  nextLearningDue: number | null;
  upcoming: { day: string; due: number }[];
  reviewedHere: number;
  /** The card on screen: it stays there until rated or set aside, whatever a fresh queue says. */
  shownCardId: string | null;
};

export type NextStep =
  | { kind: "show"; card: StudyCard }
  /** A card is due that the page holds no fresh copy of: ask the server for the queue. */
  | { kind: "fetch" }
  /** Nothing is left on the page, but a review's answer is still out: it may bring its card back. */
  | { kind: "saving" }
  /** Nothing is due within the window; `nextDue` is when the next learning card comes today, if any. */
  | { kind: "done"; nextDue: number | null };

const total = (c: QueueCounts): number => c.new + c.learning + c.review;
const dueMs = (c: StudyCard): number => (c.due === null ? Number.NEGATIVE_INFINITY : Date.parse(c.due));

export function startSession(answer: StudyQueueAnswer): SessionState {
  return {
    cards: answer.cards,
    returning: [],
    awaiting: [],
    counts: answer.counts,
    serverHasMore: total(answer.counts) > answer.cards.length,
    nextLearningDue: answer.nextLearningDue ? Date.parse(answer.nextLearningDue) : null,
    upcoming: answer.upcoming ?? [],
    reviewedHere: 0,
    shownCardId: null,
  };
}

function earliestLearning(cards: StudyCard[], untilMs: number): StudyCard | undefined {
  let best: StudyCard | undefined;
  for (const c of cards) {
    if (c.queue !== "learning" || dueMs(c) > untilMs) continue;
    if (!best || dueMs(c) < dueMs(best)) best = c;
  }
  return best;
}

/**
 * Anki's order: a learning step that is due; then reviews and new cards; then, when nothing else is
 * left, learning cards due within the learn-ahead window (shown early rather than ending the session).
 * The session is done only when nothing is due within the window.
 */
export function nextStep(s: SessionState, nowMs: number, learnAheadMs = LEARN_AHEAD_MS): NextStep {
  const pinned = s.shownCardId === null ? undefined : s.cards.find((c) => c.cardId === s.shownCardId);
  if (pinned) return { kind: "show", card: pinned };
  const aheadMs = nowMs + learnAheadMs;
  const dueLearning = earliestLearning(s.cards, nowMs);
  if (dueLearning) return { kind: "show", card: dueLearning };
  if (s.returning.some((r) => r.due <= nowMs)) return { kind: "fetch" };
  const other = s.cards.find((c) => c.queue !== "learning");
  if (other) return { kind: "show", card: other };
  if (s.serverHasMore) return { kind: "fetch" };
  const ahead = earliestLearning(s.cards, aheadMs);
  if (ahead) return { kind: "show", card: ahead };
  if (s.returning.some((r) => r.due <= aheadMs)) return { kind: "fetch" };
  if (s.awaiting.length > 0) return { kind: "saving" };
  const laterDues = [
    ...s.returning.map((r) => r.due),
    ...s.cards.map(dueMs),
    ...(s.nextLearningDue ? [s.nextLearningDue] : []),
  ];
  const later = laterDues.filter((d) => d > aheadMs);
  return { kind: "done", nextDue: later.length > 0 ? Math.min(...later) : null };
}

/** The page put this card on screen. */
export function shown(s: SessionState, cardId: string): SessionState {
  return s.shownCardId === cardId ? s : { ...s, shownCardId: cardId };
}

/** The header: the server's counts as rated down here, plus cards of this session back within the window. */
export function displayCounts(s: SessionState, nowMs: number, learnAheadMs = LEARN_AHEAD_MS): QueueCounts {
  const back = s.returning.filter((r) => r.due <= nowMs + learnAheadMs).length;
  return { ...s.counts, learning: s.counts.learning + back };
}

/** The card on screen was rated: it leaves the local queue and its count. */
export function rated(s: SessionState, cardId: string): SessionState {
  const card = s.cards.find((c) => c.cardId === cardId);
  if (!card) return s;
  return {
    ...s,
    cards: s.cards.filter((c) => c.cardId !== cardId),
    returning: s.returning.filter((r) => r.cardId !== cardId),
    awaiting: [...s.awaiting.filter((id) => id !== cardId), cardId],
    counts: { ...s.counts, [card.queue]: Math.max(0, s.counts[card.queue] - 1) },
    reviewedHere: s.reviewedHere + 1,
    shownCardId: null,
  };
}

/** The server's answer to a review: a card left in (re)learning comes back when its step is due. */
export function answered(s: SessionState, answer: { cardId: string; state: number; due: string }): SessionState {
  const returning = s.returning.filter((r) => r.cardId !== answer.cardId);
  if (answer.state === 1 || answer.state === 3) returning.push({ cardId: answer.cardId, due: Date.parse(answer.due) });
  return { ...settled(s, answer.cardId), returning };
}

/** The server answered (or refused) a review of this card: the session no longer waits on it. */
export function settled(s: SessionState, cardId: string): SessionState {
  return s.awaiting.includes(cardId) ? { ...s, awaiting: s.awaiting.filter((id) => id !== cardId) } : s;
}

/** An undone review: the card is back on top as it was, and no longer waits to return. */
export function undone(s: SessionState, card: StudyCard): SessionState {
  return {
    ...s,
    cards: [card, ...s.cards.filter((c) => c.cardId !== card.cardId)],
    returning: s.returning.filter((r) => r.cardId !== card.cardId),
    awaiting: s.awaiting.filter((id) => id !== card.cardId),
    counts: { ...s.counts, [card.queue]: s.counts[card.queue] + 1 },
    reviewedHere: Math.max(0, s.reviewedHere - 1),
    shownCardId: card.cardId,
  };
}

/** A card set aside in the session (suspended, buried): it leaves the queue without a review. */
export function removed(s: SessionState, cardId: string): SessionState {
  const card = s.cards.find((c) => c.cardId === cardId);
  return {
    ...s,
    cards: s.cards.filter((c) => c.cardId !== cardId),
    returning: s.returning.filter((r) => r.cardId !== cardId),
    awaiting: s.awaiting.filter((id) => id !== cardId),
    counts: card ? { ...s.counts, [card.queue]: Math.max(0, s.counts[card.queue] - 1) } : s.counts,
    shownCardId: s.shownCardId === cardId ? null : s.shownCardId,
  };
}

/**
 * A fresh queue from the server replaces the local one. Cards still in the outbox are left out (the
 * server may not have their review yet); the card on screen keeps its place; a returning card the
 * server now holds, or that is due within the window but the server left out (say, suspended as a
 * leech), stops waiting.
 */
export function merged(
  s: SessionState,
  answer: StudyQueueAnswer,
  opts: { pendingCardIds: string[]; headCardId?: string; nowMs: number; learnAheadMs?: number },
): SessionState {
  const pending = new Set(opts.pendingCardIds);
  const fresh = answer.cards.filter((c) => !pending.has(c.cardId));
  const head = opts.headCardId === undefined ? undefined : fresh.find((c) => c.cardId === opts.headCardId);
  const cards = head ? [head, ...fresh.filter((c) => c !== head)] : fresh;
  const sent = new Set(answer.cards.map((c) => c.cardId));
  const aheadMs = opts.nowMs + (opts.learnAheadMs ?? LEARN_AHEAD_MS);
  const returning = s.returning.filter((r) => !sent.has(r.cardId) && (r.due > aheadMs || pending.has(r.cardId)));
  // A review no longer in the outbox has been answered: its card is in this queue if it is due.
  const awaiting = s.awaiting.filter((id) => pending.has(id));
  // Cards held back as pending are still counted by the server; the local count already took them off.
  const heldBack = answer.cards.filter((c) => pending.has(c.cardId));
  const counts = { ...answer.counts };
  for (const c of heldBack) counts[c.queue] = Math.max(0, counts[c.queue] - 1);
  return {
    ...s,
    cards,
    returning,
    awaiting,
    counts,
    serverHasMore: total(answer.counts) > answer.cards.length,
    nextLearningDue: answer.nextLearningDue ? Date.parse(answer.nextLearningDue) : null,
    upcoming: answer.upcoming ?? [],
  };
}

/** Reviews and new cards held locally: the page asks for more in the background when these run low. */
export function localBacklog(s: SessionState): number {
  return s.cards.filter((c) => c.queue !== "learning").length;
}
