import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { listOwnDecks } from "@/lib/db/deck-editor";
import { getImport } from "@/lib/db/imports";
import { deleteImportAction } from "./actions";
import { ImportProgress } from "./ImportProgress";
import { ImportReview } from "./ImportReview";

export const metadata = { title: "Review an import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/imports/${id}`);
  const view = await orNotFound(getImport(user.id, id));
  return (
    <div className="stack">
      <p className="small"><Link href="/imports">← Imports</Link></p>
      <div className="row">
        <h1>{view.title}</h1>
        <span className="spacer" />
        <form action={deleteImportAction.bind(null, view.id)}>
          <button type="submit" className="link">Delete this import</button>
        </form>
      </div>
      {view.status === "processing" && <ImportProgress importId={view.id} initial={view.progress} />}
      {view.status === "failed" && <p className="form-error" role="alert">{view.error}</p>}
      {view.status === "ready" && (
        <>
          <p className="muted small">
            {view.candidates.length} draft facts from {view.documents.length} document{view.documents.length === 1 ? "" : "s"}
            {view.conflicts.length > 0 && `; ${view.conflicts.length} where the documents disagree`}. Check each against the highlighted text before approving.
          </p>
          <ImportReview
            importId={view.id}
            documents={view.documents}
            candidates={view.candidates}
            conflicts={view.conflicts}
            decks={(await listOwnDecks(user.id)).map((d) => ({ slug: d.slug, title: d.title }))}
          />
        </>
      )}
    </div>
  );
}
