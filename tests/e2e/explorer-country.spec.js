// <lmi-explorer country="…">: the chosen country's figures for the occupation's ISCO major group come first on
// the card, said to be group figures, each with its source, year, place, flags and reliability; the US figures
// follow as a labelled comparison, and a US occupation that is not this one says so. Checked against the
// country files in content/occupations-by-country/.
const fs = require("fs");
const path = require("path");
const { test, expect, axeViolations } = require("../support/fixtures");
const { catalog } = require("../support/a11y");

const EN = catalog("en");
const AR = catalog("ar");
const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
const ANIMAL_CHIROPRACTOR = "be2896db-9ab7-4719-a558-96b18c93027d";
const MARINE_CHIEF_ENGINEER = "cd19e8d1-6abd-4c99-a9bb-85e7c30aca31";
const file = (code) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, `../../content/occupations-by-country/${code}.json`), "utf8"));

/** The blank demo page with one explorer on the English bundle, opened at `occupation`. */
async function explorer(page, attributes) {
  await page.goto("/demo/blank.html");
  await page.evaluate((attributes) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
    const element = document.createElement("lmi-explorer");
    element.id = "w";
    element.setAttribute("src", "../content/occupations.en.json");
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.append(element);
  }, attributes);
  const host = page.locator("#w");
  await expect(host.locator("#card-title")).toBeVisible({ timeout: 45_000 });
  return host;
}

const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replace(`{${k}}`, v), text);

test("a Belgian card shows Belgium's group figures first, each cited, then the US ones for comparison", async ({ page, watched }) => {
  const host = await explorer(page, { lang: "en", occupation: ELECTRICIAN, country: "BE" });
  const section = host.locator(".card-country");
  await expect(section.getByRole("heading", { level: 4 })).toHaveText(fill(EN["explorer.country_heading"], { country: "Belgium" }));
  await expect(section.locator(".group-note")).toHaveText(
    fill(EN["explorer.country_group_note"], { title: "Craft and related trades workers", code: "7" }));
  // The country comes before the US figures, which are labelled as a comparison.
  const order = await host.locator(".card-country, .card-figures").evaluateAll((els) => els.map((e) => e.className));
  expect(order).toEqual(["card-country", "card-figures"]);
  await expect(host.locator("#card-figures")).toHaveText(EN["explorer.us_comparison"]);

  const group = file("be").groups.find((g) => g.code === "7");
  const figures = section.locator(".card-figure");
  await expect(figures).toHaveCount(5);
  await expect(figures.locator("h5")).toHaveText([
    EN["explorer.figure.group_employment"], EN["explorer.figure.group_women_share"], EN["explorer.figure.group_change"],
    EN["explorer.figure.hourly_women"], EN["explorer.figure.hourly_men"],
  ]);
  // Values as the file has them, with year and place, source and reliability on every one.
  await expect(figures.nth(0).locator(".figure-value")).toHaveText(/464,500/);
  await expect(figures.nth(1).locator(".figure-value")).toHaveText(`${group.women_share.value}%`);
  await expect(figures.nth(3).locator(".figure-value")).toContainText("14.86");
  for (const figure of await figures.all()) {
    await expect(figure.locator(".figure-context")).toContainText("Belgium");
    await expect(figure.locator(".source-line")).toContainText("Eurostat");
    await expect(figure.locator(".badge")).toHaveText(/reliability/i);
  }
  await expect(figures.nth(0).locator(".figure-context")).toContainText("2023");
  await expect(figures.nth(3).locator(".figure-context")).toContainText("2018");
  // Eurostat's break flag on the change is shown, not dropped.
  expect(group.change.flags).toContain("b");
  await expect(figures.nth(2)).toContainText(/break in the series/i);
  expect(await axeViolations(page)).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test("EL and GR both mean Greece, and a new country attribute switches the card", async ({ page }) => {
  const host = await explorer(page, { lang: "en", occupation: ELECTRICIAN, country: "el" });
  const heading = host.locator("#card-country");
  await expect(heading).toHaveText(fill(EN["explorer.country_heading"], { country: "Greece" }));
  const women = file("gr").groups.find((g) => g.code === "7").women_share.value;
  await expect(host.locator(".card-country .card-figure").nth(1).locator(".figure-value")).toHaveText(`${women}%`);
  await host.evaluate((el) => el.setAttribute("country", "GR"));
  await expect(heading).toHaveText(fill(EN["explorer.country_heading"], { country: "Greece" }));
  await host.evaluate((el) => el.setAttribute("country", "nl"));
  await expect(heading).toHaveText(fill(EN["explorer.country_heading"], { country: "Netherlands" }));
  await host.evaluate((el) => el.removeAttribute("country"));
  await expect(host.locator(".card-country")).toHaveCount(0);
  await expect(host.locator("#card-figures")).toHaveText(EN["explorer.figures"]);
});

test("a country the content has no figures for says so in words; a code that is no country is named on the console", async ({ page, watched }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const host = await explorer(page, { lang: "en", occupation: ELECTRICIAN, country: "JP" });
  await expect(host.locator(".card-country")).toContainText(fill(EN["explorer.country_none"], { country: "Japan" }));
  await expect(host.getByRole("alert")).toHaveCount(0);
  await host.evaluate((el) => el.setAttribute("country", "Belgium"));
  await expect(host.locator(".card-country")).toHaveCount(0);
  await expect.poll(() => warnings.some((w) => w.includes('country="Belgium"') && w.includes("not a country code"))).toBe(true);
  expect(watched.pageErrors).toEqual([]);
});

test("a pupil sees the group figures without the head count", async ({ page }) => {
  const host = await explorer(page, { lang: "en", occupation: ELECTRICIAN, country: "DE", audience: "pupil" });
  const labels = host.locator(".card-country .card-figure h5");
  await expect(labels).toHaveText([
    EN["explorer.figure.group_women_share"], EN["explorer.figure.group_change"],
    EN["explorer.figure.hourly_women"], EN["explorer.figure.hourly_men"],
  ]);
});

test("a card opened by the occupation attribute leaves focus, and the page's scroll, where the page has them", async ({ page }) => {
  await page.goto("/demo/countries.html");
  await expect(page.locator("lmi-explorer #card-title")).toHaveText("electrician", { timeout: 45_000 });
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("a figure Eurostat does not publish is shown as a gap, never dropped", async ({ page }) => {
  // Luxembourg's LFS gives no share of women among craft workers (`:` in lfsa_egised).
  expect(file("lu").groups.find((g) => g.code === "7").women_share).toBeUndefined();
  const host = await explorer(page, { lang: "en", occupation: ELECTRICIAN, country: "LU" });
  const figures = host.locator(".card-country .card-figure");
  await expect(figures).toHaveCount(5);
  await expect(figures.nth(1).locator("h5")).toHaveText(EN["explorer.figure.group_women_share"]);
  await expect(figures.nth(1).locator(".figure-gap")).toHaveText(EN["explorer.country_gap"]);
  await expect(figures.nth(1).locator(".figure-value")).toHaveCount(0);
});

test("a US occupation that is not this one says so beside the US figures", async ({ page }) => {
  const host = await explorer(page, { lang: "en", occupation: ANIMAL_CHIROPRACTOR });
  await expect(host.locator(".us-fit")).toHaveText(fill(EN["explorer.us_fit.broader"], { title: "Veterinarians" }));
  await host.evaluate((el, id) => el.setAttribute("occupation", id), MARINE_CHIEF_ENGINEER);
  await expect(host.locator("#card-title")).toHaveText("marine chief engineer");
  await expect(host.locator(".us-fit")).toHaveText(fill(EN["explorer.us_fit.related"], { title: "Ship engineers" }));
  await host.evaluate((el, id) => el.setAttribute("occupation", id), ELECTRICIAN);
  await expect(host.locator("#card-title")).toHaveText("electrician");
  await expect(host.locator(".us-fit")).toHaveCount(0);
});

test("in Arabic the country panel is translated, right to left, and axe is clean", async ({ page }) => {
  const host = await explorer(page, { lang: "ar", occupation: ELECTRICIAN, country: "BE" });
  await expect(host.locator(".lmi")).toHaveAttribute("dir", "rtl");
  await expect(host.locator("#card-figures")).toHaveText(AR["explorer.us_comparison"]);
  await expect(host.locator(".card-country .card-figure h5").first()).toHaveText(AR["explorer.figure.group_employment"]);
  expect(await axeViolations(page)).toEqual([]);
});

test("the demo's country switch sets the quiz edition and the explorer's country", async ({ page, watched }) => {
  await page.goto("/demo/countries.html?country=fr&activity=quiz-what-does-it-pay");
  await expect(page.locator("lmi-quiz")).toHaveAttribute("src", "../content/quiz-what-does-it-pay.fr.json");
  await expect(page.locator("lmi-explorer")).toHaveAttribute("country", "fr");
  await expect(page.locator("lmi-quiz h2")).toContainText("France", { timeout: 30_000 });
  await expect(page.locator("lmi-explorer #card-country")).toHaveText(fill(EN["explorer.country_heading"], { country: "France" }), { timeout: 45_000 });
  await page.selectOption("#activity", "reading-europe");
  await page.selectOption("#country", "nl");
  await page.locator("#choose button").click();
  await expect(page.locator("lmi-reading")).toHaveAttribute("src", "../content/reading-europe.nl.json");
  await expect(page.locator("lmi-quiz")).toHaveCount(0);
  expect(new URL(page.url()).search).toBe("?country=nl&activity=reading-europe");
  // Every option's editions are files that exist.
  const options = await page.locator("#country option").evaluateAll((os) => os.map((o) => [o.value, o.dataset.editions]));
  expect(options.length).toBe(34);
  for (const [code, editions] of options) {
    for (const e of editions.split(" ").filter(Boolean)) {
      expect(fs.existsSync(path.join(__dirname, `../../content/${e}.${code}.json`)), `${e}.${code}`).toBe(true);
    }
  }
  expect(await axeViolations(page)).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});
