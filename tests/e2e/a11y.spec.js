// WCAG 2.1 AA beyond what axe sees: reflow at 320 CSS px, 200% zoom, forced colours, reduced motion and
// target sizes, on the quiz in its question and reveal states.
const { test, expect, axeViolations } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");
const { expectNoHorizontalScroll } = require("../support/a11y");

async function answerFirst(page) {
  const quiz = new Quiz(page, "#gallery-quiz");
  await quiz.answer("False");
  await expect(quiz.reveal()).toBeVisible();
  return quiz;
}

test("reflows at 320 CSS px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await expect(new Quiz(page, "#gallery-quiz").question()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await answerFirst(page);
  await expectNoHorizontalScroll(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("works at 200% zoom", async ({ browser }) => {
  // A 1280 px wide screen at 200% zoom: 640 CSS px, every CSS px two device pixels.
  const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto((process.env.BASE_URL ?? "http://127.0.0.1:8080") + "/");
  await expect(new Quiz(page, "#gallery-quiz").question()).toBeVisible();
  await answerFirst(page);
  await expectNoHorizontalScroll(page);
  await context.close();
});

test("in forced-colours mode every state stays visible and axe is clean", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  const quiz = await answerFirst(page);
  // Buttons keep a visible border (system colours), the verdict keeps its symbol, not only a colour.
  const border = await quiz.nextButton().evaluate((b) => getComputedStyle(b).borderTopStyle);
  expect(border).not.toBe("none");
  await expect(quiz.host.locator(".reveal-heading")).toHaveText(/Right!/);
  const symbol = await quiz.host.locator(".reveal-heading").evaluate((h) => getComputedStyle(h, "::before").content);
  expect(symbol).toContain("✓");
  expect(await axeViolations(page)).toEqual([]);
});

test("with reduced motion nothing animates", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const quiz = await answerFirst(page);
  const moving = await quiz.host.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll("*")].filter((el) => {
      const s = getComputedStyle(el);
      return (s.animationName !== "none" && parseFloat(s.animationDuration) > 0.01) || parseFloat(s.transitionDuration) > 0.01;
    }).length);
  expect(moving).toBe(0);
});

test("every control is at least 24 × 24 CSS px", async ({ page }) => {
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.question()).toBeVisible();
  const measure = () => quiz.host.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll("button, input, a, .option, textarea")].map((el) => {
      // A radio counts with its label: the whole label is the target.
      const target = el.matches("input[type=radio]") ? el.closest("label") : el;
      const r = target.getBoundingClientRect();
      return { what: target.outerHTML.slice(0, 60), w: r.width, h: r.height, inline: el.matches("a") };
    }));
  const small = (list) => list.filter((c) => !c.inline && (c.w < 24 || c.h < 24));
  expect(small(await measure())).toEqual([]);
  await quiz.option("False").check();
  await quiz.checkButton().click();
  await expect(quiz.reveal()).toBeVisible();
  expect(small(await measure())).toEqual([]);
});
