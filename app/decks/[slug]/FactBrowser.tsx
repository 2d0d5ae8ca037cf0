"use client";
// The deck's facts with a search box and filters by kind and source, so a 375-fact deck stays usable.
import { FactSummary } from "@/app/components/FactSummary";
import { useMemo, useState } from "react";
import { KIND_LABELS } from "@/lib/content/labels";
import type { FactKind } from "@/lib/content/schema";
import type { SourceVersion } from "@/lib/srs";
import { SourceVersions } from "@/app/components/SourceVersions";

export type BrowsedFact = {
  id: string;
  kind: FactKind;
  prompt: string;
  answer: string;
  conflict?: string;
  sourceTitle: string;
  section: string;
  /** Every source's version of this fact when sources differ (this one marked current). */
  versions?: SourceVersion[];
};

const fold = (s: string) => s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");

export function FactBrowser({ facts }: { facts: BrowsedFact[] }) {
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState("");
  const [source, setSource] = useState("");
  const kinds = useMemo(() => [...new Set(facts.map((f) => f.kind))].sort(), [facts]);
  const sources = useMemo(() => [...new Set(facts.map((f) => f.sourceTitle))].sort(), [facts]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return facts.filter(
      (f) =>
        (!kind || (kind === "conflicts" ? !!f.conflict : f.kind === kind)) &&
        (!source || f.sourceTitle === source) &&
        (!q || fold(`${f.prompt} ${f.answer} ${f.section}`).includes(q)),
    );
  }, [facts, query, kind, source]);

  return (
    <>
      <div className="row filters">
        <div className="field">
          <label htmlFor="fact-search">Search</label>
          <input
            id="fact-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="A name, a date, a word…"
          />
        </div>
        <div className="field">
          <label htmlFor="fact-kind">Kind</label>
          <select id="fact-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
            <option value="conflicts">Where sources differ</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="fact-source">Source</label>
          <select id="fact-source" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="small muted" aria-live="polite">
        {shown.length === facts.length ? `${facts.length} facts` : `${shown.length} of ${facts.length} facts`}
      </p>
      <ul className="fact-list">
        {shown.map((f) => (
          <li key={f.id} data-testid="fact">
            <div className="row">
              <span className="badge">{KIND_LABELS[f.kind]}</span>
              {f.conflict && <span className="badge warn">sources differ</span>}
            </div>
            <FactSummary prompt={f.prompt} answer={f.answer} sourceTitle={f.sourceTitle} section={f.section} />
            {f.versions && <SourceVersions versions={f.versions} currentLabel="this fact" />}
          </li>
        ))}
      </ul>
    </>
  );
}
