"use client";
// Reviewing draft facts from an Anki package or a CSV table: what the file held and what was left
// out beside the list; for a CSV, which column is which; approve, edit or reject one by one or in
// bulk, into a deck of the instructor's choice. All text is rendered as text.
import { useMemo, useState, useTransition } from "react";
import { COLUMN_ROLES, ROLE_LABELS, type ColumnRole } from "@/lib/import/csv/mapping";
import { MAX_APPROVE_AT_ONCE, type DeckCandidate, type DeckImportSummary } from "@/lib/import/deck-candidates";
import type { ReviewActionResult } from "./actions";
import { approveDeckAction, editDeckAction, rejectDeckAction, remapAction } from "./deck-actions";
import {
  BulkApprovePanel,
  DraftActions,
  DraftEditor,
  ReviewResult,
  type ReviewStatus,
  StatusTabs,
  toggled,
  useDeckTarget,
} from "./ReviewControls";

type Deck = { slug: string; title: string };
type CsvView = { header: string[] | null; preview: string[][]; columns: number; mapping: ColumnRole[] };

const SHOWN = 300;

function reviewCount(c: DeckCandidate): number {
  return Object.values(c.history).reduce((n, h) => n + (h?.length ?? 0), 0);
}

function CandidateRow({
  c,
  importId,
  selected,
  onToggle,
  onResult,
}: {
  c: DeckCandidate;
  importId: string;
  selected: boolean;
  onToggle: () => void;
  onResult: (r: ReviewActionResult) => void;
}) {
  const [editing, setEditing] = useState(false);
  const reviews = reviewCount(c);
  return (
    <li className={`candidate ${c.status}`} data-testid="candidate" data-status={c.status}>
      <div className="row">
        {c.status === "pending" && (
          <input type="checkbox" checked={selected} onChange={onToggle} aria-label={`Select: ${c.prompt}`} />
        )}
        <span className="badge">{c.kind}</span>
        {c.status !== "pending" && <span className={`badge ${c.status === "rejected" ? "warn" : ""}`}>{c.status}</span>}
        {reviews > 0 && (
          <span className="badge" title="Reviews made in Anki: they set this card's schedule">
            {reviews} review{reviews === 1 ? "" : "s"}
          </span>
        )}
        {c.notes.length > 0 && <span className="badge warn">changed</span>}
      </div>
      {editing ? (
        <DraftEditor
          id={c.id}
          prompt={c.prompt}
          answer={c.answer}
          save={(input) => editDeckAction(importId, c.id, input)}
          onResult={onResult}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="q">{c.prompt}</p>
          <p className="a">{c.answer}</p>
          <p className="small muted">{c.explanation}</p>
          {c.notes.map((n) => (
            <p key={n} className="small notice">
              {n}
            </p>
          ))}
          {c.tags.length > 0 && <p className="small muted">Tags: {c.tags.join(", ")}</p>}
          {c.status === "pending" && (
            <DraftActions
              onEdit={() => setEditing(true)}
              reject={() => rejectDeckAction(importId, [c.id])}
              onResult={onResult}
            />
          )}
        </>
      )}
    </li>
  );
}

function MappingForm({
  importId,
  csv,
  onResult,
}: {
  importId: string;
  csv: CsvView;
  onResult: (r: ReviewActionResult) => void;
}) {
  const [mapping, setMapping] = useState<ColumnRole[]>(csv.mapping);
  const [pending, start] = useTransition();
  const columns = Array.from({ length: csv.columns }, (_, i) => i);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => onResult(await remapAction(importId, mapping)));
      }}
      aria-labelledby="mapping-heading"
    >
      <h3 id="mapping-heading">Columns</h3>
      <p className="small muted">Say which column holds what; rows are read again when you apply it.</p>
      <div className="table-wrap">
        <table data-testid="csv-preview">
          <thead>
            <tr>
              {columns.map((i) => (
                <th key={i} scope="col">
                  <label htmlFor={`col-${i}`}>{csv.header?.[i] || `Column ${i + 1}`}</label>
                  <select
                    id={`col-${i}`}
                    value={mapping[i] ?? "ignore"}
                    onChange={(e) => setMapping((m) => m.map((r, j) => (j === i ? (e.target.value as ColumnRole) : r)))}
                  >
                    {COLUMN_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {csv.preview.map((row, r) => (
              <tr key={r}>
                {columns.map((i) => (
                  <td key={i}>{(row[i] ?? "").slice(0, 120)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="secondary" disabled={pending}>
        Apply the mapping
      </button>
    </form>
  );
}

export function DeckImportReview({
  importId,
  kind,
  summary,
  candidates,
  csv,
  decks,
}: {
  importId: string;
  kind: "apkg" | "csv";
  summary: DeckImportSummary | null;
  candidates: DeckCandidate[];
  csv: CsvView | null;
  decks: Deck[];
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<ReviewStatus>("pending");
  const target = useDeckTarget(decks);
  const [result, setResult] = useState<ReviewActionResult | null>(null);
  const counts = useMemo(() => {
    const n = { pending: 0, approved: 0, rejected: 0 };
    for (const c of candidates) n[c.status]++;
    return n;
  }, [candidates]);
  const shown = candidates.filter((c) => c.status === status);
  const chosen = [...selected].filter((id) => candidates.some((c) => c.id === id && c.status === "pending"));

  return (
    <div className="import-review">
      <section className="panel candidates-panel" aria-labelledby="cand-heading">
        <h2 id="cand-heading">Draft facts</h2>
        <div className="row small">
          <StatusTabs status={status} counts={counts} onChange={setStatus} />
          {status === "pending" && (
            <button
              type="button"
              className="link"
              onClick={() => setSelected(new Set(shown.slice(0, MAX_APPROVE_AT_ONCE).map((c) => c.id)))}
            >
              {shown.length > MAX_APPROVE_AT_ONCE
                ? `Select the first ${MAX_APPROVE_AT_ONCE.toLocaleString("en")}`
                : `Select all (${shown.length})`}
            </button>
          )}
        </div>
        {status === "pending" && (
          <BulkApprovePanel
            target={target}
            chosen={chosen}
            approve={(ids, into) => approveDeckAction(importId, ids, into)}
            reject={(ids) => rejectDeckAction(importId, ids)}
            onResult={setResult}
            onClearSelection={() => setSelected(new Set())}
          />
        )}
        <ReviewResult result={result} />
        <ul className="candidate-list">
          {shown.slice(0, SHOWN).map((c) => (
            <CandidateRow
              key={c.id}
              c={c}
              importId={importId}
              selected={selected.has(c.id)}
              onToggle={() => setSelected(toggled(c.id))}
              onResult={setResult}
            />
          ))}
        </ul>
        {shown.length > SHOWN && (
          <p className="small muted">
            Showing the first {SHOWN} of {shown.length}; “Select” takes them too, up to{" "}
            {MAX_APPROVE_AT_ONCE.toLocaleString("en")} at a time.
          </p>
        )}
      </section>
      <section className="panel doc-panel" aria-labelledby="file-heading" data-testid="import-summary">
        <h2 id="file-heading">{kind === "apkg" ? "The Anki package" : "The table"}</h2>
        {summary && (
          <>
            <div className="stat-row">
              <div className="stat">
                <b>{summary.counts.items}</b>
                <span>{kind === "apkg" ? "notes" : "rows"}</span>
              </div>
              <div className="stat">
                <b>{summary.counts.candidates}</b>
                <span>draft facts</span>
              </div>
              {kind === "apkg" && (
                <div className="stat">
                  <b>{summary.counts.reviews}</b>
                  <span>reviews kept</span>
                </div>
              )}
              <div className="stat">
                <b>{summary.counts.skipped}</b>
                <span>left out</span>
              </div>
            </div>
            {summary.messages.length > 0 && (
              <ul className="small">
                {summary.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {kind === "apkg" && (
          <p className="small muted">
            Each card reviewed in Anki gets its schedule from those reviews, replayed with FSRS under your settings,
            once you approve its fact.
          </p>
        )}
        {csv && <MappingForm key={csv.mapping.join(",")} importId={importId} csv={csv} onResult={setResult} />}
      </section>
    </div>
  );
}
