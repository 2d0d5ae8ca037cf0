import { requireApiUser } from "@/lib/auth/session";
import { getCardDetails } from "@/lib/db/card-actions";
import { apiRoute } from "@/lib/http/respond";
import { cardIdParamSchema, typedQuerySchema } from "@/lib/validation/study";

/** What the card back shows: the source passage, every source's version, who may edit, a typed answer's check. */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const id = cardIdParamSchema.parse((await params).id);
  // ?typed= checks a type-in answer with lib/quiz's checker, so the page can propose a rating.
  const typed = typedQuerySchema.parse(new URL(request.url).searchParams.get("typed") ?? undefined);
  return Response.json(await getCardDetails(user.id, id, typed));
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
