import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listDecksForUser } from "@/lib/db/decks";
import { getCardHistory, getStats, mostReviewedCards } from "@/lib/db/stats";
import { AppError } from "@/lib/errors";
import type { Bin, RetentionRow } from "@/lib/srs/stats";
import { statsQuerySchema } from "@/lib/validation/stats";
import { ChartFigure } from "./ChartFigure";
import { Heatmap } from "./Heatmap";
import css from "./stats.module.css";

export const metadata = { title: "Statistics" };

const YOUNG = "#2f6fb0";
const MATURE = "#1f7a4c";
const ACCENT = "#b8562a";
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)} %`);
const cellText = (c: { passed: number; total: number; rate: number | null }) =>
  c.total === 0 ? "—" : `${((c.rate ?? 0) * 100).toFixed(1)}% of ${c.total}`;

function retentionFigure(id: string, title: string, rows: RetentionRow[]) {
  return (
    <ChartFigure
      id={id}
      title={title}
      labels={rows.map((r) => r.period)}
      percent
      yMax={1}
      series={[
        { label: "young", values: rows.map((r) => r.young.rate), color: YOUNG, kind: "line" },
        { label: "mature", values: rows.map((r) => r.mature.rate), color: MATURE, kind: "line" },
      ]}
      firstColumn="period"
      columns={[
        { label: "young", values: rows.map((r) => cellText(r.young)) },
        { label: "mature", values: rows.map((r) => cellText(r.mature)) },
      ]}
    />
  );
}

function binFigure(id: string, title: string, bins: Bin[], color: string) {
  return (
    <ChartFigure
      id={id}
      title={title}
      labels={bins.map((b) => b.label)}
      series={[{ label: "cards", values: bins.map((b) => b.count), color, kind: "bars" }]}
      firstColumn="range"
      columns={[{ label: "cards", values: bins.map((b) => b.count) }]}
      height={170}
    />
  );
}

export default async function StatsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/stats");
  const sp = await searchParams;
  const q = statsQuerySchema.safeParse({
    deck: typeof sp.deck === "string" ? sp.deck : undefined,
    card: typeof sp.card === "string" ? sp.card : undefined,
  });
  if (!q.success) notFound();
  const now = new Date();
  let stats;
  let card = null;
  try {
    stats = await getStats(user.id, q.data.deck ?? null, now);
    if (q.data.card) card = await getCardHistory(user.id, q.data.card);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const [decks, topCards] = await Promise.all([
    listDecksForUser(user.id, now),
    mostReviewedCards(user.id, stats.deck?.id ?? null),
  ]);
  const deckParam = stats.deck ? `deck=${encodeURIComponent(stats.deck.slug)}&` : "";
  const f30 = stats.forecast.days30;
  const f90 = stats.forecast.days90;
  const d = stats.distributions;
  const year = stats.retention.month.reduce((a, r) => ({ p: a.p + r.all.passed, t: a.t + r.all.total }), {
    p: 0,
    t: 0,
  });
  return (
    <div className="stack">
      <h1>Statistics{stats.deck ? `: ${stats.deck.title}` : ", all decks"}</h1>
      <nav aria-label="Decks" className={css.decks}>
        <Link
          href="/stats"
          className={stats.deck ? undefined : css.current}
          aria-current={stats.deck ? undefined : "page"}
        >
          All decks
        </Link>
        {decks.map((x) => (
          <Link
            key={x.id}
            href={`/stats?deck=${encodeURIComponent(x.slug)}`}
            className={stats.deck?.id === x.id ? css.current : undefined}
            aria-current={stats.deck?.id === x.id ? "page" : undefined}
          >
            {x.title}
          </Link>
        ))}
      </nav>
      <section className={`panel ${css.totals}`} aria-label="Totals">
        <p className={css.total}>
          <strong>{stats.totals.reviews}</strong> reviews
        </p>
        <p className={css.total}>
          <strong>
            {stats.totals.cardsSeen} / {stats.totals.cardsTotal}
          </strong>{" "}
          cards seen
        </p>
        <p className={css.total}>
          <strong>{Math.round(stats.totals.seconds / 60)}</strong> minutes of study
        </p>
        <p className={css.total}>
          <strong>{pct(year.t ? year.p / year.t : null)}</strong> true retention, 12 months
        </p>
      </section>
      {stats.totals.reviews === 0 && <p className="notice">No reviews yet: study a deck and the charts fill in.</p>}

      <h2>True retention</h2>
      <p className="hint">
        Of the reviews of cards due again on a later day, the share you remembered (not rated Again). Young: interval
        under 21 days; mature: 21 days or more.
      </p>
      <div className={css.grid}>
        {retentionFigure("retention-day", "By day, last 30 days", stats.retention.day)}
        {retentionFigure("retention-week", "By week, last 12 weeks", stats.retention.week)}
        {retentionFigure("retention-month", "By month, last 12 months", stats.retention.month)}
      </div>

      <h2>Activity</h2>
      <Heatmap days={stats.heatmap} />
      <ChartFigure
        id="activity"
        title="Reviews and time per day, last 30 days"
        labels={stats.activity.map((a) => a.day.slice(5))}
        series={[
          { label: "reviews", values: stats.activity.map((a) => a.reviews), color: YOUNG, kind: "bars" },
          {
            label: "minutes",
            values: stats.activity.map((a) => Math.round(a.seconds / 6) / 10),
            color: ACCENT,
            kind: "line",
          },
        ]}
        firstColumn="day"
        columns={[
          { label: "reviews", values: stats.activity.map((a) => a.reviews) },
          { label: "again", values: stats.activity.map((a) => a.again) },
          { label: "minutes", values: stats.activity.map((a) => (a.seconds / 60).toFixed(1)) },
        ]}
      />

      <h2>Forecast</h2>
      <div className={css.grid}>
        {[
          { id: "forecast-30", title: "Next 30 days", rows: f30 },
          { id: "forecast-90", title: "Next 90 days", rows: f90 },
        ].map((f) => (
          <ChartFigure
            key={f.id}
            id={f.id}
            title={f.title}
            note="Bars: cards already due on that day. Line: reviews expected, counting the cards today's reviews will bring back (FSRS's predicted recall, no new cards)."
            labels={f.rows.map((r) => r.day.slice(5))}
            series={[
              { label: "due now", values: f.rows.map((r) => r.due), color: MATURE, kind: "bars" },
              { label: "expected", values: f.rows.map((r) => r.expected), color: ACCENT, kind: "line" },
            ]}
            firstColumn="day"
            columns={[
              { label: "due now", values: f.rows.map((r) => r.due) },
              { label: "expected", values: f.rows.map((r) => r.expected.toFixed(1)) },
            ]}
          />
        ))}
      </div>

      <h2>Your cards now</h2>
      <div className={css.smallgrid}>
        {binFigure("dist-interval", "Interval", d.interval, YOUNG)}
        {binFigure("dist-stability", "Stability (days to 90 % recall)", d.stability, MATURE)}
        {binFigure("dist-difficulty", "Difficulty (1–10)", d.difficulty, ACCENT)}
        {binFigure("dist-retrievability", "Recall probability now", d.retrievability, "#6b4fa0")}
      </div>

      <h2 id="card-history">Card history</h2>
      {topCards.length === 0 ? (
        <p className="hint">No card has been reviewed yet.</p>
      ) : (
        <nav aria-label="Most reviewed cards" className={css.decks}>
          {topCards.map((c) => (
            <Link
              key={c.cardId}
              href={`/stats?${deckParam}card=${encodeURIComponent(c.cardId)}#card-history`}
              aria-current={card?.cardId === c.cardId ? "page" : undefined}
              className={card?.cardId === c.cardId ? css.current : undefined}
            >
              {c.front.length > 48 ? `${c.front.slice(0, 47)}…` : c.front} ({c.reviews})
            </Link>
          ))}
        </nav>
      )}
      {card && (
        <ChartFigure
          id="card"
          title={`Every review of “${card.front}” (${card.deck})`}
          labels={card.reviews.map((r) => r.reviewedAt.slice(0, 16).replace("T", " "))}
          percent
          yMax={1}
          series={[
            {
              label: "predicted recall",
              values: card.reviews.map((r) => r.predictedRecall),
              color: ACCENT,
              kind: "line",
            },
          ]}
          firstColumn="reviewed (UTC)"
          columns={[
            {
              label: "rating",
              values: card.reviews.map((r) => ["", "again", "hard", "good", "easy"][r.rating] ?? String(r.rating)),
            },
            { label: "interval", values: card.reviews.map((r) => `${r.interval} d`) },
            { label: "stability", values: card.reviews.map((r) => r.stability.toFixed(1)) },
            { label: "recall predicted", values: card.reviews.map((r) => pct(r.predictedRecall)) },
            { label: "from", values: card.reviews.map((r) => r.origin) },
          ]}
        />
      )}
    </div>
  );
}
