// Content is data, never markup: an XSS corpus in every text field of a quiz bundle is rendered as inert text,
// and a link that is not https: is left out while the rest renders.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("../support/fixtures");
const { Quiz } = require("../support/quiz");

const good = fs.readFileSync(path.join(__dirname, "../../content/quiz-first-look.json"), "utf8");
const CORPUS = [
  "<script>window.__pwned = 1</script>",
  "<img src=x onerror=\"window.__pwned = 2\">",
  "<svg onload=\"window.__pwned = 3\"><script>window.__pwned = 4</script></svg>",
  "<a href=\"javascript:window.__pwned = 5\">click</a>",
  "<iframe src=\"data:text/html,<script>parent.__pwned = 6</script>\"></iframe>",
  "\u202Egnp.exe\u202C and zero\u200Bwidth\u200Djoiners",
  // As long as a text may be (5,000 characters; words of at most 120: lmi_content::limits).
  "long ".repeat(1000).trim(),
];

/** Every string inside every localised text of the bundle becomes a corpus entry. */
function poison(value, next) {
  if (Array.isArray(value)) return value.map((v) => poison(v, next));
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => ["en", "nl", "fr", "de", "ar", "uk"].includes(k))) {
      return Object.fromEntries(keys.map((k) => [k, next()]));
    }
    return Object.fromEntries(keys.map((k) => [k, poison(value[k], next)]));
  }
  return value;
}

test("an XSS corpus in every text field renders as inert text", async ({ page, watched }) => {
  let i = 0;
  const bundle = poison(JSON.parse(good), () => CORPUS[i++ % CORPUS.length]);
  bundle.meta.attribution = CORPUS[0];
  bundle.sources[0].publisher = CORPUS[1];
  bundle.sources[0].title = CORPUS[2];
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.route("**/content/quiz-first-look.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await expect(quiz.heading()).toBeVisible();
  await quiz.option("False").check();
  await quiz.checkButton().click();
  await expect(quiz.reveal()).toBeVisible();
  // The payloads are visible as text…
  await expect(quiz.host.locator(".attribution")).toHaveText(CORPUS[0]);
  // …and none of them became an element or ran.
  const injected = await page.locator("#gallery-quiz").evaluate((el) =>
    el.shadowRoot.querySelectorAll("script, img, svg:not([aria-hidden]), iframe, [onerror], [onload], a[href^='javascript']").length);
  expect(injected).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(watched.pageErrors).toEqual([]);
});

test("a source link that is not https: is left out, never made a link, and the quiz still works", async ({ page }) => {
  const bundle = JSON.parse(good);
  bundle.sources[0].url = "javascript:window.__pwned = 7";
  await page.route("**/content/quiz-first-look.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
  await page.goto("/");
  const quiz = new Quiz(page, "#gallery-quiz");
  await quiz.option("False").check();
  await quiz.checkButton().click();
  await expect(quiz.reveal()).toBeVisible();
  await expect(quiz.host.locator(".source-line").first()).toContainText(bundle.sources[0].title);
  expect(await quiz.host.locator("a[href^='javascript']").count()).toBe(0);
  await quiz.host.locator(".source-line").first().click();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(warnings.join("\n")).toContain("sources[0].url");
});

test("an XSS corpus in every text field of a reading bundle renders as inert text", async ({ page, watched }) => {
  const source = fs.readFileSync(path.join(__dirname, "../../content/reading-lmi-basics.json"), "utf8");
  let i = 0;
  const bundle = poison(JSON.parse(source), () => CORPUS[i++ % CORPUS.length]);
  bundle.meta.attribution = CORPUS[0];
  for (const s of bundle.sources) {
    s.publisher = CORPUS[1];
    s.title = CORPUS[2];
  }
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.route("**/content/reading-lmi-basics.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/demo/reading.html");
  const host = page.locator("#from-the-start");
  await expect(host.locator(".outcome")).toBeVisible();
  // Table view and the source panel put more bundle text on screen.
  await host.getByRole("button", { name: "Show the data as a table" }).click();
  await host.locator(".source-panel summary").click();
  await expect(host.locator(".attribution")).toHaveText(CORPUS[0]);
  const injected = await host.evaluate((el) =>
    el.shadowRoot.querySelectorAll("script, img, iframe, [onerror], [onload], a[href^='javascript'], svg svg").length);
  expect(injected).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(watched.pageErrors).toEqual([]);
});

/** Keys whose values are identifiers, codes or references the rules check: everything else is text. */
const STRUCTURAL = new Set([
  "$schema", "kind", "format", "id", "languages", "default_language", "audience", "last_reviewed", "url", "period",
  "retrieved", "method", "coverage", "level", "code", "isco", "unit", "currency", "region", "source", "related",
  "entry_education", "interests", "soc", "countries", "fit",
]);

/** Every string of the bundle that is text, not structure, becomes a corpus entry (list items one by one). */
function poisonText(value, next, key, skipped = new Set()) {
  if (STRUCTURAL.has(key) || skipped.has(key)) return value;
  if (typeof value === "string") return next();
  if (Array.isArray(value)) return value.map((v) => poisonText(v, next, key, skipped));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisonText(v, next, k, skipped)]));
  }
  return value;
}

const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
const PLUMBER = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290";
const TILE_FITTER = "02447817-ea01-4d8b-b09c-8bc128e447e6";

/**
 * Three craft occupations of the real English bundle with their ISCO groups and every source, given every
 * optional text (routes, skills, caveats, a figure's own reliability), then the corpus in every text field.
 */
function hostileOccupations() {
  const source = JSON.parse(fs.readFileSync(path.join(__dirname, "../../content/occupations.en.json"), "utf8"));
  const full = (id) => `http://data.europa.eu/esco/occupation/${id}`;
  const kept = [ELECTRICIAN, PLUMBER, TILE_FITTER].map(full);
  source.occupations = source.occupations.filter((o) => kept.includes(o.id)).map((o) => {
    o.related = kept.filter((id) => id !== o.id);
    o.routes = [{ en: "apprenticeship" }, { en: "vocational college" }];
    o.skills.optional = [{ en: "optional skill" }];
    for (const figure of Object.values(o.figures ?? {})) figure.caveat ??= { en: "caveat" };
    if (o.figures?.median_wage) o.figures.median_wage.reliability = { level: "low", reason: { en: "reason" } };
    o.us_match ??= { soc: "47-2152", title: "Plumbers" };
    return o;
  });
  const isco = new Set(source.occupations.flatMap((o) => [1, 2, 3, 4].map((n) => o.isco.slice(0, n))));
  source.isco_groups = source.isco_groups.filter((g) => isco.has(g.code));
  let i = 0;
  // Sources' `name`s get their entries after the walk, so the other fields keep theirs (the assertions below
  // rely on which entry a title or an alternative title gets).
  const bundle = poisonText(source, () => CORPUS[i++ % CORPUS.length], undefined, new Set(["name"]));
  for (const [n, s] of bundle.sources.entries()) s.name = { en: CORPUS[n % CORPUS.length] };
  bundle.meta.attribution = CORPUS[0];
  // A link may carry markup in its path: it stays an https: address, as an attribute value.
  bundle.sources[2].url = "https://example.org/\"><img/src=x/onerror=window.__pwned=8>";
  return bundle;
}

/** What the corpus could have smuggled in: elements, event handlers, script URLs; and every link's shape. */
function injectedInto(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const found = [];
    const markup = "script, img, iframe, object, embed, style, link, meta, form, foreignObject, svg:not(.chart-svg):not(.swatch), svg svg";
    for (const e of root.querySelectorAll(markup)) found.push(`element: ${e.outerHTML.slice(0, 80)}`);
    for (const e of root.querySelectorAll("*")) {
      for (const a of e.attributes) {
        if (/^on/i.test(a.name) || ["src", "srcdoc", "style", "formaction"].includes(a.name)) {
          found.push(`attribute: ${a.name} on ${e.localName}`);
        }
      }
    }
    for (const a of root.querySelectorAll("a")) {
      const href = a.getAttribute("href");
      const own = a.matches(".share-link") && new URL(href).origin === location.origin && !a.hasAttribute("target");
      const external = href.startsWith("https://") && a.target === "_blank" && a.rel === "noopener noreferrer";
      if (!own && !external) found.push(`link: ${a.outerHTML.slice(0, 120)}`);
    }
    return found;
  });
}

test("an XSS corpus in every text field of an occupations bundle renders as inert text", async ({ page, watched }) => {
  const bundle = hostileOccupations();
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.route("**/content/occupations.en.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/demo/explorer.html");
  const host = page.locator("#explorer");
  // Validated and shown: the title, not an error panel.
  await expect(host.locator(".explorer h2")).toHaveText(bundle.meta.title.en);
  await expect(host.getByRole("alert")).toHaveCount(0);
  await expect(host.locator(".attribution")).toHaveText(CORPUS[0]);
  await host.evaluate((el) => el.setAttribute("audience", "practitioner"));
  const order = [ELECTRICIAN, PLUMBER, TILE_FITTER];
  const titles = order.map((id) => bundle.occupations.find((o) => o.id.endsWith(id)).title.en);
  const checkInert = async (state) => {
    expect(await injectedInto(host), state).toEqual([]);
    expect(await page.evaluate(() => window.__pwned), state).toBeUndefined();
  };

  // Results: browsing the group, and a query that matches the payloads' words (alternative titles too).
  await host.locator(".browse-group").first().click();
  await expect(host.locator(".result-title")).toHaveCount(3);
  expect((await host.locator(".result-title").allTextContents()).sort()).toEqual([...titles].sort());
  await checkInert("results of a group");
  // No title holds "onerror", so the results matched an alternative title and say which.
  expect(titles.some((t) => t.includes("onerror"))).toBe(false);
  await host.getByRole("searchbox").fill("onerror");
  await expect(host.locator(".result-why").first()).toHaveText(`Also called "${CORPUS[1]}"`);
  await checkInert("results of a query");

  // Each card, with everything open, added to the comparison.
  for (const [n, id] of order.entries()) {
    // The group chosen by browsing stays as a filter: an empty query lists its three occupations.
    await host.getByRole("searchbox").fill("");
    await host.locator(`.result[data-id="${id}"]`).click();
    await expect(host.locator("#card-title")).toHaveText(titles[n]);
    const figures = Object.keys(bundle.occupations.find((o) => o.id.endsWith(id)).figures).length;
    await expect(host.locator(".card-figure")).toHaveCount(figures);
    await expect(host.locator(".card-figure .source-method")).toHaveCount(figures);
    await expect(host.locator(".card-facts li").first()).toBeAttached();
    await expect(host.locator(".related button")).toHaveCount(2);
    await host.locator(".wage-chart .table-toggle").click();
    await host.locator(".skills summary").click();
    await expect(host.locator(".wage-chart table")).toBeVisible();
    await checkInert(`card ${n + 1}`);
    await host.locator(".card-actions > button").click();
    await host.locator(".back").click();
  }
  await host.locator(".compare-tray button").click();
  await expect(host.locator(".compare-title")).toHaveText(titles);
  await expect(host.locator(".compare-table .source-line").first()).toBeVisible();
  await checkInert("comparison");
  // The source link keeps its odd address as an attribute value.
  await host.getByRole("button", { name: "Back to the results" }).click();
  await host.locator(`.result[data-id="${ELECTRICIAN}"]`).click();
  await expect(host.locator("#card-title")).toHaveText(titles[0]);
  const hrefs = await host.evaluate((el) => [...el.shadowRoot.querySelectorAll("a")].map((a) => a.getAttribute("href")));
  expect(hrefs).toContain(bundle.sources[2].url);
  await expect(host.locator(".europe")).toBeVisible();
  await checkInert("card with the European table");
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});
