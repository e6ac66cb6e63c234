// The embed path on every demo host page: the quiz renders, answering reveals the real figure with its
// source, and the page stays clean (axe-core, CSP, console, no third-party requests).
const { test, expect, axeViolations, cspViolations } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

const PAGES = [
  { path: "/", name: "gallery", lang: "en", selector: "#gallery-quiz" },
  { path: "/demo/hostile-css.html", name: "hostile CSS", lang: "en" },
  { path: "/demo/strict-csp.html", name: "strict CSP", lang: "nl" },
  { path: "/demo/two-quizzes.html", name: "two quizzes, script loaded twice", lang: "nl", selector: "#quiz-page-lang" },
];

const WORDS = {
  en: { title: "Who does this job? A first look", false: "False", source: "U.S. Bureau of Labor Statistics" },
  nl: { title: "Wie doet deze job? Een eerste blik", false: "Niet waar", source: "U.S. Bureau of Labor Statistics" },
};

for (const { path, name, lang, selector } of PAGES) {
  test(`${name}: the quiz renders, answers and reveals its source, with a clean page`, async ({ page, watched }) => {
    await page.goto(path);
    const quiz = new Quiz(page, selector);
    const words = WORDS[lang];
    await expect(quiz.heading()).toHaveText(words.title);
    await expect(quiz.question()).toContainText(lang === "en" ? "electricians" : "elektriciens");

    await quiz.answer(words.false);
    await expect(quiz.reveal()).toBeVisible();
    // Regression: answering once re-created the question and dropped the learner's choice.
    await expect(quiz.option(words.false)).toBeChecked();
    await expect(quiz.reveal()).toContainText("2.2%".replace(".", lang === "nl" ? "," : "."));
    await expect(quiz.reveal().getByRole("link")).toHaveAttribute("href", "https://www.bls.gov/cps/aa2022/cpsaat11.htm");
    await expect(quiz.reveal()).toContainText(words.source);

    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test("the strict-CSP page is really served with the policy header", async ({ page }) => {
  const response = await page.goto("/demo/strict-csp.html");
  expect(response.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
});

test("two quizzes on one page work independently, each in its own language and theme", async ({ page, watched }) => {
  await page.goto("/demo/two-quizzes.html");
  const dutch = new Quiz(page, "#quiz-page-lang");
  const english = new Quiz(page, "#quiz-english");
  await expect(dutch.heading()).toHaveText(WORDS.nl.title);
  await expect(english.heading()).toHaveText(WORDS.en.title);
  await english.answer("True");
  await expect(english.reveal()).toBeVisible();
  await expect(dutch.reveal()).toHaveCount(0);
  expect(watched.pageErrors).toEqual([]);
});

test("host events: lmi-ready on load, lmi-answer with an xAPI-shaped statement", async ({ page }) => {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ["lmi-ready", "lmi-answer", "lmi-error"]) {
      document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
    }
  });
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.heading()).toBeVisible();
  await quiz.answer("False");
  await expect(quiz.reveal()).toBeVisible();
  const events = await page.evaluate(() => window.__events);
  const ready = events.find((e) => e.name === "lmi-ready");
  expect(ready.detail).toMatchObject({ widget: "quiz", bundle: "quiz-first-look", kind: "quiz" });
  const answer = events.find((e) => e.name === "lmi-answer");
  expect(answer.detail).toMatchObject({ widget: "quiz", bundle: "quiz-first-look", question: "electricians-women" });
  expect(answer.detail.statement.object.id).toBe("urn:lmi-kit:quiz-first-look/electricians-women");
  expect(answer.detail.statement.result).toMatchObject({ success: true, response: "false" });
  expect(answer.detail.statement.actor).toBeUndefined();
});

test("changing the lang attribute re-renders in the new language", async ({ page }) => {
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.heading()).toHaveText(WORDS.en.title);
  await page.locator("#gallery-quiz").evaluate((el) => el.setAttribute("lang", "nl"));
  await expect(quiz.heading()).toHaveText(WORDS.nl.title);
  await expect(quiz.option("Niet waar")).toBeVisible();
});
