// Teacher guides (issue 12). Every generated guide, print sheet and lesson plan exists, renders under a strict CSP
// without console errors, passes axe, fits a 320 px screen and links only to pages that exist. Printed to PDF
// (headless Chromium, print media), a sheet asks every question before the answer key page and cites every source
// after it; the PDF's text comes from poppler's `pdftotext`.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { test, expect, axeViolations, cspViolations } = require("../support/fixtures");

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const CONTENT = path.join(__dirname, "..", "..", "content");
const BUNDLES = fs
  .readdirSync(CONTENT)
  .filter((file) => /^(quiz|reading)-.+\.json$/.test(file))
  .sort()
  .map((file) => JSON.parse(fs.readFileSync(path.join(CONTENT, file), "utf8")));
const PLANS = ["lesson-myths-and-data", "workshop-jobseekers", "practitioner-guide"].map((p) => `/demo/guides/${p}.html`);
const PAGES = [
  "/guides/index.html",
  ...BUNDLES.flatMap((b) => [`/guides/${b.meta.id}.html`, `/guides/${b.meta.id}-print.html`]),
  ...PLANS,
];

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

for (const url of PAGES) {
  test(`${url} renders cleanly under a strict CSP, passes axe and fits 320 px`, async ({ page, watched }) => {
    await strictCsp(page);
    const response = await page.goto(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe(STRICT_CSP);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
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

for (const bundle of BUNDLES) {
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
