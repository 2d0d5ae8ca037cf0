import { requireApiUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/respond";
import { startClassOptimisation } from "@/lib/optimiser/start";

// The class's instructor fits pooled parameters: 202 with the new run, 200 with the run already
// going, 422 when the class has too few reviews, 404 for a class the caller does not teach.
export const POST = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const { id } = await params;
  const { run, started } = await startClassOptimisation(user.id, id);
  return Response.json({ run, started }, { status: started ? 202 : 200 });
});

export {
  methodNotAllowed as GET,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
