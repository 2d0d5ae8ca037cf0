import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { getDeckWithFacts } from "@/lib/db/decks";
import { listRecentQuizzes } from "@/lib/db/quizzes";
import { NewQuizForm } from "./NewQuizForm";

export const metadata = { title: "Practice quiz" };

export default async function NewQuizPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${slug}/quiz`);
  const deck = await orNotFound(getDeckWithFacts(user.id, slug));
  const tags = [...new Set(deck.facts.flatMap((f) => f.tags))].sort();
  const recent = await listRecentQuizzes(user.id, deck.id);
  return (
    <div className="narrow stack">
      <p className="small">
        <Link href={`/decks/${deck.slug}`}>← {deck.title}</Link>
      </p>
      <h1>Practice quiz</h1>
      <div className="panel">
        <NewQuizForm deck={deck.slug} tags={tags} />
      </div>
      {recent.length > 0 && (
        <section className="panel">
          <h2>Recent quizzes</h2>
          <ul>
            {recent.map((q) => (
              <li key={q.id}>
                <Link href={`/quizzes/${q.id}`}>{q.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</Link> —{" "}
                {q.submittedAt ? `${q.score}/${q.total}` : "not finished"}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
