// Faults a widget on a real portal meets: every one ends in a clear message inside the widget, naming the
// address, with a retry; the host page stays usable and nothing is thrown. Served through Playwright's router.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

const BUNDLE = "**/content/quiz-first-look.json";
const good = fs.readFileSync(path.join(__dirname, "../../content/quiz-first-look.json"), "utf8");
const reading = fs.readFileSync(path.join(__dirname, "../../content/reading-lmi-basics.json"), "utf8");
const withFormat = (v) => good.replace('"format": "1.0"', `"format": "${v}"`);

const FAULTS = [
  { name: "HTTP 404", serve: { status: 404, body: "Not found" }, says: "answered 404" },
  { name: "HTTP 500", serve: { status: 500, body: "oops" }, says: "answered 500" },
  { name: "an HTML error page served with 200", serve: { status: 200, contentType: "text/html", body: "<!DOCTYPE html><h1>Error</h1>" }, says: "gives a web page" },
  { name: "truncated JSON", serve: { status: 200, body: good.slice(0, 500) }, says: "not valid JSON" },
  { name: "a bundle of the wrong kind", serve: { status: 200, body: reading }, says: "holds reading exercises, but this widget shows a quiz" },
  { name: "a newer format version", serve: { status: 200, body: withFormat("2.0") }, says: "made for another version" },
  { name: "an older format version", serve: { status: 200, body: withFormat("0.9") }, says: "made for another version" },
  { name: "a schema error", serve: { status: 200, body: good.replace('"correct": false', '"correct": "no"') }, says: "has mistakes" },
  { name: "a network failure", abort: true, says: "could not be downloaded" },
];

for (const fault of FAULTS) {
  test(`${fault.name}: a clear message with the address and a retry; the page keeps working`, async ({ page, watched }) => {
    await page.route(BUNDLE, (route) => (fault.abort ? route.abort("failed") : route.fulfill(fault.serve)));
    await page.goto("/");
    const quiz = new Quiz(page, "#gallery-quiz");
    await expect(quiz.alert()).toContainText(fault.says);
    await expect(quiz.alert()).toContainText("quiz-first-look.json");
    await expect(quiz.alert().getByRole("button", { name: "Try again" })).toBeVisible();
    // The host page is still alive: its own links and the builder respond.
    await page.locator("#builder-language").selectOption("nl");
    await expect(page.locator("#snippet")).toHaveValue(/lang="nl"/);
    await expect(page.locator("#iframe-snippet")).toHaveValue(/&amp;lang=nl&amp;/);
    expect(watched.pageErrors).toEqual([]);
  });
}

test("a response that takes 10 s shows a loading state, the page stays usable, then the quiz appears", async ({ page, watched }) => {
  await page.route(BUNDLE, async (route) => {
    await new Promise((r) => setTimeout(r, 10_000));
    await route.fulfill({ status: 200, contentType: "application/json", body: good });
  });
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(page.locator("#gallery-quiz").getByRole("status")).toBeVisible();
  await page.locator("#builder-theme").selectOption("dark");
  await expect(page.locator("#snippet")).toHaveValue(/theme="dark"/);
  await expect(quiz.heading()).toHaveText("Who does this job? A first look", { timeout: 20_000 });
  expect(watched.pageErrors).toEqual([]);
});

test("src changed twice quickly: the latest wins, with no mixed state", async ({ page }) => {
  await page.route("**/content/slow-first-look.json", async (route) => {
    await new Promise((r) => setTimeout(r, 2_000));
    await route.fulfill({ status: 200, contentType: "application/json", body: good });
  });
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.heading()).toBeVisible();
  await page.locator("#gallery-quiz").evaluate((el) => {
    el.setAttribute("src", "content/slow-first-look.json");
    el.setAttribute("src", "content/quiz-who-does-this-job.json");
  });
  await expect(quiz.heading()).toHaveText("Who does this job? United States");
  await page.waitForTimeout(2_500); // the slow answer arrives, and must not win
  await expect(quiz.heading()).toHaveText("Who does this job? United States");
  await expect(quiz.host.locator(".progress")).toContainText("12");
});

test("no cookies are set and nothing calls eval", async ({ page, context }) => {
  await page.addInitScript(() => {
    // Playwright's own page.evaluate goes through eval: count only calls from elsewhere.
    window.__evalCalls = 0;
    const fromPage = () => !new Error().stack.includes("UtilityScript");
    const realEval = window.eval;
    window.eval = (...a) => { if (fromPage()) window.__evalCalls++; return realEval(...a); };
    const RealFunction = window.Function;
    window.Function = function (...a) { if (fromPage()) window.__evalCalls++; return RealFunction(...a); };
  });
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await quiz.answer("False");
  await expect(quiz.reveal()).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => window.__evalCalls)).toBe(0);
});
