import { requireApiUser } from "@/lib/auth/session";
import { removeStudent } from "@/lib/db/classes";
import { apiRoute } from "@/lib/http/respond";

export const DELETE = apiRoute(
  async (_request: Request, { params }: { params: Promise<{ id: string; studentId: string }> }) => {
    const user = await requireApiUser();
    const { id, studentId } = await params;
    await removeStudent(user.id, id, studentId);
    return new Response(null, { status: 204 });
  },
);

export {
  methodNotAllowed as GET,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
