// Page object for <lmi-quiz>. Playwright's locators pierce open shadow roots, so role-based locators
// reach inside the widget.
class Quiz {
  constructor(page, selector = "lmi-quiz") {
    this.page = page;
    this.host = page.locator(selector);
  }

  heading() {
    return this.host.getByRole("heading", { level: 2 });
  }

  question() {
    return this.host.locator("legend");
  }

  option(name) {
    return this.host.getByRole("radio", { name, exact: true });
  }

  checkButton() {
    return this.host.locator(".question > button");
  }

  reveal() {
    return this.host.locator(".reveal");
  }

  nextButton() {
    return this.host.locator(".reveal > button");
  }

  alert() {
    return this.host.getByRole("alert");
  }

  /** Answers whatever question is on screen (its type varies with `shuffle`), by mouse. */
  async answerAny() {
    const radios = this.host.getByRole("radio");
    if (await radios.count()) {
      await radios.first().check();
    } else if (await this.host.locator(".estimate-number").count()) {
      await this.host.locator(".estimate-number").fill("50");
      await this.host.locator(".estimate-number").blur();
    }
    await this.checkButton().click();
  }

  /** Answers a true/false question with the option labelled `label`, by mouse. */
  async answer(label) {
    await this.option(label).check();
    await this.checkButton().click();
  }
}

module.exports = { Quiz };
