// The element contract, as a host page meets it: every attribute each element observes (read from the live
// custom element, so a new attribute without a case here fails) is changed after the widget has mounted, and
// the widget must visibly react. Also the one language rule on both routes.
const { test, expect } = require("../support/fixtures");
const { catalog } = require("../support/a11y");

const EN = catalog("en");
const NL = catalog("nl");
const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";

const BUNDLES = {
  "lmi-quiz": "../content/quiz-first-look.json",
  "lmi-reading": "../content/reading-lmi-basics.json",
  "lmi-explorer": "../content/occupations.en.json",
};

/** Puts `<tag src=… lang=en>` on the blank demo page, waits for lmi-ready, returns its locator. */
async function mounted(page, tag, attributes = {}) {
  await page.goto("/demo/blank.html");
  await page.evaluate(({ tag, src, attributes }) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
    const element = document.createElement(tag);
    element.id = "w";
    element.setAttribute("src", src);
    element.setAttribute("lang", "en");
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    window.__ready = new Promise((resolve) => element.addEventListener("lmi-ready", resolve, { once: true }));
    document.body.append(element);
  }, { tag, src: BUNDLES[tag], attributes });
  await page.evaluate(() => window.__ready);
  return page.locator("#w");
}

const set = (host, name, value) => host.evaluate((el, [n, v]) => el.setAttribute(n, v), [name, value]);

/** `timeout` shortens the deadline of the next download: a server that then stalls is reported within it. */
const timeoutCase = ["1", async (host, page) => {
  await page.route("**/content/stalls.json", () => new Promise(() => {}));
  await set(host, "src", "../content/stalls.json");
  await expect(host.getByRole("alert")).toContainText(EN["error.stalled"], { timeout: 5_000 });
}];

/** Answers the quiz's first (true/false) question. */
async function answerFirst(host) {
  await host.getByRole("radio").first().check();
  await host.locator(".question > button").click();
}

// For every element, attribute → [value to set after mount, what the widget must then show].
const CASES = {
  "lmi-quiz": {
    src: ["../content/quiz-who-does-this-job.json", async (host) => {
      await expect(host.locator("h2")).toHaveText("Who does this job? United States");
    }],
    lang: ["nl", async (host) => {
      await expect(host.locator(".question > button")).toHaveText(NL["answer.check"]);
      await expect(host.locator("h2")).toHaveText("Wie doet deze job? Een eerste blik");
    }],
    audience: ["practitioner", async (host) => {
      await answerFirst(host);
      await expect(host.locator(".reveal .source-method")).toBeVisible();
    }],
    theme: ["dark", async (host) => expect(host.locator(".lmi")).toHaveClass(/theme-dark/)],
    mode: ["ungraded", async (host) => {
      await answerFirst(host);
      await expect(host.locator(".reveal")).toBeVisible();
      await expect(host.locator(".reveal")).not.toContainText(EN["answer.right"]);
      await expect(host.locator(".reveal")).not.toContainText(EN["answer.wrong"]);
    }],
    solutions: ["hidden", async (host) => {
      await answerFirst(host);
      await expect(host.locator(".saved")).toBeVisible();
      await expect(host.locator(".reveal")).toHaveCount(0);
    }],
    shuffle: ["seed-4", async (host, page) => {
      // A new order starts the quiz again: the first question is now the bundle's second or third.
      const first = await page.evaluate(async (src) => (await (await fetch(src)).json()).questions[0].text.en, BUNDLES["lmi-quiz"]);
      await expect(host.locator("legend")).not.toHaveText(first);
    }],
    remember: ["", async (host, page) => {
      await answerFirst(host);
      await expect.poll(() => page.evaluate(() => localStorage.getItem("lmi-kit:quiz:quiz-first-look"))).not.toBeNull();
      await set(host, "remember", "false");
      await expect.poll(() => page.evaluate(() => localStorage.getItem("lmi-kit:quiz:quiz-first-look"))).toBeNull();
    }],
    display: ["class", async (host) => expect(host.locator(".quiz")).toHaveClass(/display-class/)],
    timeout: timeoutCase,
  },
  "lmi-reading": {
    src: ["../content/quiz-first-look.json", async (host) => {
      // A quiz is not reading exercises: the widget says so instead of showing the wrong thing.
      await expect(host.getByRole("alert")).toContainText(EN["kind.quiz"]);
    }],
    lang: ["nl", async (host) => expect(host.locator(".table-toggle")).toHaveText(NL["chart.show_table"])],
    audience: ["practitioner", async (host) => expect(host.locator(".chart .source-method")).toBeVisible()],
    theme: ["dark", async (host) => expect(host.locator(".lmi")).toHaveClass(/theme-dark/)],
    mode: ["ungraded", async (host) => {
      await host.locator(".number-field").fill("1");
      await host.locator(".check").click();
      await expect(host.locator(".feedback")).toBeVisible();
      await expect(host.locator(".feedback")).not.toContainText(EN["answer.wrong"]);
    }],
    level: ["3", async (host) => expect(host.locator(".progress")).toContainText("3")],
    timeout: timeoutCase,
  },
  "lmi-explorer": {
    src: ["../content/occupations.nl.json", async (host) => {
      await host.locator("input[type=search]").fill("elektricien");
      await expect(host.locator(".result").first()).toContainText("elektricien");
    }],
    lang: ["nl", async (host) => expect(host.locator("label[for=explorer-query]")).toHaveText(NL["explorer.search_label"])],
    audience: ["pupil", async (host) => {
      await set(host, "occupation", ELECTRICIAN);
      await expect(host.locator(".card-figure")).toHaveCount(3);
    }],
    theme: ["dark", async (host) => expect(host.locator(".lmi")).toHaveClass(/theme-dark/)],
    // Nothing in the explorer is graded: `mode` is observed (it is shared) and changes nothing, without error.
    mode: ["ungraded", async (host) => expect(host.locator("input[type=search]")).toBeVisible()],
    occupation: [ELECTRICIAN, async (host) => expect(host.locator("#card-title")).toHaveText("electrician")],
    "adviser-url": ["https://example.org/advice", async (host) => {
      await set(host, "occupation", ELECTRICIAN);
      await expect(host.locator("a[href='https://example.org/advice']")).toBeVisible();
    }],
    country: ["be", async (host) => {
      await set(host, "occupation", ELECTRICIAN);
      await expect(host.locator("#card-country")).toContainText("Belgium");
    }],
    timeout: timeoutCase,
  },
};

test("every observed attribute of every element has a case here", async ({ page }) => {
  await page.goto("/demo/three-widgets.html");
  const observed = await page.evaluate((tags) => Object.fromEntries(
    tags.map((t) => [t, [...customElements.get(t).observedAttributes].sort()])), Object.keys(CASES));
  for (const [tag, cases] of Object.entries(CASES)) expect(observed[tag], tag).toEqual(Object.keys(cases).sort());
});

for (const [tag, cases] of Object.entries(CASES)) {
  for (const [name, [value, reacts]] of Object.entries(cases)) {
    test(`<${tag}> reacts when ${name} changes after mount`, async ({ page, watched }) => {
      const host = await mounted(page, tag);
      await set(host, name, value);
      await reacts(host, page);
      expect(watched.pageErrors).toEqual([]);
    });
  }
}

test("one language rule: NL, nl-BE and pt_BR are read like nl, nl and pt", async ({ page }) => {
  for (const [lang, button] of [["NL", NL["answer.check"]], ["nl-BE", NL["answer.check"]], ["pt_BR", EN["answer.check"]]]) {
    const host = await mounted(page, "lmi-quiz", { lang });
    await expect(host.locator(".question > button")).toHaveText(button);
    // Content follows the same tag: Dutch bundle text for NL and nl-BE (not the bundle's English default).
    const title = lang === "pt_BR" ? "Who does this job? A first look" : "Wie doet deze job? Een eerste blik";
    await expect(host.locator("h2")).toHaveText(title);
  }
});

test("the iframe route keeps the bundle's own default language when lang is absent", async ({ page }) => {
  // The first-look quiz with Dutch as its default language.
  const bundle = await (await page.request.get("/content/quiz-first-look.json")).json();
  bundle.meta.default_language = "nl";
  // By path: the frame's own address holds the bundle's address in its query.
  await page.route((url) => url.pathname === "/content/nl-default.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/lmi/frame.html?widget=quiz&src=/content/nl-default.json");
  const root = page.locator("lmi-quiz .lmi");
  await expect(root).toHaveAttribute("lang", "nl");
  await expect(page.locator("lmi-quiz h2")).toHaveText("Wie doet deze job? Een eerste blik");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
