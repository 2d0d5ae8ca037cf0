import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { makeNewFormatApkg, makeSampleApkg } from "../fixtures/anki/make-apkg";

const out = path.resolve("test-results");

async function signIn(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("import the fixture Anki package through /imports with its history, then export the deck", async ({ page }) => {
  const sample = path.join(out, "world-facts.apkg");
  const newFormat = path.join(out, "new-format.apkg");
  writeFileSync(sample, makeSampleApkg());
  writeFileSync(newFormat, makeNewFormatApkg());
  await signIn(page);

  // A package in Anki's newer compressed format is refused with what to do instead.
  await page.goto("/imports");
  await page.getByLabel("Documents").setInputFiles(newFormat);
  await page.getByRole("button", { name: "Import and find facts" }).click();
  await expect(page.locator(".form-error")).toContainText("Support older Anki versions");
  await expect(page).toHaveURL(/\/imports$/);

  await page.getByLabel("Documents").setInputFiles(sample);
  await page.getByRole("button", { name: "Import and find facts" }).click();
  await expect(page).toHaveURL(/\/imports\/[^/]+$/);
  await expect(page.getByTestId("candidate").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("candidate")).toHaveCount(6);
  await expect(page.getByTestId("import-summary")).toContainText("2 media files");
  await expect(page.getByTestId("candidate").filter({ hasText: "Canberra" })).toContainText("6 reviews");
  // Field HTML arrives as text: no script, entities decoded.
  await expect(page.getByTestId("candidate").filter({ hasText: "100 °C" })).not.toContainText("alert(1)");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(out, "interop-review-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(out, "interop-review-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: /Select all/ }).click();
  await page.getByLabel("Add approved facts to").selectOption({ label: "A new deck…" });
  const title = `World facts ${Date.now()}`;
  await page.getByLabel("New deck title").fill(title);
  await page.getByRole("button", { name: "Approve 6 selected" }).click();
  await expect(
    page.getByText(/6 facts added to the deck\. 14 earlier reviews set the schedule of 5 cards\./),
  ).toBeVisible();

  await page.getByRole("link", { name: "Open the deck" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const exportPanel = page.getByTestId("deck-export");
  await exportPanel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, "interop-deck-export.png") });

  const [apkg] = await Promise.all([
    page.waitForEvent("download"),
    exportPanel.getByRole("link", { name: "Anki package (.apkg)" }).click(),
  ]);
  expect(apkg.suggestedFilename()).toMatch(/\.apkg$/);
  const apkgPath = path.join(out, "exported.apkg");
  await apkg.saveAs(apkgPath);
  const files = unzipSync(new Uint8Array((await import("node:fs")).readFileSync(apkgPath)));
  expect(Object.keys(files)).toContain("collection.anki2");

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    exportPanel.getByRole("link", { name: "Spreadsheet (.csv)" }).click(),
  ]);
  const csvPath = path.join(out, "exported.csv");
  await csv.saveAs(csvPath);
  const text = (await import("node:fs")).readFileSync(csvPath, "utf8");
  expect(text.split("\n")[0]).toBe("key,kind,prompt,answer,variants,explanation,tags,section,source,reverse,details");
  expect(text).toContain("Canberra");

  // The review log, in the FSRS tools' columns, holds the imported history.
  const reviews = await page.request.get("/api/v1/me/reviews.csv");
  expect(reviews.status()).toBe(200);
  const lines = (await reviews.text()).trim().split("\n");
  expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(lines.length - 1).toBeGreaterThanOrEqual(14);

  // The exported package imports again through the API: the same six facts.
  const again = await page.request.post("/api/v1/imports", {
    multipart: {
      files: {
        name: "exported.apkg",
        mimeType: "application/octet-stream",
        buffer: (await import("node:fs")).readFileSync(apkgPath),
      },
    },
  });
  expect(again.status()).toBe(202);
  const { id } = (await again.json()) as { id: string };
  await expect
    .poll(async () => ((await (await page.request.get(`/api/v1/imports/${id}`)).json()) as { status: string }).status, {
      timeout: 20_000,
    })
    .toBe("ready");
  const full = (await (await page.request.get(`/api/v1/imports/${id}?full=1`)).json()) as {
    candidates: { prompt: string }[];
  };
  expect(full.candidates).toHaveLength(6);

  // Errors in the shared vocabulary: 415 for the new Anki format, 422 for a table with one column.
  const refused = await page.request.post("/api/v1/imports", {
    multipart: {
      files: { name: "new.apkg", mimeType: "application/octet-stream", buffer: Buffer.from(makeNewFormatApkg()) },
    },
  });
  expect(refused.status()).toBe(415);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
    /Support older Anki versions/,
  );
  const oneColumn = await page.request.post("/api/v1/imports", {
    multipart: { files: { name: "one.csv", mimeType: "text/csv", buffer: Buffer.from("only\none\n") } },
  });
  expect(oneColumn.status()).toBe(422);

  const bad = await page.request.get("/api/v1/decks/no-such-deck/export?format=apkg");
  expect(bad.status()).toBe(404);
  const wrong = await page.request.get(`/api/v1/decks/${encodeURIComponent("iran-russia")}/export?format=docx`);
  expect(wrong.status()).toBe(400);
});

test("import a Quizlet-style TSV and map its columns on the review screen", async ({ page }) => {
  const tsv = path.join(out, "capitals.tsv");
  writeFileSync(tsv, "Capital of Australia\tCanberra\nCapital of Canada\tOttawa\nCapital of Kenya\tNairobi\n");
  await signIn(page);
  await page.goto("/imports");
  await page.getByLabel("Documents").setInputFiles(tsv);
  await page.getByRole("button", { name: "Import and find facts" }).click();
  await expect(page.getByTestId("candidate")).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByTestId("csv-preview")).toContainText("Nairobi");
  await expect(page.getByTestId("candidate").first()).toContainText("Capital of Australia");
  // Swap: the first column becomes the answer, the second the question.
  await page.getByLabel("Column 1").selectOption("answer");
  await page.getByLabel("Column 2").selectOption("prompt");
  await page.getByRole("button", { name: "Apply the mapping" }).click();
  await expect(page.getByTestId("candidate").first().locator(".q")).toHaveText("Canberra");
  await page.screenshot({ path: path.join(out, "interop-csv-mapping.png"), fullPage: true });
});
