import { describe, expect, it } from "vitest";
import { deckFileFromForm, deckFileErrorStatus } from "@/lib/import/deck-upload";
import { AppError } from "@/lib/errors";
import { makeNewFormatApkg, makeSampleApkg } from "../../fixtures/anki/make-apkg";

function form(files: { name: string; bytes: Uint8Array | string }[], fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const file of files)
    f.append("files", new File([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], file.name));
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function statusOf(p: Promise<unknown>): Promise<number | string> {
  try {
    await p;
    return "none";
  } catch (e) {
    if (e instanceof AppError) return deckFileErrorStatus(e);
    throw e;
  }
}

describe("deckFileFromForm", () => {
  it("leaves documents to the document importer", async () => {
    expect(await deckFileFromForm(form([{ name: "notes.txt", bytes: "plain text" }]))).toBeNull();
  });

  it("takes an Anki package and a CSV with its mapping", async () => {
    expect((await deckFileFromForm(form([{ name: "deck.apkg", bytes: makeSampleApkg() }])))?.format).toBe("apkg");
    const csv = await deckFileFromForm(
      form([{ name: "cards.csv", bytes: "a,b,c\nd,e,f\n" }], { mapping: "answer,prompt,ignore" }),
    );
    expect(csv).toMatchObject({ format: "csv", mapping: ["answer", "prompt", "ignore"] });
  });

  it("answers 415 for the new Anki format or a deck file mixed with documents, 422 for what cannot be read", async () => {
    expect(await statusOf(deckFileFromForm(form([{ name: "new.apkg", bytes: makeNewFormatApkg() }])))).toBe(415);
    expect(
      await statusOf(
        deckFileFromForm(
          form([
            { name: "a.csv", bytes: "a,b\n" },
            { name: "b.txt", bytes: "x" },
          ]),
        ),
      ),
    ).toBe(415);
    expect(await statusOf(deckFileFromForm(form([{ name: "fake.apkg", bytes: "not a zip" }])))).toBe(422);
    expect(await statusOf(deckFileFromForm(form([{ name: "one.csv", bytes: "only\none\n" }])))).toBe(422);
    expect(
      await statusOf(deckFileFromForm(form([{ name: "c.csv", bytes: "a,b\n" }], { mapping: "prompt,prompt" }))),
    ).toBe(422);
    expect(
      await statusOf(deckFileFromForm(form([{ name: "c.csv", bytes: "a,b\n" }], { mapping: "prompt,answer,tags" }))),
    ).toBe(422);
  });

  it("answers 413 for a file over 10 MB before reading it", async () => {
    expect(
      await statusOf(deckFileFromForm(form([{ name: "big.csv", bytes: new Uint8Array(10 * 1024 * 1024 + 1) }]))),
    ).toBe(413);
  });
});
