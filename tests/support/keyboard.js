// Keyboard-only helpers: move focus with Tab as a person would, never by clicking.

/** Whether `locator`'s element has focus, inside its shadow root or the document. */
async function hasFocus(locator) {
  return locator.evaluate((el) => el.getRootNode().activeElement === el).catch(() => false);
}

/** Presses Tab until `locator` has focus (at most `max` times); fails if it never does. */
async function tabTo(page, locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await hasFocus(locator)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${locator}`);
}

module.exports = { hasFocus, tabTo };
