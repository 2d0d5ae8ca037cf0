export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function summarise(label: string, latenciesMs: number[], seconds: number, errors: number) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const perSecond = latenciesMs.length / seconds;
  const row = {
    label,
    ops: latenciesMs.length,
    perSecond: Math.round(perSecond),
    p50ms: Number(percentile(sorted, 50).toFixed(2)),
    p95ms: Number(percentile(sorted, 95).toFixed(2)),
    p99ms: Number(percentile(sorted, 99).toFixed(2)),
    errors,
  };
  console.log(
    `${label.padEnd(34)} ${String(row.perSecond).padStart(6)}/s   p50 ${row.p50ms.toFixed(2).padStart(6)} ms   p95 ${row.p95ms.toFixed(2).padStart(6)} ms   p99 ${row.p99ms.toFixed(2).padStart(6)} ms   (${row.ops} ops, ${errors} errors)`,
  );
  return row;
}
