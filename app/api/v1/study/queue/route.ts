import { requireApiUser } from "@/lib/auth/session";
import { getStudyQueue } from "@/lib/db/queue";
import { apiRoute, queryParam } from "@/lib/http/respond";
import { queueQuerySchema } from "@/lib/validation/study";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const url = new URL(request.url);
  const query = queueQuerySchema.parse({ deck: queryParam(url, "deck"), limit: queryParam(url, "limit") });
  const queue = await getStudyQueue(user.id, query.deck, new Date(), query.limit);
  return Response.json({
    counts: queue.counts,
    cards: queue.cards,
    nextLearningDue: queue.nextLearningDue,
    ...(queue.upcoming ? { upcoming: queue.upcoming } : {}),
  });
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
