import { requireApiUser } from "@/lib/auth/session";
import { getCardDetails } from "@/lib/db/card-actions";
import { apiRoute } from "@/lib/http/respond";
import { cardIdParamSchema } from "@/lib/validation/study";

/** What the card back shows on request: the source passage, every source's version, who may edit. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const id = cardIdParamSchema.parse((await params).id);
  return Response.json(await getCardDetails(user.id, id));
});
