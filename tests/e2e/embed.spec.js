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
  en: { title: "Who does this job? A first look", false: "False", source: "Source: US Bureau of Labor Statistics (BLS)" },
  nl: { title: "Wie doet deze job? Een eerste blik", false: "Niet waar", source: "Bron: Amerikaans bureau voor arbeidsstatistiek (BLS)" },
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
    // The official title is one click away from the source line.
    await quiz.reveal().locator(".source-title summary").click();
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

test("the builder writes a script and an iframe snippet that follow the choices, and both copy", async ({ page, context, watched }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  const script = page.locator("#snippet");
  const iframe = page.locator("#iframe-snippet");
  await expect(page.getByLabel("Or paste this iframe where scripts are not allowed:")).toBeVisible();
  await expect(script).toHaveValue(new RegExp(`src="${origin}/lmi/lmi.js"`));
  await expect(iframe).toHaveValue(/lang=en/);

  /** The iframe snippet as the browser reads it: the frame's attributes, its query and the script after it. */
  const parsed = () => iframe.inputValue().then((html) => page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const frame = doc.querySelector("iframe");
    const url = new URL(frame.getAttribute("src"));
    return {
      frames: doc.querySelectorAll("iframe").length,
      path: url.origin + url.pathname,
      query: Object.fromEntries(url.searchParams),
      title: frame.getAttribute("title"),
      sandbox: frame.getAttribute("sandbox"),
      style: frame.getAttribute("style"),
      size: [frame.getAttribute("width"), frame.getAttribute("height"), frame.getAttribute("frameborder")],
      allow: frame.getAttribute("allow"),
      scripts: [...doc.querySelectorAll("script")].map((s) => ({ src: s.getAttribute("src"), defer: s.defer })),
    };
  }, html));
  const expected = (choices) => ({
    frames: 1,
    path: `${origin}/lmi/frame.html`,
    query: { widget: "quiz", src: "/content/quiz-first-look.json", ...choices },
    title: "Quiz: Who does this job? A first look",
    sandbox: "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
    // No inline style: a Content-Security-Policy with style-src 'self' would refuse it.
    style: null,
    size: ["100%", "480", "0"],
    allow: null,
    scripts: [{ src: `${origin}/lmi/resize.js`, defer: true }],
  });
  expect(await parsed()).toEqual(expected({ lang: "en", audience: "pupil", theme: "light", mode: "graded" }));

  // Every choice reaches both snippets.
  await page.locator("#builder-language").selectOption("ar");
  await page.locator("#builder-audience").selectOption("practitioner");
  await page.locator("#builder-theme").selectOption("dark");
  await page.locator("#builder-mode").selectOption("ungraded");
  const choices = { lang: "ar", audience: "practitioner", theme: "dark", mode: "ungraded" };
  await expect(script).toHaveValue(/lang="ar" audience="practitioner" theme="dark" mode="ungraded"/);
  await expect.poll(parsed).toEqual(expected(choices));

  // Each copy button copies its own snippet and says so in its own status line; a new choice makes "Copied." stale.
  const status = (name) => page.getByRole("button", { name, exact: true }).locator("xpath=following-sibling::*[@role='status']");
  await page.getByRole("button", { name: "Copy the iframe snippet" }).click();
  await expect(status("Copy the iframe snippet")).toHaveText("Copied.");
  await expect(status("Copy the snippet")).toHaveText("");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframe.inputValue());
  await page.getByRole("button", { name: "Copy the snippet", exact: true }).click();
  await expect(status("Copy the snippet")).toHaveText("Copied.");
  await expect(status("Copy the iframe snippet")).toHaveText("");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());
  await page.locator("#builder-theme").selectOption("light");
  await expect(status("Copy the snippet")).toHaveText("");

  // The iframe snippet works as pasted: on a bare page the frame shows the quiz in the chosen language and theme,
  // and resize.js makes it as tall as the quiz.
  const snippet = await iframe.inputValue();
  await page.goto("/demo/blank.html");
  await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    document.body.append(doc.querySelector("iframe"));
    const s = document.createElement("script");
    s.src = doc.querySelector("script").getAttribute("src");
    document.head.append(s);
  }, snippet);
  const framed = page.frameLocator("iframe").locator("lmi-quiz");
  await expect(framed.locator(".lmi")).toHaveAttribute("dir", "rtl");
  await expect(framed.locator(".lmi")).toHaveClass(/theme-light/);
  await expect(framed.locator("legend")).toBeVisible();
  await expect.poll(async () => {
    const outer = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
    const inner = await page.frameLocator("iframe").locator("html").evaluate((html) => html.scrollHeight);
    return Math.abs(outer - inner);
  }).toBeLessThanOrEqual(2);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});
