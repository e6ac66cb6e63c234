// What pupils, teachers and webmasters hit in a real browser (issue 19): focus after "Next question", an
// estimate that starts unset, tables on a phone, the README's iframe snippet under a strict CSP (height both
// ways), frames and elements that are set up wrong, unknown attribute values.
const fs = require("fs");
const path = require("path");
const { test, expect, cspViolations } = require("../support/fixtures");
const { catalog } = require("../support/a11y");

const EN = catalog("en");
const README = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
const ELECTRICIAN = "4910419f-b4af-4f59-b544-9dbebc8a74f0";
const PLUMBER = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290";

/** The first ```html block after `heading` in README.md, with its example origin replaced by the test server's. */
function readmeSnippet(heading, origin) {
  const after = README.slice(README.indexOf(heading));
  const block = after.slice(after.indexOf("```html\n") + 8, after.indexOf("\n```", after.indexOf("```html\n")));
  return block.replaceAll("https://example.org", origin);
}

/** Adds `html` to the page the way a CMS does (markup, then its scripts as real script elements). */
async function paste(page, html) {
  await page.evaluate((html) => {
    const box = document.createElement("div");
    box.id = "pasted";
    box.innerHTML = html;
    for (const dead of box.querySelectorAll("script")) {
      const live = document.createElement("script");
      for (const a of dead.attributes) live.setAttribute(a.name, a.value);
      dead.replaceWith(live);
    }
    document.querySelector("main").append(box);
  }, html);
}

test("after Next question, focus is on the new question's heading and the live region names it", async ({ page }) => {
  await page.goto("/");
  const quiz = page.locator("#gallery-quiz");
  await quiz.getByRole("radio").first().check();
  await quiz.locator(".question > button").click();
  await quiz.locator(".reveal > button").click();
  const heading = quiz.locator("h3.progress");
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText("Question 2 of 3");
  const announced = quiz.locator("[aria-live]");
  await expect(announced).toContainText("Question 2 of 3.");
  await expect(announced).toContainText(await quiz.locator("legend").innerText());
});

test("an estimate starts unset, and Check asks for an answer instead of taking the middle as one", async ({ page }) => {
  const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, "../../content/quiz-who-does-this-job.json"), "utf8"));
  bundle.questions = bundle.questions.filter((q) => q.answer.estimate).slice(0, 1);
  await page.route("**/content/quiz-first-look.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(bundle) }));
  await page.goto("/");
  const quiz = page.locator("#gallery-quiz");
  await expect(quiz.locator(".estimate-number")).toHaveValue("");
  await expect(quiz.locator(".estimate-range")).toHaveAttribute("aria-valuetext", EN["quiz.estimate_unset"]);
  await quiz.locator(".question > button").click();
  await expect(quiz.locator(".answer-needed")).toHaveText(EN["quiz.estimate_needed"]);
  await expect(quiz.locator("[aria-live]")).toContainText(EN["quiz.estimate_needed"]);
  await expect(quiz.locator(".reveal")).toHaveCount(0);
  // The keyboard answers it: one step from the middle is a guess the pupil made.
  await quiz.locator(".estimate-range").focus();
  await page.keyboard.press("ArrowRight");
  await expect(quiz.locator(".answer-needed")).toHaveCount(0);
  await quiz.locator(".question > button").click();
  await expect(quiz.locator(".reveal")).toBeVisible();
});

/** Every word of every cell of `tables` sits on one line (a broken word has two boxes), and no table is wider
 * than the widget. */
async function wordsStayWhole(host, tables) {
  return host.evaluate((el, selector) => {
    const broken = [];
    const root = el.shadowRoot;
    const width = root.querySelector(".lmi").getBoundingClientRect().width;
    for (const table of root.querySelectorAll(selector)) {
      if (table.getBoundingClientRect().width > width + 1) broken.push(`${selector} is wider than the widget`);
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, tables);
}

for (const width of [320, 360]) {
  test(`at ${width} px the comparison and the European figures stack by row and never break a word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/demo/explorer-nl.html?lmi-compare=${ELECTRICIAN},${PLUMBER}`);
    const host = page.locator("lmi-explorer");
    await expect(host.locator(".compare-table")).toBeVisible();
    expect(await host.locator(".compare-table tbody tr").first().evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    expect(await wordsStayWhole(host, ".compare-table")).toEqual([]);
    await page.goto(`/demo/explorer-nl.html?lmi-occupation=${ELECTRICIAN}`);
    await expect(host.locator(".europe table")).toBeVisible();
    expect(await wordsStayWhole(host, ".europe table")).toEqual([]);
  });
}

test("the README's iframe snippet works under style-src 'self': full width, no border, height both ways", async ({ page, watched }) => {
  await page.goto("/demo/strict-csp.html");
  const origin = new URL(page.url()).origin;
  await paste(page, readmeSnippet("### Iframe route", origin).replace("lang=nl", "lang=en"));
  const frame = page.locator("#pasted iframe");
  const inside = page.frameLocator("#pasted iframe");
  await expect(inside.locator("lmi-quiz legend")).toBeVisible();
  const box = await frame.boundingBox();
  const container = await page.locator("#pasted").boundingBox();
  expect(Math.round(box.width)).toBe(Math.round(container.width));
  expect(await frame.evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe("0px");
  const widget = () => inside.locator("lmi-quiz").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const height = async () => (await frame.boundingBox()).height;
  // Before the learner touches it the frame only grows, so the page does not jump while the widget loads.
  expect(await height()).toBeGreaterThanOrEqual((await widget()) - 2);
  await inside.getByRole("radio").first().check();
  await inside.locator(".question > button").click();
  await expect(inside.locator("lmi-quiz .reveal")).toBeVisible();
  await expect.poll(async () => Math.abs((await height()) - (await widget()))).toBeLessThan(3);
  const revealed = await height();
  await inside.locator(".reveal > button").click();
  await expect.poll(height).toBeLessThan(revealed - 50);
  await expect.poll(async () => Math.abs((await height()) - (await widget()))).toBeLessThan(3);
  expect(await cspViolations(page)).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("the README's script snippet works under the strict CSP", async ({ page, watched }) => {
  await page.goto("/demo/strict-csp.html");
  const origin = new URL(page.url()).origin;
  await paste(page, readmeSnippet("## Embedding (for webmasters)", origin).replace('lang="nl"', 'lang="en"'));
  await expect(page.locator("#pasted lmi-quiz legend")).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
});

test("a frame sandboxed without allow-same-origin says which permission is missing", async ({ page }) => {
  await page.goto("/demo/blank.html");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "../lmi/frame.html?widget=quiz&src=../content/quiz-first-look.json";
    frame.setAttribute("sandbox", "allow-scripts");
    frame.title = "Quiz";
    document.body.append(frame);
  });
  const alert = page.frameLocator("iframe").getByRole("alert");
  await expect(alert).toContainText("allow-same-origin");
  await expect(alert).toContainText('sandbox="allow-scripts allow-same-origin');
});

test("frame.html?widget=quizz names the widgets it knows", async ({ page }) => {
  await page.goto("/lmi/frame.html?widget=quizz&src=../content/quiz-first-look.json");
  await expect(page.getByRole("alert")).toContainText("widget=quizz is not one of quiz, explorer, reading");
});

test("a typo in an element name is named on the console, once, and inside the element", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/demo/blank.html");
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend",
      '<lmi-quizz src="../content/quiz-first-look.json"></lmi-quizz><lmi-quizz></lmi-quizz>');
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
  });
  await expect(page.locator("lmi-quizz").first().getByRole("alert")).toContainText("did you mean <lmi-quiz>?");
  await expect.poll(() => warnings.filter((w) => w.includes("<lmi-quizz>")).length).toBe(1);
});

test("an attribute value outside its words is named on the console with what it expected, once", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/demo/blank.html");
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend",
      '<lmi-quiz src="../content/quiz-first-look.json" audience="pupils" lang="en"></lmi-quiz>');
    const script = document.createElement("script");
    script.type = "module";
    script.src = "../lmi/lmi.js";
    document.head.append(script);
  });
  await expect(page.locator("lmi-quiz legend")).toBeVisible();
  await page.locator("lmi-quiz").evaluate((el) => el.setAttribute("audience", "pupils"));
  await expect.poll(() => warnings.filter((w) => w.includes('audience="pupils"')).length).toBe(1);
  expect(warnings.find((w) => w.includes('audience="pupils"'))).toContain('"pupil", "jobseeker", "practitioner"');
});

test("an occupation attribute that names no occupation is said on the card and on the console", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/demo/explorer.html");
  const host = page.locator("lmi-explorer");
  await expect(host.locator("input[type=search]")).toBeVisible();
  await host.evaluate((el) => el.setAttribute("occupation", "no-such-job"));
  await expect(host.locator(".card h3")).toContainText("no-such-job");
  await expect.poll(() => warnings.some((w) => w.includes('occupation="no-such-job"') && w.includes("ESCO"))).toBe(true);
});

test("the demo builder offers every bundle of the demo site, each with its element", async ({ page }) => {
  const dir = path.join(__dirname, "../../content");
  const bundles = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
  await page.goto("/");
  const select = page.locator("#builder-content");
  const offered = await select.locator("option").evaluateAll((os) => os.map((o) => o.value));
  expect(offered.sort()).toEqual(bundles.sort());
  await select.selectOption("occupations.nl.json");
  await expect(page.locator("#builder lmi-explorer")).toBeVisible();
  await expect(page.locator("#snippet")).toHaveValue(/<lmi-explorer src="[^"]*\/content\/occupations\.nl\.json"/);
  await expect(page.locator("#iframe-snippet")).toHaveValue(/widget=explorer&amp;src=\/content\/occupations\.nl\.json/);
  await select.selectOption("reading-lmi-basics.json");
  await expect(page.locator("#builder lmi-reading")).toBeVisible();
});
