import type { VersionView } from "@/lib/quiz/feedback";

/** Every source's version of a disputed fact, side by side (stacked on a phone). */
export function Versions({ versions }: { versions: VersionView[] }) {
  return (
    <div className="versions-block">
      <p className="small muted">The sources differ on this:</p>
      <ul className="versions" aria-label="What each source says">
        {versions.map((v, i) => (
          <li key={`${v.source}-${i}`} className={v.own ? "version own" : "version"}>
            <span className="version-source">{v.source}</span>
            {v.period && <span className="small muted"> · {v.period}</span>}
            <b className="version-answer">{v.answer}</b>
            {v.own && <span className="badge">this question</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
