// What the two hot JSON routes answer, once, for both ways a request reaches them: the route files
// (app/api/v1/reviews, app/api/v1/study/queue) through Next, and the fast path (fast-api.ts) that
// serves the same addresses before Next's router. Each takes the signed-in user and the checked
// input and returns the answer's JSON; errors are thrown and translated by the caller's wrapper.
import type { SessionUser } from "@/lib/auth/session";
import { getStudyQueue } from "@/lib/db/queue";
import { recordReview } from "@/lib/db/reviews";
import { queueQuerySchema, type reviewBodySchema } from "@/lib/validation/study";
import type { z } from "zod";
import { queryParam } from "./respond";

export type ReviewBody = z.infer<typeof reviewBodySchema>;

export async function reviewAnswer(user: SessionUser, body: ReviewBody) {
  const answer = await recordReview({
    userId: user.id,
    reviewId: body.id,
    cardId: body.cardId,
    rating: body.rating,
    durationMs: body.durationMs,
    expectedVersion: body.version,
    typedAnswer: body.typed,
    checkOverride: body.override,
    now: new Date(),
  });
  const { cardId, due, state, stability, difficulty, reps, lapses, version, leech } = answer;
  return { cardId, due, state, stability, difficulty, reps, lapses, version, leech };
}

/** The query is read from `url` (deck, limit); only its parameters matter, not its origin. */
export async function queueAnswer(user: SessionUser, url: URL) {
  const query = queueQuerySchema.parse({ deck: queryParam(url, "deck"), limit: queryParam(url, "limit") });
  const queue = await getStudyQueue(user.id, query.deck, new Date(), query.limit);
  return {
    counts: queue.counts,
    cards: queue.cards,
    nextLearningDue: queue.nextLearningDue,
    ...(queue.upcoming ? { upcoming: queue.upcoming } : {}),
  };
}
