// Page object for <lmi-reading>. Playwright's locators pierce open shadow roots, so role-based locators
// reach inside the widget.
class Reading {
  constructor(page, selector = "lmi-reading") {
    this.page = page;
    this.host = page.locator(selector);
  }

  progress() {
    return this.host.locator(".progress");
  }

  exerciseHeading() {
    return this.host.locator(".exercise h3");
  }

  chart() {
    return this.host.locator(".chart-svg");
  }

  /** The focusable values of the chart (bars, points, range ends). */
  marks() {
    return this.host.locator(".chart-svg .mark");
  }

  liveRegion() {
    return this.host.locator("[aria-live]");
  }

  numberField() {
    return this.host.getByRole("spinbutton", { name: "Your answer" });
  }

  radios() {
    return this.host.getByRole("radio");
  }

  hintButton() {
    return this.host.locator(".hint-button");
  }

  hints() {
    return this.host.locator(".hint-list li");
  }

  checkButton() {
    return this.host.getByRole("button", { name: "Check my answer" });
  }

  feedback() {
    return this.host.locator(".feedback");
  }

  feedbackHeading() {
    return this.host.locator(".feedback-heading");
  }

  nextButton() {
    return this.host.locator(".feedback .next");
  }

  tableToggle() {
    return this.host.getByRole("button", { name: "Show the data as a table" });
  }

  table() {
    return this.host.getByRole("table");
  }

  sourcePanel() {
    return this.host.locator(".source-panel");
  }

  summary() {
    return this.host.locator(".summary");
  }

  /** Answers the current question by mouse: the first option, or `number` in the number field. */
  async answerAnyhow(number = "1") {
    if (await this.numberField().count()) await this.numberField().fill(number);
    else await this.radios().first().check();
    await this.checkButton().click();
    await this.nextButton().click();
  }
}

module.exports = { Reading };
