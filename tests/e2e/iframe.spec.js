// The iframe route: frame.html renders one widget; resize.js keeps each frame as tall as its content, also
// when the content grows after an answer, and passes the widget's events to the host page.
const { test, expect, axeViolations } = require("../support/fixtures");

async function heights(page, id) {
  const outer = await page.locator(id).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page.frameLocator(id).locator("html").evaluate((html) => html.scrollHeight);
  return { outer, inner };
}

test("frames fit their content, grow with it, and forward events", async ({ page, watched }) => {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ["lmi-ready", "lmi-answer"]) {
      document.addEventListener(name, (e) => window.__events.push({ name, target: e.target.id, detail: e.detail }));
    }
  });
  await page.goto("/demo/iframe.html");
  for (const id of ["#frame-quiz", "#frame-quiz-nl"]) {
    const frame = page.frameLocator(id);
    await expect(frame.locator("lmi-quiz").locator("legend")).toBeVisible();
    await expect.poll(async () => {
      const { outer, inner } = await heights(page, id);
      return Math.abs(outer - inner);
    }).toBeLessThanOrEqual(2);
  }
  const before = (await heights(page, "#frame-quiz")).outer;
  const quiz = page.frameLocator("#frame-quiz").locator("lmi-quiz");
  await quiz.getByRole("radio", { name: "False", exact: true }).check();
  await quiz.locator(".question > button").click();
  await expect(quiz.locator(".reveal")).toBeVisible();
  await expect.poll(async () => (await heights(page, "#frame-quiz")).outer).toBeGreaterThan(before + 50);
  await expect.poll(async () => {
    const { outer, inner } = await heights(page, "#frame-quiz");
    return Math.abs(outer - inner);
  }).toBeLessThanOrEqual(2);

  const events = await page.evaluate(() => window.__events);
  expect(events.filter((e) => e.name === "lmi-ready").map((e) => e.target).sort()).toEqual(["frame-quiz", "frame-quiz-nl"]);
  const answer = events.find((e) => e.name === "lmi-answer");
  expect(answer.target).toBe("frame-quiz");
  expect(answer.detail.statement.object.id).toBe("urn:lmi-kit:quiz-first-look/electricians-women");
  expect(await axeViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test("a message from another origin or window is ignored by resize.js", async ({ page }) => {
  await page.goto("/demo/iframe.html");
  await expect(page.frameLocator("#frame-quiz").locator("lmi-quiz legend")).toBeVisible();
  const before = await page.locator("#frame-quiz").evaluate((f) => f.style.height);
  // The host page itself (not the frame) posts a resize: it must not be obeyed.
  await page.evaluate(() => window.postMessage({ type: "lmi-resize", height: 5 }, "*"));
  await page.waitForTimeout(200);
  expect(await page.locator("#frame-quiz").evaluate((f) => f.style.height)).toBe(before);
});
