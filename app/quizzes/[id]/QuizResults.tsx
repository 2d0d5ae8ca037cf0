"use client";
import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ResultItemView } from "@/lib/quiz/feedback";
import { claimRight } from "./actions";
import { Versions } from "./Versions";

const show = (v: string | string[] | null) => (v === null ? "—" : Array.isArray(v) ? v.join(" → ") : v || "—");

function ClaimRight({ quizId, itemId }: { quizId: string; itemId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="row claim-row">
      <button
        type="button"
        className="secondary small-button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await claimRight(quizId, itemId);
            setMessage(r.message);
            if (r.ok) router.refresh();
          })
        }
      >
        {pending ? "Saving…" : "I was right"}
      </button>
      {message && (
        <span className="small muted" role="status">
          {message}
        </span>
      )}
    </div>
  );
}

function ItemResult({ quizId, r, n }: { quizId: string; r: ResultItemView; n: number }) {
  const verdict = r.overridden ? "Marked right by you" : r.correct ? "Right" : "Wrong";
  return (
    <li
      className={`panel result ${r.correct ? "right" : "wrong"}`}
      data-testid="quiz-result"
      data-correct={r.correct}
      data-kind={r.kind}
    >
      <p className="small muted">
        Question {n} · <b className={r.correct ? "good" : "bad"}>{verdict}</b>
      </p>
      <p className="q">{r.prompt}</p>
      {(!r.correct || r.overridden || r.kind === "type-in") && <p className="small">Your answer: {show(r.given)}</p>}
      <p>
        Answer: <b>{show(r.expected)}</b>
      </p>
      {r.why && <p className="why small">{r.why}</p>}
      {r.versions && <Versions versions={r.versions} />}
      {r.canOverride && <ClaimRight quizId={quizId} itemId={r.itemId} />}
      <p className="explanation">{r.explanation}</p>
      <p className="small muted">
        {r.source.map((s, i) => (
          <span key={`${s.key}-${i}`}>
            {i > 0 && "; "}Source: <cite>{s.title}</cite> — {s.section}
          </span>
        ))}
      </p>
    </li>
  );
}

/** The results list, with a switch to show only the missed items. */
export function QuizResults({ quizId, items }: { quizId: string; items: ResultItemView[] }) {
  const [onlyWrong, setOnlyWrong] = useState(false);
  // The results replace the quiz at the same address, where the browser keeps the scroll position
  // of the long form; they start at the score instead. A refresh after "I was right" keeps it.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  const wrong = items.filter((r) => !r.correct).length;
  const shown = items.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => !onlyWrong || !r.correct);
  return (
    <section className="stack" aria-label="Answers">
      <div className="result-filter" role="group" aria-label="Which answers to show">
        <div className="mode-switch">
          <button type="button" aria-pressed={!onlyWrong} onClick={() => setOnlyWrong(false)}>
            All {items.length}
          </button>
          <button type="button" aria-pressed={onlyWrong} onClick={() => setOnlyWrong(true)} disabled={wrong === 0}>
            Only wrong ({wrong})
          </button>
        </div>
      </div>
      {onlyWrong && wrong === 0 && <p className="muted">Nothing missed.</p>}
      <ol className="results" style={{ listStyle: "none", padding: 0 }}>
        {shown.map(({ r, n }) => (
          <ItemResult key={r.itemId} quizId={quizId} r={r} n={n} />
        ))}
      </ol>
    </section>
  );
}
