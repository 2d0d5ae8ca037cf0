import path from "node:path";
import { expect, test } from "@playwright/test";

test("upload a document, approve some candidates into a new deck, study them", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/imports");
  // A file that cannot be read gets a clear message, and no import is created.
  await page.getByLabel("Documents").setInputFiles(path.resolve("tests/fixtures/import/corrupt.pdf"));
  await page.getByRole("button", { name: "Import and find facts" }).click();
  // The form's alert, not Next's route announcer (also role=alert).
  await expect(page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"))).toBeVisible();
  await expect(page).toHaveURL(/\/imports$/);

  await page.getByLabel("Documents").setInputFiles(path.resolve("tests/fixtures/import/canal.pdf"));
  await page.locator("#title").fill("The Lindenvale Canal");
  await page.getByRole("button", { name: "Import and find facts" }).click();
  await expect(page).toHaveURL(/\/imports\/[^/]+$/);
  await expect(page.getByTestId("candidate").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("document-text")).toContainText("Lindenvale");
  await expect(page.getByTestId("document-text").locator("mark").first()).toBeVisible();

  const candidates = page.getByTestId("candidate");
  // Confident drafts come preselected; start from none to pick exactly three.
  await page.getByRole("button", { name: "Select none" }).click();
  for (let i = 0; i < 3; i++) await candidates.nth(i).getByRole("checkbox").check();
  await page.getByLabel("Add approved facts to").selectOption({ label: "A new deck…" });
  const title = `Canal ${Date.now()}`;
  await page.getByLabel("New deck title").fill(title);
  await page.screenshot({ path: "test-results/import-review.png" });
  await page.getByRole("button", { name: "Approve 3 selected" }).click();
  await expect(page.getByText("3 facts added to the deck.")).toBeVisible();

  await page.getByRole("link", { name: "Study them" }).click();
  await expect(page).toHaveURL(/\/study\//);
  await expect(page.getByTestId("study-card")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("back")).toBeVisible();
  await expect(page.getByTestId("study-card")).toContainText("Source: The Lindenvale Canal");
});
