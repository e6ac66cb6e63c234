// Content is data, never markup: an XSS corpus in every text field of a quiz bundle is rendered as inert text,
// and links that are not https: are refused before anything renders.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

const good = fs.readFileSync(path.join(__dirname, "../../content/quiz-first-look.json"), "utf8");
const CORPUS = [
  "<script>window.__pwned = 1</script>",
  "<img src=x onerror=\"window.__pwned = 2\">",
  "<svg onload=\"window.__pwned = 3\"><script>window.__pwned = 4</script></svg>",
  "<a href=\"javascript:window.__pwned = 5\">click</a>",
  "<iframe src=\"data:text/html,<script>parent.__pwned = 6</script>\"></iframe>",
  "\u202Egnp.exe\u202C and zero\u200Bwidth\u200Djoiners",
  "x".repeat(5000),
];

/** Every string inside every localised text of the bundle becomes a corpus entry. */
function poison(value, next) {
  if (Array.isArray(value)) return value.map((v) => poison(v, next));
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => ["en", "nl"].includes(k))) {
      return Object.fromEntries(keys.map((k) => [k, next()]));
    }
    return Object.fromEntries(keys.map((k) => [k, poison(value[k], next)]));
  }
  return value;
}

test("an XSS corpus in every text field renders as inert text", async ({ page, watched }) => {
  let i = 0;
  const bundle = poison(JSON.parse(good), () => CORPUS[i++ % CORPUS.length]);
  bundle.meta.attribution = CORPUS[0];
  bundle.sources[0].publisher = CORPUS[1];
  bundle.sources[0].title = CORPUS[2];
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.route("**/content/quiz-first-look.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.heading()).toBeVisible();
  await quiz.option("False").check();
  await quiz.checkButton().click();
  await expect(quiz.reveal()).toBeVisible();
  // The payloads are visible as text…
  await expect(quiz.host.locator(".attribution")).toHaveText(CORPUS[0]);
  // …and none of them became an element or ran.
  const injected = await page.locator("#gallery-quiz").evaluate((el) =>
    el.shadowRoot.querySelectorAll("script, img, svg:not([aria-hidden]), iframe, [onerror], [onload], a[href^='javascript']").length);
  expect(injected).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(watched.pageErrors).toEqual([]);
});

test("a source link that is not https: is refused before anything renders", async ({ page }) => {
  const bundle = JSON.parse(good);
  bundle.sources[0].url = "javascript:window.__pwned = 7";
  await page.route("**/content/quiz-first-look.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.alert()).toContainText("has mistakes");
  await quiz.alert().locator("summary").click();
  await expect(quiz.alert()).toContainText("sources[0].url");
  await expect(quiz.alert()).toContainText("only https links are allowed");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("an XSS corpus in every text field of a reading bundle renders as inert text", async ({ page, watched }) => {
  const source = fs.readFileSync(path.join(__dirname, "../../content/reading-lmi-basics.json"), "utf8");
  let i = 0;
  const bundle = poison(JSON.parse(source), () => CORPUS[i++ % CORPUS.length]);
  bundle.meta.attribution = CORPUS[0];
  for (const s of bundle.sources) {
    s.publisher = CORPUS[1];
    s.title = CORPUS[2];
  }
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.route("**/content/reading-lmi-basics.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/demo/reading.html");
  const host = page.locator("#from-the-start");
  await expect(host.locator(".outcome")).toBeVisible();
  // Table view and the source panel put more bundle text on screen.
  await host.getByRole("button", { name: "Show the data as a table" }).click();
  await host.locator(".source-panel summary").click();
  await expect(host.locator(".attribution")).toHaveText(CORPUS[0]);
  const injected = await host.evaluate((el) =>
    el.shadowRoot.querySelectorAll("script, img, iframe, [onerror], [onload], a[href^='javascript'], svg svg").length);
  expect(injected).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(watched.pageErrors).toEqual([]);
});
