import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listCopyableDecks, listOwnDecks } from "@/lib/db/deck-editor";
import { CloneDeckForm, CreateDeckForm } from "./DeckForms";

export const metadata = { title: "New deck" };

export default async function NewDeckPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const user = await requireUser("/decks/new");
  const from = (await searchParams).from;
  const [copyable, own] = await Promise.all([listCopyableDecks(user.id), listOwnDecks(user.id)]);
  return (
    <div className="narrow stack">
      <h1>New deck</h1>
      <section className="panel" aria-labelledby="create-heading">
        <h2 id="create-heading">Create a deck</h2>
        <p className="hint">Start empty and type facts in; they cite your own notes as their source.</p>
        <CreateDeckForm />
      </section>
      <section className="panel" aria-labelledby="copy-heading">
        <h2 id="copy-heading">Copy an existing deck</h2>
        <CloneDeckForm decks={copyable} preselect={typeof from === "string" ? from : undefined} />
      </section>
      {own.length > 0 && (
        <section className="panel" aria-labelledby="own-heading">
          <h2 id="own-heading">Your decks</h2>
          <ul>
            {own.map((d) => (
              <li key={d.id}>
                <Link href={`/decks/${encodeURIComponent(d.slug)}/edit`}>{d.title}</Link>{" "}
                <span className="muted small">
                  — {d.facts} facts, {d.cards} cards
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
