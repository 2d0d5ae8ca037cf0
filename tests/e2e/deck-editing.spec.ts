import { expect, test, type Page } from "@playwright/test";

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("an instructor creates a deck, adds a fact, edits its wording and deletes it", async ({ page }) => {
  await signIn(page, "instructor@sourcedeck.test");
  const title = `E2E seminar ${Date.now()}`;

  await page.goto("/decks/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description").fill("Readings for week 3.");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/e2e-seminar-\d+\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit “${title}”`);
  await expect(page.getByText("No facts yet")).toBeVisible();

  // A fact with a missing prompt is refused; what was typed stays.
  const form = page.getByRole("form", { name: "Add a fact" });
  await form.getByLabel("Kind").selectOption("place");
  await form.getByLabel("Answer", { exact: true }).fill("Aktau");
  await form.getByLabel("Explanation").fill("The leaders of the five coastal states met at Aktau in 2018.");
  await form.getByLabel("Section", { exact: true }).fill("Week 3 lecture");
  await form.getByRole("button", { name: "Add fact" }).click();
  await expect(page.getByText("Nothing was saved: please fix the highlighted fields.")).toBeVisible();
  await expect(page.locator("#fact-prompt-error")).toHaveText("Must not be empty.");
  await expect(form.getByLabel("Answer", { exact: true })).toHaveValue("Aktau");
  await expect(form.getByLabel("Kind")).toHaveValue("place");

  await form.getByLabel("Prompt").fill("Which city hosted the 2018 Caspian summit?");
  await form.getByLabel("Variants").fill("Aqtau");
  await form.getByLabel("Tags").fill("caspian, summits");
  await form.getByRole("button", { name: "Add fact" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Added “Which city hosted the 2018 Caspian summit?”" }),
  ).toBeVisible();
  const row = page.getByTestId("edit-fact").filter({ hasText: "Which city hosted the 2018 Caspian summit?" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Aktau");
  await expect(row).toContainText("own notes");
  // The form is fresh for the next fact, keeping the kind and section.
  await expect(form.getByLabel("Prompt")).toHaveValue("");
  await expect(form.getByLabel("Section", { exact: true })).toHaveValue("Week 3 lecture");

  await row.getByRole("link", { name: /^Edit/ }).click();
  await expect(page).toHaveURL(/\/edit\/facts\/which-city-hosted-the-2018-caspian-summit$/);
  await expect(page.getByLabel("Variants")).toHaveValue("Aqtau");
  await page.getByLabel("Prompt").fill("In which Kazakh city did the 2018 Caspian summit take place?");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/edit\?saved=which-city-hosted-the-2018-caspian-summit$/);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved “In which Kazakh city did the 2018 Caspian summit take place?”." }),
  ).toBeVisible();
  const edited = page.getByTestId("edit-fact");
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText("In which Kazakh city did the 2018 Caspian summit take place?");
  await expect(edited).not.toContainText("Which city hosted");
  await page.screenshot({ path: "test-results/deck-editing.png", fullPage: true });

  // The deck's own page shows the fact too.
  const editUrl = page.url().replace(/\?.*$/, "");
  await page.getByRole("link", { name: `← ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("In which Kazakh city did the 2018 Caspian summit take place?")).toBeVisible();
  await page.goto(editUrl);

  await edited.getByRole("button", { name: /^Delete/ }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("The fact and its cards were deleted.")).toBeVisible();
  await expect(page.getByTestId("edit-fact")).toHaveCount(0);
});

test("the content deck is read-only, and can be copied", async ({ page }) => {
  await signIn(page, "instructor@sourcedeck.test");
  await page.goto("/decks/iran-russia/edit");
  await expect(page.getByRole("heading", { name: "This deck cannot be edited" })).toBeVisible();
  await expect(page.getByText("read-only")).toBeVisible();
  await page.getByRole("link", { name: "Copy it" }).click();
  await expect(page).toHaveURL(/\/decks\/new\?from=iran-russia$/);
  await expect(page.getByLabel("Deck to copy")).toHaveValue("iran-russia");
  await page.getByLabel("Title of the copy").fill(`E2E copy ${Date.now()}`);
  await page.getByRole("button", { name: "Copy deck" }).click();
  await expect(page).toHaveURL(/\/decks\/e2e-copy-\d+\/edit$/);
  expect(await page.getByTestId("edit-fact").count()).toBeGreaterThan(150);
});

test("a learner creates their own deck; another learner's deck is 404", async ({ page }) => {
  // A fresh learner, so the demo learner's dashboard (other specs read it) keeps its decks.
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`own-deck-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
  const title = `E2E own deck ${Date.now()}`;
  await page.goto("/decks/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/e2e-own-deck-\d+\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit “${title}”`);
  const missing = await page.request.get("/decks/no-such-deck-anywhere/edit");
  expect(missing.status()).toBe(404);
});
