"use client";
// The review loop: front, reveal, rate, next. Reviews go out through an outbox that retries with
// the same id, so a flaky connection neither loses a review nor counts it twice.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { QueueCard } from "@/lib/db/queue";

type Counts = { new: number; learning: number; review: number };
type QueueAnswer = { counts: Counts; cards: QueueCard[]; upcoming?: { day: string; due: number }[] };
type PendingReview = { id: string; cardId: string; rating: number; durationMs: number; version: number | null };

const RATINGS = [
  { rating: 1, key: "again", label: "Again" },
  { rating: 2, key: "hard", label: "Hard" },
  { rating: 3, key: "good", label: "Good" },
  { rating: 4, key: "easy", label: "Easy" },
] as const;

const REFILL_BELOW = 5;

const outboxKey = (deck: string) => `sourcedeck:outbox:${deck}`;

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${res.status}.`;
  } catch {
    return `The server answered ${res.status}.`;
  }
}

export function StudySession({ deck, deckTitle, initial }: { deck: string; deckTitle: string; initial: QueueAnswer }) {
  const [cards, setCards] = useState<QueueCard[]>(initial.cards);
  const [counts, setCounts] = useState<Counts>(initial.counts);
  const [upcoming, setUpcoming] = useState(initial.upcoming ?? []);
  const [revealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [lastReview, setLastReview] = useState<{ id: string; card: QueueCard } | null>(null);
  const [busy, setBusy] = useState(false);
  const [reviewedHere, setReviewedHere] = useState(0);
  const shownAt = useRef(Date.now());
  const outbox = useRef<PendingReview[]>([]);
  // What was on screen for each pending review, to explain a leech when the answer reports one.
  const reviewedCards = useRef(new Map<string, QueueCard>());
  const flushing = useRef<Promise<void> | null>(null);
  // Bumped by every rating and undo: a queue answer requested before the latest one is stale
  // (it may still list the card just rated) and is dropped; the newer request's answer follows.
  const generation = useRef(0);

  const current = cards[0];

  const refresh = useCallback(async () => {
    const asked = generation.current;
    const res = await fetch(`/api/v1/study/queue?deck=${encodeURIComponent(deck)}&limit=20`, { cache: "no-store" });
    if (asked !== generation.current) return;
    if (!res.ok) {
      setNotice(await errorMessage(res));
      return;
    }
    const data = (await res.json()) as QueueAnswer;
    if (asked !== generation.current) return;
    // Cards still waiting in the outbox are not shown again.
    const pending = new Set(outbox.current.map((p) => p.cardId));
    const fresh = data.cards.filter((c) => !pending.has(c.cardId));
    // The card on screen stays on screen (with its fresh data) if it is still in the queue.
    setCards((prev) => {
      const head = prev[0] && fresh.find((c) => c.cardId === prev[0].cardId);
      return head ? [head, ...fresh.filter((c) => c !== head)] : fresh;
    });
    setCounts(data.counts);
    setUpcoming(data.upcoming ?? []);
  }, [deck]);

  const saveOutbox = useCallback(() => {
    localStorage.setItem(outboxKey(deck), JSON.stringify(outbox.current));
  }, [deck]);

  const sendOutbox = useCallback(async () => {
    let delay = 500;
    while (outbox.current.length > 0) {
      const next = outbox.current[0];
      let res: Response | null = null;
      try {
        res = await fetch("/api/v1/reviews", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(next),
        });
      } catch {
        res = null;
      }
      if (res === null || res.status >= 500) {
        setNotice("Connection trouble — your review is kept and will be sent again.");
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 8000);
        continue;
      }
      outbox.current.shift();
      saveOutbox();
      const card = reviewedCards.current.get(next.id);
      reviewedCards.current.delete(next.id);
      if (!res.ok) setNotice(await errorMessage(res));
      else {
        const answer = (await res.json().catch(() => ({}))) as { leech?: boolean };
        // Only a card that just became a leech can be reviewed with leech set: leeches are suspended.
        setNotice(
          answer.leech && card
            ? `“${card.front}” has slipped 8 times, so it is set aside as a leech. Reread it in ${card.source.title} (${card.source.section}), then bring it back from the deck page.`
            : null,
        );
      }
      delay = 500;
    }
  }, [saveOutbox]);

  /** Resolves once everything queued so far has been sent (one sender at a time, in order). */
  const flush = useCallback(async (): Promise<void> => {
    for (;;) {
      if (flushing.current) {
        await flushing.current;
        continue;
      }
      if (outbox.current.length === 0) return;
      flushing.current = sendOutbox().finally(() => {
        flushing.current = null;
      });
    }
  }, [sendOutbox]);

  // Reviews left in the outbox by a closed tab are sent first.
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(outboxKey(deck)) ?? "[]") as PendingReview[];
      if (Array.isArray(saved) && saved.length > 0) {
        outbox.current = saved;
        void flush().then(refresh);
      }
    } catch {
      localStorage.removeItem(outboxKey(deck));
    }
  }, [deck, flush, refresh]);

  useEffect(() => {
    shownAt.current = Date.now();
    setTyped("");
  }, [current?.cardId]);

  const rate = useCallback(
    async (rating: number) => {
      if (!current || !revealed || busy) return;
      generation.current++;
      const review: PendingReview = {
        id: crypto.randomUUID(),
        cardId: current.cardId,
        rating,
        durationMs: Math.min(Date.now() - shownAt.current, 60 * 60 * 1000),
        version: current.version,
      };
      outbox.current.push(review);
      reviewedCards.current.set(review.id, current);
      saveOutbox();
      setLastReview({ id: review.id, card: current });
      setReviewedHere((n) => n + 1);
      setCards((cs) => cs.slice(1));
      setCounts((c) => ({ ...c, [current.queue]: Math.max(0, c[current.queue] - 1) }));
      setRevealed(false);
      await flush();
      // The local queue carries on by itself (counts are updated above); the server is asked again
      // only when it runs low, which also brings back learning cards whose step has come due.
      if (cards.length - 1 < REFILL_BELOW) await refresh();
    },
    [current, cards.length, revealed, busy, flush, refresh, saveOutbox],
  );

  const undo = useCallback(async () => {
    if (!lastReview || busy) return;
    setBusy(true);
    try {
      await flush();
      const res = await fetch("/api/v1/reviews/undo", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: lastReview.id }),
      });
      if (!res.ok) {
        setNotice(await errorMessage(res));
        return;
      }
      generation.current++;
      setNotice("Review undone.");
      setReviewedHere((n) => Math.max(0, n - 1));
      const card = lastReview.card;
      setLastReview(null);
      await refresh();
      // The undone card comes back first, as it was before the review.
      setCards((cs) => [card, ...cs.filter((c) => c.cardId !== card.cardId)]);
      setRevealed(false);
    } finally {
      setBusy(false);
    }
  }, [lastReview, busy, flush, refresh]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA") && e.key !== "Enter") return;
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if ((e.key === " " || e.key === "Enter") && !revealed && current) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        void rate(Number(e.key));
      } else if (e.key === "z" || e.key === "Z") {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, current, rate, undo]);

  const remaining = counts.new + counts.learning + counts.review;

  return (
    <div className="study">
      <div className="study-top row">
        <Link href={`/decks/${deck}`} className="muted small">
          ← {deckTitle}
        </Link>
        <span className="spacer" />
        <span className="counts" aria-label="Remaining today" data-testid="counts">
          <span className="count-new" title="New">{counts.new} new</span>
          <span className="count-learning" title="Learning">{counts.learning} learning</span>
          <span className="count-review" title="Review">{counts.review} review</span>
        </span>
      </div>

      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}

      {current ? (
        <section className="panel study-card" aria-live="polite" data-testid="study-card" data-card-id={current.cardId}>
          <p className="muted small">
            {current.queue === "new" ? "New card" : current.queue === "learning" ? "Learning" : "Review"}
            {current.template === "cloze" ? " · fill the gap" : current.template === "reverse" ? " · what is it?" : ""}
          </p>
          <p className="front" data-testid="front">{current.front}</p>
          {current.template === "typein" && !revealed && (
            <div className="field">
              <label htmlFor="typed">Your answer</label>
              <input
                id="typed"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    setRevealed(true);
                  }
                }}
                autoComplete="off"
              />
            </div>
          )}
          {revealed ? (
            <>
              <hr />
              {current.template === "typein" && typed && <p className="small muted">You typed: {typed}</p>}
              <p className="back" data-testid="back">{current.back}</p>
              <p className="explanation">{current.explanation}</p>
              <p className="source small muted">
                Source: <cite>{current.source.title}</cite> — {current.source.section}
              </p>
              <div className="ratings" role="group" aria-label="How well did you know it?">
                {RATINGS.map((r) => (
                  <button key={r.rating} type="button" className={`rate rate-${r.key}`} onClick={() => void rate(r.rating)}>
                    <span>{r.label}</span>
                    <small>{current.intervals[r.key]}</small>
                    <kbd>{r.rating}</kbd>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="reveal" onClick={() => setRevealed(true)}>
              Show answer <kbd>space</kbd>
            </button>
          )}
        </section>
      ) : (
        <section className="panel done" data-testid="done">
          <h2>{remaining === 0 ? "Done for today" : "Loading the next cards…"}</h2>
          {remaining === 0 && (
            <>
              <p>
                {reviewedHere > 0 ? `You reviewed ${reviewedHere} card${reviewedHere === 1 ? "" : "s"} in this session. ` : ""}
                Nothing else is due in this deck today.
              </p>
              {upcoming.length > 0 && (
                <p className="muted" data-testid="tomorrow">
                  Tomorrow: {upcoming[1]?.due ?? 0} review{upcoming[1]?.due === 1 ? "" : "s"} due. Next 7 days:{" "}
                  {upcoming.map((d) => d.due).join(" · ")}
                </p>
              )}
              <Link className="button secondary" href="/dashboard">Back to the dashboard</Link>
            </>
          )}
        </section>
      )}

      <p className="small muted keys">
        Keys: <kbd>space</kbd> show answer · <kbd>1</kbd>–<kbd>4</kbd> rate · <kbd>z</kbd> undo
        {lastReview && (
          <>
            {" · "}
            <button type="button" className="link" onClick={() => void undo()} disabled={busy}>
              Undo last review
            </button>
          </>
        )}
      </p>
    </div>
  );
}
