// A reading with site boilerplate and an infobox: the drafts come best first, the boilerplate
// makes no card, the confident drafts are preselected, approving them fills a deck to study.
import path from "node:path";
import { expect, test } from "@playwright/test";

const BOILERPLATE =
  /newsletter|cookies|Gazette|Copyright|Share this|All fields required|min read|Annual Report 1931|Journal of Water Engineering|Tomas Ellery/i;

test("ranked drafts from a page with boilerplate and an infobox: approve the preselected, study them", async ({
  page,
}) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in hashes the password; on a busy machine the first one can take a while.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });

  await page.goto("/imports");
  await page.getByLabel("Documents").setInputFiles(path.resolve("tests/fixtures/import/reservoir.html"));
  await page.getByRole("button", { name: "Import and find facts" }).click();
  await expect(page).toHaveURL(/\/imports\/[^/]+$/, { timeout: 30_000 });
  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible({ timeout: 30_000 });

  // No title typed in: the source is titled from the page's <title> without the site's name, not the file name.
  await expect(page.locator("#doc-heading")).toHaveText("Harrowmere Reservoir");
  // The stored text has the infobox as Key: Value lines and none of the boilerplate.
  const text = page.getByTestId("document-text");
  await expect(text).toContainText("Opened: 4 May 1931");
  await expect(text).toContainText("Nameplate capacity: 18 MW");
  await expect(text).not.toContainText(BOILERPLATE);

  // Best first: scores never rise down the list; no draft comes from the boilerplate.
  const scores = await candidates.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-score"))));
  expect(scores.length).toBeGreaterThan(2);
  for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] ?? 1);
  for (const t of await candidates.allInnerTexts()) expect(t).not.toMatch(BOILERPLATE);

  // The confident drafts, and only those, are preselected; the first one is confident.
  await expect(candidates.first()).toHaveAttribute("data-confidence", "confident");
  const confident = page.locator('[data-testid="candidate"][data-confidence="confident"]');
  const confidentCount = await confident.count();
  expect(confidentCount).toBeGreaterThan(0);
  for (let i = 0; i < confidentCount; i++) await expect(confident.nth(i).getByRole("checkbox")).toBeChecked();
  const unsure = page.locator('[data-testid="candidate"]:not([data-confidence="confident"])');
  for (let i = 0; i < (await unsure.count()); i++) {
    await expect(unsure.nth(i).getByRole("checkbox")).not.toBeChecked();
    await expect(unsure.nth(i).getByTestId("why-low")).toBeVisible();
  }

  await page.getByLabel("Add approved facts to").selectOption({ label: "A new deck…" });
  await page.getByLabel("New deck title").fill(`Reservoir ${Date.now()}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/import-ranking-desktop.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/import-ranking-phone.png", fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The list itself, where a low draft says why it is low.
  const firstUnsure = (await unsure.count()) > 0 ? unsure.first() : candidates.first();
  await firstUnsure.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/import-ranking-list.png", fullPage: false });

  await page.getByRole("button", { name: `Approve ${confidentCount} selected` }).click();
  const added = `${confidentCount} fact${confidentCount === 1 ? "" : "s"} added to the deck.`;
  await expect(page.getByText(added)).toBeVisible({ timeout: 20_000 });

  await page.getByRole("link", { name: "Study them" }).click();
  await expect(page).toHaveURL(/\/study\//, { timeout: 20_000 });
  await expect(page.getByTestId("study-card")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("back")).toBeVisible();
  await expect(page.getByTestId("study-card")).toContainText("Source: Harrowmere Reservoir");
});
