// <lmi-quiz> as pupils and teachers use it: a whole real quiz by keyboard alone, the events an LMS would
// record, hidden solutions in class, and progress that survives a reload (or blocked or full storage).
const { test, expect, axeViolations } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");
const { hasFocus, tabTo } = require("../support/keyboard");

test("a pupil completes a real 12-question quiz with the keyboard alone", async ({ page, watched }) => {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ["lmi-answer", "lmi-complete"]) {
      document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
    }
  });
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#remembering");
  await expect(quiz.question()).toBeVisible();
  for (let n = 1; n <= 12; n++) {
    await expect(quiz.host.locator(".progress")).toHaveText(`Question ${n} of 12`);
    const host = quiz.host;
    if (await host.locator(".estimate").count()) {
      await tabTo(page, host.locator(".estimate-number"));
      await page.keyboard.type("50");
    } else if (await host.locator(".order-list").count()) {
      await tabTo(page, host.locator(".order-item button:not([disabled])").first());
      await page.keyboard.press("Enter");
      await expect(host.locator(".order-list")).toBeVisible();
    } else {
      await tabTo(page, host.getByRole("radio").first());
      await page.keyboard.press("Space");
      await expect(host.getByRole("radio").first()).toBeChecked();
    }
    await tabTo(page, quiz.checkButton());
    await page.keyboard.press("Enter");
    // Focus lands on the reveal, so a screen-reader user hears the answer next.
    await expect(quiz.reveal()).toBeVisible();
    expect(await hasFocus(host.locator(".reveal-heading"))).toBe(true);
    await expect(quiz.reveal().locator(".myth")).not.toBeEmpty();
    await expect(quiz.reveal().locator(".source-line").first()).toContainText("U.S. Bureau of Labor Statistics");
    if (n === 1) expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, quiz.nextButton());
    await page.keyboard.press("Enter");
  }
  await expect(quiz.host.locator(".summary h3")).toHaveText("You have finished the quiz.");
  await expect(quiz.host.locator(".summary .score")).toContainText("of 12 answers right");
  await expect(quiz.host.locator(".summary .myths li")).toHaveCount(12);
  expect(await axeViolations(page)).toEqual([]);

  const events = await page.evaluate(() => window.__events);
  const answers = events.filter((e) => e.name === "lmi-answer");
  expect(answers).toHaveLength(12);
  for (const a of answers) {
    expect(a.detail.widget).toBe("quiz");
    expect(a.detail.bundle).toBe("quiz-who-does-this-job");
    expect(a.detail.statement.verb.id).toBe("http://adlnet.gov/expapi/verbs/answered");
    expect(a.detail.statement.object.id).toMatch(/^urn:lmi-kit:quiz-who-does-this-job\//);
    expect(typeof a.detail.statement.result.success).toBe("boolean");
  }
  const complete = events.find((e) => e.name === "lmi-complete");
  expect(complete.detail.score.max).toBe(12);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("in class, answers wait for the teacher and no score or verdict is shown", async ({ page }) => {
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#in-class");
  await expect(quiz.question()).toBeVisible();
  await quiz.answerAny();
  await expect(quiz.host.locator(".saved")).toContainText("Your teacher will show the answer");
  await expect(quiz.reveal()).toHaveCount(0);
  await quiz.host.getByRole("button", { name: "Show the answer" }).click();
  await expect(quiz.reveal()).toBeVisible();
  await expect(quiz.reveal()).not.toContainText("Right!");
  await expect(quiz.reveal()).not.toContainText("Not quite.");
  expect(await axeViolations(page)).toEqual([]);
});

test("remembered progress survives a reload", async ({ page }) => {
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#remembering");
  const first = await quiz.question().textContent();
  await quiz.answerAny();
  await quiz.nextButton().click();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 2 of 12");
  await page.reload();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 2 of 12");
  expect(await quiz.question().textContent()).not.toBe(first);
});

test("with storage blocked, the quiz still works and nothing is thrown", async ({ page, watched }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#remembering");
  await expect(quiz.question()).toBeVisible();
  await quiz.answerAny();
  await expect(quiz.reveal()).toBeVisible();
  expect(watched.pageErrors).toEqual([]);
});

/** Makes `localStorage.setItem` throw as a browser does when the origin's storage is full. */
function fillStorage() {
  Storage.prototype.setItem = function () {
    throw new DOMException("Setting the value exceeded the quota.", "QuotaExceededError");
  };
}

/** Answers whatever question the shuffle put on screen, ordering questions included, and waits for the reveal. */
async function answerShuffled(quiz) {
  await expect(quiz.question()).toBeVisible();
  if (await quiz.host.locator(".order-list").count()) {
    await quiz.host.locator(".order-item button:not([disabled])").first().click();
  }
  await quiz.answerAny();
  await expect(quiz.reveal()).toBeVisible();
}

test("with storage full, the quiz works to the end without remembering and nothing is thrown", async ({ page, watched }) => {
  await page.addInitScript(fillStorage);
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#remembering");
  for (let n = 1; n <= 12; n++) {
    await expect(quiz.host.locator(".progress")).toHaveText(`Question ${n} of 12`);
    await answerShuffled(quiz);
    await quiz.nextButton().click();
  }
  await expect(quiz.host.locator(".summary h3")).toHaveText("You have finished the quiz.");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lmi-kit:")))).toEqual([]);
  // Nothing was remembered: a reload starts afresh, and says nothing about it either.
  await page.reload();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 1 of 12");
  await expect(quiz.alert()).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("when storage fills up mid-quiz, the older progress is dropped rather than resumed later", async ({ page, watched }) => {
  await page.goto("/demo/quiz-options.html");
  const quiz = new Quiz(page, "#remembering");
  await answerShuffled(quiz);
  await quiz.nextButton().click();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 2 of 12");
  const key = "lmi-kit:quiz:quiz-who-does-this-job";
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toBeNull();
  await page.evaluate(fillStorage);
  await answerShuffled(quiz);
  await quiz.nextButton().click();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 3 of 12");
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await page.reload();
  await expect(quiz.host.locator(".progress")).toHaveText("Question 1 of 12");
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});
