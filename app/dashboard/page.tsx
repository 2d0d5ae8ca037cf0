import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/db/dashboard";

export const metadata = { title: "Dashboard" };

function WeekBars({ week }: { week: { day: string; due: number }[] }) {
  const max = Math.max(1, ...week.map((d) => d.due));
  return (
    <figure className="week" aria-label="Reviews due over the next 7 days">
      <div className="bars">
        {week.map((d, i) => (
          <div key={d.day} className="bar-col" title={`${d.day}: ${d.due} due`}>
            <span className="bar-value">{d.due}</span>
            <span className="bar" style={{ height: `${Math.round((d.due / max) * 100)}%` }} />
            <span className="bar-label">{i === 0 ? "today" : new Date(`${d.day}T12:00:00Z`).toLocaleDateString("en", { weekday: "short", timeZone: "UTC" })}</span>
          </div>
        ))}
      </div>
      <figcaption className="small muted">Next 7 days</figcaption>
    </figure>
  );
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const { decks, streak, reviewedToday } = await getDashboard(user.id, new Date());
  return (
    <div className="stack">
      <div className="row">
        <h1>Your decks</h1>
        <span className="spacer" />
        <span className="badge" data-testid="streak">
          {streak > 0 ? `${streak}-day streak` : "No streak yet"} · {reviewedToday} reviewed today
        </span>
      </div>
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
                <div className="stat"><b data-testid="due-now">{d.due}</b><span>due now</span></div>
                <div className="stat"><b data-testid="new-today">{d.newToday}</b><span>new today</span></div>
                <div className="stat"><b data-testid="reviewed-today">{d.reviewedToday}</b><span>reviewed today</span></div>
                <div className="stat"><b>{d.facts}</b><span>facts</span></div>
              </div>
              <WeekBars week={d.week} />
              <div className="row">
                <Link className="button" href={`/study/${d.slug}`}>
                  {d.due + d.newToday > 0 ? "Study now" : "Study"}
                </Link>
                <Link className="button secondary" href={`/decks/${d.slug}`}>Facts</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
