// Every country edition as a pupil meets it, one test per country: each of its quizzes and reading sets loads
// without an error panel under its own title; the first reveal of each quiz names what every figure is about and
// cites its source in the reader's words (axe finds nothing there); the explorer shows the country's figures
// for an electrician's group. Read from the bundles in content/, so a new edition is tested the day it is built.
const fs = require("fs");
const path = require("path");
const { test, expect, axeViolations } = require("../support/fixtures");

const CONTENT = path.join(__dirname, "../../content");
const read = (file) => JSON.parse(fs.readFileSync(path.join(CONTENT, file), "utf8"));
const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";

/** Country code → the edition files built for it: `quiz-what-does-it-pay.be.json`, `reading-europe.be.json` … */
const editions = {};
for (const file of fs.readdirSync(CONTENT).sort()) {
  const m = file.match(/^(?:quiz|reading)-[a-z-]+\.([a-z0-9]+)\.json$/);
  if (m) (editions[m[1]] ??= []).push(file);
}
const countries = fs.readdirSync(path.join(CONTENT, "occupations-by-country")).map((f) => f.replace(".json", ""));

test("every country with figures has its editions, and every edition a country file", () => {
  expect(Object.keys(editions).sort()).toEqual([...countries].sort());
  for (const files of Object.values(editions)) expect(files.length).toBeGreaterThanOrEqual(3);
});

/** Replaces the page's widget with `<tag id="w">` and the given attributes. */
async function mount(page, tag, attributes) {
  await page.evaluate(({ tag, attributes }) => {
    const element = document.createElement(tag);
    element.id = "w";
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.replaceChildren(element);
  }, { tag, attributes });
  return page.locator("#w");
}

/** Answers whatever the current question asks, as quiz.spec.js does, and opens its reveal. */
async function answerQuestion(host) {
  if (await host.locator(".estimate").count()) {
    await host.locator(".estimate-number").fill("50");
  } else if (await host.locator(".order-list").count()) {
    await host.locator(".order-item button:not([disabled])").first().click();
  } else {
    await host.getByRole("radio").first().check();
  }
  await host.locator(".question > button").click();
  await expect(host.locator(".reveal")).toBeVisible();
}

for (const [code, files] of Object.entries(editions)) {
  test(`${code.toUpperCase()}: every edition loads, and a reveal names each figure and its source`, async ({ page, watched }) => {
    test.setTimeout(120_000);
    await page.goto("/demo/blank.html");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = "../lmi/lmi.js";
      document.head.append(script);
    });
    let axed = false;
    for (const file of files) {
      const bundle = read(file);
      const tag = bundle.kind === "quiz" ? "lmi-quiz" : "lmi-reading";
      const host = await mount(page, tag, { lang: "en", src: `../content/${file}` });
      await expect(host.getByRole("heading", { level: 2 }), file).toHaveText(bundle.meta.title.en, { timeout: 45_000 });
      await expect(host.locator(".error-panel"), file).toHaveCount(0);
      if (bundle.kind !== "quiz") {
        await expect(host.locator(".chart-svg, table").first(), file).toBeVisible();
        continue;
      }
      await answerQuestion(host);
      const figures = bundle.questions[0].figures;
      await expect(host.locator(".reveal .figure-about"), file).toHaveText(figures.map((f) => `${f.about.en}: `));
      const source = bundle.sources.find((s) => s.id === figures[0].source);
      await expect(host.locator(".reveal .source-line").first(), file).toContainText(`${source.name.en}`);
      if (!axed) {
        expect(await axeViolations(page), file).toEqual([]);
        axed = true;
      }
    }
    const host = await mount(page, "lmi-explorer", {
      lang: "en", src: "../content/occupations.en.json", occupation: ELECTRICIAN, country: code,
    });
    await expect(host.locator(".card-country .card-figure").first()).toBeVisible({ timeout: 45_000 });
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test("on a 360 px phone every reveal of the Belgian quizzes fits in two screens and never scrolls sideways", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/demo/blank.html");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
  });
  for (const file of editions.be.filter((f) => f.startsWith("quiz-"))) {
    const bundle = read(file);
    const host = await mount(page, "lmi-quiz", { lang: "en", src: `../content/${file}` });
    for (const [n, question] of bundle.questions.entries()) {
      await expect(host.locator(".progress"), file).toHaveText(`Question ${n + 1} of ${bundle.questions.length}`, { timeout: 45_000 });
      await answerQuestion(host);
      const height = await host.locator(".reveal").evaluate((e) => e.getBoundingClientRect().height);
      expect(height, `${file} ${question.id}: reveal height`).toBeLessThanOrEqual(2 * 740);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${file} ${question.id}`).toBeLessThanOrEqual(360);
      await host.locator(".reveal > button").click();
    }
  }
});
