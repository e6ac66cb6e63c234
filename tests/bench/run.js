// Browser measurements for `cargo xtask bench`: cold loads of a page with one widget, unthrottled and on a
// slow device (150 ms latency, 1.6 Mbit/s, 4× CPU slowdown), in Debian's headless Chromium; for the explorer
// also keystroke → results, letter by letter. Prints JSON.
const { chromium } = require("@playwright/test");

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
  await context.close();
  return { ms, requests, heap, typed };
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
    }
  }
  await browser.close();
  console.log(JSON.stringify(results));
})();
