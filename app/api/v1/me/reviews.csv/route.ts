import { requireApiUser } from "@/lib/auth/session";
import { getReviewLogForExport } from "@/lib/db/deck-exports";
import { reviewLogCsv } from "@/lib/export/review-log-csv";
import { apiRoute } from "@/lib/http/respond";

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return new Response(reviewLogCsv(await getReviewLogForExport(user.id)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="sourcedeck-reviews.csv"',
      "cache-control": "private, no-store",
    },
  });
});

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
