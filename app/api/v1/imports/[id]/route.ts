import { requireApiUser } from "@/lib/auth/session";
import { getDeckImport } from "@/lib/db/deck-imports";
import { getImport, getImportStatus } from "@/lib/db/imports";
import { apiRoute, queryParam } from "@/lib/http/respond";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { id } = await params;
  if (queryParam(new URL(request.url), "full") === "1") {
    const { kind } = await getImportStatus(user.id, id);
    return Response.json(kind === "documents" ? await getImport(user.id, id) : await getDeckImport(user.id, id));
  }
  return Response.json(await getImportStatus(user.id, id));
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
