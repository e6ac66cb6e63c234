// Bad bundles end in a message inside the widget, naming the address and the problem, with a retry;
// the host page keeps working and nothing is thrown.
const { test, expect, axeViolations } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

test("each broken bundle shows an alert with its address and a retry button", async ({ page, watched }) => {
  await page.goto("/demo/broken-bundle.html");
  const cases = [
    { id: "#missing", file: "does-not-exist.json", says: "404" },
    { id: "#not-json", file: "not-json.json", says: "not valid JSON" },
    { id: "#wrong-shape", file: "wrong-shape.json", says: "mistakes" },
  ];
  for (const { id, file, says } of cases) {
    const quiz = new Quiz(page, id);
    await expect(quiz.alert()).toBeVisible();
    await expect(quiz.alert()).toContainText(file);
    await expect(quiz.alert()).toContainText(says);
    await expect(quiz.alert().getByRole("button", { name: "Try again" })).toBeVisible();
  }
  // The schema problem is named precisely for the webmaster.
  await expect(new Quiz(page, "#wrong-shape").alert()).toContainText("questions[0].answer.true_false.correct");

  await page.locator("#host-button").click();
  await expect(page.locator("#host-button")).toBeFocused();
  expect(watched.pageErrors).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test("retry fetches again and recovers when the bundle becomes available", async ({ page }) => {
  let fail = true;
  await page.route("**/content/quiz-first-look.json", (route) => (fail ? route.fulfill({ status: 503, body: "busy" }) : route.continue()));
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.alert()).toContainText("503");
  fail = false;
  await quiz.alert().getByRole("button", { name: "Try again" }).click();
  await expect(quiz.heading()).toHaveText("Who does this job? A first look");
});
