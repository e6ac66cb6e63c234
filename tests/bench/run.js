// Browser measurements for `cargo xtask bench`: cold loads of a page with one widget, unthrottled and on a
// slow device (150 ms latency, 1.6 Mbit/s, 4× CPU slowdown), in Debian's headless Chromium; for the explorer
// also keystroke → results, letter by letter; for the reading widget the time to draw its largest chart; and
// the cumulative layout shift of every demo page on a wide screen and a phone (and the wide one on the slow
// device). Prints JSON.
const fs = require("fs");
const path = require("path");
const { chromium } = require("@playwright/test");
const { DEMO_PAGES, watchLayoutShift, settled, layoutShift } = require("../support/layout-shift");

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
const RUNS = Number(process.env.RUNS ?? 5);
const CONDITIONS = {
  unthrottled: null,
  slow: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 },
};
const PAGES = {
  quiz: { path: "/demo/bench-quiz.html", ready: "lmi-quiz legend" },
  reading: { path: "/demo/bench-reading.html", ready: "lmi-reading .chart-svg" },
  explorer: { path: "/demo/bench-explorer.html", ready: "lmi-explorer input[type=search]" },
};
// Typed letter by letter into the explorer: a long title, a short one, a typo, two words.
const QUERIES = ["electrician", "nurse", "plumer", "software developer"];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function heapUsed(client) {
  await client.send("HeapProfiler.collectGarbage");
  const { metrics } = await client.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize").value;
}

/** Milliseconds from each letter's input event to the results being in the DOM (the widget updates in a
 * microtask; a zero timeout runs after it), for every prefix of every query. */
async function keystrokes(page) {
  return page.evaluate(async (queries) => {
    const root = document.querySelector("lmi-explorer").shadowRoot;
    const input = root.querySelector("input[type=search]");
    const count = root.querySelector(".count");
    const times = [];
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const before = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        times.push(performance.now() - before);
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      }
      if (!/\d/.test(count.textContent)) throw new Error(`no result count after "${query}"`);
    }
    return times;
  }, QUERIES);
}

/**
 * The reading bundle's largest chart (the exercise whose dataset has the most values) and how to ask for it:
 * `level` starts the widget at the first exercise of a level, so the chart must be the first of its level.
 */
function largestChart() {
  const file = path.join(__dirname, "../../content/reading-lmi-basics.json");
  const bundle = JSON.parse(fs.readFileSync(file, "utf8"));
  const datasets = new Map(bundle.datasets.map((d) => [d.id, d]));
  const values = (e) => datasets.get(e.dataset).series.flatMap((s) => s.values).filter((v) => v !== null).length;
  const most = Math.max(...bundle.exercises.map(values));
  const chart = bundle.exercises.find((e, i) => values(e) === most && !bundle.exercises.slice(0, i).some((o) => o.level === e.level));
  if (!chart) throw new Error(`${file}: no chart with ${most} values opens a level; the benchmark cannot reach it`);
  return { exercise: chart.id, dataset: chart.dataset, kind: chart.chart, values: most, level: String(chart.level) };
}

const LARGEST_CHART = largestChart();

/** Milliseconds from setting `level` on the loaded reading widget to the new exercise's chart SVG being in its
 * shadow DOM (a mutation observer sees it as soon as it is inserted), checked to hold one mark per value. */
async function chartTime(page, chart) {
  return page.evaluate(({ level, values }) => new Promise((resolve, reject) => {
    const host = document.querySelector("lmi-reading");
    const root = host.shadowRoot;
    const before = root.querySelector(".chart-svg");
    let start;
    const observer = new MutationObserver(() => {
      const svg = root.querySelector(".chart-svg");
      if (!svg || svg === before) return;
      const ms = performance.now() - start;
      observer.disconnect();
      const marks = svg.querySelectorAll(".mark").length;
      if (marks === values) resolve(ms);
      else reject(new Error(`level ${level} drew a chart with ${marks} marks, not the largest (${values})`));
    });
    observer.observe(root, { childList: true, subtree: true });
    start = performance.now();
    host.setAttribute("level", level);
  }), chart);
}

async function load(browser, path, ready, condition) {
  const context = await browser.newContext(); // a new context: cold cache
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send("Performance.enable");
  if (condition) {
    await client.send("Network.enable");
    await client.send("Network.emulateNetworkConditions", { offline: false, ...condition, cpu: undefined });
    await client.send("Emulation.setCPUThrottlingRate", { rate: condition.cpu });
  }
  let requests = 0;
  let counting = true;
  page.on("request", () => counting && requests++);
  await page.goto(BASE + path);
  if (ready) {
    await page.locator(ready).waitFor({ timeout: 60_000 });
    counting = false;
  }
  // Navigation start → the first question on screen (the widget is interactive from then on).
  const ms = await page.evaluate(() => performance.now());
  const heap = await heapUsed(client);
  const typed = path.includes("explorer") ? await keystrokes(page) : null;
  const chart = path.includes("reading") ? await chartTime(page, LARGEST_CHART) : null;
  await context.close();
  return { ms, requests, heap, typed, chart };
}

const SCREENS = { wide: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } };

/** One cold load of `path` until its widgets settle: the page's cumulative layout shift. */
async function shiftOf(browser, path, viewport, condition) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (condition) {
    const client = await context.newCDPSession(page);
    await client.send("Network.enable");
    await client.send("Network.emulateNetworkConditions", { offline: false, ...condition, cpu: undefined });
    await client.send("Emulation.setCPUThrottlingRate", { rate: condition.cpu });
  }
  await watchLayoutShift(page);
  await page.goto(BASE + path);
  await settled(page);
  const { total } = await layoutShift(page);
  await context.close();
  return Number(total.toFixed(4));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results = {};
  for (const [widget, { path, ready }] of Object.entries(PAGES)) {
    results[widget] = {};
    for (const [name, condition] of Object.entries(CONDITIONS)) {
      const runs = [];
      const blanks = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await load(browser, path, ready, condition));
        blanks.push(await load(browser, "/demo/blank.html", null, condition));
      }
      const times = runs.map((r) => r.ms);
      results[widget][name] = {
        interactive_ms: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times },
        requests: median(runs.map((r) => r.requests)),
        heap_growth_bytes: median(runs.map((r) => r.heap)) - median(blanks.map((r) => r.heap)),
      };
      const typed = runs.flatMap((r) => r.typed ?? []);
      if (typed.length) {
        results[widget][name].keystroke_ms = { median: median(typed), max: Math.max(...typed), keystrokes: typed.length };
      }
      const charts = runs.map((r) => r.chart).filter((c) => c !== null);
      if (charts.length) {
        results[widget][name].largest_chart_ms = { ...LARGEST_CHART, median: median(charts), max: Math.max(...charts), runs: charts };
      }
    }
  }
  results.layout_shift = {};
  for (const path of DEMO_PAGES) {
    results.layout_shift[path] = {
      wide: await shiftOf(browser, path, SCREENS.wide, null),
      phone: await shiftOf(browser, path, SCREENS.phone, null),
      wide_slow: await shiftOf(browser, path, SCREENS.wide, CONDITIONS.slow),
    };
  }
  await browser.close();
  console.log(JSON.stringify(results));
})();
