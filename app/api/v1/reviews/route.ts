import { requireApiUser } from "@/lib/auth/session";
import { recordReview } from "@/lib/db/reviews";
import { apiRoute, readJson } from "@/lib/http/respond";
import { reviewBodySchema } from "@/lib/validation/study";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const body = await readJson(request, reviewBodySchema);
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
  return Response.json({ cardId, due, state, stability, difficulty, reps, lapses, version, leech });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
