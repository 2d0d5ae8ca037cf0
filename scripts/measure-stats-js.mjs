import { chromium } from "playwright-core";
import { gzipSync } from "node:zlib";
// node scripts/measure-stats-js.mjs [OUT_DIR] — against a running `next start` (STATS_BASE, STATS_EMAIL): signs in,
// loads /stats, sums every script response (raw and gzip -9) and takes desktop and phone screenshots.
const base = process.env.STATS_BASE ?? "http://127.0.0.1:3105";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const out = process.argv[2] ?? "test-results";
for (const [name, vp] of [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
]) {
  const ctx = await browser.newContext({ viewport: vp, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + "/signin");
  await page.getByLabel("Email").fill(process.env.STATS_EMAIL ?? "history@sourcedeck.test");
  await page.getByLabel("Password").fill("sourcedeck-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/dashboard/);
  const scripts = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "script") {
      try {
        scripts.push({ url: r.url(), body: await r.body() });
      } catch {
        // A redirect or an aborted load has no body to weigh.
      }
    }
  });
  await page.goto(base + "/stats?deck=iran-russia", { waitUntil: "networkidle" });
  await page.waitForSelector(".uplot");
  if (name === "desktop") {
    const raw = scripts.reduce((a, s) => a + s.body.length, 0);
    const gz = scripts.reduce((a, s) => a + gzipSync(s.body, { level: 9 }).length, 0);
    console.log(
      `/stats JS: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
    );
    console.log("charts:", await page.locator(".uplot").count());
  }
  await page.screenshot({ path: `${out}/stats-${name}.png`, fullPage: true });
  if (name === "phone")
    for (const id of ["retention-week", "forecast-30", "dist-interval"]) {
      await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/stats-phone-${id}.png` });
    }
  await page.goto(base + "/settings", { waitUntil: "networkidle" });
  await page.screenshot({ path: `${out}/settings-${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
