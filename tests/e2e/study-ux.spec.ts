// A daily learner's small frictions, in a real browser: keyboard users keep Enter for the control they
// tabbed to; an undo works offline; on a phone the card actions are tappable and away from the ratings.
import { expect, test, type Page } from "@playwright/test";

async function signUp(page: Page, tag: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`ux-${tag}-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function newCount(page: Page) {
  const text = (await page.getByTestId("counts").textContent()) ?? "";
  return Number(/(\d+) new/.exec(text)?.[1]);
}

test("keyboard only: Enter on a tabbed-to card action does that action, Space on the page shows the answer", async ({
  page,
}) => {
  await signUp(page, "keys");
  await page.goto("/study/iran-russia");
  const card = page.getByTestId("study-card");
  const first = await card.getAttribute("data-card-id");
  const suspend = page.getByRole("button", { name: "Suspend" });
  for (let i = 0; i < 30 && !(await suspend.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByText("Card suspended")).toBeVisible();
  await expect(page.getByTestId("back")).toHaveCount(0);
  await expect(card).not.toHaveAttribute("data-card-id", first!);

  // Clicked with the mouse, a button does not keep Space: it still shows the next answer.
  const second = await card.getAttribute("data-card-id");
  await page.getByRole("button", { name: "Bury until tomorrow" }).click();
  await expect(card).not.toHaveAttribute("data-card-id", second!);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("back")).toBeVisible();
});

test("offline: z undoes a review that has not reached the server, at once, and the session goes on", async ({
  page,
  context,
}) => {
  await signUp(page, "offline");
  await page.goto("/study/iran-russia");
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const start = await newCount(page);
  await context.setOffline(true);
  const id = await card.getAttribute("data-card-id");
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", id!);
  await page.keyboard.press("z");
  await expect(page.getByText("Review undone.")).toBeVisible();
  await expect(card).toHaveAttribute("data-card-id", id!);
  expect(await newCount(page)).toBe(start);
  // Still offline, the learner can rate again (the page is not stuck waiting for the network).
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(card).not.toHaveAttribute("data-card-id", id!);
  await context.setOffline(false);
  // The withdrawn review was never sent: the server has exactly one review, the Easy one.
  await expect
    .poll(async () => (await (await page.request.get("/api/v1/study/queue?deck=iran-russia")).json()).counts.new)
    .toBe(start - 1);
  await page.goto("/dashboard");
  await expect(page.getByTestId("reviewed-today").first()).toHaveText("1");
});

test("phone: the card actions are full-size tap targets, apart from the ratings, with no key hints", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, "phone");
  await page.goto("/study/iran-russia");
  await expect(page.getByRole("button", { name: /Show answer/ }).locator("kbd")).toBeHidden();
  await page.getByRole("button", { name: /Show answer/ }).click();
  const again = await page.getByRole("button", { name: /^Again/ }).boundingBox();
  for (const name of ["Bury until tomorrow", "Suspend", "Flag"]) {
    const box = (await page.getByRole("button", { name }).boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(44);
    expect(box.y - (again!.y + again!.height), name).toBeGreaterThanOrEqual(16);
  }
  await page.screenshot({ path: "test-results/study-phone-actions.png" });
});

test("phone: a card with a long unbroken answer (a web address) wraps inside the screen", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/decks/new");
  await page.getByLabel("Title", { exact: true }).fill(`UX long text ${Date.now()}`);
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/[^/]+\/edit$/);
  const slug = /\/decks\/([^/]+)\/edit$/.exec(page.url())![1];
  const form = page.getByRole("form", { name: "Add a fact" });
  const address = `https://archive.example.org/${"treaty-register-volume-".repeat(6)}annex`;
  await form.getByLabel("Kind").selectOption("place");
  await form.getByLabel("Prompt").fill("Where is the signed text of the treaty kept online?");
  await form.getByLabel("Answer", { exact: true }).fill(address);
  await form.getByLabel("Explanation").fill(`The register lists it under ${address}.`);
  await form.getByLabel("Section", { exact: true }).fill("Notes");
  await form.getByRole("button", { name: "Add fact" }).click();
  await expect(page.getByTestId("edit-fact")).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/study/${slug}`);
  await expect(page.getByTestId("study-card")).toBeVisible();
  if (await page.getByRole("button", { name: /Show answer/ }).isVisible()) {
    await page.getByRole("button", { name: /Show answer/ }).click();
  }
  await expect(page.getByTestId("study-card")).toContainText("archive.example.org");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const card = (await page.getByTestId("study-card").boundingBox())!;
  expect(card.x + card.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/study-phone-long-text.png", fullPage: true });
});
