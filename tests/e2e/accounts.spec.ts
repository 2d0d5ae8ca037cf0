import { expect, test } from "@playwright/test";

const DEMO = { email: "learner@sourcedeck.test", password: "sourcedeck-demo" };

test("sign up, sign out, sign in, see the dashboard", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("deck-card").first()).toContainText("Iran–Russia");
  await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });
});

test("sign-up shows clear errors and creates nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();

  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with that email already exists").first()).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The page's own alert, not Next's route announcer (also role=alert, mounted after hydration).
  const message = page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));
  await expect(message).toBeVisible();
  const wrongPassword = await message.textContent();

  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText(wrongPassword ?? "");
});

test("the demo learner sees the deck and its facts with sources", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Iran–Russia strategic partnership" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iran–Russia strategic partnership");
  const firstFact = page.getByTestId("fact").first();
  await expect(firstFact).toContainText("Source:");
  const all = await page.getByTestId("fact").count();
  expect(all).toBeGreaterThan(150);
  // Search and filters narrow the list.
  await page.getByLabel("Search").fill("Alabuga");
  await expect.poll(() => page.getByTestId("fact").count()).toBeLessThan(all);
  const found = await page.getByTestId("fact").allTextContents();
  expect(found.length).toBeGreaterThan(0);
  for (const text of found) expect(text).toMatch(/alabuga/i);
  await page.getByLabel("Search").fill("");
  await page.getByLabel("Kind").selectOption({ label: "Where sources differ" });
  await expect(page.getByTestId("fact").first()).toContainText("sources differ");
  await page.getByLabel("Kind").selectOption({ label: "All kinds" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/deck-phone.png" });
});

test("without a session, pages redirect to sign-in and JSON routes answer 401", async ({ page, request }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  const api = await request.get("/api/v1/decks");
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
});
