import { requireApiUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/respond";
import { fsrsOverview } from "@/lib/optimiser/overview";

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return Response.json(await fsrsOverview(user.id));
});
