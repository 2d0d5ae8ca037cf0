// The study page's review outbox: ratings wait here until the server has them, sent one at a time
// in order by one sender, each kept (and stored, so a closed tab loses nothing) until the server
// answers. A network failure or a 5xx is retried with the same id (the server counts an id once),
// waiting longer each time; a 4xx drops the review with the server's message. The transport, the
// storage and the clock are injected, so the rules run in unit tests without a browser.
import type { StudyCard } from "./session";

/** One rating on its way to POST /api/v1/reviews (the body sent, and what is stored). */
export type PendingReview = {
  id: string;
  cardId: string;
  rating: number;
  durationMs: number;
  version: number | null;
  typed?: string;
  override?: boolean;
};

/** The parts of the server's answer to a review the page acts on. */
export type ReviewAnswer = { leech?: boolean; cardId?: string; state?: number; due?: string };

export type SendOutcome =
  /** No answer, or a 5xx: the review stays first in line and is sent again. */
  | { kind: "retry" }
  /** A 4xx: the server will never take this review; it is dropped. */
  | { kind: "refused"; message: string }
  | { kind: "accepted"; answer: ReviewAnswer };

export type OutboxDeps = {
  send: (review: PendingReview) => Promise<SendOutcome>;
  /** Stores what is still pending, after every change. */
  save: (pending: readonly PendingReview[]) => void;
  sleep: (ms: number) => Promise<void>;
  /** A send failed and will be retried after a wait; `waiting` reviews are kept until then. */
  onRetry?: (waiting: number) => void;
  /** The server answered for good: the review is out of the outbox. */
  onSettled?: (review: PendingReview, outcome: Exclude<SendOutcome, { kind: "retry" }>) => void;
};

export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 8000;
/** A review longer than this is a learner who walked away; the duration is capped. */
export const MAX_REVIEW_MS = 60 * 60 * 1000;

/** The review a rating makes: how long the card was up, and for a type-in card what was typed. */
export function newReview(input: {
  id: string;
  card: Pick<StudyCard, "cardId" | "version" | "template">;
  rating: number;
  shownAtMs: number;
  nowMs: number;
  typed: string;
  /** The checker's verdict on a type-in answer, when there is one. */
  check: { correct: boolean } | null;
}): PendingReview {
  const review: PendingReview = {
    id: input.id,
    cardId: input.card.cardId,
    rating: input.rating,
    durationMs: Math.min(input.nowMs - input.shownAtMs, MAX_REVIEW_MS),
    version: input.card.version,
  };
  if (input.card.template === "typein" && input.typed.trim() !== "") {
    review.typed = input.typed.slice(0, 500);
    // Recorded when the learner's rating goes against the checker (Hard and up count as recalled).
    if (input.check) review.override = input.check.correct !== input.rating >= 2;
  }
  return review;
}

/** What the page says while reviews wait for the connection: how many, and that none is lost. */
export function waitingNotice(waiting: number): string {
  if (waiting <= 1) return "Connection trouble — your review is kept on this device and will be sent again.";
  return `Connection trouble — ${waiting} reviews are kept on this device and will be sent when the connection is back.`;
}

export class ReviewOutbox {
  private queue: PendingReview[] = [];
  private sending: Promise<void> | null = null;
  /** The review the server is being asked about right now: it may already be counted, so it stays. */
  private inFlight: string | null = null;
  /** Resolves when the send under way has its answer and the queue reflects it. */
  private attempt: Promise<void> = Promise.resolve();

  constructor(private readonly deps: OutboxDeps) {}

  get pending(): readonly PendingReview[] {
    return this.queue;
  }

  /** Takes over what a closed tab left stored; true when there is something to send. */
  restore(saved: unknown): boolean {
    if (!Array.isArray(saved) || saved.length === 0) return false;
    this.queue = saved as PendingReview[];
    return true;
  }

  /**
   * Takes back a review the server has not been sent yet (or whose last send failed), so undoing it
   * needs no connection. False when it is out of the outbox or on its way: the server must undo it.
   */
  withdraw(id: string): boolean {
    if (id === this.inFlight || !this.queue.some((r) => r.id === id)) return false;
    this.queue = this.queue.filter((r) => r.id !== id);
    this.deps.save(this.queue);
    return true;
  }

  /**
   * As withdraw, once the send under way (if it is this review's) has its answer: offline that
   * answer comes at once (a failed send, so the review is taken back); if the server took it, false.
   */
  async withdrawAfterSend(id: string): Promise<boolean> {
    while (this.inFlight === id) await this.attempt;
    return this.withdraw(id);
  }

  push(review: PendingReview): void {
    this.queue.push(review);
    this.deps.save(this.queue);
  }

  /** Resolves once everything queued so far has been sent (one sender at a time, in order). */
  async flush(): Promise<void> {
    for (;;) {
      if (this.sending) {
        await this.sending;
        continue;
      }
      if (this.queue.length === 0) return;
      this.sending = this.sendAll().finally(() => {
        this.sending = null;
      });
    }
  }

  private async sendAll(): Promise<void> {
    let delay = FIRST_RETRY_MS;
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (!next) break;
      let attemptOver = () => {};
      this.attempt = new Promise<void>((resolve) => {
        attemptOver = resolve;
      });
      this.inFlight = next.id;
      let outcome: SendOutcome;
      try {
        outcome = await this.deps.send(next);
        if (outcome.kind !== "retry") {
          this.queue.shift();
          this.deps.save(this.queue);
        }
      } finally {
        // Only once the answer is acted on: a withdraw waiting for this attempt sees the final queue.
        this.inFlight = null;
        attemptOver();
      }
      if (outcome.kind === "retry") {
        this.deps.onRetry?.(this.queue.length);
        await this.deps.sleep(delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
        continue;
      }
      this.deps.onSettled?.(next, outcome);
      delay = FIRST_RETRY_MS;
    }
  }
}
