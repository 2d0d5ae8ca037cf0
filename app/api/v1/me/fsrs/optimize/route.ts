import { requireApiUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/respond";
import { startOptimisation } from "@/lib/optimiser/start";

// 202 with the new run, 200 with the run already going, 422 when there are too few reviews.
export const POST = apiRoute(async () => {
  const user = await requireApiUser();
  const { run, started } = await startOptimisation(user.id);
  return Response.json({ run, started }, { status: started ? 202 : 200 });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
