import { requireApiUser } from "@/lib/auth/session";
import { useParameters } from "@/lib/db/fsrs-params";
import { apiRoute, readJson } from "@/lib/http/respond";
import { useParametersSchema } from "@/lib/validation/fsrs";

// Go back: { parametersId } of an earlier fit, or null for class or default weights.
export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const { parametersId } = await readJson(request, useParametersSchema);
  await useParameters(user.id, parametersId);
  return Response.json({ ok: true });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
