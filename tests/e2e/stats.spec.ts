import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";

// A learner with 150 days of simulated reviews, written through lib/db by the seeding script into the
// same database the server under test reads (scripts/e2e.sh exports DATABASE_URL, fresh per run).
// A fixed address: a worker restarted after a failure must find the same learner (the script seeds once).
const email = "stats-e2e@sourcedeck.test";

test.beforeAll(() => {
  execFileSync("npx", ["tsx", "scripts/seed-review-history.ts", email, "iran-russia", "150"], {
    stdio: "pipe",
    env: process.env,
  });
});

async function signIn(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts also loads argon2 and compiles the route: give it time.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
}

test("review some cards, then /stats shows every chart with its table", async ({ page }) => {
  await signIn(page);
  await page.goto("/study/iran-russia");
  const card = page.getByTestId("study-card");
  for (let i = 0; i < 3; i++) {
    const id = await card.getAttribute("data-card-id");
    await page.keyboard.press("Space");
    await expect(page.getByTestId("back")).toBeVisible();
    await page.keyboard.press(i === 1 ? "1" : "3");
    await expect(card).not.toHaveAttribute("data-card-id", id ?? "");
  }
  await page.goto("/stats?deck=iran-russia");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Statistics");
  // Ten uPlot charts (retention ×3, activity, forecast ×2, distributions ×4) and the SVG heatmap.
  await expect(page.locator(".uplot")).toHaveCount(10);
  await expect(page.locator('[data-chart="heatmap"] rect')).toHaveCount(365);
  for (const id of [
    "retention-day",
    "retention-week",
    "retention-month",
    "activity",
    "forecast-30",
    "forecast-90",
    "dist-interval",
    "dist-stability",
    "dist-difficulty",
    "dist-retrievability",
  ]) {
    await expect(page.locator(`[data-chart="${id}"] table tbody tr`).first()).toBeVisible();
  }
  // Today's three reviews (one of them Again) are in the activity table.
  const today = page.locator('[data-chart="activity"] tbody tr').last();
  await expect(today.locator("td").first()).not.toHaveText("0");
  await page.screenshot({ path: "test-results/stats-e2e-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('[data-chart="forecast-30"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/stats-e2e-phone.png" });

  // A card's own history lists each review with the recall predicted at the time.
  await page.setViewportSize({ width: 1280, height: 900 });
  const href = await page
    .getByRole("navigation", { name: "Most reviewed cards" })
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(href).toMatch(/card=/);
  await page.goto(href ?? "");
  await expect(page.locator('[data-chart="card"] tbody tr').nth(1)).toContainText("%", { timeout: 20_000 });

  const api = await page.request.get("/api/v1/stats?deck=iran-russia");
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { forecast: { days30: unknown[]; days90: unknown[] }; heatmap: unknown[] };
  expect(body.forecast.days30).toHaveLength(30);
  expect(body.forecast.days90).toHaveLength(90);
  expect(body.heatmap).toHaveLength(365);
});

test("run the optimiser from settings and see both sets of numbers", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/settings");
  await expect(page.getByTestId("fsrs-source")).toHaveText("the FSRS-6 defaults");
  await page.getByRole("button", { name: "Optimise now" }).click();
  const result = page.getByTestId("fsrs-result");
  await expect(result).toBeVisible({ timeout: 150_000 });
  await expect(result).toContainText("log loss");
  await expect(result).toContainText("RMSE");
  await expect(result.locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("fsrs-advice")).toContainText("desired retention");
  await page.screenshot({ path: "test-results/settings-optimiser-e2e.png", fullPage: true });
  const fsrs = await page.request.get("/api/v1/me/fsrs");
  const o = (await fsrs.json()) as { latestRun: { status: string }; inUse: { source: string } };
  expect(["adopted", "kept"]).toContain(o.latestRun.status);
  if (o.latestRun.status === "adopted")
    await expect(page.getByTestId("fsrs-source")).toHaveText("fitted to your reviews");
});

test("too few reviews: the optimiser says how many are needed and changes nothing", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("learner@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const res = await page.request.post("/api/v1/me/fsrs/optimize");
  expect(res.status()).toBe(422);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("unprocessable");
  expect(body.error.message).toMatch(/at least 400 reviews/);
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: "Optimise now" })).toBeDisabled();
});
