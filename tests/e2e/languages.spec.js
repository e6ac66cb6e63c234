// Six UI languages, right-to-left included: every state of the quiz in every language passes axe-core,
// and bundle text that falls back to another language is marked with its own `lang`.
const { test, expect, axeViolations } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

const TRUE_WORD = { en: "True", nl: "Waar", fr: "Vrai", de: "Richtig", ar: "صحيح", uk: "Правда" };

for (const [lang, trueWord] of Object.entries(TRUE_WORD)) {
  test(`${lang}: question, reveal and summary are translated and pass axe`, async ({ page, watched }) => {
    await page.goto("/");
    const host = page.locator("#gallery-quiz");
    await host.evaluate((el, l) => el.setAttribute("lang", l), lang);
    const quiz = new Quiz(page, "#gallery-quiz");
    await expect(quiz.option(trueWord)).toBeVisible();
    const root = host.locator(".lmi");
    await expect(root).toHaveAttribute("lang", lang);
    await expect(root).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      await quiz.option(trueWord).check();
      await quiz.checkButton().click();
      await expect(quiz.reveal()).toBeVisible();
      if (i === 0) expect(await axeViolations(page)).toEqual([]);
      await quiz.nextButton().click();
    }
    await expect(host.locator(".summary")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
}

test("an Arabic page gets an Arabic right-to-left UI and Arabic content", async ({ page, watched }) => {
  await page.goto("/demo/rtl.html");
  const host = page.locator("#rtl-quiz");
  const root = host.locator(".lmi");
  await expect(root).toHaveAttribute("dir", "rtl");
  await expect(root).toHaveAttribute("lang", "ar");
  await expect(host.locator(".progress")).toContainText("12");
  // The bundle is in Arabic: nothing falls back to English (which would be marked with lang=en).
  await expect(host.locator("h2")).toHaveText(/[\u0600-\u06FF]/);
  await expect(host.locator("legend")).toHaveText(/[\u0600-\u06FF]/);
  await expect(host.locator("h2 [lang=en], legend [lang=en]")).toHaveCount(0);
  // Logical CSS: the question text starts at the right edge in RTL.
  const align = await host.locator("legend").evaluate((el) => getComputedStyle(el).direction);
  expect(align).toBe("rtl");
  expect(await axeViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test("a language the bundle has no texts in is said once on the console, and the content falls back", async ({ page }) => {
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
  await page.goto("/");
  const host = page.locator("#gallery-quiz");
  await host.evaluate((el) => el.setAttribute("lang", "pt-BR"));
  const quiz = new Quiz(page, "#gallery-quiz");
  // No Portuguese: the texts come in the bundle's default language, marked as English, and the UI is English.
  await expect(quiz.option("True")).toBeVisible();
  await expect(quiz.question().locator('[lang="en"]')).toHaveCount(1);
  const said = () => warnings.filter((w) => w.includes("quiz-first-look.json") && w.includes("no texts in `pt-BR`"));
  await expect.poll(() => said().length).toBe(1);
  expect(said()[0]).toContain("it has en, nl, fr, de, ar, uk");
  await quiz.option("True").check();
  await quiz.checkButton().click();
  await expect(quiz.reveal()).toBeVisible();
  expect(said()).toHaveLength(1);
});

test("in Arabic a number and its currency word are read right to left in their order", async ({ page }) => {
  await page.goto("/demo/blank.html");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
    const quiz = document.createElement("lmi-quiz");
    quiz.id = "w";
    quiz.setAttribute("lang", "ar");
    quiz.setAttribute("src", "../content/quiz-what-does-it-pay.json");
    document.body.append(quiz);
  });
  const host = page.locator("#w");
  await host.locator(".estimate-number").fill("50000");
  await host.locator(".question > button").click();
  const explanation = host.locator(".reveal .explanation");
  await expect(explanation).toContainText("دولار");
  // "⁦50,980⁩ دولار": the number comes first in the text, so on screen the word must stand to its left.
  const [number, word] = await explanation.evaluate((el) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes("50,980"));
    const rect = (text) => {
      const start = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    };
    return [rect("50,980"), rect("دولار")];
  });
  expect(Math.abs(word.top - number.top)).toBeLessThan(4);
  expect(word.right).toBeLessThanOrEqual(number.left + 1);
});
