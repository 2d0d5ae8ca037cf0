import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getQuiz, versionViews, type QuizItemResult } from "@/lib/db/quizzes";
import type { ResultItemView } from "@/lib/quiz/feedback";
import { AppError } from "@/lib/errors";
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

export default async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/quizzes/${id}`);
  let quiz;
  try {
    quiz = await getQuiz(user.id, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const r = quiz.result;
  return (
    <div className="stack quiz">
      <p className="small"><Link href={`/decks/${quiz.deck.slug}`}>← {quiz.deck.title}</Link></p>
      <h1>{r ? "Quiz results" : "Practice quiz"}</h1>
      {!r && (
        <>
          <p className="muted small">
            {quiz.items.length} questions · {quiz.countsAsReview ? "your answers count as reviews" : "practice only: your schedule is not touched"}
          </p>
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
                <form action={reviewMissed.bind(null, quiz.id)}>
                  <button type="submit">Review the {r.total - r.score} missed now</button>
                </form>
              )}
              <form action={retake.bind(null, quiz.id, true)}>
                <button type="submit" className="secondary">Retake the same quiz</button>
              </form>
              <form action={retake.bind(null, quiz.id, false)}>
                <button type="submit" className="secondary">New questions</button>
              </form>
            </div>
          </section>
          <QuizResults quizId={quiz.id} items={r.items.map(toView)} />
        </>
      )}
    </div>
  );
}
