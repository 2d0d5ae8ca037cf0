import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { listOwnDecks } from "@/lib/db/deck-editor";
import { getDeckImport } from "@/lib/db/deck-imports";
import { getImport, getImportStatus } from "@/lib/db/imports";
import { ActionButton } from "@/app/components/ActionButton";
import { describeGenerator } from "@/lib/llm/generate-document";
import { cancelImportAction, deleteImportAction } from "./actions";
import { GenerationPlan } from "./GenerationPlan";
import { GenerationSummary } from "./GenerationSummary";
import { ImportProgress } from "./ImportProgress";
import { DeckImportReview } from "./DeckImportReview";
import { ImportReview } from "./ImportReview";

export const metadata = { title: "Review an import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/imports/${id}`);
  if ((await orNotFound(getImportStatus(user.id, id))).kind !== "documents")
    return <DeckFileImportPage userId={user.id} importId={id} />;
  const view = await orNotFound(getImport(user.id, id));
  return (
    <div className="stack">
      <p className="small">
        <Link href="/imports">← Imports</Link>
      </p>
      <div className="row">
        <h1>{view.title}</h1>
        <span className="spacer" />
        <ActionButton action={deleteImportAction.bind(null, view.id)} className="link" label="Delete this import" />
      </div>
      {view.status === "awaiting" && (
        <GenerationPlan importId={view.id} estimatedTokens={view.estimatedTokens} generator={describeGenerator()} />
      )}
      {view.status === "processing" && (
        <>
          <ImportProgress importId={view.id} initial={view.progress} />
          <ActionButton action={cancelImportAction.bind(null, view.id)} label="Cancel" />
        </>
      )}
      {view.status === "cancelled" && (
        <p className="notice" role="status">
          {view.error ?? "Cancelled."}
        </p>
      )}
      {view.status === "failed" && (
        <p className="form-error" role="alert">
          {view.error}
        </p>
      )}
      {view.status === "ready" && (
        <>
          <p className="muted small">
            {view.candidates.length} draft facts from {view.documents.length} document
            {view.documents.length === 1 ? "" : "s"}
            {view.conflicts.length > 0 && `; ${view.conflicts.length} where the documents disagree`}. Check each against
            the highlighted text before approving.
          </p>
          <GenerationSummary documents={view.documents} />
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

/** The same screen for an Anki package or a CSV table: no document text, the file's summary instead. */
async function DeckFileImportPage({ userId, importId }: { userId: string; importId: string }) {
  const view = await getDeckImport(userId, importId);
  return (
    <div className="stack">
      <p className="small">
        <Link href="/imports">← Imports</Link>
      </p>
      <div className="row">
        <h1>{view.title}</h1>
        <span className="spacer" />
        <ActionButton action={deleteImportAction.bind(null, view.id)} className="link" label="Delete this import" />
      </div>
      {view.status === "processing" && (
        <ImportProgress
          importId={view.id}
          initial={view.progress}
          label={view.kind === "apkg" ? "Reading the Anki package…" : "Reading the table…"}
        />
      )}
      {view.status === "failed" && (
        <p className="form-error" role="alert">
          {view.error}
        </p>
      )}
      {view.status === "ready" && (
        <>
          <p className="muted small">
            {view.candidates.length} draft facts from {view.kind === "apkg" ? "an Anki package" : "a table"}. Check them
            before approving.
          </p>
          <DeckImportReview
            importId={view.id}
            kind={view.kind}
            summary={view.summary}
            candidates={view.candidates}
            csv={view.csv}
            decks={(await listOwnDecks(userId)).map((d) => ({ slug: d.slug, title: d.title }))}
          />
        </>
      )}
    </div>
  );
}
