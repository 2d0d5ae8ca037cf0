// When sources disagree: every source's version side by side, with its source, date and section.
// Plain text, always visible (no hover tooltip), so touch screens and screen readers get it too.
import type { SourceVersion } from "@/lib/srs";

export function SourceVersions({
  versions,
  currentLabel = "this card",
}: {
  versions: SourceVersion[];
  currentLabel?: string;
}) {
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
              {v.current ? ` · ${currentLabel}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
