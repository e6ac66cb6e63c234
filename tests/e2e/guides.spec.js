// Teacher guides (issue 12), in six languages (issue 21). Every generated guide, print sheet and lesson plan exists
// in every language, renders under a strict CSP without console errors, passes axe, fits a 320 px screen and links
// only to pages that exist. Printed to PDF (headless Chromium, print media), a sheet asks every question before the
// answer key page and cites every source after it; the PDF's text comes from poppler's `pdftotext`. Per language,
// the guide and the home page are in that language (`lang`, `dir`, bundle and page words) and their language
// switch leads to the others.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { test, expect, axeViolations, cspViolations } = require("../support/fixtures");

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const CONTENT = path.join(__dirname, "..", "..", "content");
const FILES = fs
  .readdirSync(CONTENT)
  .filter((file) => /^(quiz|reading)-.+\.json$/.test(file))
  .sort();
const BUNDLES = FILES.map((file) => JSON.parse(fs.readFileSync(path.join(CONTENT, file), "utf8")));
/** One bundle per activity, without its per-country editions (`quiz-x.at.json`): their guides are checked page by
 * page in every language. */
const CORE = BUNDLES.filter((_, i) => !/\.[a-z0-9]+\.json$/.test(FILES[i]));
/** The country editions checked page by page in the browser, in English: Belgium, the EU-27, and Luxembourg (whose
 * editions leave out questions that are gaps in the data). Every edition's every page, in every language, is
 * generated from the same templates and checked natively (`cargo test -p lmi-guides`: each page exists, has its
 * language switch, and every link and fragment resolves); 160 editions × 2 pages in a browser would add a quarter of
 * an hour to every test run for no other failure it could find. */
const SAMPLE_COUNTRIES = ["be", "eu27", "lu"];
const SAMPLED = BUNDLES.filter((_, i) => SAMPLE_COUNTRIES.some((cc) => FILES[i].endsWith(`.${cc}.json`)));
const CHECKED = [...CORE, ...SAMPLED];
const LANGS = ["en", "nl", "fr", "de", "ar", "uk"];
/** A page's file name in `lang`: English keeps the plain name, the others add their tag (`quiz-x.nl.html`). */
const inLang = (stem, lang) => (lang === "en" ? `${stem}.html` : `${stem}.${lang}.html`);
/** The hand-written pages: the lesson plans, the practitioner guide and the webmasters' guide "Publish your own
 * data" (issue #23), each in every language with its language switch. */
const PLAN_STEMS = ["lesson-myths-and-data", "workshop-jobseekers", "practitioner-guide", "publish-your-own-data"];
const PLANS = PLAN_STEMS.map((p) => `/demo/guides/${p}.html`);
const pagesIn = (lang) => [
  `/guides/${inLang("index", lang)}`,
  ...(lang === "en" ? CHECKED : CORE).flatMap((b) => [
    `/guides/${inLang(b.meta.id, lang)}`,
    `/guides/${inLang(`${b.meta.id}-print`, lang)}`,
  ]),
  ...PLAN_STEMS.map((p) => `/demo/guides/${inLang(p, lang)}`),
];
const PAGES = LANGS.flatMap((lang) => pagesIn(lang).map((url) => ({ url, lang })));
/** The demo site's words (`demo-site/i18n/<lang>.txt`, `key = text`), to find them on the home page. */
const HOME_WORDS = Object.fromEntries(
  LANGS.map((lang) => {
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "demo-site", "i18n", `${lang}.txt`), "utf8");
    const pairs = text.split("\n").filter((l) => l.includes(" = ") && !l.startsWith("#")).map((l) => l.split(" = "));
    return [lang, Object.fromEntries(pairs.map(([key, ...value]) => [key.trim(), value.join(" = ").trim()]))];
  }),
);

/** Text as a reader sees it: one space for any run of white space. */
const normalise = (text) => text.replace(/\s+/g, " ").trim();
/** Text to find in a PDF: pdftotext joins a word broken at its hyphen ("lowest-⏎paid" → "lowestpaid"). */
const unhyphenated = (text) => normalise(text).replace(/-/g, "");

/** Every question of a bundle, in English. */
function questions(bundle) {
  const list = bundle.kind === "quiz" ? bundle.questions : bundle.exercises.flatMap((e) => e.questions);
  return list.map((q) => q.text.en);
}

/** Serves the guide pages with the strict policy the widgets' own strict-CSP page gets. */
async function strictCsp(page) {
  await page.route(/\/(guides|demo\/guides)\//, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": STRICT_CSP } });
  });
}

test("the demo site's menu links to the guides, and the index lists every bundle and plan", async ({ page }) => {
  expect(await (await page.request.get("/")).text()).toContain('<a href="guides/index.html">');
  await page.goto("/guides/index.html");
  for (const bundle of BUNDLES) {
    await expect(page.locator(`a[href="${bundle.meta.id}.html"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${bundle.meta.id}-print.html"]`)).toHaveCount(1);
  }
  for (const plan of PLANS) await expect(page.locator(`a[href="..${plan}"]`)).toHaveCount(1);
});

for (const { url, lang } of PAGES) {
  test(`${url} renders cleanly under a strict CSP, passes axe and fits 320 px`, async ({ page, watched }) => {
    await strictCsp(page);
    const response = await page.goto(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe(STRICT_CSP);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    expect(await page.locator("html").getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
    await expect(page.locator("nav.lang-switch a")).toHaveCount(LANGS.length);
    expect(await page.locator("script, style, [style]").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Links: same-origin ones lead to a page that has the fragment; others are https and open safely.
    const origin = new URL(page.url()).origin;
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => ({ href: a.href, rel: a.rel })));
    const local = links.map(({ href }) => new URL(href)).filter((target) => target.origin === origin);
    for (const { href, rel } of links.filter(({ href }) => new URL(href).origin !== origin)) {
      expect(new URL(href).protocol, href).toBe("https:");
      expect(rel.split(" ").sort(), href).toEqual(["noopener", "noreferrer"]);
    }
    const addresses = [...new Set(local.map((target) => target.origin + target.pathname))];
    const bodies = new Map(
      await Promise.all(
        addresses.map(async (address) => {
          const reply = await page.request.get(address);
          expect(reply.status(), address).toBe(200);
          return [address, await reply.text()];
        }),
      ),
    );
    for (const target of local.filter((t) => t.hash.length > 1)) {
      expect(bodies.get(target.origin + target.pathname), target.href).toContain(`id="${target.hash.slice(1)}"`);
    }

    expect(await cspViolations(page)).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

for (const bundle of CHECKED) {
  test(`the guide of ${bundle.meta.id} shows every question, myth and source`, async ({ page }) => {
    await page.goto(`/guides/${bundle.meta.id}.html`);
    const text = normalise(await page.locator("main").innerText());
    for (const q of questions(bundle)) expect(text).toContain(normalise(q));
    for (const q of bundle.questions ?? []) expect(text).toContain(normalise(q.myth.en));
    for (const s of bundle.sources) expect(text).toContain(normalise(s.title));
    if (bundle.meta.duration_minutes) expect(text).toContain(`About ${bundle.meta.duration_minutes} minutes`);
  });

  test(`the printed sheet of ${bundle.meta.id}: questions first, then the answer key and every source`, async ({ page }) => {
    await page.goto(`/guides/${bundle.meta.id}-print.html`);
    await page.emulateMedia({ media: "print" });
    const file = path.join(os.tmpdir(), `lmi-guide-${bundle.meta.id}-${process.pid}.pdf`);
    await page.pdf({ path: file, format: "A4" });
    const pages = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).split("\f");
    fs.rmSync(file);

    const keyPage = pages.findIndex((p) => p.trim().startsWith("Answer key"));
    expect(keyPage, "the answer key starts a page of its own, after the questions").toBeGreaterThan(0);
    const sheet = unhyphenated(pages.slice(0, keyPage).join(" "));
    const key = unhyphenated(pages.slice(keyPage).join(" "));
    for (const q of questions(bundle)) {
      expect(sheet).toContain(unhyphenated(q));
      expect(key).toContain(unhyphenated(q));
    }
    for (const leak of ["Answer:", "Why:"]) expect(sheet).not.toContain(leak);
    for (const s of bundle.sources) {
      expect(key).toContain(unhyphenated(s.title));
      expect(key).toContain(unhyphenated(s.publisher));
    }
    expect(normalise(pages.join(" "))).not.toContain("All guides"); // the navigation is not printed
  });
}

/** The language switch of a page: its links' languages, and which one is marked as the current page. */
async function switchState(nav) {
  return nav.locator("a").evaluateAll((links) =>
    links.map((a) => ({ hreflang: a.hreflang, lang: a.lang, current: a.getAttribute("aria-current") })),
  );
}

/** What a switch in `lang` should say: the six languages in order, each named in itself, `lang` current. */
const expectedSwitch = (lang) => LANGS.map((l) => ({ hreflang: l, lang: l, current: l === lang ? "page" : null }));

LANGS.forEach((lang, i) => {
  const dir = lang === "ar" ? "rtl" : "ltr";
  const next = LANGS[(i + 1) % LANGS.length];
  const quiz = BUNDLES.find((b) => b.meta.id === "quiz-first-look");

  test(`${lang}: the guide and the home page are in ${lang} (${dir}), pass axe and switch language`, async ({ page, watched }) => {
    // The teacher guide and its print sheet: the page's lang and dir, the bundle's text in that language.
    await page.goto(`/guides/${inLang(quiz.meta.id, lang)}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.locator("h1")).toContainText(quiz.meta.title[lang]);
    await expect(page.locator("main")).toContainText(normalise(quiz.questions[0].text[lang]));
    const guideSwitch = page.locator("nav.lang-switch");
    expect(await switchState(guideSwitch)).toEqual(expectedSwitch(lang));
    expect(await axeViolations(page)).toEqual([]);
    await guideSwitch.locator(`a[hreflang="${next}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/guides/${inLang(quiz.meta.id, next).replace(/\./g, "\\.")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", next);
    await expect(page.locator("h1")).toContainText(quiz.meta.title[next]);

    // The home page: ?lang= chooses the words of the page, the builder and the gallery quiz.
    const words = HOME_WORDS[lang];
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page).toHaveTitle(words["page.title"]);
    await expect(page.locator("#home-heading")).toHaveText(words["home.heading"]);
    await expect(page.locator("#builder-heading")).toHaveText(words["home.builder_heading"]);
    await expect(page.getByLabel(words["builder.iframe_label"])).toBeVisible();
    await expect(page.getByRole("button", { name: words["builder.script_button"], exact: true })).toBeVisible();
    await expect(page.locator('#demo-nav a[href^="guides/"]')).toHaveAttribute("href", `guides/${inLang("index", lang)}`);
    await expect(page.locator('#demo-nav a[href^="guides/"]')).toHaveText(words["nav.guides"]);
    await expect(page.locator("#builder-language")).toHaveValue(lang);
    await expect(page.locator("#snippet")).toHaveValue(new RegExp(`lang="${lang}"`));
    const gallery = page.locator("#gallery-quiz");
    await expect(gallery.locator(".lmi")).toHaveAttribute("lang", lang);
    await expect(gallery.locator(".lmi")).toHaveAttribute("dir", dir);
    await expect(gallery.getByRole("heading", { level: 2 })).toHaveText(quiz.meta.title[lang]);
    const homeSwitch = page.locator("#language-switch");
    expect(await switchState(homeSwitch)).toEqual(expectedSwitch(lang));
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await homeSwitch.locator(`a[hreflang="${next}"]`).click();
    await expect(page).toHaveURL(new RegExp(`\\?lang=${next}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", next);
    await expect(page.locator("#home-heading")).toHaveText(HOME_WORDS[next]["home.heading"]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});

test("without ?lang the home page follows the browser's language, and English stays the default", async ({ browser }) => {
  for (const [locale, lang] of [["de-DE", "de"], ["pt-BR", "en"]]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("#home-heading")).toHaveText(HOME_WORDS[lang]["home.heading"]);
    await expect(page.locator("#language-switch a[aria-current=page]")).toHaveAttribute("hreflang", lang);
    await context.close();
  }
});
