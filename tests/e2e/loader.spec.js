// lmi.js, the only file a host references: lazy, loaded once, holding its place while loading, and telling
// the webmaster what to fix when the server or the page's policy is wrong.
const { test, expect, kitRequests } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

test("two quizzes and the script included twice fetch the quiz code once, and nothing else", async ({ page }) => {
  const kit = kitRequests(page);
  const bundles = [];
  page.on("request", (r) => r.url().endsWith(".json") && bundles.push(new URL(r.url()).pathname));
  await page.goto("/demo/two-quizzes.html");
  await expect(new Quiz(page, "#quiz-english").heading()).toBeVisible();
  await expect(new Quiz(page, "#quiz-page-lang").heading()).toBeVisible();
  expect(kit.sort()).toEqual(["/lmi/lmi.js", "/lmi/lmi_quiz-#.js", "/lmi/lmi_quiz-#_bg.wasm"]);
  // The loader preloads the shared bundle once; the quizzes share one download of it, which takes that response
  // rather than asking again.
  expect(bundles).toEqual(["/content/quiz-first-look.json"]);
  expect(await page.evaluate(() => [...document.querySelectorAll("link[rel=preload]")].map((l) => [l.as, l.crossOrigin, new URL(l.href).pathname])))
    .toEqual([["fetch", "anonymous", "/content/quiz-first-look.json"]]);
});

test("the element keeps its height while the widget loads", async ({ page }) => {
  await page.route("**/lmi/lmi_quiz-*_bg.wasm", async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 1_500));
    await route.fulfill({ response });
  });
  await page.goto("/demo/hostile-css.html");
  const host = page.locator("lmi-quiz");
  await expect(host.getByRole("status")).toBeVisible();
  const loadingHeight = await host.evaluate((el) => el.getBoundingClientRect().height);
  expect(loadingHeight).toBeGreaterThan(200);
  await expect(new Quiz(page).heading()).toBeVisible();
});

test("wasm served with the wrong MIME type still works, with a console warning saying what to fix", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.route("**/lmi/lmi_quiz-*_bg.wasm", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await page.goto("/");
  await expect(new Quiz(page, "#gallery-quiz").heading()).toBeVisible();
  expect(warnings.join("\n")).toContain("Serve .wasm files as application/wasm");
});

test("a missing wasm file shows what to fix inside the widget", async ({ page, watched }) => {
  await page.route("**/lmi/lmi_quiz-*_bg.wasm", (route) => route.fulfill({ status: 404, body: "not here" }));
  await page.goto("/demo/hostile-css.html");
  const alert = page.locator("lmi-quiz").getByRole("alert");
  await expect(alert).toContainText(/lmi_quiz-[0-9a-f]{8}_bg\.wasm \(HTTP 404\)/);
  await expect(alert.getByRole("button")).toBeVisible();
  expect(watched.pageErrors).toEqual([]);
});

test("a page whose policy lacks 'wasm-unsafe-eval' is told to add it", async ({ page }) => {
  await page.route("**/demo/strict-csp.html", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'" },
    });
  });
  await page.goto("/demo/strict-csp.html");
  const alert = page.locator("lmi-quiz").getByRole("alert");
  await expect(alert).toContainText("Add 'wasm-unsafe-eval' to its script-src");
});

test("a browser without constructable stylesheets is told to update, inside the widget", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(() => {
    delete CSSStyleSheet.prototype.replaceSync;
    window.__errors = [];
    document.addEventListener("lmi-error", (e) => window.__errors.push(e.detail.error));
  });
  const kit = kitRequests(page);
  await page.goto("/demo/hostile-css.html");
  const alert = page.locator("lmi-quiz").getByRole("alert");
  await expect(alert).toContainText("This browser is too old for this activity");
  expect(await page.evaluate(() => window.__errors)).toEqual(["old-browser"]);
  expect(kit, "no widget code is downloaded for nothing").toEqual(["/lmi/lmi.js"]);
  expect(await page.locator("link[rel=preload]").count(), "nor its bundle").toBe(0);
  expect(errors.join("\n")).toContain("too old");
});
