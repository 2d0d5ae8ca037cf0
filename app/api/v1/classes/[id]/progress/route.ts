import { requireApiUser } from "@/lib/auth/session";
import { getClassProgress } from "@/lib/db/classes";
import { apiRoute } from "@/lib/http/respond";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const assignment = new URL(request.url).searchParams.get("assignment") ?? undefined;
  const progress = await getClassProgress(user.id, (await params).id, new Date(), assignment);
  return Response.json(progress);
});
