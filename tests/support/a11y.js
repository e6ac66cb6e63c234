// Checks the accessibility suites of every widget share: the UI catalogs, axe per state, and reflow.
const fs = require("fs");
const path = require("path");
const { expect } = require("@playwright/test");
const { axeViolations } = require("./fixtures");

/** The UI catalog of `lang` (`key = text` lines), to check the widget really speaks it. */
function catalog(lang) {
  const file = path.join(__dirname, `../../widgets/lmi-ui/i18n/${lang}.txt`);
  const entries = fs.readFileSync(file, "utf8").split("\n")
    .filter((l) => l.includes(" = ") && !l.startsWith("#"))
    .map((l) => [l.slice(0, l.indexOf(" = ")).trim(), l.slice(l.indexOf(" = ") + 3).trim()]);
  return Object.fromEntries(entries);
}

/** Collects axe violations per state, so that one run reports every state that fails. */
function axeCollector(page, prefix) {
  const failures = [];
  const states = [];
  const check = async (state) => {
    states.push(state);
    const found = await axeViolations(page);
    if (found.length) failures.push(`${prefix}${state}: ${found.join("; ")}`);
  };
  return { check, failures, states };
}

/** No horizontal scrolling of the page (WCAG 1.4.10 Reflow); a wide table may scroll inside its own box. */
async function expectNoHorizontalScroll(page, state = "") {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll, `horizontal scroll: ${state}`).toBeLessThanOrEqual(width + 1);
}

/** Nothing of the widget sticks out of its box, except inside `scroller` (a box that scrolls on its own). */
async function expectInsideTheWidget(widget, state, scroller) {
  const outside = await widget.host.evaluate((host, scroller) => {
    const box = host.shadowRoot.querySelector(".lmi").getBoundingClientRect();
    return [...host.shadowRoot.querySelectorAll(".lmi *")]
      .filter((el) => !el.closest(scroller) && el.getClientRects().length)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
      .map(({ el }) => el.outerHTML.slice(0, 80));
  }, scroller);
  expect(outside, `outside the widget: ${state}`).toEqual([]);
}

module.exports = { catalog, axeCollector, expectNoHorizontalScroll, expectInsideTheWidget };
