// Page object for <lmi-explorer>. Playwright's locators pierce open shadow roots, so role-based locators
// reach inside the widget.
class Explorer {
  constructor(page, selector = "lmi-explorer") {
    this.page = page;
    this.host = page.locator(selector);
  }

  heading() {
    return this.host.getByRole("heading", { level: 2 });
  }

  searchBox() {
    return this.host.getByRole("searchbox");
  }

  /** The polite live region the widget announces through. */
  liveRegion() {
    return this.host.locator("[aria-live]");
  }

  browseGroups() {
    return this.host.locator(".browse-group");
  }

  filter(name) {
    return this.host.locator(`#filter-${name}`);
  }

  clearFilters() {
    return this.host.locator(".filters button");
  }

  count() {
    return this.host.locator(".count");
  }

  results() {
    return this.host.locator(".result");
  }

  /** The result button of the occupation with this short id. */
  result(id) {
    return this.host.locator(`.result[data-id="${id}"]`);
  }

  resultTitles() {
    return this.host.locator(".result-title");
  }

  card() {
    return this.host.locator(".card");
  }

  cardTitle() {
    return this.host.locator("#card-title");
  }

  figures() {
    return this.host.locator(".card-figure");
  }

  backButton() {
    return this.host.locator(".back");
  }

  compareToggle() {
    return this.host.locator(".card-actions > button");
  }

  wageTableToggle() {
    return this.host.locator(".wage-chart .table-toggle");
  }

  tray() {
    return this.host.locator(".compare-tray");
  }

  compareOpen() {
    return this.host.getByRole("button", { name: "Compare side by side" });
  }

  compare() {
    return this.host.locator(".compare");
  }

  compareTable() {
    return this.host.locator(".compare-table");
  }

  /** The column headers of the comparison: one per occupation. */
  compareColumns() {
    return this.host.locator(".compare-table thead th[scope=col]");
  }

  /** Searches by mouse and keyboard typing (not by keyboard navigation): fills the box. */
  async search(query) {
    await this.searchBox().fill(query);
  }

  /** Opens the card of `id` from the results for `query`, by mouse. */
  async open(query, id) {
    await this.search(query);
    await this.result(id).click();
  }

  /** The short id of the result that has focus, if one does. */
  async focusedResultId() {
    return this.host.evaluate((host) => host.shadowRoot.activeElement?.getAttribute("data-id") ?? null);
  }

  /** The id of the element that has focus inside the widget. */
  async focusedId() {
    return this.host.evaluate((host) => host.shadowRoot.activeElement?.id ?? null);
  }
}

/** The short id the explorer uses in addresses: the last segment of an ESCO URI. */
function shortId(id) {
  return id.replace(/\/$/, "").split("/").pop();
}

module.exports = { Explorer, shortId };
