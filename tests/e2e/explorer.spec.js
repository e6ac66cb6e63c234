// <lmi-explorer> as job seekers, pupils and advisers use it: search, a card and a comparison by keyboard
// alone, the browser's back and forward buttons and shareable links, what each audience sees, WCAG 2.1 AA in
// every state (axe-core, reflow at 320 CSS px, 200% zoom, forced colours, reduced motion, target sizes), a
// strict Content-Security-Policy, three widgets on one page, and all six UI languages.
const fs = require("fs");
const path = require("path");
const { test, expect, axeViolations, cspViolations, kitRequests } = require("../support/fixtures");
const { catalog, axeCollector, crowdedTargets, expectNoHorizontalScroll, expectInsideTheWidget } = require("../support/a11y");
const { Explorer, shortId } = require("../support/explorer");
const { hasFocus, tabTo } = require("../support/keyboard");

const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
const TILE_FITTER = "02447817-ea01-4d8b-b09c-8bc128e447e6";
const PLUMBER = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290";
const ROWS = ["median_wage", "employment", "projected_change", "openings", "women_share"];
const LANGS = ["en", "nl", "fr", "de", "ar", "uk"];

/** The bundle the demo page loads, to check what the widget shows against the data. */
const BUNDLE = JSON.parse(fs.readFileSync(path.join(__dirname, "../../content/occupations.en.json"), "utf8"));
const OCCUPATIONS = new Map(BUNDLE.occupations.map((o) => [shortId(o.id), o]));

const EN = catalog("en");

/** The warnings a comparison row must carry, from the data: what differs among the figures present. */
function expectedWarnings(ids, row) {
  const figures = ids.map((id) => OCCUPATIONS.get(id).figures?.[row]);
  const present = figures.filter(Boolean);
  const differ = (field) => present.some((f) => f[field] !== present[0][field]);
  return [
    [differ("period"), "explorer.mismatch_periods"],
    [differ("source"), "explorer.mismatch_sources"],
    [differ("region"), "explorer.mismatch_regions"],
    [present.length > 0 && present.length < figures.length, "explorer.mismatch_missing"],
  ].filter(([flag]) => flag).map(([, key]) => EN[key]);
}

/** The page's address parameters the widget owns, and the rest of it. */
function address(page) {
  const url = new URL(page.url());
  return {
    occupation: url.searchParams.get("lmi-occupation"),
    compare: url.searchParams.get("lmi-compare"),
    url,
  };
}

/** Opens the explorer demo page (jobseeker audience, adviser link) and waits for the loaded bundle's title. */
async function openExplorer(page, query = "") {
  await page.goto(`/demo/explorer.html${query}`);
  const explorer = new Explorer(page);
  // The first load fetches and indexes the 5 MB bundle.
  await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
  return explorer;
}

test("a job seeker searches, reads a card and compares two occupations with the keyboard alone", async ({ page, watched }) => {
  test.setTimeout(120_000);
  const explorer = await openExplorer(page);
  const host = explorer.host;

  // The search box is reached by Tab, has a visible label, and says how to reach the results.
  const box = host.getByRole("searchbox", { name: EN["explorer.search_label"] });
  await tabTo(page, box);
  await expect(host.locator("label[for=explorer-query]")).toBeVisible();
  await expect(box).toHaveAccessibleDescription(EN["explorer.search_hint"]);

  // The count is shown at once and announced once typing pauses: one announcement for the whole word.
  await explorer.liveRegion().evaluate((region) => {
    window.__announced = [];
    new MutationObserver(() => window.__announced.push(region.textContent)).observe(region, {
      childList: true, characterData: true, subtree: true,
    });
  });
  await page.keyboard.type("electrician", { delay: 40 });
  await expect(explorer.count()).toHaveText(/^\d+ occupations found$/);
  const count = await explorer.count().textContent();
  await expect(explorer.liveRegion()).toHaveText(count);
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => window.__announced.filter((t) => t.trim()))).toEqual([count]);

  // Arrow keys move through the results, Enter opens one.
  await page.keyboard.press("ArrowDown");
  expect(await explorer.focusedResultId()).toBe(ELECTRICIAN);
  await page.keyboard.press("ArrowDown");
  const second = await explorer.focusedResultId();
  expect(second).not.toBeNull();
  expect(second).not.toBe(ELECTRICIAN);
  await page.keyboard.press("ArrowUp");
  expect(await explorer.focusedResultId()).toBe(ELECTRICIAN);
  await page.keyboard.press("Enter");

  // Focus lands on the card's heading; every figure says where it comes from, when, and how reliable it is.
  await expect(explorer.cardTitle()).toHaveText("electrician");
  await expect.poll(() => hasFocus(explorer.cardTitle())).toBe(true);
  expect(address(page).occupation).toBe(ELECTRICIAN);
  await expect(explorer.figures()).toHaveCount(5);
  for (const figure of await explorer.figures().all()) {
    await expect(figure.locator(".source-line")).toContainText("Source: US Bureau of Labor Statistics (BLS)");
    await expect(figure.locator(".figure-context")).toHaveText(/\d{4}.* · United States/);
    await expect(figure.locator(".badge")).toHaveText(/reliability/i);
  }

  // Escape goes back to the results, to the same result.
  await page.keyboard.press("Escape");
  await expect(explorer.card()).toHaveCount(0);
  await expect.poll(() => explorer.focusedResultId()).toBe(ELECTRICIAN);
  expect(address(page).occupation).toBeNull();

  // Two occupations into the comparison, by keyboard.
  await page.keyboard.press("Enter");
  await expect(explorer.cardTitle()).toHaveText("electrician");
  await tabTo(page, explorer.compareToggle());
  await expect(explorer.compareToggle()).toHaveText(EN["explorer.compare_add"]);
  await page.keyboard.press("Enter");
  await expect(explorer.compareToggle()).toHaveText(EN["explorer.compare_remove"]);
  await expect(explorer.liveRegion()).toHaveText('"electrician" was added to the comparison.');
  await page.keyboard.press("Escape");
  await expect.poll(() => explorer.focusedResultId()).toBe(ELECTRICIAN);
  await page.keyboard.press("Escape");
  await expect.poll(() => hasFocus(box)).toBe(true);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("tile fitter");
  await expect(explorer.resultTitles().first()).toHaveText("tile fitter");
  await page.keyboard.press("ArrowDown");
  expect(await explorer.focusedResultId()).toBe(TILE_FITTER);
  await page.keyboard.press("Enter");
  await expect(explorer.cardTitle()).toHaveText("tile fitter");
  await tabTo(page, explorer.compareToggle());
  await page.keyboard.press("Enter");
  await expect(explorer.tray()).toContainText("2 occupations to compare");

  // Side by side: two columns, and a warning on each row whose figures are not comparable as they stand.
  await tabTo(page, explorer.compareOpen());
  await page.keyboard.press("Enter");
  await expect(explorer.compareColumns()).toHaveCount(2);
  await expect(explorer.compareColumns().locator(".compare-title")).toHaveText(["electrician", "tile fitter"]);
  await expect.poll(() => hasFocus(host.locator("#compare-title"))).toBe(true);
  expect(address(page).compare).toBe(`${ELECTRICIAN},${TILE_FITTER}`);
  const rows = host.locator(".compare-table tbody tr");
  await expect(rows).toHaveCount(ROWS.length + 1);
  let warned = 0;
  for (const [i, row] of ROWS.entries()) {
    const expected = expectedWarnings([ELECTRICIAN, TILE_FITTER], row);
    warned += expected.length;
    await expect(rows.nth(i).locator(".mismatch-note"), row).toHaveText(expected);
    await expect(rows.nth(i).locator("td")).toHaveCount(2);
  }
  expect(warned, "the pair was chosen so that some row warns").toBeGreaterThan(0);

  // The browser's back and forward buttons move between the results, the card and the comparison.
  await page.goBack();
  await expect(explorer.cardTitle()).toHaveText("tile fitter");
  await expect(explorer.compare()).toHaveCount(0);
  expect(address(page)).toMatchObject({ occupation: TILE_FITTER, compare: null });
  await page.goBack();
  await expect(explorer.card()).toHaveCount(0);
  await expect(explorer.results().first()).toBeVisible();
  await expect(explorer.searchBox()).toHaveValue("tile fitter");
  expect(address(page)).toMatchObject({ occupation: null, compare: null });
  await page.goForward();
  await expect(explorer.cardTitle()).toHaveText("tile fitter");
  await page.goForward();
  await expect(explorer.compareColumns()).toHaveCount(2);
  expect(address(page).compare).toBe(`${ELECTRICIAN},${TILE_FITTER}`);

  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("focus stays in the widget when the control that had it goes away", async ({ page, watched }) => {
  const explorer = await openExplorer(page);
  const host = explorer.host;
  // "Show more results": focus moves to the first new result, also when the button goes with the last page.
  const inGroup = BUNDLE.occupations.filter((o) => o.isco.startsWith("6")).length;
  expect(inGroup).toBeGreaterThan(30);
  expect(inGroup).toBeLessThanOrEqual(60);
  await tabTo(page, explorer.browseGroups().nth(6));
  await page.keyboard.press("Enter");
  await expect(explorer.results()).toHaveCount(30);
  const more = host.getByRole("button", { name: EN["explorer.more_results"] });
  await tabTo(page, more);
  await page.keyboard.press("Enter");
  await expect(explorer.results()).toHaveCount(inGroup);
  await expect(more).toHaveCount(0);
  await expect.poll(() => hasFocus(explorer.results().nth(30))).toBe(true);
  // "Clear the filters" goes with the filters it cleared: focus moves to the first filter.
  await page.keyboard.press("Escape");
  await tabTo(page, explorer.clearFilters());
  await page.keyboard.press("Enter");
  await expect(explorer.clearFilters()).toHaveCount(0);
  await expect(explorer.browseGroups()).toHaveCount(10);
  await expect.poll(() => hasFocus(explorer.filter("group"))).toBe(true);

  // Removing a compared occupation: focus on the comparison's heading; the last one leaves no parameter behind.
  await page.goto(`/demo/explorer.html?lmi-compare=${ELECTRICIAN},${PLUMBER}`);
  await expect(explorer.compareColumns()).toHaveCount(2, { timeout: 45_000 });
  const remove = host.locator(".compare-table thead button");
  for (const left of [1, 0]) {
    await tabTo(page, remove.first());
    await page.keyboard.press("Enter");
    await expect(explorer.compareColumns()).toHaveCount(left);
    await expect.poll(() => hasFocus(host.locator("#compare-title"))).toBe(true);
  }
  await expect(explorer.compare()).toContainText(EN["explorer.compare_empty"]);
  expect(new URL(page.url()).search).toBe("");
  expect(watched.consoleErrors).toEqual([]);
});

test("a link to a card opens that card, and the card's own link is that link", async ({ page, context, watched }) => {
  const explorer = await openExplorer(page, `?lmi-occupation=${PLUMBER}`);
  await expect(explorer.cardTitle()).toHaveText("plumber");
  await expect.poll(() => hasFocus(explorer.cardTitle())).toBe(true);
  await expect(explorer.figures()).toHaveCount(5);
  const share = await explorer.host.locator(".share-link").getAttribute("href");
  expect(new URL(share).searchParams.get("lmi-occupation")).toBe(PLUMBER);
  const other = await context.newPage();
  await other.goto(share);
  await expect(new Explorer(other).cardTitle()).toHaveText("plumber", { timeout: 45_000 });
  await other.close();
  // "Back to the results" works like a link: the results, and the occupation leaves the address.
  await explorer.backButton().click();
  await expect(explorer.card()).toHaveCount(0);
  await expect(explorer.searchBox()).toBeVisible();
  expect(address(page).occupation).toBeNull();
  expect(watched.consoleErrors).toEqual([]);
});

test("the host page's own address survives: its path, query parameters and hash stay, nothing reloads", async ({ page, watched }) => {
  const explorer = await openExplorer(page, "?course=lmi-101&step=2#unit-3");
  const original = page.url();
  await page.evaluate(() => (window.__samePage = true));
  await explorer.open("electrician", ELECTRICIAN);
  await expect(explorer.cardTitle()).toHaveText("electrician");
  let { url, occupation } = address(page);
  expect(occupation).toBe(ELECTRICIAN);
  expect(url.pathname).toBe("/demo/explorer.html");
  expect(url.searchParams.get("course")).toBe("lmi-101");
  expect(url.searchParams.get("step")).toBe("2");
  expect(url.hash).toBe("#unit-3");
  await explorer.compareToggle().click();
  await explorer.compareOpen().click();
  await expect(explorer.compareColumns()).toHaveCount(1);
  ({ url } = address(page));
  expect(url.searchParams.get("lmi-compare")).toBe(ELECTRICIAN);
  expect(url.searchParams.has("lmi-occupation")).toBe(false);
  expect([url.searchParams.get("course"), url.searchParams.get("step"), url.hash]).toEqual(["lmi-101", "2", "#unit-3"]);
  await page.goBack();
  await page.goBack();
  await expect(explorer.results().first()).toBeVisible();
  expect(page.url()).toBe(original);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(watched.consoleErrors).toEqual([]);
});

test("the occupation attribute opens a card, at load and when it changes", async ({ page, watched }) => {
  // At load: the attribute as a webmaster pastes it, the full ESCO URI.
  await page.route("**/demo/explorer.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      'audience="jobseeker"',
      `audience="jobseeker" occupation="http://data.europa.eu/esco/occupation/${ELECTRICIAN}"`,
    );
    await route.fulfill({ response, body });
  });
  const explorer = await openExplorer(page);
  await expect(explorer.cardTitle()).toHaveText("electrician");
  expect(address(page).occupation).toBeNull();
  // Back to the results…
  await explorer.backButton().click();
  await expect(explorer.searchBox()).toBeVisible();
  // …and a new value opens that occupation as a new entry, which the back button leaves.
  await explorer.host.evaluate((el, id) => el.setAttribute("occupation", id), PLUMBER);
  await expect(explorer.cardTitle()).toHaveText("plumber");
  expect(address(page).occupation).toBe(PLUMBER);
  await page.goBack();
  await expect(explorer.card()).toHaveCount(0);
  await expect(explorer.searchBox()).toBeVisible();
  expect(watched.consoleErrors).toEqual([]);
});

test("a pupil sees three figures in plain sentences; a practitioner sees every figure with its method", async ({ page, watched }) => {
  const explorer = await openExplorer(page, `?lmi-occupation=${ELECTRICIAN}`);
  const host = explorer.host;
  await expect(explorer.figures()).toHaveCount(5);
  await expect(host.locator(".source-method")).toHaveCount(0);

  await host.evaluate((el) => el.setAttribute("audience", "pupil"));
  await expect(explorer.figures()).toHaveCount(3);
  await expect(explorer.figures().locator("h5")).toHaveText([
    EN["explorer.figure.median_wage"], EN["explorer.figure.projected_change"], EN["explorer.figure.women_share"],
  ]);
  // The outlook in words, the first sentence of the description with the rest behind "Read more".
  await expect(host.locator(".outlook")).toHaveText(`${EN["explorer.outlook.growing"]}: ${EN["explorer.outlook_sentence.growing"]}`);
  await expect(host.locator(".description")).toHaveText("Electricians fit and repair electrical circuits and wiring systems.");
  await expect(host.locator(".read-more summary")).toHaveText(EN["explorer.read_more"]);
  await expect(host.locator(".europe")).toHaveCount(0);
  await expect(host.locator(".source-method")).toHaveCount(0);
  for (const figure of await explorer.figures().all()) {
    await expect(figure.locator(".badge")).toBeVisible();
    await expect(figure.locator(".source-line")).toBeVisible();
  }

  await host.evaluate((el) => el.setAttribute("audience", "practitioner"));
  await expect(explorer.figures()).toHaveCount(5);
  // Every figure says how it was measured and what its source cannot tell.
  for (const figure of await explorer.figures().all()) {
    await expect(figure.locator(".source-method")).toHaveText(new RegExp(`^${escape(EN["figure.method"])}: `));
    await expect(figure.locator(".source-limitations li").first()).toBeVisible();
  }
  await expect(host.locator(".card-facts")).toContainText(EN["explorer.job_zone"].replace("{level}", "3"));
  await expect(host.locator(".europe")).toBeVisible();
  expect(watched.consoleErrors).toEqual([]);
});

/**
 * Every state of the explorer, by mouse, on the jobseeker demo page: browsing, results, results with filters,
 * the card (jobseeker, with its wage table open, pupil, practitioner) and the comparison. `check(state)` runs
 * in each. Leaves the audience as the page set it.
 */
async function walk(explorer, check) {
  const host = explorer.host;
  await expect(explorer.browseGroups()).toHaveCount(10);
  await check("browse (empty)");
  await explorer.search("electrician");
  await expect(explorer.resultTitles().first()).toHaveText("electrician");
  await check("results");
  await explorer.filter("outlook").selectOption({ label: EN["explorer.outlook.growing"] });
  await explorer.filter("education").selectOption({ label: EN["explorer.education.secondary"] });
  await expect(explorer.clearFilters()).toBeVisible();
  await expect(explorer.result(ELECTRICIAN)).toBeVisible();
  await check("results with filters");
  await explorer.result(ELECTRICIAN).click();
  await expect(explorer.cardTitle()).toHaveText("electrician");
  await expect(explorer.figures()).toHaveCount(5);
  await check("card (jobseeker)");
  await explorer.wageTableToggle().click();
  await expect(host.locator(".wage-chart table")).toBeVisible();
  await host.locator(".skills summary").click();
  await check("card with the wage table and skills open");
  await explorer.compareToggle().click();
  for (const audience of ["pupil", "practitioner"]) {
    await host.evaluate((el, a) => el.setAttribute("audience", a), audience);
    await expect(explorer.figures()).toHaveCount(audience === "pupil" ? 3 : 5);
    await check(`card (${audience})`);
  }
  await host.evaluate((el) => el.setAttribute("audience", "jobseeker"));
  await explorer.backButton().click();
  await explorer.filter("education").selectOption({ label: EN["explorer.filter_any"] });
  await explorer.open("tile fitter", TILE_FITTER);
  await explorer.compareToggle().click();
  await explorer.compareOpen().click();
  await expect(explorer.compareColumns()).toHaveCount(2);
  await check("compare");
}

test("every state passes axe", async ({ page, watched }) => {
  test.setTimeout(120_000);
  const explorer = await openExplorer(page);
  const axe = axeCollector(page, "");
  await walk(explorer, axe.check);
  expect(axe.failures).toEqual([]);
  expect(axe.states).toHaveLength(8);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("reflows at 320 CSS px without horizontal scrolling, and passes axe, in every state", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const explorer = await openExplorer(page);
  const axe = axeCollector(page, "320 px, ");
  await walk(explorer, async (state) => {
    await expectNoHorizontalScroll(page, state);
    await expectInsideTheWidget(explorer, state, ".table-scroll");
    await axe.check(state);
  });
  expect(axe.failures).toEqual([]);
});

test("works at 200% zoom", async ({ browser }) => {
  test.setTimeout(120_000);
  // A 1280 px wide screen at 200% zoom: 640 CSS px, every CSS px two device pixels.
  const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto((process.env.BASE_URL ?? "http://127.0.0.1:8080") + "/demo/explorer.html");
  const explorer = new Explorer(page);
  await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
  await walk(explorer, async (state) => {
    await expectNoHorizontalScroll(page, state);
    await expectInsideTheWidget(explorer, state, ".table-scroll");
  });
  await context.close();
});

test("in forced-colours mode every state stays visible and axe is clean", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ forcedColors: "active" });
  const explorer = await openExplorer(page);
  const host = explorer.host;
  const axe = axeCollector(page, "forced colours, ");
  await walk(explorer, async (state) => {
    await axe.check(state);
    // Fields and results keep a border; the wage chart keeps its ink.
    const borders = await host.evaluate((h) =>
      [...h.shadowRoot.querySelectorAll("input, select, .result, .button")]
        .filter((el) => el.getClientRects().length)
        .filter((el) => getComputedStyle(el).borderTopStyle === "none")
        .map((el) => el.outerHTML.slice(0, 80)));
    expect(borders, state).toEqual([]);
    if (state.startsWith("card (jobseeker)")) {
      const canvas = await host.locator(".lmi").evaluate((el) => getComputedStyle(el).backgroundColor);
      // The shared range chart: its line is stroked, its end caps and middle mark are filled, in system ink.
      for (const [part, paint] of [[".wage-chart line.range", "stroke"], [".wage-chart .cap", "fill"], [".wage-chart .middle", "fill"]]) {
        const ink = await host.locator(part).first().evaluate((el, p) => getComputedStyle(el)[p], paint);
        expect(ink, `${state}: ${part}`).not.toBe(canvas);
        expect(ink, `${state}: ${part}`).not.toBe("none");
      }
    }
  });
  expect(axe.failures).toEqual([]);
});

test("with reduced motion nothing animates, in any state", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const explorer = await openExplorer(page);
  await walk(explorer, async (state) => {
    const moving = await explorer.host.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll("*")].filter((el) => {
        const s = getComputedStyle(el);
        return (s.animationName !== "none" && parseFloat(s.animationDuration) > 0.01) || parseFloat(s.transitionDuration) > 0.01;
      }).map((el) => el.outerHTML.slice(0, 60)));
    expect(moving, state).toEqual([]);
  });
});

test("every control is at least 24 × 24 CSS px, or has room around it, in every state", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const explorer = await openExplorer(page);
  // Targets: buttons, fields, selects, summaries and links that are not inside a sentence (WCAG 2.5.8 "inline").
  const measure = async () => {
    const { count, crowded } = await crowdedTargets(explorer, "button, input, select, summary, a, [tabindex='0']");
    return { count, crowded: crowded.map((t) => t.text) };
  };
  const failures = [];
  await walk(explorer, async (state) => {
    const { count, crowded } = await measure();
    expect(count, state).toBeGreaterThan(0);
    if (crowded.length) failures.push(`${state}: ${crowded.join("; ")}`);
  });
  expect(failures).toEqual([]);
});

test("under a strict Content-Security-Policy every state works without a violation", async ({ page, watched }) => {
  await page.goto("/demo/strict-csp-explorer.html");
  const explorer = new Explorer(page);
  await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
  await explorer.open("electrician", ELECTRICIAN);
  await expect(explorer.figures()).toHaveCount(5);
  await expect(explorer.host.locator(".source-method").first()).toBeVisible();
  await explorer.wageTableToggle().click();
  await explorer.compareToggle().click();
  await explorer.backButton().click();
  await explorer.open("plumber", PLUMBER);
  await explorer.compareToggle().click();
  await explorer.compareOpen().click();
  await expect(explorer.compareColumns()).toHaveCount(2);
  await page.goBack();
  await expect(explorer.cardTitle()).toHaveText("plumber");
  expect(await cspViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test("three widgets with the script included twice: all render from one kit module, fetched once", async ({ page, watched }) => {
  const kit = kitRequests(page);
  await page.goto("/demo/three-widgets.html");
  await expect(page.locator("#quiz").getByRole("heading", { level: 2 })).toBeVisible();
  await expect(page.locator("#reading .chart-svg")).toBeVisible();
  const explorer = new Explorer(page, "#explorer");
  await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
  // The explorer works beside the others (a pupil's card: three figures).
  await explorer.open("electrician", ELECTRICIAN);
  await expect(explorer.figures()).toHaveCount(3);
  // Three kinds on one page: the module with every widget, so the shared runtime downloads (and compiles) once;
  // its small glue script is imported once per kind, so that each kind runs in an instance of its own.
  expect(kit.sort()).toEqual(["/lmi/lmi.js", "/lmi/lmi_kit-#.js", "/lmi/lmi_kit-#.js", "/lmi/lmi_kit-#.js", "/lmi/lmi_kit-#_bg.wasm"]);
  // One definition of each element, whichever copy of the loader ran first.
  for (const tag of ["lmi-quiz", "lmi-explorer", "lmi-reading"]) {
    expect(await page.evaluate((t) => typeof customElements.get(t), tag)).toBe("function");
  }
  expect(await axeViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

/** The demo page of each UI language: nl, fr and de with their own bundles, ar and uk over the English one. */
const LANG_PAGES = {
  en: "/demo/explorer.html",
  nl: "/demo/explorer-nl.html",
  fr: "/demo/explorer-fr.html",
  de: "/demo/explorer-de.html",
  ar: "/demo/explorer-ar.html",
  uk: "/demo/explorer-uk.html",
};

for (const lang of LANGS) {
  test(`${lang}: results and card are translated and pass axe`, async ({ page, watched }) => {
    test.setTimeout(120_000);
    const ui = catalog(lang);
    const bundleLang = ["nl", "fr", "de"].includes(lang) ? lang : "en";
    await page.goto(LANG_PAGES[lang]);
    const explorer = new Explorer(page);
    const host = explorer.host;
    await expect(explorer.heading()).toBeVisible({ timeout: 45_000 });
    const root = host.locator(".lmi");
    await expect(root).toHaveAttribute("lang", lang);
    await expect(root).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(host.getByRole("searchbox", { name: ui["explorer.search_label"] })).toBeVisible();
    // Bundle text in another language than the UI is marked with its own, so screen readers switch voice.
    await expect(explorer.heading().locator(`[lang=${bundleLang}]`)).toHaveCount(bundleLang === lang ? 0 : 1);
    const axe = axeCollector(page, `${lang}, `);

    // Results: browse the craft trades (major group 7).
    await explorer.browseGroups().nth(7).click();
    await expect(explorer.results()).toHaveCount(30);
    const [before, after] = ui["explorer.results_count.other"].split("{count}");
    await expect(explorer.count()).toHaveText(new RegExp(`^${escape(before)}[\\d\\s.,\u00a0\u202f٬]+${escape(after)}$`));
    await axe.check("results");
    await explorer.filter("outlook").selectOption({ index: 1 });
    await expect(explorer.clearFilters()).toHaveText(ui["explorer.clear_filters"]);
    await axe.check("results with a filter");

    // The first result's card, then the electrician's, with every figure, the wage table and the European table.
    await explorer.results().first().click();
    await expect(explorer.cardTitle()).toBeVisible();
    await expect(explorer.backButton()).toHaveText(ui["explorer.back"]);
    await axe.check("card");
    await host.evaluate((el, id) => el.setAttribute("occupation", id), ELECTRICIAN);
    await expect(explorer.figures()).toHaveCount(5);
    await expect(explorer.figures().locator("h5").first()).toHaveText(ui["explorer.figure.median_wage"]);
    await expect(host.locator(".europe")).toBeVisible();
    await explorer.wageTableToggle().click();
    await expect(host.locator(".wage-chart table")).toBeVisible();
    await axe.check("card with figures and the wage table");
    if (lang === "ar") {
      // Logical CSS: the card's text starts at the right edge.
      expect(await explorer.cardTitle().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    }
    expect(axe.failures).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
}

/** `text` as a literal inside a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
