import { requireApiUser } from "@/lib/auth/session";
import { getDeckExport } from "@/lib/db/deck-exports";
import { getStudySettings } from "@/lib/db/settings";
import { deckExportFile } from "@/lib/export/deck-file";
import { apiRoute } from "@/lib/http/respond";
import { deckRefSchema, exportQuerySchema } from "@/lib/validation/interop";

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  const deckRef = deckRefSchema.parse((await params).id);
  const { format } = exportQuerySchema.parse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  const [deck, settings] = await Promise.all([getDeckExport(user.id, deckRef), getStudySettings(user.id)]);
  const file = deckExportFile(deck, format, new Date(), settings.dayStartHour);
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
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
