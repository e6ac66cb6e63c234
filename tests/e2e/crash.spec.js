// A panic stays inside its widget kind. Each kind of widget runs in its own wasm instance (of its own module, or
// of the kit module that pages with several kinds share: compiled once, instantiated per kind); after a panic
// that instance cannot be trusted, so its panic hook replaces its widgets with a message
// (widgets/lmi-ui/src/crash.rs), while a widget of another kind and the host page go on working. The panic is a real one (hook, then the
// abort of the `panic = "abort"` build), raised through the test hook every widget module exports,
// `lmi_test_panic()`, from a task of its own: the abort then escapes uncaught, as it would from a click handler.
const { test, expect } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");
const { Reading } = require("../support/reading");
const { Explorer } = require("../support/explorer");

const PAGE = "/demo/quiz-and-reading.html";

/** Panics inside the wasm instance that runs the widgets of `kind` (`quiz`, `reading`, `explorer`). */
async function panicIn(page, kind) {
  await page.evaluate(async (kind) => {
    // The URL lmi.js imported the widget's code from (its name carries a content hash; the kit's is imported
    // once per kind, with the kind as its query), so the same module and the same wasm instance.
    const pattern = new RegExp(`/lmi/(lmi_${kind}-[0-9a-f]{8}\\.js|lmi_kit-[0-9a-f]{8}\\.js\\?lmi-${kind})$`);
    const url = performance.getEntriesByType("resource").map((e) => e.name).find((u) => pattern.test(u));
    if (!url) throw new Error(`the code of <lmi-${kind}> was not loaded`);
    const widget = await import(url);
    setTimeout(() => widget.lmi_test_panic());
  }, kind);
}

/** Opens the page with both widgets shown, recording `lmi-error` events with the element they came from. */
async function openBoth(page) {
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("lmi-error", (e) => window.__errors.push({ id: e.target.id, ...e.detail }));
  });
  await page.goto(PAGE);
  const quiz = new Quiz(page, "#quiz");
  const reading = new Reading(page, "#reading");
  await expect(quiz.question()).toBeVisible();
  await expect(reading.progress()).toHaveText("Level 1 of 4 · exercise 1 of 14");
  return { quiz, reading };
}

/** The crash message, alone in the widget's shadow root. */
async function expectCrashPanel(widget) {
  await expect(widget.host.getByRole("alert")).toContainText("Something went wrong inside this activity");
  expect(await widget.host.evaluate((el) => el.shadowRoot.childElementCount)).toBe(1);
}

/** The host page's own controls still respond. */
async function expectHostPageWorks(page) {
  await page.getByLabel("A note of your own").fill("still typing");
  await expect(page.locator("#host-note")).toHaveValue("still typing");
  await page.locator("#host-details summary").click();
  await expect(page.locator("#host-details")).toHaveJSProperty("open", true);
}

/** One uncaught abort (the wasm `unreachable` trap), one console error from the hook naming the panic. */
function expectOnlyThePanic(watched) {
  expect(watched.pageErrors).toHaveLength(1);
  expect(watched.pageErrors[0]).toMatch(/unreachable/);
  expect(watched.consoleErrors).toHaveLength(1);
  expect(watched.consoleErrors[0]).toMatch(/^LMI Kit: internal error: panicked at .*\n.*lmi_test_panic\(\) was called/);
}

test("a panic in the quiz shows the message in the quiz only; the reading widget and the page go on", async ({ page, watched }) => {
  const { quiz, reading } = await openBoth(page);
  await panicIn(page, "quiz");
  await expectCrashPanel(quiz);
  expect(await page.evaluate(() => window.__errors)).toEqual([{ id: "quiz", widget: "quiz", bundle: null, error: "crash" }]);

  // The reading widget answers as before: no message, a checked answer, the next question.
  await expect(reading.host.getByRole("alert")).toHaveCount(0);
  await reading.numberField().fill("676000");
  await reading.checkButton().click();
  await expect(reading.feedbackHeading()).toHaveText("Right!");
  await reading.nextButton().click();
  await expect(reading.host.locator(".question-progress")).toHaveText("Question 2 of 2");

  await expectHostPageWorks(page);
  expectOnlyThePanic(watched);
});

test("a panic in the reading widget shows the message there only; the quiz and the page go on", async ({ page, watched }) => {
  const { quiz, reading } = await openBoth(page);
  await panicIn(page, "reading");
  await expectCrashPanel(reading);
  expect(await page.evaluate(() => window.__errors)).toEqual([
    { id: "reading", widget: "reading", bundle: null, error: "crash" },
  ]);

  // The quiz answers as before: no message, the reveal with its source, the next question.
  await expect(quiz.host.getByRole("alert")).toHaveCount(0);
  await expect(quiz.host.locator(".progress")).toHaveText(/^Question 1 of/);
  await quiz.answerAny();
  await expect(quiz.reveal()).toBeVisible();
  await expect(quiz.reveal().locator(".source-line").first()).not.toBeEmpty();
  await quiz.nextButton().click();
  await expect(quiz.host.locator(".progress")).toHaveText(/^Question 2 of/);

  await expectHostPageWorks(page);
  expectOnlyThePanic(watched);
});

test("a panic in the explorer, beside a quiz and a reading widget, stays in the explorer", async ({ page, watched }) => {
  await page.goto("/demo/three-widgets.html");
  const quiz = new Quiz(page, "#quiz");
  const reading = new Reading(page, "#reading");
  const explorer = new Explorer(page, "#explorer");
  await expect(quiz.question()).toBeVisible();
  await expect(reading.progress()).toBeVisible();
  await expect(explorer.searchBox()).toBeVisible({ timeout: 45_000 });
  await panicIn(page, "explorer");
  await expectCrashPanel(explorer);
  // Both other kinds answer as before.
  await expect(quiz.host.getByRole("alert")).toHaveCount(0);
  await quiz.answerAny();
  await expect(quiz.reveal()).toBeVisible();
  await expect(reading.host.getByRole("alert")).toHaveCount(0);
  await reading.numberField().fill("676000");
  await reading.checkButton().click();
  await expect(reading.feedbackHeading()).toHaveText("Right!");
  expectOnlyThePanic(watched);
});
