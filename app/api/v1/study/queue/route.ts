// Also served before Next's router by lib/http/fast-api.ts, with the same lib/http/hot-routes.ts.
import { requireApiUser } from "@/lib/auth/session";
import { queueAnswer } from "@/lib/http/hot-routes";
import { apiRoute } from "@/lib/http/respond";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser(request);
  return Response.json(await queueAnswer(user, new URL(request.url)));
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
