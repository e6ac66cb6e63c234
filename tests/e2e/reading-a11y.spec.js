// <lmi-reading> against WCAG 2.1 AA, as languages.spec.js and a11y.spec.js check the quiz: in all six UI
// languages (right-to-left included) every state of the reading exercises passes axe-core: every chart the
// demo bundle draws, the table view, hints, the source panel, feedback after a wrong and a right answer, and
// the summary. Then the dark theme, reflow at 320 CSS px, 200% zoom, forced colours, reduced motion and target
// sizes, each over the same states.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("../support/fixtures");
const { catalog, axeCollector, crowdedTargets, expectNoHorizontalScroll, expectInsideTheWidget } = require("../support/a11y");
const { Reading } = require("../support/reading");

const BUNDLE = JSON.parse(fs.readFileSync(path.join(__dirname, "../../content/reading-lmi-basics.json"), "utf8"));
const LANGS = ["en", "nl", "fr", "de", "ar", "uk"];
const CHART_KINDS = ["bar", "grouped_bar", "line", "range"];

/** The questions of a run from level 1, in the order the widget asks them (levels in order, bundle order within). */
const STEPS = BUNDLE.exercises
  .map((exercise, order) => ({ exercise, order }))
  .sort((a, b) => a.exercise.level - b.exercise.level || a.order - b.order)
  .flatMap(({ exercise }) => exercise.questions.map((question, n) => ({ exercise, question, first: n === 0 })));

/** A right or a clearly wrong answer to `question`: a number to type, or the index of the radio to pick. */
function answerFor(question, right) {
  const { numeric, choice } = question.answer;
  if (numeric) return { number: String(right ? numeric.value : numeric.value + 10 * numeric.tolerance + 1000) };
  return { index: choice.options.findIndex((o) => (o.grade === "right") === right) };
}

/** Answers the question on screen right or wrong, by mouse, and waits for the feedback. */
async function answer(reading, step, right) {
  const a = answerFor(step.question, right);
  if (a.number !== undefined) await reading.host.locator(".number-field").fill(a.number);
  else await reading.radios().nth(a.index).check();
  await reading.host.locator(".button.check").click();
  await expect(reading.feedback()).toBeVisible();
  await expect(reading.feedbackHeading()).toHaveClass(right ? /verdict-right/ : /verdict-wrong/);
}

/** Opens the table view (the drawing is hidden) and the source panel. */
async function openTableAndSource(reading) {
  const toggle = reading.host.locator(".table-toggle");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(reading.table()).toBeVisible();
  await expect(reading.chart()).toBeHidden();
  // The panel stays as the learner left it from one exercise to the next: open it only if it is closed.
  if (!(await reading.sourcePanel().evaluate((d) => d.open))) await reading.sourcePanel().locator("summary").click();
  await expect(reading.sourcePanel()).toHaveAttribute("open", "");
}

async function closeTable(reading) {
  await reading.host.locator(".table-toggle").click();
  await expect(reading.chart()).toBeVisible();
}

/**
 * Every state of the first exercise of the reading demo: the chart, one hint, every hint (the hint button
 * inactive), the table with the source panel, feedback after a wrong answer, then after a right one.
 * `check(state)` runs in each.
 */
async function walkFirstExercise(reading, check) {
  await expect(reading.marks().first()).toBeVisible();
  await check("line chart");
  await reading.hintButton().click();
  await expect(reading.hints()).toHaveCount(1);
  await check("hint shown");
  const hints = STEPS[0].question.hints.length;
  for (let n = 2; n <= hints; n++) await reading.hintButton().click();
  await expect(reading.hints()).toHaveCount(hints);
  await expect(reading.hintButton()).toHaveAttribute("aria-disabled", "true");
  await check("every hint shown");
  await openTableAndSource(reading);
  await check("table view and source panel open");
  await closeTable(reading);
  await answer(reading, STEPS[0], false);
  await check("feedback after a wrong answer");
  await reading.nextButton().click();
  await answer(reading, STEPS[1], true);
  await check("feedback after a right answer");
  await reading.nextButton().click();
}

/**
 * The rest of the run after the first exercise, answered wrong and right in turn. The first time a dataset is
 * drawn as a chart kind, `check` runs on the chart (`table: false`) and, with `tables`, on its table and source
 * panel (`table: true`); then on the summary. Returns the chart kinds seen.
 */
async function walkRest(reading, check, { tables = true } = {}) {
  const seen = new Set([`${STEPS[0].exercise.dataset}/${STEPS[0].exercise.chart}`]);
  for (let i = 2; i < STEPS.length; i++) {
    const { exercise, first } = STEPS[i];
    await expect(reading.progress()).toBeVisible();
    const key = `${exercise.dataset}/${exercise.chart}`;
    if (first && !seen.has(key)) {
      seen.add(key);
      await expect(reading.marks().first()).toBeVisible();
      await check(`${exercise.id}: ${exercise.chart} chart`, { table: false });
      if (tables) {
        await openTableAndSource(reading);
        await check(`${exercise.id}: table and source panel`, { table: true });
        await closeTable(reading);
      }
    }
    await answer(reading, STEPS[i], i % 2 === 1);
    await reading.nextButton().click();
  }
  await expect(reading.summary()).toBeVisible();
  await check("summary", { table: false });
  return new Set([...seen].map((k) => k.split("/")[1]));
}

for (const lang of LANGS) {
  test(`${lang}: every state of the reading exercises is translated and passes axe`, async ({ page, watched }) => {
    test.setTimeout(240_000);
    const ui = catalog(lang);
    const checkLabel = ui["answer.check"] ?? ui["quiz.check"]; // shared answer keys: `answer.*` (once `quiz.*`)
    await page.goto("/demo/reading.html");
    for (const id of ["#from-the-start", "#level-4"]) {
      await page.locator(id).evaluate((el, l) => el.setAttribute("lang", l), lang);
    }
    const reading = new Reading(page, "#from-the-start");
    const root = reading.host.locator(".lmi");
    await expect(reading.host.locator(".button.check")).toHaveText(checkLabel);
    await expect(root).toHaveAttribute("lang", lang);
    await expect(root).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(reading.host.locator(".table-toggle")).toHaveText(ui["chart.show_table"]);
    await expect(reading.host.locator(".chart-svg .marks")).toHaveAttribute("aria-label", ui["chart.values"]);
    await expect(page.locator("#level-4").locator(".button.check")).toHaveText(checkLabel);
    // The bundle has English and Dutch: in the other languages its text is English, marked so.
    const bundleLang = BUNDLE.meta.languages.includes(lang) ? lang : BUNDLE.meta.default_language;
    await expect(reading.host.locator(`h2 [lang=${bundleLang}]`)).toHaveCount(bundleLang === lang ? 0 : 1);

    const axe = axeCollector(page, `${lang}, `);
    await walkFirstExercise(reading, axe.check);
    await expect(reading.feedback()).toHaveCount(0);
    const kinds = await walkRest(reading, axe.check);
    expect([...kinds].sort()).toEqual(CHART_KINDS);
    await expect(reading.summary().locator("h3")).toHaveText(ui["reading.finished"]);
    await expect(reading.summary().locator(".skills > li")).toHaveCount(4);
    expect(axe.failures).toEqual([]);
    expect(axe.states.length).toBeGreaterThanOrEqual(6 + 2 * 8 + 1);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
}

/**
 * Contrast axe does not measure: the chart's graphics (bars, lines, markers, range ends, axes) need 3:1 against
 * the surface (WCAG 1.4.11), its text 4.5:1 (1.4.3). A patterned bar counts by its outline.
 */
async function chartContrastFailures(reading) {
  return reading.host.evaluate((host) => {
    const root = host.shadowRoot;
    const rgb = (value) => {
      const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
      return m && (m[4] === undefined || Number(m[4]) === 1) ? [m[1], m[2], m[3]].map(Number) : null;
    };
    const luminance = ([r, g, b]) => {
      const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const ratio = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const surface = rgb(getComputedStyle(root.querySelector(".lmi")).backgroundColor);
    const out = [];
    const graphics = root.querySelectorAll(".chart-svg .mark > *, .chart-svg .line, .chart-svg .axis, .chart-svg .range, .legend .swatch *");
    if (graphics.length < 5) out.push(`only ${graphics.length} graphics found`);
    for (const el of graphics) {
      const s = getComputedStyle(el);
      // A <line> has no area: only its stroke shows. Shapes show their fill, or their outline when hatched.
      const ink = el.tagName === "line" ? rgb(s.stroke) : rgb(s.fill) ?? rgb(s.stroke);
      if (!ink) out.push(`no solid colour: ${el.outerHTML.slice(0, 80)}`);
      else if (ratio(ink, surface) < 3) out.push(`${ratio(ink, surface).toFixed(2)}:1 ${el.outerHTML.slice(0, 80)}`);
    }
    for (const el of root.querySelectorAll(".chart-svg text")) {
      const ink = rgb(getComputedStyle(el).fill);
      if (!ink || ratio(ink, surface) < 4.5) out.push(`text ${ink && ratio(ink, surface).toFixed(2)}:1 ${el.outerHTML.slice(0, 80)}`);
    }
    return out;
  });
}

for (const theme of ["light", "dark"]) {
  test(`${theme} theme: every chart's graphics and text have enough contrast${theme === "dark" ? ", and axe is clean" : ""}`, async ({ page, watched }) => {
    test.setTimeout(120_000);
    await page.goto("/demo/reading.html");
    const reading = new Reading(page, "#from-the-start");
    await reading.host.evaluate((el, t) => el.setAttribute("theme", t), theme);
    await expect(reading.host.locator(`.lmi.theme-${theme}`)).toBeVisible();
    const axe = axeCollector(page, `${theme}, `);
    const failures = [];
    let charts = 0;
    const check = async (state) => {
      if (theme === "dark") await axe.check(state);
      if (/chart$/.test(state)) {
        charts++;
        const found = await chartContrastFailures(reading);
        if (found.length) failures.push(`${state}: ${found.join("; ")}`);
      }
    };
    await walkFirstExercise(reading, check);
    await walkRest(reading, check, { tables: false });
    expect(charts).toBeGreaterThanOrEqual(9);
    expect(failures).toEqual([]);
    expect(axe.failures).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
}

for (const lang of ["en", "ar"]) {
  test(`${lang}: reflows at 320 CSS px without horizontal scrolling, in every state`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/demo/reading.html");
    await page.locator("#from-the-start").evaluate((el, l) => el.setAttribute("lang", l), lang);
    const reading = new Reading(page, "#from-the-start");
    await expect(reading.host.locator(".lmi")).toHaveAttribute("lang", lang);
    const axe = axeCollector(page, `${lang} at 320 px, `);
    await walkFirstExercise(reading, async (state) => {
      await expectNoHorizontalScroll(page, state);
      await expectInsideTheWidget(reading, state, ".chart-table");
      await axe.check(state);
    });
    await walkRest(reading, async (state) => {
      await expectNoHorizontalScroll(page, state);
      await expectInsideTheWidget(reading, state, ".chart-table");
    });
    expect(axe.failures).toEqual([]);
  });
}

test("works at 200% zoom", async ({ browser }) => {
  test.setTimeout(120_000);
  // A 1280 px wide screen at 200% zoom: 640 CSS px, every CSS px two device pixels.
  const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto((process.env.BASE_URL ?? "http://127.0.0.1:8080") + "/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  const check = async (state, { table } = {}) => {
    await expectNoHorizontalScroll(page, state);
    await expectInsideTheWidget(reading, state, ".chart-table");
    if (table === false && state !== "summary") {
      // Chart text stays readable: it is not scaled below 9 CSS px.
      const smallest = await reading.host.evaluate((host) => Math.min(
        ...[...host.shadowRoot.querySelectorAll(".chart-svg text")].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0),
      ));
      expect(smallest, state).toBeGreaterThanOrEqual(9);
    }
  };
  await walkFirstExercise(reading, check);
  await walkRest(reading, check);
  await context.close();
});

test("in forced-colours mode every state stays visible and axe is clean", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  await expect(reading.marks().first()).toBeVisible();
  // Buttons keep a visible border; the focused value keeps a visible ring.
  for (const button of [reading.hintButton(), reading.host.locator(".table-toggle"), reading.host.locator(".button.check")]) {
    expect(await button.evaluate((b) => getComputedStyle(b).borderTopStyle)).not.toBe("none");
  }
  await reading.marks().first().focus();
  await reading.page.keyboard.press("ArrowRight");
  const ring = await reading.marks().nth(1).evaluate((m) => getComputedStyle(m.firstElementChild).strokeWidth);
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);

  /** Every value mark and axis of the drawing has ink that differs from the background. */
  const expectInkedChart = async (state) => {
    const blank = await reading.host.evaluate((host) => {
      const root = host.shadowRoot;
      const canvas = getComputedStyle(root.querySelector(".lmi")).backgroundColor;
      const inked = (value) => value !== "none" && value !== canvas && !/rgba\(.*, 0\)$/.test(value) && value !== "transparent";
      return [...root.querySelectorAll(".chart-svg .mark > *, .chart-svg .axis, .chart-svg .line, .chart-svg .range, .chart-svg text")]
        .filter((el) => {
          const s = getComputedStyle(el);
          return !(inked(s.fill) || (inked(s.stroke) && parseFloat(s.strokeWidth) > 0));
        })
        .map((el) => el.outerHTML.slice(0, 80));
    });
    expect(blank, `no ink: ${state}`).toEqual([]);
  };
  const axe = axeCollector(page, "forced colours, ");
  const check = async (state, { table } = {}) => {
    await axe.check(state);
    if (/chart$/.test(state)) await expectInkedChart(state);
    if (state.startsWith("feedback")) {
      // Right or wrong is told by a symbol and words, not only by colour, and the feedback keeps its frame.
      const heading = reading.feedbackHeading();
      const symbol = await heading.evaluate((h) => getComputedStyle(h, "::before").content);
      expect(symbol).toContain(state.includes("wrong") ? "✗" : "✓");
      await expect(heading).toHaveText(state.includes("wrong") ? "Not quite." : "Right!");
      expect(await reading.feedback().evaluate((f) => getComputedStyle(f).borderTopStyle)).not.toBe("none");
    }
    if (table || state.startsWith("table")) {
      const border = await reading.table().locator("td").first().evaluate((td) => getComputedStyle(td).borderTopStyle);
      expect(border, state).not.toBe("none");
      const panel = await reading.sourcePanel().evaluate((p) => getComputedStyle(p).borderTopStyle);
      expect(panel, state).not.toBe("none");
    }
  };
  await walkFirstExercise(reading, check);
  await walkRest(reading, check);
  expect(axe.failures).toEqual([]);
});

test("with reduced motion nothing animates, in any state", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  const check = async (state) => {
    const moving = await reading.host.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll("*")].filter((el) => {
        const s = getComputedStyle(el);
        return (s.animationName !== "none" && parseFloat(s.animationDuration) > 0.01) || parseFloat(s.transitionDuration) > 0.01;
      }).map((el) => el.outerHTML.slice(0, 60)));
    expect(moving, state).toEqual([]);
  };
  await walkFirstExercise(reading, check);
  await walkRest(reading, check);
});

test("every control is at least 24 × 24 CSS px, or has room around it, in every state", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/demo/reading.html");
  const reading = new Reading(page, "#from-the-start");
  // Targets: buttons, fields, radios with their label, the source panel's summary, and the chart's values.
  const measure = async () => {
    const { count, crowded } = await crowdedTargets(reading, "button, input, textarea, select, summary, .mark");
    return {
      count,
      controls: crowded.filter((t) => !t.mark).map((t) => t.text),
      marks: crowded.filter((t) => t.mark).map((t) => t.mark),
    };
  };
  const failures = [];
  let exempted = 0;
  const check = async (state) => {
    const { count, controls, marks } = await measure();
    expect(count, state).toBeGreaterThan(0);
    if (controls.length) failures.push(`${state}: ${controls.join("; ")}`);
    if (marks.length) {
      // Narrow bars and range ends on a small screen cannot all be 24 px apart. WCAG 2.5.8's "equivalent"
      // exception holds when the same function, reading each value, has a control that meets the size: the
      // table toggle (measured with the controls) shows every value the crowded marks hold.
      exempted += marks.length;
      const toggle = reading.host.locator(".table-toggle");
      await toggle.click();
      const cells = await reading.table().locator("td").allTextContents();
      for (const label of marks) expect(cells, `${state}: ${label}`).toContain(label.slice(label.lastIndexOf(": ") + 2));
      await closeTable(reading);
    }
  };
  await walkFirstExercise(reading, check);
  await walkRest(reading, check, { tables: false });
  expect(failures).toEqual([]);
  expect(exempted, "the range and grouped-bar charts were measured").toBeGreaterThan(0);
});
