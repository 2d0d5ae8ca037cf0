// What the generators did with each document: cards kept, model facts refused and why, and the
// parts a model could not handle that the built-in generator covered.
import type { ImportDocument } from "@/lib/db/imports";
import { DROP_REASON_LABELS } from "@/lib/generate/llm/labels";

export function GenerationSummary({ documents }: { documents: ImportDocument[] }) {
  const withModel = documents.filter((d) => d.generation?.generator === "llm");
  if (withModel.length === 0) return null;
  return (
    <details className="panel small" data-testid="generation-summary">
      <summary>How the model did</summary>
      <ul className="plain">
        {withModel.map((d) => {
          const g = d.generation!;
          const refused = Object.entries(g.dropped).filter(([, n]) => (n ?? 0) > 0);
          return (
            <li key={d.key}>
              <strong>{d.title}</strong>: {g.accepted} card{g.accepted === 1 ? "" : "s"} from the model, checked against
              the text
              {refused.length > 0 && (
                <>
                  ; refused{" "}
                  {refused
                    .map(([r, n]) => `${n} ${DROP_REASON_LABELS[r as keyof typeof DROP_REASON_LABELS] ?? r}`)
                    .join(", ")}
                </>
              )}
              {g.fallbacks.length > 0 && (
                <>
                  ; {g.fallbacks.length} of {g.chunks} part{g.chunks === 1 ? "" : "s"} drafted by the built-in generator
                  instead ({[...new Set(g.fallbacks.map((f) => f.reason))].join("; ")})
                </>
              )}
              . {g.tokens.used.toLocaleString("en")} tokens used.
            </li>
          );
        })}
      </ul>
    </details>
  );
}
