import { requireApiUser } from "@/lib/auth/session";
import { createAssignment } from "@/lib/db/classes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { createAssignmentSchema } from "@/lib/validation/classes";

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const body = await readJson(request, createAssignmentSchema(new Date()));
  const created = await createAssignment(user.id, (await params).id, body);
  return Response.json({ id: created.id }, { status: 201 });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
