import { requireApiUser } from "@/lib/auth/session";
import { createDeckFileImport } from "@/lib/db/deck-imports";
import { createImport, listImports } from "@/lib/db/imports";
import { enqueueJob } from "@/lib/db/jobs";
import { AppError, UnsupportedMediaType } from "@/lib/errors";
import { mediaType, readBodyLimited } from "@/lib/http/body";
import { apiRoute, jsonError } from "@/lib/http/respond";
import { deckFileErrorStatus, deckFileFromForm } from "@/lib/import/deck-upload";
import { documentsFromForm, MAX_UPLOAD_BYTES, safeDisplayName } from "@/lib/import/upload";
import { DECK_FILE_IMPORT_JOB, IMPORT_JOB } from "@/lib/jobs/handlers";

function titleFrom(form: FormData): string {
  const field = form.get("title");
  return typeof field === "string" && field.trim() !== "" ? safeDisplayName(field).slice(0, 120) : "";
}

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  const type = mediaType(request);
  if (type !== "multipart/form-data" && type !== "application/x-www-form-urlencoded") {
    throw UnsupportedMediaType("Send the documents as a multipart form (multipart/form-data).");
  }
  // Read with a hard limit (a body past it is cut off, not buffered), then parsed as a form.
  const body = await readBodyLimited(request, MAX_UPLOAD_BYTES, "The upload");
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return jsonError(400, "invalid", "Send the documents as a multipart form.");
  }
  // An Anki package or a CSV table: draft facts from its notes or rows, read by the job worker.
  let deckFile;
  try {
    deckFile = await deckFileFromForm(form);
  } catch (e) {
    if (e instanceof AppError) return jsonError(deckFileErrorStatus(e), e.code, e.message);
    throw e;
  }
  if (deckFile) {
    const title = titleFrom(form) || deckFile.fileName;
    const id = await createDeckFileImport(user.id, title, deckFile);
    await enqueueJob(DECK_FILE_IMPORT_JOB, { importId: id });
    return Response.json({ id, format: deckFile.format, fileName: deckFile.fileName }, { status: 202 });
  }
  // A refused document (too large, a format not read, no text) answers through apiRoute: 413, 415 or 400.
  const documents = await documentsFromForm(form);
  const given = titleFrom(form);
  const [firstDocument] = documents;
  const title = given || (firstDocument?.title ?? "Untitled import");
  // One file and a name for it: the name is the better title for the source than the file name.
  if (given && documents.length === 1 && firstDocument && firstDocument.format !== "paste") firstDocument.title = given;
  const id = await createImport(user.id, title, documents);
  // Generation is a job for the worker process, not work for this one; the page polls
  // GET /api/v1/imports/:id for progress.
  await enqueueJob(IMPORT_JOB, { importId: id });
  return Response.json(
    { id, documents: documents.map((d) => ({ fileName: d.fileName, format: d.format, characters: d.text.length })) },
    { status: 202 },
  );
});

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return Response.json(await listImports(user.id));
});

export {
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
  allowedOptions as OPTIONS,
} from "@/lib/http/respond";
