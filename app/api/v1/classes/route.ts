import { requireApiUser } from "@/lib/auth/session";
import { createClass, listTaughtClasses } from "@/lib/db/classes";
import { apiRoute, readJson } from "@/lib/http/respond";
import { createClassSchema } from "@/lib/validation/classes";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const { name } = await readJson(request, createClassSchema);
  const created = await createClass(user.id, name);
  return Response.json({ id: created.id, joinCode: created.joinCode }, { status: 201 });
});

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  const classes = await listTaughtClasses(user.id);
  return Response.json(
    classes.map((c) => ({
      id: c.id,
      name: c.name,
      joinCode: c.joinCode,
      students: c._count.enrollments,
      assignments: c._count.assignments,
    })),
  );
});

export {
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
