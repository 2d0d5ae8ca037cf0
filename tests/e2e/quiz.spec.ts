import { expect, test, type Page } from "@playwright/test";

async function signUp(page: Page, name: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`${name}-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function makeQuiz(
  page: Page,
  body: Record<string, unknown>,
): Promise<{ id: string; items: { id: string; kind: string }[] }> {
  const created = await page.request.post("/api/v1/quizzes", { data: { deck: "iran-russia", ...body } });
  expect(created.status()).toBe(201);
  return created.json();
}

test("take a 10-item mixed quiz, see the score and explanations, send the misses to review", async ({ page }) => {
  // A fresh account, so the demo learner's schedule used by other tests is untouched.
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`quiz-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/decks/iran-russia/quiz");
  await page.getByLabel("Number of questions").fill("10");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/[^/]+$/);
  const items = page.getByTestId("quiz-item");
  await expect(items).toHaveCount(10);
  const kinds = new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))));
  expect(kinds.size).toBeGreaterThanOrEqual(3);

  // Answer every question somehow: the first option, a typed guess, or a pairing.
  for (let i = 0; i < 10; i++) {
    const item = items.nth(i);
    const kind = await item.getAttribute("data-kind");
    if (kind === "multiple-choice" || kind === "true-false") await item.getByRole("radio").first().check();
    if (kind === "type-in") await item.getByLabel("Your answer").fill("1999");
    if (kind === "matching") {
      const selects = item.getByRole("combobox");
      for (let j = 0; j < (await selects.count()); j++) await selects.nth(j).selectOption({ index: j + 1 });
    }
  }
  await page.screenshot({ path: "test-results/quiz-taking.png", fullPage: false });
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Submit answers" }).click();

  await expect(page.getByRole("heading", { name: "Quiz results" })).toBeVisible();
  const score = page.getByTestId("score");
  await expect(score).toContainText("/ 10");
  const results = page.getByTestId("quiz-result");
  await expect(results).toHaveCount(10);
  await expect(results.first()).toContainText("Answer:");
  await expect(results.first()).toContainText("Source:");
  await page.screenshot({ path: "test-results/quiz-results.png", fullPage: false });

  const missed = await page.locator(".result.wrong").count();
  if (missed > 0) {
    await page.getByRole("button", { name: /Review the \d+ missed now/ }).click();
    await expect(page).toHaveURL(/\/study\/iran-russia$/);
    await expect(page.getByTestId("study-card")).toBeVisible();
  } else {
    await expect(page.getByRole("button", { name: /missed now/ })).toHaveCount(0);
  }
});

test("the quiz API hides answers until submission and scores once", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const created = await page.request.post("/api/v1/quizzes", {
    data: { deck: "iran-russia", count: 5, seed: 1234, kinds: ["type-in"] },
  });
  expect(created.status()).toBe(201);
  const quiz = await created.json();
  expect(JSON.stringify(quiz)).not.toContain('"answer"');
  const again = await (
    await page.request.post("/api/v1/quizzes", {
      data: { deck: "iran-russia", count: 5, seed: 1234, kinds: ["type-in"] },
    })
  ).json();
  expect(again.items).toEqual(quiz.items);
  const answers = quiz.items.map((i: { id: string }) => ({ itemId: i.id, answer: "no idea" }));
  const first = await (await page.request.post(`/api/v1/quizzes/${quiz.id}/submit`, { data: { answers } })).json();
  expect(first).toMatchObject({ score: 0, total: 5 });
  expect(first.items[0]).toEqual(
    expect.objectContaining({ correct: false, expected: expect.any(String), explanation: expect.any(String) }),
  );
  const second = await (await page.request.post(`/api/v1/quizzes/${quiz.id}/submit`, { data: { answers: [] } })).json();
  expect(second).toEqual(first);
  const bad = await page.request.post(`/api/v1/quizzes`, { data: { deck: "iran-russia", count: 500 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/at most 50/);
});

test("one at a time: instant feedback per item, then the results, which can show only the wrong", async ({ page }) => {
  await signUp(page, "one-at-a-time");
  const quiz = await makeQuiz(page, { count: 4, seed: 77, kinds: ["multiple-choice", "type-in", "true-false"] });
  await page.goto(`/quizzes/${quiz.id}`);
  await page.getByRole("button", { name: "One at a time", exact: true }).click();
  const item = page.getByTestId("quiz-item");
  await expect(item).toHaveCount(1);
  for (let i = 0; i < 4; i++) {
    await expect(item).toContainText(`Question ${i + 1} of 4`);
    const kind = await item.getAttribute("data-kind");
    if (kind === "type-in") await item.getByLabel("Your answer").fill("no idea at all");
    else await page.keyboard.press("1"); // the first option, from the keyboard
    if (i === 0) await page.screenshot({ path: "test-results/quiz-one-question.png" });
    await page.getByRole("button", { name: "Check answer" }).click();
    const feedback = page.getByTestId("item-feedback");
    await expect(feedback).toBeVisible();
    await expect(feedback).toContainText("Answer:");
    if (kind === "type-in") {
      await expect(feedback).toContainText("Not the expected answer");
      await expect(item.getByLabel("Your answer")).toBeDisabled();
    }
    if (i === 0) await page.screenshot({ path: "test-results/quiz-one-feedback.png" });
    // Focus moves to the next step, so Enter goes on.
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Quiz results" })).toBeVisible();
  const results = page.getByTestId("quiz-result");
  await expect(results).toHaveCount(4);
  const wrong = await page.locator('[data-testid="quiz-result"][data-correct="false"]').count();
  expect(wrong).toBeGreaterThan(0);
  await page.getByRole("button", { name: `Only wrong (${wrong})` }).click();
  await expect(results).toHaveCount(wrong);
  await expect(page.locator('[data-testid="quiz-result"][data-correct="true"]')).toHaveCount(0);
  await page.getByRole("button", { name: "All 4" }).click();
  await expect(results).toHaveCount(4);
});

test("matching uses each answer once", async ({ page }) => {
  await signUp(page, "matching");
  const quiz = await makeQuiz(page, { count: 1, seed: 5, kinds: ["matching"] });
  await page.goto(`/quizzes/${quiz.id}`);
  const selects = page.getByTestId("quiz-item").getByRole("combobox");
  expect(await selects.count()).toBeGreaterThanOrEqual(2);
  const first = await selects.nth(0).locator("option").nth(1).textContent();
  await selects.nth(0).selectOption({ index: 1 });
  // The answer taken by the first row is not offered to the second.
  const taken = selects.nth(1).locator("option", { hasText: first ?? "" });
  await expect(taken).toBeDisabled();
  await expect(taken).toContainText("(used)");
  // Choosing something else in the first row frees it again.
  await selects.nth(0).selectOption({ index: 2 });
  await expect(selects.nth(1).locator("option").nth(1)).toBeEnabled();
});

test("I was right: a typed answer marked wrong is re-scored and recorded", async ({ page }) => {
  await signUp(page, "override");
  const quiz = await makeQuiz(page, { count: 3, seed: 4242, kinds: ["type-in"], practiceOnly: true });
  await page.goto(`/quizzes/${quiz.id}`);
  const inputs = page.getByLabel("Your answer");
  for (let i = 0; i < 3; i++) await inputs.nth(i).fill(`my own answer ${i}`);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("score")).toContainText("0 / 3");
  await page.screenshot({ path: "test-results/quiz-results-wrong.png" });
  const firstResult = page.getByTestId("quiz-result").first();
  await firstResult.getByRole("button", { name: "I was right" }).click();
  await expect(firstResult).toContainText("Marked right by you");
  await expect(page.getByTestId("score")).toContainText("1 / 3");
  // Recorded on the server: the quiz answers with the new score after a reload, and a second claim is refused politely.
  await page.reload();
  await expect(page.getByTestId("score")).toContainText("1 / 3");
  await expect(page.getByTestId("quiz-result").first().getByRole("button", { name: "I was right" })).toHaveCount(0);
  const api = await page.request.post(`/api/v1/quizzes/${quiz.id}/override`, { data: { itemId: quiz.items[1]!.id } });
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ score: 2, total: 3, item: { overridden: true } });
  const bad = await page.request.post(`/api/v1/quizzes/${quiz.id}/override`, { data: { nope: 1 } });
  expect(bad.status()).toBe(400);
});

test("phone: one question at a time fits the screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, "phone-quiz");
  const quiz = await makeQuiz(page, { count: 3, seed: 99, kinds: ["type-in", "multiple-choice"] });
  await page.goto(`/quizzes/${quiz.id}`);
  await page.getByRole("button", { name: "One at a time", exact: true }).click();
  const item = page.getByTestId("quiz-item");
  if ((await item.getAttribute("data-kind")) === "type-in") await item.getByLabel("Your answer").fill("Moscow");
  else await item.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("item-feedback")).toBeVisible();
  await page.screenshot({ path: "test-results/quiz-one-phone.png" });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await context.close();
});

test("results show every source's version of a disputed figure side by side, desktop and phone", async ({ page }) => {
  await signUp(page, "versions");
  const quiz = await makeQuiz(page, { count: 30, seed: 3, kinds: ["type-in"], tags: ["trade"], practiceOnly: true });
  await page.goto(`/quizzes/${quiz.id}`);
  const inputs = page.getByLabel("Your answer");
  for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill("no idea");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: "Quiz results" })).toBeVisible();
  const disputed = page
    .getByTestId("quiz-result")
    .filter({ has: page.getByRole("list", { name: "What each source says" }) })
    .first();
  await expect(disputed).toBeVisible();
  const versions = disputed.getByRole("list", { name: "What each source says" }).getByRole("listitem");
  expect(await versions.count()).toBeGreaterThanOrEqual(2);
  await expect(versions.first()).toContainText("this question");
  await disputed.scrollIntoViewIfNeeded();
  await disputed.screenshot({ path: "test-results/quiz-versions-desktop.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await disputed.scrollIntoViewIfNeeded();
  await disputed.screenshot({ path: "test-results/quiz-versions-phone.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
