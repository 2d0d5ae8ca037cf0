import { requireApiUser } from "@/lib/auth/session";
import { getCardHistory, getStats } from "@/lib/db/stats";
import { apiRoute } from "@/lib/http/respond";
import { statsQuerySchema } from "@/lib/validation/stats";

// ?deck=<id or slug> for one deck (all decks without it); ?card=<id> for one card's review history.
export const GET = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const url = new URL(request.url);
  const q = statsQuerySchema.parse({
    deck: url.searchParams.get("deck") ?? undefined,
    card: url.searchParams.get("card") ?? undefined,
  });
  if (q.card) return Response.json(await getCardHistory(user.id, q.card));
  return Response.json(await getStats(user.id, q.deck ?? null, new Date()));
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
