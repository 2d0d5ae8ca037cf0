"use client";
// The review loop: front, reveal, rate, next. What to show next, the counts and how ratings, answers,
// undo and fresh queues change the local queue are lib/srs's session functions (tested there); this
// component wires them to the screen, the keyboard and the network. Reviews go out through the
// outbox (lib/srs/outbox.ts), which retries with the same id, so a flaky connection neither loses
// a review nor counts it twice.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
// Straight from the modules, not lib/srs's index: the browser bundle gets the session rules only.
import { spokenInterval } from "@/lib/srs/format-interval";
import { LEARN_AHEAD_MS } from "@/lib/srs/queue";
import { studyKeyAction } from "@/lib/srs/study-keys";
import { weekLine } from "@/lib/srs/week-labels";
import {
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
  type SessionState,
  type StudyCard,
  type StudyQueueAnswer,
} from "@/lib/srs/session";
import {
  newReview,
  ReviewOutbox,
  waitingNotice,
  type PendingReview,
  type ReviewAnswer,
  type SendOutcome,
} from "@/lib/srs/outbox";
import { CardBackExtras, type CardDetails } from "./CardBackExtras";

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

/** POST /api/v1/reviews, its answer read as the outbox's outcome. */
async function sendReview(review: PendingReview): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetch("/api/v1/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(review),
    });
  } catch {
    return { kind: "retry" };
  }
  if (res.status >= 500) return { kind: "retry" };
  if (!res.ok) return { kind: "refused", message: await errorMessage(res) };
  return { kind: "accepted", answer: (await res.json().catch(() => ({}))) as ReviewAnswer };
}

const clockTime = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const minutesFrom = (from: number, to: number) => Math.max(1, Math.round((to - from) / 60_000));

export function StudySession({
  deck,
  deckTitle,
  initial,
  serverNow,
}: {
  deck: string;
  deckTitle: string;
  initial: StudyQueueAnswer;
  serverNow: number;
}) {
  const [session, setSession] = useState<SessionState>(() => startSession(initial));
  // The clock the next card is chosen by: moved on by each action and by timers, so a render is pure.
  const [clock, setClock] = useState(serverNow);
  const [revealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState("");
  const [details, setDetails] = useState<CardDetails | null>(null);
  const [override, setOverride] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | null>(null);
  const [lastReview, setLastReview] = useState<{ id: string; card: StudyCard } | null>(null);
  const [busy, setBusy] = useState(false);
  const [fetchFailed, setFetchFailed] = useState(false);
  const shownAt = useRef(Date.now());
  // What was on screen for each pending review, to explain a leech when the answer reports one.
  const reviewedCards = useRef(new Map<string, StudyCard>());
  const deckRef = useRef(deck);
  deckRef.current = deck;
  const [outbox] = useState(
    () =>
      new ReviewOutbox({
        send: sendReview,
        save: (pending) => localStorage.setItem(outboxKey(deckRef.current), JSON.stringify(pending)),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        onRetry: (waiting) => setNotice({ text: waitingNotice(waiting) }),
        onSettled: (review, outcome) => {
          const card = reviewedCards.current.get(review.id);
          reviewedCards.current.delete(review.id);
          if (outcome.kind === "refused") {
            setSession((s) => settled(s, review.cardId));
            setNotice({ text: outcome.message });
            return;
          }
          const answer = outcome.answer;
          if (answer.cardId && answer.state !== undefined && answer.due) {
            const a = { cardId: answer.cardId, state: answer.state, due: answer.due };
            setSession((s) => answered(s, a));
          } else {
            setSession((s) => settled(s, review.cardId));
          }
          // Only a card that just became a leech can be reviewed with leech set: leeches are suspended.
          setNotice(
            answer.leech && card
              ? {
                  text: `“${card.front}” has slipped 8 times, so it is set aside as a leech. Reread it in ${card.source.title} (${card.source.section}), then bring it back from the deck page.`,
                }
              : null,
          );
        },
      }),
  );
  const inFlight = useRef<Promise<void> | null>(null);
  const askedAgain = useRef(false);
  // Bumped by every rating and undo: a queue answer requested before the latest one is stale
  // (it may still list the card just rated) and is dropped; the newer request's answer follows.
  const generation = useRef(0);
  const ratingButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const confirmedDone = useRef(-1);

  const step = nextStep(session, clock);
  const current = step.kind === "show" ? step.card : null;
  const currentRef = useRef<StudyCard | null>(current);
  currentRef.current = current;
  const sessionRef = useRef(session);
  sessionRef.current = session;

  // One queue request at a time; one asked for while another is out runs after it, since the answer
  // in flight may predate a rating (and be dropped) and the later caller (the done screen's last look)
  // must still get a fresh answer.
  const refresh = useCallback((): Promise<void> => {
    if (inFlight.current) {
      askedAgain.current = true;
      return inFlight.current;
    }
    const fetchOnce = async (): Promise<boolean> => {
      const asked = generation.current;
      let res: Response;
      try {
        res = await fetch(`/api/v1/study/queue?deck=${encodeURIComponent(deck)}&limit=20`, { cache: "no-store" });
      } catch {
        setFetchFailed(true);
        setNotice({ text: "Connection trouble: the next cards could not be loaded." });
        return false;
      }
      if (asked !== generation.current) return true;
      if (!res.ok) {
        setFetchFailed(true);
        setNotice({ text: await errorMessage(res) });
        return false;
      }
      const data = (await res.json()) as StudyQueueAnswer;
      if (asked !== generation.current) return true;
      setFetchFailed(false);
      const now = Date.now();
      setSession((s) =>
        merged(s, data, {
          pendingCardIds: outbox.pending.map((p) => p.cardId),
          headCardId: currentRef.current?.cardId,
          nowMs: now,
        }),
      );
      setClock(now);
      return true;
    };
    const run = async () => {
      let ok = true;
      do {
        askedAgain.current = false;
        ok = await fetchOnce();
      } while (ok && askedAgain.current);
    };
    inFlight.current = run().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [deck, outbox]);

  const flush = useCallback(() => outbox.flush(), [outbox]);

  // Reviews left in the outbox by a closed tab are sent first.
  useEffect(() => {
    try {
      if (outbox.restore(JSON.parse(localStorage.getItem(outboxKey(deck)) ?? "[]"))) void flush().then(refresh);
    } catch {
      localStorage.removeItem(outboxKey(deck));
    }
  }, [deck, outbox, flush, refresh]);

  // The card on screen stays there until rated or set aside.
  useEffect(() => {
    if (current && session.shownCardId !== current.cardId) setSession((s) => shown(s, current.cardId));
  }, [current, session.shownCardId]);

  useEffect(() => {
    shownAt.current = Date.now();
    setTyped("");
    setDetails(null);
    setOverride(false);
  }, [current?.cardId]);

  // A card is due that the page has no fresh copy of, or the server holds more: ask for the queue.
  useEffect(() => {
    if (step.kind === "fetch" && !fetchFailed) void flush().then(refresh);
  }, [step.kind, fetchFailed, flush, refresh]);

  // Done: ask once more (for the week ahead, and in case the server has something new), then wait
  // for the next learning card to come within the window.
  const nextDue = step.kind === "done" ? step.nextDue : null;
  useEffect(() => {
    if (step.kind !== "done") return;
    if (confirmedDone.current !== session.reviewedHere) {
      confirmedDone.current = session.reviewedHere;
      void flush().then(refresh);
    }
    if (nextDue === null) return;
    const wait = Math.max(1000, nextDue - LEARN_AHEAD_MS - Date.now() + 500);
    const timer = setTimeout(() => setClock(Date.now()), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [step.kind, nextDue, session.reviewedHere, flush, refresh]);

  const reveal = useCallback(() => {
    if (!current || revealed) return;
    setRevealed(true);
    const query = current.template === "typein" ? `?typed=${encodeURIComponent(typed.slice(0, 500))}` : "";
    const cardId = current.cardId;
    void fetch(`/api/v1/cards/${encodeURIComponent(cardId)}${query}`, { cache: "no-store" })
      .then(async (res) => (res.ok ? ((await res.json()) as CardDetails) : null))
      .catch(() => null)
      .then((d) => {
        if (d && currentRef.current?.cardId === cardId) setDetails(d);
      });
  }, [current, revealed, typed]);

  const check = current?.template === "typein" && typed.trim() !== "" ? (details?.check ?? null) : null;
  // The checker proposes a rating for a type-in card; "I was right" turns a miss into Good.
  const proposed = check ? (check.correct || override ? 3 : 1) : 3;

  // After reveal, focus goes to the proposed rating, so Space or Enter accepts it and a screen
  // reader lands on the choices.
  useEffect(() => {
    if (!revealed) return;
    ratingButtons.current[proposed - 1]?.focus();
  }, [revealed, proposed, current?.cardId]);

  const rate = useCallback(
    async (rating: number) => {
      if (!current || !revealed || busy) return;
      generation.current++;
      const review = newReview({
        id: crypto.randomUUID(),
        card: current,
        rating,
        shownAtMs: shownAt.current,
        nowMs: Date.now(),
        typed,
        check,
      });
      reviewedCards.current.set(review.id, current);
      outbox.push(review);
      setLastReview({ id: review.id, card: current });
      const cardId = current.cardId;
      setSession((s) => rated(s, cardId));
      setRevealed(false);
      setClock(Date.now());
      await flush();
      // The local queue carries on by itself; the server is asked again when it runs low, and when a
      // card rated here comes due (nextStep says "fetch").
      const latest = sessionRef.current;
      if (localBacklog(latest) < REFILL_BELOW && latest.serverHasMore) await refresh();
    },
    [current, revealed, busy, typed, check, outbox, flush, refresh],
  );

  const undo = useCallback(async () => {
    if (!lastReview || busy) return;
    const review = lastReview;
    setBusy(true);
    setNotice({ text: "Undoing…" });
    try {
      // Not taken by the server yet (offline, or waiting to be retried): taken back here, at once.
      if (await outbox.withdrawAfterSend(review.id)) {
        reviewedCards.current.delete(review.id);
        generation.current++;
        setNotice({ text: "Review undone." });
        setLastReview(null);
        setSession((s) => undone(s, review.card));
        setRevealed(false);
        return;
      }
      await flush();
      const res = await fetch("/api/v1/reviews/undo", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: review.id }),
      });
      if (!res.ok) {
        setNotice({ text: await errorMessage(res) });
        return;
      }
      generation.current++;
      setNotice({ text: "Review undone." });
      const card = review.card;
      setLastReview(null);
      // The undone card comes back first, as it was before the review; the fresh queue that follows
      // brings the server's counts (which count it again) and keeps it on screen.
      setSession((s) => undone(s, card));
      setRevealed(false);
      await refresh();
    } finally {
      setBusy(false);
    }
  }, [lastReview, busy, outbox, flush, refresh]);

  const cardAction = useCallback(
    async (action: "suspend" | "bury" | "flag" | "unflag") => {
      if (!current || busy) return;
      const card = current;
      setBusy(true);
      try {
        const res = await fetch(`/api/v1/cards/${encodeURIComponent(card.cardId)}/actions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ action }),
        });
        if (!res.ok) {
          setNotice({ text: await errorMessage(res) });
          return;
        }
        if (action === "flag" || action === "unflag") {
          setDetails((d) => (d ? { ...d, flagged: action === "flag" } : d));
          setNotice({
            text: action === "flag" ? "Flagged: find it on the deck page to look at later." : "Flag removed.",
          });
          return;
        }
        generation.current++;
        setSession((s) => removed(s, card.cardId));
        setRevealed(false);
        setClock(Date.now());
        const back = async () => {
          await fetch(`/api/v1/cards/${encodeURIComponent(card.cardId)}/actions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ action: action === "suspend" ? "unsuspend" : "unbury" }),
          });
          setNotice(null);
          // The card's state version moved on: take its fresh copy from the server.
          await refresh();
        };
        setNotice({
          text: action === "suspend" ? "Card suspended: it stays out of your reviews." : "Buried until tomorrow.",
          undo: () => void back(),
        });
      } finally {
        setBusy(false);
      }
    },
    [current, busy, refresh],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = studyKeyAction({
        key: e.key,
        targetTag: target?.tagName,
        editable: target?.isContentEditable ?? false,
        focusVisible: target?.matches(":focus-visible") ?? false,
        modifier: e.metaKey || e.ctrlKey || e.altKey,
        revealed,
        hasCard: current !== null,
      });
      if (!action) return;
      e.preventDefault();
      if (action.kind === "reveal") reveal();
      else if (action.kind === "rate") void rate(action.rating);
      else void undo();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, current, rate, undo, reveal]);

  const counts = displayCounts(session, clock);

  return (
    <div className="study">
      <div className="study-top row">
        <Link href={`/decks/${deck}`} className="muted small deck-link">
          ← {deckTitle}
        </Link>
        <span className="spacer" />
        <span className="counts" aria-label="Left in this session" data-testid="counts">
          <span className="count-new">{counts.new} new</span>
          <span className="count-learning">{counts.learning} learning</span>
          <span className="count-review">{counts.review} review</span>
        </span>
      </div>

      {notice && (
        <p className="notice" role="status">
          {notice.text}
          {notice.undo && (
            <>
              {" "}
              <button type="button" className="link" onClick={notice.undo}>
                Undo
              </button>
            </>
          )}
        </p>
      )}

      {current ? (
        <section
          className="panel study-card"
          data-testid="study-card"
          data-card-id={current.cardId}
          aria-labelledby="card-front"
        >
          <p className="muted small">
            {current.queue === "new" ? "New card" : current.queue === "learning" ? "Learning" : "Review"}
            {current.template === "cloze" ? " · fill the gap" : current.template === "reverse" ? " · what is it?" : ""}
          </p>
          <p className="front" id="card-front" data-testid="front">
            {current.front}
          </p>
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
                    reveal();
                  }
                }}
                autoComplete="off"
                maxLength={500}
              />
            </div>
          )}
          {revealed ? (
            <>
              <hr />
              {current.template === "typein" && typed.trim() !== "" && (
                <TypedVerdict typed={typed} check={check} override={override} onOverride={() => setOverride(true)} />
              )}
              <p className="back" data-testid="back" aria-live="polite">
                {current.back}
              </p>
              <p className="explanation">{current.explanation}</p>
              <p className="source small muted">
                Source: <cite>{current.source.title}</cite> — {current.source.section}
              </p>
              {details && <CardBackExtras details={details} />}
              <div className="ratings" role="group" aria-label="How well did you know it?">
                {RATINGS.map((r, i) => (
                  <button
                    key={r.rating}
                    ref={(el) => {
                      ratingButtons.current[i] = el;
                    }}
                    type="button"
                    className={`rate rate-${r.key}${check && proposed === r.rating ? " proposed" : ""}`}
                    aria-label={`${r.label}, ${spokenInterval(current.intervals[r.key])}`}
                    onClick={() => void rate(r.rating)}
                  >
                    <span aria-hidden="true">{r.label}</span>
                    <small aria-hidden="true">{current.intervals[r.key]}</small>
                    <kbd aria-hidden="true">{r.rating}</kbd>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="reveal" onClick={reveal}>
              Show answer <kbd>space</kbd>
            </button>
          )}
          <div className="card-actions small" role="group" aria-label="This card">
            <button type="button" className="link" onClick={() => void cardAction("bury")} disabled={busy}>
              Bury until tomorrow
            </button>
            <button type="button" className="link" onClick={() => void cardAction("suspend")} disabled={busy}>
              Suspend
            </button>
            <button
              type="button"
              className="link"
              aria-pressed={details?.flagged ?? false}
              onClick={() => void cardAction(details?.flagged ? "unflag" : "flag")}
              disabled={busy}
            >
              {details?.flagged ? "Flagged" : "Flag"}
            </button>
            {details?.canEdit && (
              <Link
                href={`/decks/${encodeURIComponent(details.deckSlug)}/edit/facts/${encodeURIComponent(details.factKey)}`}
              >
                Edit
              </Link>
            )}
          </div>
        </section>
      ) : (
        <section className="panel done" data-testid={step.kind === "done" ? "done" : "loading"}>
          {step.kind === "done" ? (
            <DoneScreen
              reviewedHere={session.reviewedHere}
              nextDue={step.nextDue}
              clock={clock}
              upcoming={session.upcoming}
            />
          ) : fetchFailed ? (
            <>
              <h2>The next cards could not be loaded</h2>
              <button type="button" onClick={() => setFetchFailed(false)}>
                Try again
              </button>
            </>
          ) : step.kind === "saving" ? (
            <h2>Saving your last review…</h2>
          ) : (
            <h2>Loading the next cards…</h2>
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

function TypedVerdict({
  typed,
  check,
  override,
  onOverride,
}: {
  typed: string;
  check: CardDetails["check"] | null;
  override: boolean;
  onOverride: () => void;
}) {
  if (!check) return <p className="small muted">You typed: {typed}</p>;
  const right = check.correct || override;
  return (
    <p className={`verdict small ${right ? "good" : "bad"}`} data-testid="verdict">
      You typed: <b>{typed}</b> —{" "}
      {override ? "you said you were right: rated Good" : check.correct ? "right" : "not a match"}
      {check.correct && check.reason !== "exact" && check.reason !== "normalised" && <> ({reasonText(check.reason)})</>}
      {!right && (
        <>
          {" "}
          <button type="button" className="link" onClick={onOverride}>
            I was right
          </button>
        </>
      )}
    </p>
  );
}

function reasonText(reason: string): string {
  switch (reason) {
    case "date":
      return "the same date written another way";
    case "number":
      return "the same figure written another way";
    case "typo":
      return "a small slip accepted";
    default:
      return reason;
  }
}

function DoneScreen({
  reviewedHere,
  nextDue,
  clock,
  upcoming,
}: {
  reviewedHere: number;
  nextDue: number | null;
  clock: number;
  upcoming: { day: string; due: number }[];
}) {
  const did =
    reviewedHere > 0 ? `You reviewed ${reviewedHere} card${reviewedHere === 1 ? "" : "s"} in this session. ` : "";
  if (nextDue !== null) {
    return (
      <>
        <h2>Done for now</h2>
        <p data-testid="next-due">
          {did}The next learning card comes back at {clockTime(nextDue)} (in {minutesFrom(clock, nextDue)} minutes);
          keep this page open and it appears {Math.round(LEARN_AHEAD_MS / 60_000)} minutes before then.
        </p>
        <Link className="button secondary" href="/dashboard">
          Back to the dashboard
        </Link>
      </>
    );
  }
  const tomorrow = upcoming[1]?.due ?? 0;
  return (
    <>
      <h2>Done for today</h2>
      <p>{did}Nothing else is due in this deck today.</p>
      {upcoming.length > 0 && (
        <p className="muted" data-testid="tomorrow">
          Tomorrow: {tomorrow} review{tomorrow === 1 ? "" : "s"} due. Next 7 days: {weekLine(upcoming)}
        </p>
      )}
      <Link className="button secondary" href="/dashboard">
        Back to the dashboard
      </Link>
    </>
  );
}
