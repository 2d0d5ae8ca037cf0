// The year's reviews as a calendar of squares (weeks across, weekdays down), drawn as plain SVG,
// with reviews per month in a table beside it.
import css from "./stats.module.css";

const SHADES = ["var(--line)", "#c6e4d3", "#8ccaa6", "#4fa978", "#1f7a4c"];

export function Heatmap({ days }: { days: { day: string; reviews: number }[] }) {
  const first = days[0]?.day ?? "2000-01-01";
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  const offset = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday first
  const max = Math.max(1, ...days.map((x) => x.reviews));
  const shade = (n: number) => (n === 0 ? SHADES[0] : SHADES[Math.min(4, 1 + Math.floor((n / max) * 3.999))]);
  const cells = days.map((x, i) => ({ ...x, col: Math.floor((i + offset) / 7), row: (i + offset) % 7 }));
  const cols = (cells[cells.length - 1]?.col ?? 0) + 1;
  const months = new Map<string, { reviews: number; active: number }>();
  for (const x of days) {
    const k = x.day.slice(0, 7);
    const e = months.get(k) ?? { reviews: 0, active: 0 };
    e.reviews += x.reviews;
    e.active += x.reviews > 0 ? 1 : 0;
    months.set(k, e);
  }
  return (
    <figure className={`${css.figure} panel`} aria-labelledby="heatmap-title" data-chart="heatmap">
      <figcaption id="heatmap-title">Reviews over the last year</figcaption>
      <div className={css.pair}>
        <svg
          className={css.heatmap}
          viewBox={`0 0 ${cols * 12} ${7 * 12}`}
          role="img"
          aria-label="Calendar of reviews per day; the table beside it has the numbers by month"
        >
          {cells.map((c) => (
            <rect key={c.day} x={c.col * 12} y={c.row * 12} width={10} height={10} rx={2} fill={shade(c.reviews)}>
              <title>{`${c.day}: ${c.reviews} reviews`}</title>
            </rect>
          ))}
        </svg>
        <div className={css.table} tabIndex={0} role="region" aria-label="Reviews per month: table">
          <table>
            <thead>
              <tr>
                <th scope="col">month</th>
                <th scope="col">reviews</th>
                <th scope="col">days studied</th>
              </tr>
            </thead>
            <tbody>
              {[...months].map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{v.reviews}</td>
                  <td>{v.active}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
