// Also served before Next's router by lib/http/fast-api.ts, with the same lib/http/hot-routes.ts.
import { requireApiUser } from "@/lib/auth/session";
import { reviewAnswer } from "@/lib/http/hot-routes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { reviewBodySchema } from "@/lib/validation/study";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  const body = await readJson(request, reviewBodySchema);
  return Response.json(await reviewAnswer(user, body));
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
