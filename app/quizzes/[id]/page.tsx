import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { getQuiz, versionViews, type QuizItemResult, type QuizView } from "@/lib/db/quizzes";
import type { ResultItemView } from "@/lib/quiz/feedback";
import { ActionButton } from "@/app/components/ActionButton";
import { retake, reviewMissed } from "./actions";
import { QuizResults } from "./QuizResults";
import { QuizTaker } from "./QuizTaker";

export const metadata = { title: "Quiz" };

/** The wire form of one result: the source versions and whether "I was right" is offered. */
function toView(r: QuizItemResult): ResultItemView {
  const versions = versionViews(r.versions);
  return {
    itemId: r.itemId,
    kind: r.kind,
    prompt: r.prompt,
    given: r.given,
    correct: r.correct,
    expected: r.expected,
    explanation: r.explanation,
    source: r.source,
    ...(r.why ? { why: r.why } : {}),
    ...(versions ? { versions } : {}),
    overridden: r.overridden ?? false,
    canOverride: r.kind === "type-in" && !r.correct && typeof r.given === "string" && r.given.trim() !== "",
  };
}

function CountingNote({
  total,
  countsAsReview,
  counting,
}: {
  total: number;
  countsAsReview: boolean;
  counting: QuizView["counting"];
}) {
  if (!countsAsReview) {
    return (
      <p className="muted small" data-testid="counting-note">
        {total} questions · practice only: your review schedule is not touched.
      </p>
    );
  }
  const never = [
    counting.guessable > 0 ? `${counting.guessable} true/false (a guess is right half the time)` : "",
    counting.severalFacts > 0 ? `${counting.severalFacts} timeline or matching (several facts in one answer)` : "",
  ].filter(Boolean);
  return (
    <p className="small" data-testid="counting-note">
      {total} questions · <b>{counting.counting}</b> can count as reviews of their cards: right is Good, wrong is Again,
      each card at most once today, new cards only within today&apos;s new-card limit. A blank answer never counts
      {never.length > 0 ? `, nor do ${never.join(" and ")}` : ""}.
    </p>
  );
}

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quizzes/${id}`);
  const quiz = await orNotFound(getQuiz(user.id, id));
  const r = quiz.result;
  return (
    <div className="stack quiz">
      <p className="small">
        <Link href={`/decks/${quiz.deck.slug}`}>← {quiz.deck.title}</Link>
      </p>
      <h1>{r ? "Quiz results" : "Practice quiz"}</h1>
      {!r && (
        <>
          <CountingNote total={quiz.items.length} countsAsReview={quiz.countsAsReview} counting={quiz.counting} />
          <QuizTaker quizId={quiz.id} items={quiz.items} />
        </>
      )}
      {r && (
        <>
          <section className="panel score" data-testid="score">
            <p className="big-score">
              {r.score} / {r.total}
            </p>
            <p className="muted">{Math.round((r.score / Math.max(1, r.total)) * 100)}% right</p>
            <div className="row">
              {r.score < r.total && (
                <ActionButton
                  action={reviewMissed.bind(null, quiz.id)}
                  label={`Review the ${r.total - r.score} missed now`}
                />
              )}
              <ActionButton
                action={retake.bind(null, quiz.id, true)}
                className="secondary"
                label="Retake the same quiz"
              />
              <ActionButton action={retake.bind(null, quiz.id, false)} className="secondary" label="New questions" />
            </div>
          </section>
          <QuizResults quizId={quiz.id} items={r.items.map(toView)} />
        </>
      )}
    </div>
  );
}
