import { requireApiUser } from "@/lib/auth/session";
import { createQuiz } from "@/lib/db/quizzes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { createQuizSchema } from "@/lib/validation/quiz";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const body = await readJson(request, createQuizSchema);
  const quiz = await createQuiz(user.id, body);
  return Response.json({ id: quiz.id, seed: quiz.seed, items: quiz.items }, { status: 201 });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
