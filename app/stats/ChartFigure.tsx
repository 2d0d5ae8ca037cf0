// A chart and the same numbers as a table, side by side (stacked on a phone).
import { UPlotChart, type ChartSeries } from "./UPlotChart";
import css from "./stats.module.css";

export type Column = { label: string; values: (string | number)[] };

export function ChartFigure(props: {
  id: string;
  title: string;
  labels: string[];
  series: ChartSeries[];
  columns: Column[];
  firstColumn: string;
  height?: number;
  yMax?: number;
  percent?: boolean;
  note?: string;
}) {
  const { id, title, labels, series, columns, firstColumn } = props;
  return (
    <figure className={`${css.figure} panel`} aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {props.note && <p className="hint">{props.note}</p>}
      <div className={css.pair}>
        <UPlotChart labels={labels} series={series} height={props.height} yMax={props.yMax} percent={props.percent} />
        <div className={css.table} tabIndex={0} role="region" aria-label={`${title}: table`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{firstColumn}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.label}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((l, i) => (
                <tr key={`${l}-${i}`}>
                  <th scope="row">{l}</th>
                  {columns.map((c) => (
                    <td key={c.label}>{c.values[i] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
