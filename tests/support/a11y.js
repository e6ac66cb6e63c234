// Checks the accessibility suites of every widget share: the UI catalogs, axe per state, and reflow.
const fs = require("fs");
const path = require("path");
const { expect } = require("@playwright/test");
const { axeViolations } = require("./fixtures");

/**
 * The UI words of `lang` (`key = text` lines), to check a widget really speaks it: lmi-ui's shared words as
 * they are, each widget's own under its name (`explorer.search_hint` is `search_hint` in lmi-explorer).
 */
function catalog(lang) {
  const read = (crate, prefix) => {
    const file = path.join(__dirname, `../../widgets/${crate}/i18n/${lang}.txt`);
    return fs.readFileSync(file, "utf8").split("\n")
      .filter((l) => l.includes(" = ") && !l.startsWith("#"))
      .map((l) => [prefix + l.slice(0, l.indexOf(" = ")).trim(), l.slice(l.indexOf(" = ") + 3).trim()]);
  };
  const widgets = ["quiz", "reading", "explorer"].flatMap((w) => read(`lmi-${w}`, `${w}.`));
  return Object.fromEntries([...read("lmi-ui", ""), ...widgets]);
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

/**
 * The targets matching `selector` in the widget that are smaller than 24 × 24 CSS px and too close to another
 * (WCAG 2.5.8): an undersized target passes when a 24 px circle on its centre meets no other target, nor another
 * undersized target's circle (the spacing exception). A radio counts with its label; a link inside a sentence is
 * exempt ("inline"). Returns how many targets were measured and the crowded ones: `text` describes one, `mark`
 * is a chart value's `aria-label` (else null).
 */
async function crowdedTargets(widget, selector) {
  return widget.host.evaluate((host, selector) => {
    const targets = [...host.shadowRoot.querySelectorAll(selector)]
      .filter((el) => el.getClientRects().length)
      .filter((el) => !(el.matches("a") && el.closest("p")?.textContent.trim() !== el.textContent.trim()))
      .map((el) => {
        const target = el.matches("input[type=radio]") ? el.closest("label") : el;
        const r = target.getBoundingClientRect();
        const mark = el.matches(".mark") ? el.getAttribute("aria-label") : null;
        return { what: target.outerHTML.slice(0, 80), mark, r, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })
      .filter((t) => t.r.width > 0 || t.r.height > 0);
    const small = (t) => t.r.width < 24 || t.r.height < 24;
    const circleMeetsRect = (t, r) => {
      const dx = Math.max(r.left - t.x, 0, t.x - r.right);
      const dy = Math.max(r.top - t.y, 0, t.y - r.bottom);
      return Math.hypot(dx, dy) < 12;
    };
    const crowded = targets
      .filter(small)
      .filter((t) => targets.some((o) => o !== t && (small(o) ? Math.hypot(o.x - t.x, o.y - t.y) < 24 : circleMeetsRect(t, o.r))));
    return {
      count: targets.length,
      crowded: crowded.map((t) => ({ mark: t.mark, text: `${t.what} (${t.r.width.toFixed(1)} × ${t.r.height.toFixed(1)})` })),
    };
  }, selector);
}

module.exports = { catalog, axeCollector, crowdedTargets, expectNoHorizontalScroll, expectInsideTheWidget };
