import { requireApiUser } from "@/lib/auth/session";
import { getClassProgress } from "@/lib/db/classes";
import { apiRoute, queryParam } from "@/lib/http/respond";
import { idString } from "@/lib/validation/text";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const assignment = idString("assignment")
    .optional()
    .parse(queryParam(new URL(request.url), "assignment"));
  const progress = await getClassProgress(user.id, (await params).id, new Date(), assignment);
  return Response.json(progress);
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
