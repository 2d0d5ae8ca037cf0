"use client";
// One uPlot chart (bars or lines over days or bins). The canvas is hidden from screen readers: the
// table beside each chart carries the same numbers.
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export type ChartSeries = { label: string; values: (number | null)[]; color: string; kind: "bars" | "line" };

export function UPlotChart(props: {
  labels: string[];
  series: ChartSeries[];
  height?: number;
  yMax?: number;
  percent?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { labels, series, height = 200, yMax, percent } = props;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = labels.map((_, i) => i);
    const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined;
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: series.length > 1 },
      cursor: { drag: { x: false, y: false } },
      // Half a slot of room on each side, so the first and last bars are not cut in half.
      scales: {
        x: { time: false, range: () => [-0.5, labels.length - 0.5] },
        y: { range: (_u, min, max) => [Math.min(0, min), yMax ?? Math.max(1, max)] },
      },
      axes: [
        {
          values: (_u, splits) => splits.map((i) => labels[Math.round(i)] ?? ""),
          space: 60,
        },
        { values: (_u, splits) => splits.map((v) => (percent ? `${Math.round(v * 100)}%` : String(v))), size: 48 },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: s.kind === "bars" ? s.color : undefined,
          width: s.kind === "line" ? 2 : 0,
          spanGaps: false,
          points: { show: s.kind === "line" && labels.length < 40 },
          ...(s.kind === "bars" && bars ? { paths: bars } : {}),
        })),
      ],
    };
    const plot = new uPlot(opts, [xs, ...series.map((s) => s.values)] as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, series, height, yMax, percent]);
  return <div ref={box} className="chart-canvas" aria-hidden="true" />;
}
