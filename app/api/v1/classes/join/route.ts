import { requireApiUser } from "@/lib/auth/session";
import { joinClass } from "@/lib/db/classes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { joinClassSchema } from "@/lib/validation/classes";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const { code } = await readJson(request, joinClassSchema);
  const joined = await joinClass(user.id, code);
  return Response.json({ classId: joined.classId });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
