import { requireApiUser } from "@/lib/auth/session";
import { rotateJoinCode } from "@/lib/db/classes";
import { apiRoute } from "@/lib/http/respond";

/** Rotates the join code: the old one stops working at once. */
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const updated = await rotateJoinCode(user.id, (await params).id);
  return Response.json({ joinCode: updated.joinCode });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
