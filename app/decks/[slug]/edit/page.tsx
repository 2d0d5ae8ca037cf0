import { FactSummary } from "@/app/components/FactSummary";
import Link from "next/link";
import { SourcesList } from "@/app/components/SourcesList";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { NOTES_SOURCE_KEY } from "@/lib/content/deck-edits";
import { getEditableDeck } from "@/lib/db/deck-editor";
import { AppError } from "@/lib/errors";
import { EMPTY_FACT_FORM } from "@/lib/validation/deck";
import { DeleteFactButton } from "./DeleteFactButton";
import { FactForm } from "./FactForm";
import { KIND_LABELS } from "@/lib/content/labels";
import { ReadOnlyDeck } from "./ReadOnlyDeck";

export const metadata = { title: "Edit deck" };

type Search = { saved?: string | string[]; reset?: string | string[]; deleted?: string | string[] };

function one(x: string | string[] | undefined): string | undefined {
  return typeof x === "string" ? x : undefined;
}

export default async function EditDeckPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Search>;
}) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(slug)}/edit`);
  let deck;
  try {
    deck = await getEditableDeck(user.id, slug);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    // A content deck: readable by all, editable by none; copying it gives one's own.
    if (e instanceof AppError && e.code === "forbidden")
      return <ReadOnlyDeck slug={slug} message={e.message} canCopy />;
    throw e;
  }
  const search = await searchParams;
  const saved = one(search.saved);
  const savedFact = saved ? deck.facts.find((f) => f.id === saved) : undefined;
  const reset = Number(one(search.reset) ?? 0);
  const sourceKey = deck.sources.some((s) => s.key === NOTES_SOURCE_KEY)
    ? NOTES_SOURCE_KEY
    : (deck.sources[0]?.key ?? "");

  return (
    <div className="stack">
      <p className="small">
        <Link href={`/decks/${encodeURIComponent(deck.slug)}`}>← {deck.title}</Link>
      </p>
      <div>
        <h1>Edit “{deck.title}”</h1>
        {deck.description && <p className="muted">{deck.description}</p>}
        <div className="row">
          <span className="small muted">
            {deck.facts.length} fact{deck.facts.length === 1 ? "" : "s"}, {deck.facts.reduce((n, f) => n + f.cards, 0)}{" "}
            cards, {deck.sources.length} source
            {deck.sources.length === 1 ? "" : "s"}
          </span>
          <a className="button secondary small-button" href="#add-fact">
            Add a fact
          </a>
        </div>
      </div>

      {savedFact && (
        <p className="notice" role="status">
          Saved “{savedFact.prompt}”.
          {reset > 0 && ` Progress on it was reset for ${reset} student${reset === 1 ? "" : "s"}.`}
        </p>
      )}
      {one(search.deleted) && (
        <p className="notice" role="status">
          The fact and its cards were deleted.
        </p>
      )}

      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts</h2>
        {deck.facts.length === 0 ? (
          <p className="muted">No facts yet. Add the first one below.</p>
        ) : (
          <ul className="fact-list">
            {deck.facts.map((f) => (
              <li key={f.dbId} data-testid="edit-fact" data-fact-key={f.id}>
                <div className="row">
                  <span className="badge">{KIND_LABELS[f.kind] ?? f.kind}</span>
                  {f.status !== "approved" && <span className="badge warn">{f.status}</span>}
                  <span className="small muted">
                    {f.cards} card{f.cards === 1 ? "" : "s"}
                  </span>
                </div>
                <FactSummary prompt={f.prompt} answer={f.answer} sourceTitle={f.sourceTitle} section={f.section} />
                <div className="row">
                  <Link
                    className="button secondary small-button"
                    href={`/decks/${encodeURIComponent(deck.slug)}/edit/facts/${encodeURIComponent(f.id)}`}
                  >
                    Edit<span className="sr-only"> “{f.prompt}”</span>
                  </Link>
                  <DeleteFactButton slug={deck.slug} factKey={f.id} prompt={f.prompt} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" id="add-fact" aria-labelledby="add-heading">
        <h2 id="add-heading">Add a fact</h2>
        <FactForm slug={deck.slug} sources={deck.sources} initial={{ ...EMPTY_FACT_FORM, source: sourceKey }} />
      </section>

      <SourcesList sources={deck.sources} />
    </div>
  );
}
