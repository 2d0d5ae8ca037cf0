import { expect, test, type Browser, type Page } from "@playwright/test";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function newLearner(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`student-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

test("an instructor assigns a deck, a learner joins, studies, and the instructor sees it", async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, "instructor@sourcedeck.test", "sourcedeck-demo");
  await teacher.goto("/classes");
  await teacher.getByLabel("Class name").fill(`Seminar ${Date.now()}`);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher).toHaveURL(/\/classes\/[^/]+$/);
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);

  const due = new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);
  await teacher.getByLabel("Deck").selectOption({ label: "Iran–Russia strategic partnership" });
  await teacher.getByLabel("Due date", { exact: true }).fill(due);
  // Publishing waits for the workload preview; the fields keep their values through it.
  await teacher.getByRole("button", { name: "Preview workload" }).click();
  await expect(teacher.getByRole("button", { name: "Assign deck" })).toBeEnabled({ timeout: 30_000 });
  await expect(teacher.getByLabel("Due date", { exact: true })).toHaveValue(due);
  await teacher.getByRole("button", { name: "Assign deck" }).click();
  await expect(teacher.getByText("Assignment created.")).toBeVisible();

  const learner = await newLearner(browser);
  await learner.goto("/classes");
  await learner.getByLabel("Join code").fill("WRONG-CODE");
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByText("No class has that join code").first()).toBeVisible();
  await learner.getByLabel("Join code").fill(code.toLowerCase());
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner.getByText(/You joined/)).toBeVisible();

  await learner.goto("/dashboard");
  const assignment = learner.getByTestId("assignment").first();
  await expect(assignment).toContainText("Iran–Russia strategic partnership");
  await expect(assignment).toContainText(`due ${due}`);

  await learner.goto("/study/iran-russia");
  for (let i = 0; i < 3; i++) {
    const card = learner.getByTestId("study-card");
    const id = await card.getAttribute("data-card-id");
    await learner.keyboard.press("Space");
    await learner.keyboard.press(i === 0 ? "1" : "3");
    await expect(card).not.toHaveAttribute("data-card-id", id!);
  }

  // The study page sends reviews in the background: wait until the third has arrived.
  await expect
    .poll(async () =>
      (await learner.request.get("/api/v1/decks"))
        .json()
        .then((d: { unseen: number; cards: number }[]) => d[0]!.cards - d[0]!.unseen),
    )
    .toBe(3);
  await teacher.reload();
  const rows = teacher.getByTestId("student-progress").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  const cells = rows.first().locator("td");
  await expect(cells.nth(1)).toHaveText(/^3 \/ \d+$/); // cards introduced
  await expect(cells.nth(2)).toHaveText("3"); // reviews in the last 7 days
  const facts = teacher.getByTestId("fact-progress").locator("tbody tr");
  await expect(facts.first()).toContainText("100% of 1"); // the card rated Again leads the list
  await expect(teacher.getByRole("heading", { name: /Progress:/ })).toBeVisible();
  await teacher.screenshot({ path: "test-results/class-progress.png", fullPage: true });

  const csv = await teacher.request.get(
    teacher.url().replace(/\/classes\/([^/?]+).*/, "/api/v1/classes/$1/students.csv"),
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("cards_introduced");

  // The learner gets 403 on the instructor's views and routes.
  const classUrl = teacher.url().split("?")[0]!;
  await learner.goto(classUrl);
  await expect(learner.getByTestId("forbidden")).toBeVisible();
  const classId = classUrl.split("/").pop()!;
  expect((await learner.request.get(`/api/v1/classes/${classId}/progress`)).status()).toBe(403);
  expect((await learner.request.post("/api/v1/classes", { data: { name: "Mine" } })).status()).toBe(403);
  expect(
    (
      await learner.request.post(`/api/v1/classes/${classId}/assignments`, {
        data: { deck: "iran-russia", dueAt: due },
      })
    ).status(),
  ).toBe(403);
  expect((await learner.request.post(`/api/v1/classes/${classId}/join-code`)).status()).toBe(403);
});
