import { requireApiUser } from "@/lib/auth/session";
import { getStudyQueue } from "@/lib/db/queue";
import { apiRoute } from "@/lib/http/respond";
import { queueQuerySchema } from "@/lib/validation/study";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const params = new URL(request.url).searchParams;
  const query = queueQuerySchema.parse({ deck: params.get("deck") ?? undefined, limit: params.get("limit") ?? undefined });
  const queue = await getStudyQueue(user.id, query.deck, new Date(), query.limit);
  return Response.json({
    counts: queue.counts,
    cards: queue.cards,
    nextLearningDue: queue.nextLearningDue,
    ...(queue.upcoming ? { upcoming: queue.upcoming } : {}),
  });
});
