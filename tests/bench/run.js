// Browser measurements for `cargo xtask bench`: cold loads of a page with one widget, unthrottled and on a
// slow device (150 ms latency, 1.6 Mbit/s, 4× CPU slowdown), in Debian's headless Chromium. Prints JSON.
const { chromium } = require("@playwright/test");

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8080";
const RUNS = Number(process.env.RUNS ?? 5);
const CONDITIONS = {
  unthrottled: null,
  slow: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 },
};
const PAGES = { quiz: { path: "/demo/bench-quiz.html", ready: "lmi-quiz legend" } };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function heapUsed(client) {
  await client.send("HeapProfiler.collectGarbage");
  const { metrics } = await client.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize").value;
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
  await context.close();
  return { ms, requests, heap };
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
    }
  }
  await browser.close();
  console.log(JSON.stringify(results));
})();
