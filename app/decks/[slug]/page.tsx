import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDeckWithFacts } from "@/lib/db/decks";
import { AppError } from "@/lib/errors";

const KIND_LABEL: Record<string, string> = {
  date: "Date",
  treaty: "Treaty",
  constitution: "Constitution",
  "arms-transfer": "Arms transfer",
  figure: "Figure",
  event: "Event",
  person: "Person",
  organisation: "Organisation",
  place: "Place",
  concept: "Concept",
};

async function loadDeck(userId: string, slug: string) {
  try {
    return await getDeckWithFacts(userId, slug);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return { title: (await params).slug };
}

export default async function DeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${slug}`);
  const deck = await loadDeck(user.id, slug);
  return (
    <div className="stack">
      <div>
        <h1>{deck.title}</h1>
        {deck.description && <p className="muted">{deck.description}</p>}
        <p className="small muted">
          {deck.facts.length} facts from {deck.sources.length} source{deck.sources.length === 1 ? "" : "s"}
        </p>
      </div>
      <section className="panel" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ul className="small">
          {deck.sources.map((s) => (
            <li key={s.key}>
              <b>{s.title}</b> — {s.author}, {s.date}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts</h2>
        <ul className="fact-list">
          {deck.facts.map((f) => (
            <li key={f.id} data-testid="fact">
              <div className="row">
                <span className="badge">{KIND_LABEL[f.kind] ?? f.kind}</span>
                {f.conflict && <span className="badge warn" title="The sources disagree on this; each version is kept">sources differ</span>}
              </div>
              <p className="q">{f.prompt}</p>
              <p className="a">{f.answer}</p>
              <p className="meta">
                Source: <cite>{f.sourceTitle}</cite> — {f.section}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
