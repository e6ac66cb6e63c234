// The demo's occupations bundles are split by `cargo xtask dist` (lmi-content's `details`): the explorer
// searches from the light bundle and fetches one details file per ISCO sub-major group when a card or a
// comparison needs it. These tests check what is fetched when, that cards are whole, and that a details file
// that cannot be had is reported inside the card with a way to try again.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("../support/fixtures");
const { catalog } = require("../support/a11y");
const { Explorer, shortId } = require("../support/explorer");

const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0"; // ISCO 7411 → occupations.en/74.json
const PLUMBER = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290"; // ISCO 7126 → occupations.en/71.json
const EN = catalog("en");

/** The whole bundle in content/, which the split files must add up to. */
const WHOLE = JSON.parse(fs.readFileSync(path.join(__dirname, "../../content/occupations.en.json"), "utf8"));
const whole = (id) => WHOLE.occupations.find((o) => shortId(o.id) === id);

/** Every request for the explorer's content, by path under /content/. */
function contentRequests(page) {
  const seen = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith("/content/occupations")) seen.push(url.pathname.slice("/content/".length));
  });
  return seen;
}

test("search needs only the light bundle; a card fetches its group's details once, and shows them all", async ({ page, watched }) => {
  const requests = contentRequests(page);
  await page.goto("/demo/explorer.html");
  const explorer = new Explorer(page);
  await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
  await explorer.searchBox().fill("electrician");
  await expect(explorer.result(ELECTRICIAN)).toBeVisible();
  expect(requests).toEqual(["occupations.en.json"]);

  await explorer.result(ELECTRICIAN).click();
  await expect(explorer.cardTitle()).toHaveText("electrician");
  const expected = whole(ELECTRICIAN);
  await expect(explorer.figures()).toHaveCount(Object.keys(expected.figures).length);
  await expect(explorer.card().locator(".description")).toHaveText(expected.description.en);
  await expect(explorer.card().locator(".europe table")).toBeVisible();
  expect(requests).toEqual(["occupations.en.json", "occupations.en/74.json"]);

  // Another group's occupation fetches its file; coming back to the first fetches nothing.
  await explorer.host.evaluate((el, id) => el.setAttribute("occupation", id), PLUMBER);
  await expect(explorer.cardTitle()).toHaveText("plumber");
  await expect(explorer.figures()).toHaveCount(Object.keys(whole(PLUMBER).figures).length);
  await explorer.host.evaluate((el, id) => el.setAttribute("occupation", id), ELECTRICIAN);
  await expect(explorer.cardTitle()).toHaveText("electrician");
  await expect(explorer.figures()).toHaveCount(Object.keys(expected.figures).length);
  expect(requests.filter((r) => r.endsWith("/74.json"))).toHaveLength(1);
  expect(requests.filter((r) => r.endsWith("/71.json"))).toHaveLength(1);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("a details file that cannot be fetched is reported in the card, and trying again shows the card", async ({ page, watched }) => {
  let failing = true;
  await page.route("**/content/occupations.en/74.json", (route) =>
    failing ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
  );
  await page.addInitScript(() => {
    window.__lmiErrors = [];
    document.addEventListener("lmi-error", (e) => window.__lmiErrors.push(e.detail));
  });
  await page.goto(`/demo/explorer.html?lmi-occupation=${ELECTRICIAN}`);
  const explorer = new Explorer(page);
  await expect(explorer.cardTitle()).toHaveText("electrician", { timeout: 45_000 });
  const alert = explorer.card().getByRole("alert");
  await expect(alert).toContainText(EN["error.http"].replace("{status}", "503"));
  await expect(alert).toContainText("/content/occupations.en/74.json");
  const events = await page.evaluate(() => window.__lmiErrors);
  expect(events).toEqual([expect.objectContaining({ widget: "explorer", error: "http" })]);
  expect(events[0].url).toMatch(/\/content\/occupations\.en\/74\.json$/);
  // The rest of the widget still works: the comparison button is there, and so is the way back.
  await expect(explorer.compareToggle()).toBeVisible();

  failing = false;
  await alert.getByRole("button", { name: EN["error.retry"] }).click();
  await expect(explorer.figures()).toHaveCount(Object.keys(whole(ELECTRICIAN).figures).length);
  await expect(explorer.card().getByRole("alert")).toHaveCount(0);
  expect(watched.pageErrors).toEqual([]);
});
