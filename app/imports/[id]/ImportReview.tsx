"use client";
// Reviewing draft candidates: the document with each candidate's evidence highlighted beside the
// list, best first; the confident ones come preselected, a low one says why it is low; approve,
// edit or reject one by one or in bulk, into a deck of the instructor's choice.
import { useMemo, useState } from "react";
import type { ConflictSummary, ImportDocument, ReviewCandidate } from "@/lib/import/import-types";
import {
  CONFIDENT_SCORE,
  confidence,
  highlightSegments,
  lowScoreReason,
  preselectedIds,
  rankForReview,
  scoreLabel,
} from "@/lib/import/review";
import { approveAction, editAction, rejectAction, type ReviewActionResult } from "./actions";
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

function DocumentText({
  doc,
  candidates,
  active,
}: {
  doc: ImportDocument;
  candidates: ReviewCandidate[];
  active: string | null;
}) {
  const segments = useMemo(
    () =>
      highlightSegments(
        doc.text,
        candidates.flatMap((c) =>
          c.evidence.filter((e) => e.sourceKey === doc.key).map((e) => ({ start: e.start, end: e.end, id: c.id })),
        ),
      ),
    [doc, candidates],
  );

  return (
    <div className="doc-text" data-testid="document-text">
      {segments.map((s) =>
        s.ids ? (
          <mark
            key={s.start}
            id={`ev-${doc.key}-${s.start}`}
            className={active && s.ids.includes(active) ? "active" : undefined}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
}

function CandidateRow({
  c,
  importId,
  selected,
  onToggle,
  onShow,
  docTitle,
  conflict,
  onResult,
}: {
  c: ReviewCandidate;
  importId: string;
  selected: boolean;
  onToggle: () => void;
  onShow: () => void;
  docTitle: (key: string) => string;
  conflict?: ConflictSummary;
  onResult: (r: ReviewActionResult) => void;
}) {
  const [editing, setEditing] = useState(false);
  const pendingStatus = c.status === "pending";
  const label = scoreLabel(c);
  const why = lowScoreReason(c);
  return (
    <li
      className={`candidate ${c.status}`}
      data-testid="candidate"
      data-status={c.status}
      data-score={confidence(c).toFixed(2)}
      data-confidence={label}
    >
      <div className="row">
        {pendingStatus && (
          <input type="checkbox" checked={selected} onChange={onToggle} aria-label={`Select: ${c.prompt}`} />
        )}
        <span className={`badge ${label === "confident" ? "ok" : "warn"}`} title={`Score ${confidence(c).toFixed(2)}`}>
          {label === "confident" ? "confident" : label === "check" ? "check" : "weak"}
        </span>
        <span className="badge">{c.kind}</span>
        <span
          className="badge"
          title={
            c.generator === "llm"
              ? "Written by the language model, its quote checked"
              : "Drafted by the built-in generator"
          }
        >
          {c.generator === "llm" ? "model" : "built-in"}
        </span>
        {c.status !== "pending" && <span className={`badge ${c.status === "rejected" ? "warn" : ""}`}>{c.status}</span>}
        {conflict && (
          <span className="badge warn" title={`Sources give different values for: ${conflict.subject}`}>
            sources differ
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="link" onClick={onShow}>
          Show in text
        </button>
      </div>
      {editing ? (
        <DraftEditor
          id={c.id}
          prompt={c.prompt}
          answer={c.answer}
          save={(input) => editAction(importId, c.id, input)}
          onResult={onResult}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="q">{c.prompt}</p>
          <p className="a">{c.answer}</p>
          {why && pendingStatus && (
            <p className="small why-low" data-testid="why-low">
              Why it is not preselected: {why}
            </p>
          )}
          <p className="small muted">
            Found in {c.sources.map(docTitle).join(" and ")}
            {c.section ? ` — ${c.section}` : ""}
          </p>
          {pendingStatus && (
            <DraftActions
              onEdit={() => setEditing(true)}
              reject={() => rejectAction(importId, [c.id])}
              onResult={onResult}
            />
          )}
        </>
      )}
    </li>
  );
}

export function ImportReview({
  importId,
  documents,
  candidates,
  conflicts,
  decks,
}: {
  importId: string;
  documents: ImportDocument[];
  candidates: ReviewCandidate[];
  conflicts: ConflictSummary[];
  decks: Deck[];
}) {
  const [docKey, setDocKey] = useState(documents[0]?.key ?? "");
  const [active, setActive] = useState<string | null>(null);
  // The confident drafts start selected, so approving them is one click.
  const [selected, setSelected] = useState<Set<string>>(() => new Set(preselectedIds(candidates)));
  const [status, setStatus] = useState<ReviewStatus>("pending");
  const [kind, setKind] = useState("all");
  const target = useDeckTarget(decks);
  const [result, setResult] = useState<ReviewActionResult | null>(null);

  const conflictOf = useMemo(() => {
    const m = new Map<string, ConflictSummary>();
    for (const g of conflicts) for (const id of g.members) m.set(id, g);
    return m;
  }, [conflicts]);
  const kinds = useMemo(() => [...new Set(candidates.map((c) => c.kind))].sort(), [candidates]);
  const ranked = useMemo(() => rankForReview(candidates), [candidates]);
  const shown = ranked.filter((c) => c.status === status && (kind === "all" || c.kind === kind));
  const confidentIds = preselectedIds(shown);
  const doc = documents.find((d) => d.key === docKey) ?? documents[0];
  const docTitle = (key: string) => documents.find((d) => d.key === key)?.title ?? key;
  const counts = { pending: 0, approved: 0, rejected: 0 };
  for (const c of candidates) counts[c.status]++;

  function show(c: ReviewCandidate) {
    const ev = c.evidence[0];
    if (!ev) return;
    setDocKey(ev.sourceKey);
    setActive(c.id);
    requestAnimationFrame(() =>
      document
        .getElementById(`ev-${ev.sourceKey}-${ev.start}`)
        ?.scrollIntoView({ block: "center", behavior: "smooth" }),
    );
  }

  const chosen = [...selected].filter((id) => candidates.some((c) => c.id === id && c.status === "pending"));

  return (
    <div className="import-review">
      <section className="panel candidates-panel" aria-labelledby="cand-heading">
        <h2 id="cand-heading">Draft facts</h2>
        <div className="row small">
          <StatusTabs status={status} counts={counts} onChange={setStatus} />
        </div>
        <div className="row">
          <label htmlFor="kind-filter" className="small">
            Kind
          </label>
          <select id="kind-filter" value={kind} onChange={(e) => setKind(e.target.value)} style={{ width: "auto" }}>
            <option value="all">all</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          {status === "pending" && (
            <>
              <button type="button" className="link" onClick={() => setSelected(new Set(confidentIds))}>
                Select the confident ones ({confidentIds.length})
              </button>
              <button type="button" className="link" onClick={() => setSelected(new Set(shown.map((c) => c.id)))}>
                Select all shown ({shown.length})
              </button>
              <button type="button" className="link" onClick={() => setSelected(new Set())}>
                Select none
              </button>
            </>
          )}
        </div>
        {status === "pending" && (
          <p className="small muted" data-testid="ranking-note">
            Best drafts first. Those scored {Math.round(CONFIDENT_SCORE * 100)}% or more are preselected; check the rest
            before approving.
          </p>
        )}
        {status === "pending" && (
          <BulkApprovePanel
            target={target}
            chosen={chosen}
            approve={(ids, target) => approveAction(importId, ids, target)}
            reject={(ids) => rejectAction(importId, ids)}
            onResult={setResult}
            onClearSelection={() => setSelected(new Set())}
          />
        )}
        <ReviewResult result={result} />
        <ul className="candidate-list">
          {shown.slice(0, 300).map((c) => (
            <CandidateRow
              key={c.id}
              c={c}
              importId={importId}
              selected={selected.has(c.id)}
              onToggle={() => setSelected(toggled(c.id))}
              onShow={() => show(c)}
              docTitle={docTitle}
              conflict={conflictOf.get(c.id)}
              onResult={setResult}
            />
          ))}
        </ul>
        {shown.length > 300 && <p className="small muted">Showing the first 300; filter by kind to see the rest.</p>}
      </section>
      <section className="panel doc-panel" aria-labelledby="doc-heading">
        <div className="row">
          <h2 id="doc-heading">{doc?.title}</h2>
          <span className="spacer" />
          {documents.length > 1 && (
            <select
              aria-label="Document"
              value={docKey}
              onChange={(e) => setDocKey(e.target.value)}
              style={{ width: "auto" }}
            >
              {documents.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.title}
                </option>
              ))}
            </select>
          )}
        </div>
        {doc && (
          <DocumentText doc={doc} candidates={candidates.filter((c) => c.status !== "rejected")} active={active} />
        )}
      </section>
    </div>
  );
}
