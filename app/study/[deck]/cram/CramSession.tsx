"use client";
// Cramming: the weakest cards on exam day, flipped and self-checked. Nothing is sent back: FSRS
// keeps scheduling from the real reviews.
import Link from "next/link";
import { useEffect, useState } from "react";
import type { CramCard } from "@/lib/srs/types";

export function CramSession({
  deck,
  deckTitle,
  examLabel,
  cards,
}: {
  deck: string;
  deckTitle: string;
  examLabel: string;
  cards: CramCard[];
}) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [again, setAgain] = useState<CramCard[]>([]);
  const queue = [...cards, ...again];
  const card = queue[index];

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === " " && !revealed) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && (e.key === "1" || e.key === "2")) {
        e.preventDefault();
        next(e.key === "1");
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function next(missed: boolean) {
    if (missed && card) setAgain((a) => [...a, card]);
    setRevealed(false);
    setIndex((i) => i + 1);
  }

  return (
    <div className="study">
      <div className="study-top row">
        <Link href={`/decks/${deck}`} className="muted small">
          ← {deckTitle}
        </Link>
        <span className="spacer" />
        <span className="small muted">
          Cram for {examLabel} · {Math.max(0, queue.length - index)} left
        </span>
      </div>
      {card ? (
        <section className="panel study-card" data-testid="cram-card">
          <p className="muted small">Predicted recall on exam day: {Math.round(card.recallOnExam * 100)}%</p>
          <p className="front">{card.front}</p>
          {revealed ? (
            <>
              <hr />
              <p className="back">{card.back}</p>
              <p className="explanation">{card.explanation}</p>
              <p className="source small muted">
                Source: <cite>{card.source.title}</cite> — {card.source.section}
              </p>
              <div className="ratings" style={{ gridTemplateColumns: "1fr 1fr" }}>
                <button type="button" className="rate rate-again" onClick={() => next(true)}>
                  <span>Missed it</span>
                  <kbd>1</kbd>
                </button>
                <button type="button" className="rate rate-good" onClick={() => next(false)}>
                  <span>Knew it</span>
                  <kbd>2</kbd>
                </button>
              </div>
            </>
          ) : (
            <button type="button" className="reveal" onClick={() => setRevealed(true)}>
              Show answer <kbd>space</kbd>
            </button>
          )}
        </section>
      ) : (
        <section className="panel done">
          <h2>{cards.length === 0 ? "Nothing to cram yet" : "Cram session done"}</h2>
          <p className="muted">
            {cards.length === 0
              ? "Cramming works on cards you have already studied. Start with a study session."
              : "Cramming doesn't change your review schedule; keep doing your daily reviews."}
          </p>
          <Link className="button secondary" href={`/study/${deck}`}>
            Daily study
          </Link>
        </section>
      )}
    </div>
  );
}
