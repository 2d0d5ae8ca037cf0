import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listImports } from "@/lib/db/imports";
import { describeGenerator } from "@/lib/llm/generate-document";
import { GeneratorNotice } from "./GeneratorNotice";
import { UploadForm } from "./UploadForm";

export const metadata = { title: "Import documents" };

export default async function ImportsPage() {
  const user = await requireUser("/imports");
  const imports = await listImports(user.id);
  return (
    <div className="stack">
      <h1>Import documents</h1>
      <p className="muted">
        Bring a reading; SourceDeck finds dates, figures, articles, weapon systems, organisations, people and places in
        it and drafts cards for you to check. Anki packages and CSV tables come in through the same review.
      </p>
      <div className="grid">
        <section className="panel">
          <UploadForm />
          <GeneratorNotice generator={describeGenerator()} />
        </section>
        <section className="panel" aria-labelledby="past-heading">
          <h2 id="past-heading">Your imports</h2>
          {imports.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul className="plain">
              {imports.map((i) => (
                <li key={i.id}>
                  <Link href={`/imports/${i.id}`}>{i.title}</Link>{" "}
                  <span className="small muted">
                    {i.status === "processing" ? `processing ${Math.round(i.progress * 100)}%` : i.status} ·{" "}
                    {i.createdAt.toISOString().slice(0, 10)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
