import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getEditableFact } from "@/lib/db/deck-editor";
import { AppError } from "@/lib/errors";
import { factToFormValues } from "@/lib/validation/deck";
import { FactForm } from "../../FactForm";
import { ReadOnlyDeck } from "../../ReadOnlyDeck";

export const metadata = { title: "Edit fact" };

export default async function EditFactPage({ params }: { params: Promise<{ slug: string; factKey: string }> }) {
  const { slug, factKey } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(slug)}/edit/facts/${encodeURIComponent(factKey)}`);
  let found;
  try {
    found = await getEditableFact(user.id, slug, factKey);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    // A content deck: readable by all, editable by none; copying it gives one's own.
    if (e instanceof AppError && e.code === "forbidden")
      return <ReadOnlyDeck slug={slug} message={e.message} canCopy />;
    throw e;
  }
  const { deck, fact, sources, studentsWithProgress } = found;
  return (
    <div className="stack" style={{ maxWidth: 760, margin: "0 auto" }}>
      <p className="small">
        <Link href={`/decks/${encodeURIComponent(deck.slug)}/edit`}>← Edit “{deck.title}”</Link>
      </p>
      <h1>Edit fact</h1>
      <p className="small muted">
        Key <code>{fact.id}</code>. Changing the wording keeps every student&apos;s progress; changing the answer resets
        this fact&apos;s cards.
      </p>
      <div className="panel">
        <FactForm
          slug={deck.slug}
          factKey={fact.id}
          sources={sources}
          initial={factToFormValues(fact)}
          studentsWithProgress={studentsWithProgress}
        />
      </div>
    </div>
  );
}
