// Shared test fixtures: every page is watched for console errors, uncaught exceptions, CSP violations and
// requests to other origins, so each spec can assert that none happened.
const base = require("@playwright/test");
const { AxeBuilder } = require("@axe-core/playwright");

const test = base.test.extend({
  watched: async ({ page }, use) => {
    const record = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
    page.on("console", (msg) => {
      if (msg.type() === "error") record.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => record.pageErrors.push(String(err)));
    // The demo serves page, script and bundles from one origin: anything else is a third-party request.
    const origin = new URL(process.env.BASE_URL ?? "http://127.0.0.1:8080").origin;
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) record.foreignRequests.push(req.url());
    });
    // securitypolicyviolation events are only seen inside the page: collect them there.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(record);
  },
});

/** Runs axe-core with the WCAG 2.1 A and AA rules over the page, shadow roots included. */
async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/**
 * Collects the paths of the kit files (`/lmi/…`) the page requests from now on, with the content hash in a
 * widget's file names shown as `#`: `/lmi/lmi_quiz-#.js`, `/lmi/lmi_quiz-#_bg.wasm` (the hash changes with
 * every build; that the names carry one is part of what the tests check).
 */
function kitRequests(page) {
  const paths = [];
  page.on("request", (r) => {
    const { pathname } = new URL(r.url());
    // lmi.css is the host page's own <link>, not code the loader fetches.
    if (pathname.startsWith("/lmi/") && pathname !== "/lmi/lmi.css") paths.push(pathname.replace(/-[0-9a-f]{8}(?=(_bg\.wasm|\.js)$)/, "-#"));
  });
  return paths;
}

module.exports = { test, expect: base.expect, axeViolations, cspViolations, kitRequests };
