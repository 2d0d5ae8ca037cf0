import Link from "next/link";

/** Shown instead of the editor when the caller may look at the deck but not change it. */
export function ReadOnlyDeck({ slug, message, canCopy }: { slug: string; message: string; canCopy: boolean }) {
  return (
    <div className="narrow stack">
      <h1>This deck cannot be edited</h1>
      <div className="panel stack" role="alert">
        <p>{message}</p>
        <div className="row">
          {canCopy && (
            <Link className="button" href={`/decks/new?from=${encodeURIComponent(slug)}`}>
              Copy it
            </Link>
          )}
          <Link className="button secondary" href={`/decks/${encodeURIComponent(slug)}`}>
            Back to the deck
          </Link>
        </div>
      </div>
    </div>
  );
}
