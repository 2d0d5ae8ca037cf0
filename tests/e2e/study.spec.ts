import { expect, test, type Page } from "@playwright/test";

async function signInAsDemoLearner(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("learner@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function counts(page: Page) {
  const text = (await page.getByTestId("counts").textContent()) ?? "";
  const n = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(text)?.[1]);
  return { new: n("new"), learning: n("learning"), review: n("review") };
}

test("review 10 cards with the keyboard, undo one, reload: the counts are right", async ({ page }) => {
  await signInAsDemoLearner(page);
  await page.getByRole("link", { name: "Study now" }).first().click();
  await expect(page).toHaveURL(/\/study\/iran-russia$/);
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const start = await counts(page);
  expect(start.new).toBeGreaterThanOrEqual(11);

  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    const id = (await card.getAttribute("data-card-id"))!;
    expect(seen.has(id)).toBe(false);
    seen.add(id);
    await page.keyboard.press("Space");
    await expect(page.getByTestId("back")).toBeVisible();
    await expect(card).toContainText("Source:");
    if (i === 0) await page.screenshot({ path: "test-results/study-answer.png" });
    await page.keyboard.press("3");
    await expect(card).not.toHaveAttribute("data-card-id", id);
  }
  await expect.poll(async () => (await counts(page)).new).toBe(start.new - 10);

  await page.keyboard.press("z");
  await expect(page.getByText("Review undone.")).toBeVisible();
  await expect.poll(async () => (await counts(page)).new).toBe(start.new - 9);

  // Good on a new card is a 10-minute learning step: the nine cards are learning, within the
  // learn-ahead window, so they count (and come back) in this session.
  await page.reload();
  await expect(card).toBeVisible();
  expect(await counts(page)).toEqual({ new: start.new - 9, learning: 9, review: 0 });

  // The server agrees, and the dashboard shows nine reviews today.
  const api = await page.request.get("/api/v1/study/queue?deck=iran-russia");
  expect((await api.json()).counts).toEqual({ new: start.new - 9, learning: 9, review: 0 });
  await page.goto("/dashboard");
  await expect(page.getByTestId("reviewed-today").first()).toHaveText("9");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/study/iran-russia");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();
  await page.screenshot({ path: "test-results/study-phone.png" });
});

test("bad review input gets a clear 400 and changes nothing", async ({ page }) => {
  await signInAsDemoLearner(page);
  const bad = await page.request.post("/api/v1/reviews", { data: { id: "not-a-uuid", cardId: "x", rating: 7 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("invalid");
  const notJson = await page.request.post("/api/v1/reviews", {
    data: "{oops",
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  const missing = await page.request.post("/api/v1/reviews", {
    data: { id: crypto.randomUUID(), cardId: "no-such-card", rating: 3, durationMs: 10 },
  });
  expect(missing.status()).toBe(404);
});
