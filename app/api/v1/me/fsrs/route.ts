import { requireApiUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/respond";
import { fsrsOverview } from "@/lib/optimiser/overview";

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return Response.json(await fsrsOverview(user.id));
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
