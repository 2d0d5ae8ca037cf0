import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getStudyQueue } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { StudySession } from "./StudySession";

export const metadata = { title: "Study" };

export default async function StudyPage({ params }: { params: Promise<{ deck: string }> }) {
  const { deck } = await params;
  const user = await requireUser(`/study/${deck}`);
  const now = new Date();
  let queue;
  try {
    queue = await getStudyQueue(user.id, deck, now, 20);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  return (
    <StudySession
      deck={queue.deck.slug}
      deckTitle={queue.deck.title}
      initial={{ counts: queue.counts, cards: queue.cards, upcoming: queue.upcoming, nextLearningDue: queue.nextLearningDue }}
      serverNow={now.getTime()}
    />
  );
}
