import { expect, test, type Page } from "@playwright/test";

// Every page is visited with a listener for CSP violations (the browser's securitypolicyviolation
// event and its console report); none may occur, and each page must still work (hydrated: a
// client-side action responds).
const PASSWORD = "sourcedeck-demo";

async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  if (where.startsWith("/api/")) {
    // JSON answers run no script: a fixed policy that allows nothing, no nonce.
    expect(headers["content-security-policy"], where).toMatch(/^default-src 'none'/);
  } else {
    expect(headers["content-security-policy"], where).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"], where).toContain("object-src 'none'");
  }
  expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // Plain HTTP here: no HSTS (it is sent only behind TLS).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test("security headers on pages, API answers and errors; HSTS only behind TLS", async ({ request }) => {
  for (const path of [
    "/",
    "/signin",
    "/api/v1/decks",
    "/api/v1/quizzes/%zz",
    "/api/v1/no-such-route",
    "/no-such-page",
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(res.headers(), path);
  }
  const put = await request.put("/api/v1/reviews");
  expect(put.status()).toBe(405);
  expect(put.headers().allow).toBe("POST, OPTIONS");
  expect(await put.json()).toEqual({ error: { code: "method_not_allowed", message: expect.any(String) } });
  for (const path of ["/signin", "/api/v1/decks"]) {
    const tls = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["strict-transport-security"], path).toMatch(/max-age=\d+/);
  }
  // Two answers, two nonces.
  const [a, b] = await Promise.all([request.get("/signin"), request.get("/signin")]);
  expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
});

test("no page of a learner or an instructor logs a CSP violation, and the pages work", async ({ page, browser }) => {
  const violations = await watchCsp(page);
  for (const path of ["/", "/signin", "/signup"]) {
    const res = await page.goto(path);
    expectSecurityHeaders(res!.headers(), path);
  }
  await signIn(page, "learner@sourcedeck.test");
  for (const path of [
    "/dashboard",
    "/decks/iran-russia",
    "/decks/iran-russia/quiz",
    "/settings",
    "/classes",
    "/study/iran-russia",
    "/study/iran-russia/cram",
  ]) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBeLessThan(400);
    expectSecurityHeaders(res!.headers(), path);
  }
  // Hydrated under the CSP: the study page's client code reveals the answer and offers ratings.
  await page.goto("/study/iran-russia");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expect(page.getByRole("button", { name: /Good/ })).toBeVisible();

  const teacher = await browser.newPage();
  const teacherViolations = await watchCsp(teacher);
  await signIn(teacher, "instructor@sourcedeck.test");
  for (const path of ["/imports", "/decks/new", "/classes", "/decks/iran-russia/edit"]) {
    const res = await teacher.goto(path);
    expect(res!.status(), path).toBeLessThan(400);
  }
  await teacher.close();
  expect([...violations, ...teacherViolations]).toEqual([]);
});
