"use client";
// Under the answer: every source's version side by side when sources disagree (no hover needed, so
// touch screens see it too), and the source passage the fact came from, on request.
import { useState } from "react";
import { SourceVersions } from "@/app/components/SourceVersions";
import type { CardDetails } from "@/lib/srs";

export type { CardDetails };

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
