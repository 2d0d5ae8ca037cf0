"use client";
// The controls both review screens share (document imports and deck files): the status tabs, the
// bulk panel that approves into a chosen or new deck, the action's answer, and a draft's editor.
// Each screen passes its own server actions.
import Link from "next/link";
import { useState, useTransition } from "react";
import type { ApproveTarget } from "@/lib/validation/import-review";
import type { ReviewActionResult } from "./actions";

export type ReviewStatus = "pending" | "approved" | "rejected";
type Deck = { slug: string; title: string };

export function StatusTabs({
  status,
  counts,
  onChange,
}: {
  status: ReviewStatus;
  counts: Record<ReviewStatus, number>;
  onChange: (s: ReviewStatus) => void;
}) {
  return (
    <>
      {(["pending", "approved", "rejected"] as const).map((s) => (
        <button
          key={s}
          type="button"
          className={status === s ? "" : "secondary"}
          onClick={() => onChange(s)}
          aria-pressed={status === s}
        >
          {s} ({counts[s]})
        </button>
      ))}
    </>
  );
}

/** The bulk panel's target deck; held by the screen so it survives switching status tabs. */
export function useDeckTarget(decks: Deck[]) {
  const [deck, setDeck] = useState(decks[0]?.slug ?? "");
  const [newDeckTitle, setNewDeckTitle] = useState("");
  return { decks, deck, setDeck, newDeckTitle, setNewDeckTitle };
}

/** Approve or reject the chosen drafts at once; approving may create the deck they go into. */
export function BulkApprovePanel({
  target: { decks, deck, setDeck, newDeckTitle, setNewDeckTitle },
  chosen,
  approve,
  reject,
  onResult,
  onClearSelection,
}: {
  target: ReturnType<typeof useDeckTarget>;
  chosen: string[];
  approve: (ids: string[], target: ApproveTarget) => Promise<ReviewActionResult>;
  reject: (ids: string[]) => Promise<ReviewActionResult>;
  onResult: (r: ReviewActionResult) => void;
  onClearSelection: () => void;
}) {
  const [pending, start] = useTransition();
  return (
    <div className="bulk panel">
      <div className="field">
        <label htmlFor="target-deck">Add approved facts to</label>
        <select id="target-deck" value={deck} onChange={(e) => setDeck(e.target.value)}>
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
          <option value="">A new deck…</option>
        </select>
      </div>
      {deck === "" && (
        <div className="field">
          <label htmlFor="new-deck-title">New deck title</label>
          <input id="new-deck-title" value={newDeckTitle} onChange={(e) => setNewDeckTitle(e.target.value)} />
        </div>
      )}
      <div className="row">
        <button
          type="button"
          disabled={pending || chosen.length === 0}
          onClick={() =>
            start(async () => {
              const r = await approve(chosen, deck ? { deck } : { newDeckTitle });
              onResult(r);
              if (r.ok) {
                onClearSelection();
                // A new deck becomes the target of the next approval.
                if (r.deckSlug) setDeck(r.deckSlug);
              }
            })
          }
        >
          Approve {chosen.length} selected
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending || chosen.length === 0}
          onClick={() =>
            start(async () => {
              onResult(await reject(chosen));
              onClearSelection();
            })
          }
        >
          Reject selected
        </button>
      </div>
    </div>
  );
}

/** The last action's answer; after an approval, links to the deck. */
export function ReviewResult({ result }: { result: ReviewActionResult | null }) {
  if (!result) return null;
  return (
    <p className={result.ok ? "notice" : "form-error"} role={result.ok ? "status" : "alert"}>
      {result.message}{" "}
      {result.ok && result.deckSlug && (
        <>
          <Link href={`/decks/${result.deckSlug}`}>Open the deck</Link> ·{" "}
          <Link href={`/study/${result.deckSlug}`}>Study them</Link>
        </>
      )}
    </p>
  );
}

/** Editing one draft's question and answer; closes when the save is accepted. */
export function DraftEditor({
  id,
  prompt: initialPrompt,
  answer: initialAnswer,
  save,
  onResult,
  onClose,
}: {
  id: string;
  prompt: string;
  answer: string;
  save: (input: { prompt: string; answer: string }) => Promise<ReviewActionResult>;
  onResult: (r: ReviewActionResult) => void;
  onClose: () => void;
}) {
  const [prompt, setPrompt] = useState(initialPrompt);
  const [answer, setAnswer] = useState(initialAnswer);
  const [pending, start] = useTransition();
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={`p-${id}`}>Question</label>
        <textarea id={`p-${id}`} value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} />
      </div>
      <div className="field">
        <label htmlFor={`a-${id}`}>Answer</label>
        <input id={`a-${id}`} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </div>
      <div className="row">
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await save({ prompt, answer });
              onResult(r);
              if (r.ok) onClose();
            })
          }
        >
          Save
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A pending draft's own buttons: open the editor, or reject just this draft. */
export function DraftActions({
  onEdit,
  reject,
  onResult,
}: {
  onEdit: () => void;
  reject: () => Promise<ReviewActionResult>;
  onResult: (r: ReviewActionResult) => void;
}) {
  const [pending, start] = useTransition();
  return (
    <div className="row">
      <button type="button" className="link" onClick={onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="link"
        disabled={pending}
        onClick={() => start(async () => onResult(await reject()))}
      >
        Reject
      </button>
    </div>
  );
}

/** Toggles one id in a selection set, for `setSelected(toggled(id))`. */
export function toggled(id: string) {
  return (s: Set<string>): Set<string> => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
}
