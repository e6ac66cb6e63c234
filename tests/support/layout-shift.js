// Cumulative layout shift as Lighthouse sums it: every layout-shift entry not caused by recent input, from
// before the page's first script. Shared by the browser tests (e2e/layout-shift.spec.js) and the benchmark
// (bench/run.js), so both measure the same thing.
const fs = require("fs");
const path = require("path");

/** Every demo page: the home page and each page of demo-site/pages. */
const DEMO_PAGES = ["/", ...fs.readdirSync(path.join(__dirname, "../../demo-site/pages"))
  .filter((f) => f.endsWith(".html"))
  .sort()
  .map((f) => `/demo/${f}`)];

/** Starts recording shifts on every document `page` loads from now on. */
async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          const nodes = e.sources.map((s) => s.node?.id || s.node?.localName || "?").join(",");
          window.__shifts.push({ value: e.value, at: Math.round(e.startTime), nodes });
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Waits until every widget on the page shows its content or an error, then a second more. */
async function settled(page) {
  if (!(await page.locator("lmi-quiz, lmi-reading, lmi-explorer").count())) return;
  await page.waitForFunction(() => [...document.querySelectorAll("lmi-quiz, lmi-reading, lmi-explorer")].every((el) => {
    const root = el.shadowRoot;
    return root && root.querySelector(".lmi") && !root.querySelector(".box.loading, .lmi .loading[role=status]");
  }), null, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
}

/** The shifts recorded so far and their sum. */
async function layoutShift(page) {
  const shifts = await page.evaluate(() => window.__shifts);
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

module.exports = { DEMO_PAGES, watchLayoutShift, settled, layoutShift };
