import { requireApiUser } from "@/lib/auth/session";
import { getQuiz } from "@/lib/db/quizzes";
import { apiRoute } from "@/lib/http/respond";

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const quiz = await getQuiz(user.id, (await params).id);
  return Response.json({ id: quiz.id, seed: quiz.seed, items: quiz.items, result: quiz.result });
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
