"use client";
// The optimiser section of the settings page: readiness, a run with its progress, the two sets of
// numbers the decision rests on, retention advice, and earlier fits to go back to.
import { useCallback, useEffect, useState } from "react";
import type { FsrsOverview, RunView } from "@/lib/optimiser/wire";
import { saveAutoOptimise } from "./actions";
import css from "./fsrs.module.css";

const f4 = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(4));
const pct = (x: number) => `${Math.round(x * 100)} %`;
const SOURCE_LABEL = {
  own: "fitted to your reviews",
  class: "fitted to your class's pooled reviews",
  default: "the FSRS-6 defaults",
};

function RunResult({ run }: { run: RunView }) {
  const r = run.result;
  if (!r) return null;
  return (
    <div className="stack" data-testid="fsrs-result">
      <p role="status">
        <strong>{r.decision.adopt ? "Adopted." : "Kept your current parameters."}</strong> {r.decision.reason}
      </p>
      <table>
        <caption>
          Prediction error on your latest {r.heldOut.reviews} reviews, held back from the fit (lower is better)
        </caption>
        <thead>
          <tr>
            <th scope="col">measure</th>
            <th scope="col">fitted</th>
            <th scope="col">in use before</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">log loss</th>
            <td>{f4(r.heldOut.fitted.logLoss)}</td>
            <td>{f4(r.heldOut.current.logLoss)}</td>
          </tr>
          <tr>
            <th scope="row">RMSE</th>
            <td>{f4(r.heldOut.fitted.rmse)}</td>
            <td>{f4(r.heldOut.current.rmse)}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        On your whole history ({r.reviews} reviews): log loss {f4(r.allHistory.adopted.logLoss)} vs{" "}
        {f4(r.allHistory.current.logLoss)}, RMSE {f4(r.allHistory.adopted.rmse)} vs {f4(r.allHistory.current.rmse)}.
        Took {(r.millis.total / 1000).toFixed(1)} s.
      </p>
      {r.optimalRetention && (
        <p data-testid="fsrs-advice">
          Advice: a desired retention of <strong>{r.optimalRetention.retention.toFixed(2)}</strong> would cost the least
          study time per card remembered after a year (simulated with {r.decision.adopt ? "the fitted" : "your"}{" "}
          parameters). Your desired retention stays what you set above.
        </p>
      )}
    </div>
  );
}

export function FsrsPanel({ initial }: { initial: FsrsOverview }) {
  const [o, setO] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = o.latestRun?.status === "queued" || o.latestRun?.status === "running";

  const refresh = useCallback(async () => {
    const res = await fetch("/api/v1/me/fsrs", { cache: "no-store" });
    if (res.ok) setO((await res.json()) as FsrsOverview);
  }, []);

  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => void refresh(), 1000);
    return () => clearInterval(t);
  }, [running, refresh]);

  async function optimise() {
    setBusy(true);
    setMessage(null);
    const res = await fetch("/api/v1/me/fsrs/optimize", { method: "POST" });
    const body = (await res.json()) as { error?: { message: string } };
    if (!res.ok) setMessage(body.error?.message ?? "The optimiser could not start.");
    await refresh();
    setBusy(false);
  }

  async function use(parametersId: string | null) {
    setBusy(true);
    const res = await fetch("/api/v1/me/fsrs/use", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ parametersId }),
    });
    setMessage(
      res.ok ? "Done: reviews from now on are scheduled with these parameters." : "That did not work; nothing changed.",
    );
    await refresh();
    setBusy(false);
  }

  const { readiness } = o;
  return (
    <section className="panel stack" aria-labelledby="fsrs-heading">
      <h2 id="fsrs-heading">Memory model (FSRS parameters)</h2>
      <p>
        Reviews are scheduled with <strong data-testid="fsrs-source">{SOURCE_LABEL[o.inUse.source]}</strong>. The
        optimiser fits the model to how you really remember, from your own reviews.
      </p>
      <p data-testid="fsrs-readiness">
        <strong>{readiness.reviews}</strong> reviews count so far, <strong>{readiness.needed}</strong> are needed (a
        review counts when the card was last seen on an earlier day).{" "}
        {readiness.enough
          ? `The latest ${pct(o.holdoutShare)} are held back to check the fit; new parameters are adopted only if they predict those better.`
          : "With fewer, a fit cannot be told apart from chance, so the optimiser waits."}
      </p>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void optimise()} disabled={busy || running || !readiness.enough}>
          {running ? "Optimising…" : "Optimise now"}
        </button>
        <label className={css.check}>
          <input
            type="checkbox"
            checked={o.autoOptimise}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setO({ ...o, autoOptimise: on });
              void saveAutoOptimise(on);
            }}
          />{" "}
          Optimise again after every {o.autoEvery} new reviews
        </label>
      </div>
      {running && o.latestRun && (
        <div>
          <label htmlFor="fsrs-progress">Fitting… {pct(o.latestRun.progress)}</label>
          <progress id="fsrs-progress" className={css.progress} max={1} value={o.latestRun.progress} />
        </div>
      )}
      {o.latestRun?.status === "failed" && <p className="form-error">The last run failed: {o.latestRun.error}</p>}
      {o.latestRun && !running && <RunResult run={o.latestRun} />}
      {o.history.length > 0 && (
        <table>
          <caption>Your fitted parameters (newest first)</caption>
          <thead>
            <tr>
              <th scope="col">fitted</th>
              <th scope="col">reviews</th>
              <th scope="col">log loss</th>
              <th scope="col">RMSE</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {o.history.map((p) => (
              <tr key={p.id}>
                <td>{p.createdAt.slice(0, 16).replace("T", " ")}</td>
                <td>{p.reviewCount}</td>
                <td>{f4(p.logLoss)}</td>
                <td>{f4(p.rmse)}</td>
                <td>
                  {p.active ? (
                    <strong>in use</strong>
                  ) : (
                    <button type="button" className="secondary" disabled={busy} onClick={() => void use(p.id)}>
                      Use these
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {o.inUse.source === "own" && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void use(null)}>
          Go back to {o.history.length > 0 ? "class or default" : "default"} parameters
        </button>
      )}
    </section>
  );
}
