"use client";
// Under the answer: every source's version side by side when sources disagree (no hover needed, so
// touch screens see it too), and the source passage the fact came from, on request.
import { useState } from "react";
import type { CardDetails } from "@/lib/srs";

export type { CardDetails };

export function SourceVersions({ versions }: { versions: CardDetails["versions"] }) {
  if (versions.length < 2) return null;
  return (
    <section className="versions" aria-label="Sources differ" data-testid="versions">
      <p className="small">
        <b>Sources differ</b> — each source&apos;s version:
      </p>
      <ul className="version-list">
        {versions.map((v, i) => (
          <li key={`${v.sourceTitle}-${i}`} className={v.current ? "current" : undefined}>
            <b className="version-answer">{v.answer}</b>
            <span className="small muted">
              <cite>{v.sourceTitle}</cite> ({v.sourceDate}) — {v.section}
              {v.current ? " · this card" : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CardBackExtras({ details }: { details: CardDetails }) {
  const [open, setOpen] = useState(false);
  const passage = details.passage;
  return (
    <>
      <SourceVersions versions={details.versions} />
      {passage && (
        <div className="passage-toggle">
          <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? "Hide the source passage" : "Show the source passage"}
          </button>
          {open && (
            <blockquote className="passage small" data-testid="passage">
              {passage.before}
              <mark>{passage.match}</mark>
              {passage.after}
              <footer className="muted">
                <cite>{passage.sourceTitle}</cite> — {passage.section}
              </footer>
            </blockquote>
          )}
        </div>
      )}
    </>
  );
}
