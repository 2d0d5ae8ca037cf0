import { requireApiUser } from "@/lib/auth/session";
import { listDecksForUser } from "@/lib/db/decks";
import { apiRoute } from "@/lib/http/respond";

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  const decks = await listDecksForUser(user.id, new Date());
  // due = learning + review and new = today's new cards, by the study queue's own rule (counts).
  return Response.json(
    decks.map(({ id, slug, title, facts, cards, due, new: fresh, unseen, counts }) => ({
      id,
      slug,
      title,
      facts,
      cards,
      due,
      new: fresh,
      unseen,
      counts,
    })),
  );
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
