import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { findVisibleDeck } from "@/lib/db/decks";
import { getCramCards } from "@/lib/db/exam";
import { CramSession } from "./CramSession";

export const metadata = { title: "Cram" };

export default async function CramPage({ params }: { params: Promise<{ deck: string }> }) {
  const { deck: ref } = await params;
  const user = await requireUser(`/study/${ref}/cram`);
  const deck = await orNotFound(findVisibleDeck(user.id, ref));
  const now = new Date();
  const { examAt, cards } = await orNotFound(getCramCards(user.id, deck.slug, now, 30));
  const examLabel =
    examAt.getTime() > now.getTime() + 3600_000 ? `the exam on ${examAt.toISOString().slice(0, 10)}` : "today";
  return <CramSession deck={deck.slug} deckTitle={deck.title} examLabel={examLabel} cards={cards} />;
}
