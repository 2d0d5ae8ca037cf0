import { requireApiUser } from "@/lib/auth/session";
import { applyCardAction } from "@/lib/db/card-actions";
import { apiRoute, readJson } from "@/lib/http/respond";
import { cardActionSchema, cardIdParamSchema } from "@/lib/validation/study";

/** In-session actions on one card: suspend, unsuspend, bury until the next study day, flag, unflag. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const id = cardIdParamSchema.parse((await params).id);
  const { action } = await readJson(request, cardActionSchema);
  return Response.json(await applyCardAction(user.id, id, action, new Date()));
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
