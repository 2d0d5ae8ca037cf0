import { expect, test } from "@playwright/test";

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
  const created = await page.request.post("/api/v1/quizzes", { data: { deck: "iran-russia", count: 5, seed: 1234, kinds: ["type-in"] } });
  expect(created.status()).toBe(201);
  const quiz = await created.json();
  expect(JSON.stringify(quiz)).not.toContain('"answer"');
  const again = await (await page.request.post("/api/v1/quizzes", { data: { deck: "iran-russia", count: 5, seed: 1234, kinds: ["type-in"] } })).json();
  expect(again.items).toEqual(quiz.items);
  const answers = quiz.items.map((i: { id: string }) => ({ itemId: i.id, answer: "no idea" }));
  const first = await (await page.request.post(`/api/v1/quizzes/${quiz.id}/submit`, { data: { answers } })).json();
  expect(first).toMatchObject({ score: 0, total: 5 });
  expect(first.items[0]).toEqual(expect.objectContaining({ correct: false, expected: expect.any(String), explanation: expect.any(String) }));
  const second = await (await page.request.post(`/api/v1/quizzes/${quiz.id}/submit`, { data: { answers: [] } })).json();
  expect(second).toEqual(first);
  const bad = await page.request.post(`/api/v1/quizzes`, { data: { deck: "iran-russia", count: 500 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/at most 50/);
});
