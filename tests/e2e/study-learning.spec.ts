// The learner's day in a real browser, at desktop and phone size: new cards rated Again and Good come
// back in the same session; the session ends only when nothing is due within the learn-ahead window;
// the dashboard and the study page agree on the counts; settings keep what was typed; missing pages
// answer 404.
import { expect, test, type Page } from "@playwright/test";

const SIZES = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

test.use({ timezoneId: "America/New_York" });

async function signUp(page: Page, tag: string) {
  const email = `learning-${tag}-${Date.now()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}

async function headerCounts(page: Page) {
  const text = (await page.getByTestId("counts").textContent()) ?? "";
  const n = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(text)?.[1]);
  return { new: n("new"), learning: n("learning"), review: n("review") };
}

async function dashboardCounts(page: Page) {
  await page.goto("/dashboard");
  const deck = page.getByTestId("deck-card").filter({ hasText: "Iran–Russia" });
  const n = async (id: string) => Number(await deck.getByTestId(id).textContent());
  return { new: await n("new-today"), learning: await n("learning-now"), review: await n("review-today") };
}

for (const size of SIZES) {
  test(`${size.name}: learning cards come back in the session; counts agree; the session ends only when nothing is due soon`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signUp(page, size.name);

    // Settings: the zone came from the browser; a bad value is refused and stays as typed.
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");
    await page.getByLabel("New cards per day (per deck)").fill("3");
    // The study day turns over twelve hours from now, so a run never straddles it.
    const nyHour = Number(
      new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" }).format(
        new Date(),
      ),
    );
    await page.getByLabel("A new study day starts at").fill(String((nyHour + 12) % 24));
    await page.getByLabel("Desired retention").fill("2");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Nothing was saved")).toBeVisible();
    await expect(page.getByLabel("Desired retention")).toHaveValue("2");
    await expect(page.getByLabel("New cards per day (per deck)")).toHaveValue("3");
    await page.getByLabel("Desired retention").fill("0.9");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await expect(page.getByLabel("New cards per day (per deck)")).toHaveValue("3");

    // The dashboard and the study page say the same.
    const before = await dashboardCounts(page);
    expect(before).toEqual({ new: 3, learning: 0, review: 0 });
    await page.goto("/study/iran-russia");
    const card = page.getByTestId("study-card");
    await expect(card).toBeVisible();
    expect(await headerCounts(page)).toEqual(before);

    // Three new cards: Again, Good, Good.
    const firstRound: string[] = [];
    for (const rating of [1, 3, 3]) {
      const id = (await card.getAttribute("data-card-id"))!;
      firstRound.push(id);
      await page.getByRole("button", { name: /Show answer/ }).click();
      if (firstRound.length === 1) {
        // Named for screen readers, and focused after the reveal.
        await expect(page.getByRole("button", { name: "Again, 1 minute" })).toBeVisible();
        await expect(page.getByRole("button", { name: "Good, 10 minutes" })).toBeFocused();
        await page.screenshot({ path: `test-results/study-learning-answer-${size.name}.png`, fullPage: true });
      }
      await page.keyboard.press(String(rating));
      await expect(card.or(page.getByTestId("done"))).not.toHaveAttribute("data-card-id", id);
    }
    expect(new Set(firstRound).size).toBe(3);

    // Not "done": the three learning cards are within the window and come back now, Again's first.
    await expect(card).toBeVisible();
    await expect.poll(() => headerCounts(page)).toEqual({ new: 0, learning: 3, review: 0 });
    expect(await card.getAttribute("data-card-id")).toBe(firstRound[0]);
    await expect(card).toContainText("Learning");
    await page.screenshot({ path: `test-results/study-learning-back-${size.name}.png`, fullPage: true });

    // The dashboard agrees in the middle of the session too.
    expect(await dashboardCounts(page)).toEqual({ new: 0, learning: 3, review: 0 });
    await page.goto("/study/iran-russia");
    await expect(card).toBeVisible();
    expect(await headerCounts(page)).toEqual({ new: 0, learning: 3, review: 0 });

    // Good on each until they graduate: each card is seen again, and only then is the session done.
    const seen = new Map<string, number>();
    const done = page.getByTestId("done");
    for (let i = 0; i < 12; i++) {
      await expect(card.or(done)).toBeVisible();
      if (await done.isVisible()) break;
      const id = (await card.getAttribute("data-card-id"))!;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      await page.getByRole("button", { name: /Show answer/ }).click();
      await page.keyboard.press("3");
      await expect(card.or(done)).not.toHaveAttribute("data-card-id", id);
    }
    for (const id of firstRound) expect(seen.get(id) ?? 0).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
    await expect(page.getByTestId("tomorrow")).toBeVisible();
    expect(await headerCounts(page)).toEqual({ new: 0, learning: 0, review: 0 });
    await page.screenshot({ path: `test-results/study-learning-done-${size.name}.png`, fullPage: true });
    expect(await dashboardCounts(page)).toEqual({ new: 0, learning: 0, review: 0 });
    await page.screenshot({ path: `test-results/study-learning-dashboard-${size.name}.png`, fullPage: true });
  });
}

test("missing decks, quizzes, study pages and classes answer 404 with a page that says so", async ({ page }) => {
  await signUp(page, "missing");
  for (const path of [
    "/decks/no-such-deck",
    "/decks/no-such-deck/edit",
    "/study/no-such-deck",
    "/quizzes/no-such-quiz",
    "/classes/no-such-class",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found"), path).toBeVisible();
  }
  await page.goto("/decks/no-such-deck");
  await expect(page.getByRole("heading", { name: "No such deck" })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/not-found-phone.png", fullPage: true });
  const icon = await page.request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
});
