import { requireApiUser } from "@/lib/auth/session";
import { undoReview } from "@/lib/db/reviews";
import { apiRoute, readJson } from "@/lib/http/respond";
import { undoBodySchema } from "@/lib/validation/study";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const { id } = await readJson(request, undoBodySchema);
  const { cardId, restored } = await undoReview(user.id, id);
  return Response.json({
    cardId,
    restored: restored
      ? {
          due: restored.due.toISOString(),
          state: restored.state,
          stability: restored.stability,
          difficulty: restored.difficulty,
          reps: restored.reps,
          lapses: restored.lapses,
          version: restored.version,
        }
      : null,
  });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
