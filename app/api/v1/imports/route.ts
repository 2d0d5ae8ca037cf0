import { after } from "next/server";
import { formText } from "@/lib/http/form-action";
import { requireApiUser } from "@/lib/auth/session";
import { createDeckFileImport, processDeckFileImport } from "@/lib/db/deck-imports";
import { createImport, listImports, processImport } from "@/lib/db/imports";
import { apiRoute, jsonError } from "@/lib/http/respond";
import { ImportError } from "@/lib/import/extract";
import { deckFileFromForm, importErrorStatus } from "@/lib/import/deck-upload";
import { documentsFromForm } from "@/lib/import/upload";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireApiUser();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "invalid", "Send the documents as a multipart form.");
  }
  // An Anki package or a CSV table: draft facts from its notes or rows, read after the answer.
  let deckFile;
  try {
    deckFile = await deckFileFromForm(form);
  } catch (e) {
    if (e instanceof ImportError) return jsonError(importErrorStatus(e), "invalid", e.message);
    throw e;
  }
  if (deckFile) {
    const title = formText(form, "title").trim().slice(0, 120) || deckFile.fileName;
    const id = await createDeckFileImport(user.id, title, deckFile);
    after(() => processDeckFileImport(id));
    return Response.json({ id, format: deckFile.format, fileName: deckFile.fileName }, { status: 202 });
  }
  let documents;
  try {
    documents = await documentsFromForm(form);
  } catch (e) {
    if (e instanceof ImportError) return jsonError(e.code === "too-large" ? 413 : 400, "invalid", e.message);
    throw e;
  }
  const given = formText(form, "title").trim().slice(0, 120);
  const [firstDocument] = documents;
  const title = given || (firstDocument?.title ?? "Untitled import");
  // One file and a name for it: the name is the better title for the source than the file name.
  if (given && documents.length === 1 && firstDocument && firstDocument.format !== "paste") firstDocument.title = given;
  const id = await createImport(user.id, title, documents);
  // Generation runs after the answer is sent; the page polls GET /api/v1/imports/:id for progress.
  after(() => processImport(id));
  return Response.json({ id, documents: documents.map((d) => ({ fileName: d.fileName, format: d.format, characters: d.text.length })) }, { status: 202 });
});

export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return Response.json(await listImports(user.id));
});
