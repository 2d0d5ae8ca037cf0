import { requireApiUser } from "@/lib/auth/session";
import { submitQuiz } from "@/lib/db/quizzes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { submitQuizSchema } from "@/lib/validation/quiz";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { answers } = await readJson(request, submitQuizSchema);
  const result = await submitQuiz(user.id, (await params).id, answers, new Date());
  return Response.json({
    score: result.score,
    total: result.total,
    items: result.items.map((i) => ({
      itemId: i.itemId,
      correct: i.correct,
      expected: i.expected,
      explanation: i.explanation,
      source: i.source,
    })),
  });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
