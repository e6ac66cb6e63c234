// <lmi-reading> as learners use it: a level-1 and a level-4 exercise by keyboard alone (chart values, hints,
// the source panel), the table toggle, the summary and its event; axe-core on every state.
const { test, expect, axeViolations } = require("../support/fixtures");
const { Reading } = require("../support/reading");
const { hasFocus, tabTo } = require("../support/keyboard");

test("a level-1 exercise by keyboard: explore the chart, take a hint, answer, read the feedback", async ({ page, watched }) => {
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  await expect(reading.progress()).toHaveText("Level 1 of 4 · exercise 1 of 14");
  await expect(reading.host.locator(".outcome")).toContainText("What you will learn");
  await expect(reading.marks()).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);

  // The chart's values: one tab stop, then the arrow keys; each value is read out.
  await tabTo(page, reading.marks().first());
  await expect(reading.liveRegion()).toContainText("2014, Nursing and midwifery professionals: 611,335 people");
  await page.keyboard.press("ArrowRight");
  expect(await hasFocus(reading.marks().nth(1))).toBe(true);
  await expect(reading.liveRegion()).toContainText("2015");
  await page.keyboard.press("End");
  expect(await hasFocus(reading.marks().nth(4))).toBe(true);

  await tabTo(page, reading.hintButton());
  await page.keyboard.press("Enter");
  await expect(reading.hints()).toHaveCount(1);
  await expect(reading.hints().first()).toContainText("Hint 1 of 3");

  await tabTo(page, reading.numberField());
  await page.keyboard.type("676000");
  await tabTo(page, reading.checkButton());
  await page.keyboard.press("Enter");
  await expect(reading.feedback()).toBeVisible();
  expect(await hasFocus(reading.feedbackHeading())).toBe(true);
  await expect(reading.feedbackHeading()).toHaveText("Right!");
  await expect(reading.feedback()).toContainText("To read a line chart");
  expect(await axeViolations(page)).toEqual([]);

  await tabTo(page, reading.nextButton());
  await page.keyboard.press("Enter");
  await expect(reading.host.locator(".question-progress")).toHaveText("Question 2 of 2");
  // Radios: Space picks the first, the arrow keys move the choice (2014, 2018, 2016).
  await tabTo(page, reading.radios().first());
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(reading.host.getByRole("radio", { name: "2016" })).toBeChecked();
  await tabTo(page, reading.checkButton());
  await page.keyboard.press("Enter");
  await expect(reading.feedbackHeading()).toHaveText("Right!");
  await tabTo(page, reading.nextButton());
  await expect(reading.nextButton()).toHaveText("Next exercise");
  await page.keyboard.press("Enter");
  await expect(reading.progress()).toHaveText("Level 1 of 4 · exercise 2 of 14");
  expect(await hasFocus(reading.exerciseHeading())).toBe(true);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("a level-4 exercise by keyboard: open the data about the data, judge the source", async ({ page, watched }) => {
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener("lmi-answer", (e) => window.__events.push(e.detail));
  });
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#level-4");
  await expect(reading.progress()).toHaveText("Level 4 of 4 · exercise 1 of 5");
  await tabTo(page, reading.sourcePanel().locator("summary"), 80);
  await page.keyboard.press("Enter");
  await expect(reading.sourcePanel()).toContainText("Published by");
  await expect(reading.sourcePanel()).toContainText("Occupational Employment and Wage Statistics");
  await expect(reading.sourcePanel()).toContainText("How reliable");
  expect(await axeViolations(page)).toEqual([]);
  for (const n of [1, 2]) {
    await expect(reading.host.locator(".question-progress")).toHaveText(`Question ${n} of 2`);
    await tabTo(page, reading.radios().first());
    await page.keyboard.press("Space");
    await tabTo(page, reading.checkButton());
    await page.keyboard.press("Enter");
    await expect(reading.feedback()).toBeVisible();
    await expect(reading.feedback().locator(".explanation")).not.toBeEmpty();
    await tabTo(page, reading.nextButton());
    await page.keyboard.press("Enter");
  }
  await expect(reading.progress()).toHaveText("Level 4 of 4 · exercise 2 of 5");
  const answers = await page.evaluate(() => window.__events);
  expect(answers).toHaveLength(2);
  for (const a of answers) {
    expect(a.widget).toBe("reading");
    expect(a.statement.object.id).toMatch(/^urn:lmi-kit:reading-lmi-basics\/source-country-/);
    expect(typeof a.statement.result.success).toBe("boolean");
  }
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("the table toggle swaps the chart for a real table", async ({ page, watched }) => {
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  await expect(reading.chart()).toBeVisible();
  await tabTo(page, reading.tableToggle());
  await expect(reading.tableToggle()).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Space");
  await expect(reading.tableToggle()).toHaveAttribute("aria-pressed", "true");
  await expect(reading.table()).toBeVisible();
  await expect(reading.chart()).toBeHidden();
  await expect(reading.table().locator("caption")).toContainText("Nursing and midwifery professionals");
  await expect(reading.table().getByRole("rowheader")).toHaveCount(5);
  await expect(reading.table().getByRole("cell", { name: "676,226 people" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Space");
  await expect(reading.chart()).toBeVisible();
  expect(watched.consoleErrors).toEqual([]);
});

test("the summary lists the skills practised per level and fires lmi-complete", async ({ page, watched }) => {
  await page.addInitScript(() => {
    window.__complete = null;
    document.addEventListener("lmi-complete", (e) => (window.__complete = e.detail));
  });
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#level-4");
  await expect(reading.progress()).toBeVisible();
  while (!(await reading.summary().count())) {
    await reading.answerAnyhow();
  }
  await expect(reading.summary().locator("h3")).toHaveText("You have finished the reading exercises.");
  await expect(reading.summary()).toContainText("Level 4: Judge the source");
  await expect(reading.summary().locator(".skills > li > ul > li")).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
  const complete = await page.evaluate(() => window.__complete);
  expect(complete.widget).toBe("reading");
  expect(complete.score.max).toBe(12);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});
