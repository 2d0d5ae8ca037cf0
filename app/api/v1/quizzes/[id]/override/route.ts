import { requireApiUser } from "@/lib/auth/session";
import { overrideQuizItem } from "@/lib/db/quizzes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { overrideQuizItemSchema } from "@/lib/validation/quiz";

/** "I was right" on a submitted quiz's type-in item: { itemId } -> the new score and what happened to its review. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { itemId } = await readJson(request, overrideQuizItemSchema);
  const answer = await overrideQuizItem(user.id, (await params).id, itemId, new Date());
  const item = answer.result.items.find((i) => i.itemId === itemId);
  return Response.json({
    score: answer.result.score,
    total: answer.result.total,
    item: item ? { itemId: item.itemId, correct: item.correct, overridden: item.overridden ?? false } : null,
    reviewCorrected: answer.reviewCorrected,
    ...(answer.note ? { note: answer.note } : {}),
  });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
