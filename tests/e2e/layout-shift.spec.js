// The host page must not jump while widgets load (issue #28): the loader keeps the room a widget usually takes
// (`reserve` in the element contract, `lmi/lmi.css` before the loader runs) until the learner first touches it,
// and resize.js lets a frame shrink only after that. Measured on every demo page, on a wide screen and on a
// phone; `cargo xtask bench` reports the same measure.
const { test, expect } = require("../support/fixtures");
const { DEMO_PAGES, watchLayoutShift, settled, layoutShift } = require("../support/layout-shift");

const VIEWPORTS = { wide: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } };
const MOST = 0.05;

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const url of DEMO_PAGES) {
    test(`${url} on a ${name} screen: cumulative layout shift at most ${MOST}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport });
      await watchLayoutShift(page);
      await page.goto(url);
      await settled(page);
      const { total, shifts } = await layoutShift(page);
      expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(MOST);
      await page.close();
    });
  }
}
