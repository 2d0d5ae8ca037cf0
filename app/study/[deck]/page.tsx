import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { getStudyQueue } from "@/lib/db/queue";
import { StudySession } from "./StudySession";

export const metadata = { title: "Study" };

export default async function StudyPage({ params }: { params: Promise<{ deck: string }> }) {
  const { deck } = await params;
  const user = await requireUser(`/study/${deck}`);
  const now = new Date();
  const queue = await orNotFound(getStudyQueue(user.id, deck, now, 20));
  return (
    <StudySession
      deck={queue.deck.slug}
      deckTitle={queue.deck.title}
      initial={{
        counts: queue.counts,
        cards: queue.cards,
        upcoming: queue.upcoming,
        nextLearningDue: queue.nextLearningDue,
      }}
      serverNow={now.getTime()}
    />
  );
}
