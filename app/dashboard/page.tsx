import { after } from "next/server";
import { maybeAutoOptimise } from "@/lib/optimiser/start";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listStudentAssignments } from "@/lib/db/classes";
import { getDashboard } from "@/lib/db/dashboard";
import { labelledDays } from "@/lib/srs/week-labels";

export const metadata = { title: "Dashboard" };

function WeekBars({ week }: { week: { day: string; due: number }[] }) {
  const max = Math.max(1, ...week.map((d) => d.due));
  return (
    <figure className="week" aria-label="Reviews due over the next 7 days">
      <div className="bars">
        {labelledDays(week).map((d) => (
          <div key={d.day} className="bar-col" title={`${d.day}: ${d.due} due`}>
            <span className="bar-value">{d.due}</span>
            <span className="bar" style={{ height: `${Math.round((d.due / max) * 100)}%` }} />
            <span className="bar-label">{d.label}</span>
          </div>
        ))}
      </div>
      <figcaption className="small muted">Next 7 days</figcaption>
    </figure>
  );
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const now = new Date();
  // With automatic re-fitting on, the daily visit starts a fit once enough new reviews came in.
  after(() =>
    maybeAutoOptimise(user.id, now).then(
      () => undefined,
      () => undefined,
    ),
  );
  const [{ decks, streak, reviewedToday }, assignments] = await Promise.all([
    getDashboard(user.id, now),
    listStudentAssignments(user.id, now),
  ]);
  return (
    <div className="stack">
      <div className="row">
        <h1>Your decks</h1>
        <span className="spacer" />
        <span className="badge" data-testid="streak">
          {streak > 0 ? `${streak}-day streak` : "No streak yet"} · {reviewedToday} reviewed today
        </span>
      </div>
      {assignments.length > 0 && (
        <section className="panel" aria-labelledby="assignments-heading" data-testid="assignments">
          <h2 id="assignments-heading">Your assignments</h2>
          <ul className="plain">
            {assignments.map((a) => (
              <li key={a.id} className="row" data-testid="assignment">
                <div>
                  <Link href={`/decks/${a.deck.slug}`}>{a.deck.title}</Link>{" "}
                  <span className="muted small">
                    · {a.className} · due {a.dueAt.toISOString().slice(0, 10)}
                  </span>
                  <div className="small">
                    Predicted recall on the due date <b>{Math.round(a.readiness.predictedRecall * 100)}%</b> of a{" "}
                    {Math.round(a.target * 100)}% target
                    {a.readiness.cardsNew > 0 && (
                      <>
                        {" "}
                        · {a.readiness.cardsNew} cards still new: about <b>{a.readiness.newPerDayNeeded}</b> a day to
                        see them all
                      </>
                    )}
                  </div>
                </div>
                <span className="spacer" />
                <span className={`badge ${a.onTarget ? "" : "warn"}`}>{a.onTarget ? "on target" : "keep going"}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {decks.length === 0 ? (
        <p className="muted">No decks yet.</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }} aria-label="Decks">
          {decks.map((d) => (
            <li key={d.id} className="panel" data-testid="deck-card">
              <h2>
                <Link href={`/decks/${d.slug}`}>{d.title}</Link>
              </h2>
              <div className="stat-row">
                <div className="stat">
                  <b data-testid="new-today">{d.counts.new}</b>
                  <span>new</span>
                </div>
                <div className="stat">
                  <b data-testid="learning-now">{d.counts.learning}</b>
                  <span>learning</span>
                </div>
                <div className="stat">
                  <b data-testid="review-today">{d.counts.review}</b>
                  <span>to review</span>
                </div>
                <div className="stat">
                  <b data-testid="reviewed-today">{d.reviewedToday}</b>
                  <span>reviewed today</span>
                </div>
                <div className="stat">
                  <b>{d.facts}</b>
                  <span>facts</span>
                </div>
              </div>
              <WeekBars week={d.week} />
              <div className="row">
                <Link className="button" href={`/study/${d.slug}`}>
                  {d.due + d.new > 0 ? "Study now" : "Study"}
                </Link>
                <Link className="button secondary" href={`/decks/${d.slug}`}>
                  Facts
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
