// Scale measurements in headless Chromium (part of scripts/bench.sh):
// time to first render of the réalisation cards, and time for a
// competency filter change to update the list.
//
// Usage: node bench/scale.mjs --url URL --out FILE.json
//          [--chrome /usr/bin/chromium] [--loads 5] [--cpu-throttle 1]
//
// Uses the puppeteer-core that Lighthouse depends on (bench/package-lock.json
// pins it), so the benchmark needs no other browser library.
//
// First render: a MutationObserver injected before the page's scripts
// records performance.now() (milliseconds since navigation start) when the
// first `li.card` appears in `#realisations ul.cards` (the cards are in the
// page as `cyberfolio-build page` wrote it), then the end of the next frame
// (requestAnimationFrame followed by a posted message, which runs after
// that frame's style, layout and paint). After the load, the app is started
// as a visitor's first action would start it, and timed until it is live
// (the page's `data-live`): the filters work from then on.
//
// Filter change: a click on a competency checkbox of `form.filters`, then
// (1) the last mutation of `ul.cards` caused by it (MutationObserver
// callbacks run right after the task that changed the DOM), and (2) the end
// of the first frame that starts after that mutation. The checkboxes are
// toggled on and off in a fixed sequence so that every change alters the
// list. `performance.measure` entries named `cyberfolio:filter`, if the app
// emits them, are collected too.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

import { CHROME_FLAGS } from "./chrome.mjs";

function parseArgs(argv) {
  const opts = { url: null, out: null, chrome: process.env.CHROME_PATH || "/usr/bin/chromium", loads: 5, cpuThrottle: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === "--url") opts.url = next();
    else if (a === "--out") opts.out = next();
    else if (a === "--chrome") opts.chrome = next();
    else if (a === "--loads") opts.loads = Number(next());
    else if (a === "--cpu-throttle") opts.cpuThrottle = Number(next());
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.url || !opts.out) throw new Error("usage: node bench/scale.mjs --url URL --out FILE.json [--chrome PATH] [--loads N] [--cpu-throttle RATE]");
  return opts;
}

// Injected before any script of the page.
const FIRST_RENDER_PROBE = () => {
  const bench = { firstCard: null, cardsAtFirst: 0, painted: null, cardsPainted: 0, shifts: [], started: null, live: null };
  window.__bench = bench;
  // The app marks the page `data-live` once its parts are mounted.
  const live = new MutationObserver(() => {
    if (!document.querySelector("[data-live]")) return;
    bench.live = performance.now();
    live.disconnect();
  });
  live.observe(document, { attributes: true, attributeFilter: ["data-live"], subtree: true });
  // Layout shifts, with the elements that moved, for the CLS target.
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : "?";
    const classes = [...node.classList].map((c) => `.${c}`).join("");
    const parent = node.parentElement ? `${node.parentElement.tagName.toLowerCase()}${node.parentElement.id ? `#${node.parentElement.id}` : ""} > ` : "";
    return `${parent}${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${classes}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        bench.shifts.push({
          time: e.startTime,
          value: e.value,
          sources: (e.sources || []).map((s) => ({
            node: describe(s.node),
            from: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height].map(Math.round),
            to: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height].map(Math.round),
          })),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  } catch {
    bench.shifts = null;
  }
  const count = () => document.querySelectorAll("#realisations ul.cards > li.card").length;
  const observer = new MutationObserver(() => {
    if (bench.firstCard !== null) return;
    const n = count();
    if (n === 0) return;
    bench.firstCard = performance.now();
    bench.cardsAtFirst = n;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
        bench.cardsPainted = count();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
};

// One filter change, run in the page.
async function filterChange(code) {
  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ raf, end: performance.now() });
        channel.port2.postMessage(null);
      }),
    );
  const list = document.querySelector("#realisations ul.cards");
  const box = document.querySelector(`#realisations form.filters input[type=checkbox][name=c][value="${code}"]`);
  if (!list || !box) return { error: `no list or no checkbox for ${code}` };
  // Cards shown: every card stays in the list, and a filter hides those
  // it leaves out.
  const cards = () => list.querySelectorAll(":scope > li.card:not([hidden])").length;
  const before = cards();
  const hiddenBefore = [...list.querySelectorAll(":scope > li.card")].map((li) => li.hidden);
  const measuresBefore = performance.getEntriesByName("cyberfolio:filter").length;
  // Start on a fresh frame, with nothing pending.
  await nextFrame();
  let first = null;
  let last = null;
  const observer = new MutationObserver(() => {
    const t = performance.now();
    first ??= t;
    last = t;
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  const t0 = performance.now();
  box.click();
  const handled = performance.now();
  // The first frame after the click, then frames until one starts after
  // the last mutation (or 2 s pass with no change).
  const frames = [await nextFrame()];
  while ((last === null || last > frames.at(-1).raf) && performance.now() - t0 < 2000) {
    frames.push(await nextFrame());
  }
  // Let late mutations show up.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const painted = frames.find((f) => last !== null && f.raf >= last);
  // The plain-JavaScript floor of the same change: the cards' `hidden`
  // attributes set back as they were, then (measured, to the end of the
  // next frame) as the app set them. The browser's layout and paint of the
  // change are in both; what the app adds is the difference.
  const items = [...list.querySelectorAll(":scope > li.card")];
  const after = items.map((li) => li.hidden);
  let floor = null;
  if (items.length === hiddenBefore.length) {
    for (let i = 0; i < items.length; i++) items[i].hidden = hiddenBefore[i];
    await nextFrame();
    await nextFrame();
    const f0 = performance.now();
    for (let i = 0; i < items.length; i++) items[i].hidden = after[i];
    floor = (await nextFrame()).end - f0;
    await nextFrame();
  }
  const measures = performance.getEntriesByName("cyberfolio:filter").slice(measuresBefore).map((e) => e.duration);
  return {
    code,
    checked: box.checked,
    before,
    after: cards(),
    handler: handled - t0,
    firstMutation: first === null ? null : first - t0,
    update: last === null ? null : last - t0,
    nextFrameStart: frames[0].raf - t0,
    nextFrameEnd: frames[0].end - t0,
    paintedFrameEnd: painted ? painted.end - t0 : null,
    framesUntilPainted: painted ? frames.indexOf(painted) + 1 : null,
    floorFrameEnd: floor,
    measures,
  };
}

// Milliseconds spent in the main-thread events that make up an update.
const TRACE_EVENTS = {
  RunTask: "main thread busy (all tasks)",
  FunctionCall: "JavaScript and wasm",
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "pre-paint",
  Paint: "paint",
  Layerize: "layerize",
  Commit: "commit",
};

function traceTotals(buffer) {
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString("utf8"));
  const main = new Set(
    traceEvents
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = Object.fromEntries(Object.keys(TRACE_EVENTS).map((k) => [k, 0]));
  for (const e of traceEvents) {
    if (e.ph === "X" && e.dur && e.name in totals && main.has(`${e.pid}:${e.tid}`)) totals[e.name] += e.dur / 1000;
  }
  return totals;
}

function sequence(codes) {
  // Each competency on then off, then a chain: on c0, (on c[k+1], off c[k])…, off the last.
  const steps = [];
  for (const c of codes) steps.push(c, c);
  steps.push(codes[0]);
  for (let k = 0; k + 1 < codes.length; k++) steps.push(codes[k + 1], codes[k]);
  steps.push(codes.at(-1));
  return steps;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const userDataDir = mkdtempSync(join(tmpdir(), "cyberfolio-bench-chrome-"));
  const browser = await puppeteer.launch({
    executablePath: opts.chrome,
    headless: true,
    userDataDir,
    args: CHROME_FLAGS,
    defaultViewport: { width: 1350, height: 940 },
  });
  const result = { url: opts.url, cpuThrottle: opts.cpuThrottle, browser: await browser.version(), loads: [], changes: [] };
  try {
    let page = null;
    for (let i = 0; i < opts.loads; i++) {
      if (page) await page.close();
      page = await browser.newPage();
      await page.setCacheEnabled(false);
      const cdp = await page.createCDPSession();
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: opts.cpuThrottle });
      await page.evaluateOnNewDocument(FIRST_RENDER_PROBE);
      await page.goto(opts.url, { waitUntil: "load", timeout: 120000 });
      await page.waitForFunction(() => window.__bench?.painted !== null || document.querySelector(".error-page"), { timeout: 120000, polling: 50 });
      // Late layout shifts (images, fonts) show up shortly after.
      await new Promise((r) => setTimeout(r, 500));
      // The cards are in the page as written; the app, which the filters
      // need, starts when the visitor needs it (public/init.js). Start it
      // as a visitor's first action would, and time it until it is live.
      await page.evaluate(() => {
        window.__bench.started = performance.now();
        window.cyberfolioStart?.();
      });
      await page.waitForFunction(() => window.__bench.live !== null || document.querySelector(".error-page"), { timeout: 120000, polling: 50 });
      await new Promise((r) => setTimeout(r, 200));
      const load = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const res = (part) => performance.getEntriesByType("resource").find((e) => e.name.includes(part));
        const fcp = performance.getEntriesByName("first-contentful-paint")[0];
        return {
          ...window.__bench,
          cardsTotal: document.querySelectorAll("#realisations ul.cards > li.card").length,
          error: window.__bench?.painted === null ? document.body.innerText.slice(0, 300) : null,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
          loadEvent: nav?.loadEventEnd ?? null,
          wasmEnd: res(".wasm")?.responseEnd ?? null,
          jsonEnd: res("data/portfolio.json")?.responseEnd ?? null,
          jsonBytes: res("data/portfolio.json")?.encodedBodySize ?? null,
          fcp: fcp?.startTime ?? null,
        };
      });
      result.loads.push(load);
      if (load.error) throw new Error(`the app did not render the cards: ${load.error}`);
    }
    const codes = await page.$$eval("#realisations form.filters input[type=checkbox][name=c]", (boxes) => boxes.map((b) => b.value));
    if (codes.length === 0) throw new Error("no competency checkbox in form.filters");
    for (const code of sequence(codes)) {
      result.changes.push(await page.evaluate(filterChange, code));
    }
    // Where the time of one change goes: a trace of the first competency
    // turned on, then off, summed by main-thread event.
    result.traceLabels = TRACE_EVENTS;
    result.trace = [];
    for (const code of [codes[0], codes[0]]) {
      await page.tracing.start({ categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      const change = await page.evaluate(filterChange, code);
      const buffer = await page.tracing.stop();
      result.trace.push({ code, checked: change.checked, before: change.before, after: change.after, update: change.update, paintedFrameEnd: change.paintedFrameEnd, events: traceTotals(buffer) });
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    writeFileSync(opts.out, JSON.stringify(result, null, 2) + "\n");
  }
}

main().catch((e) => {
  console.error(`scale: ${e.message}`);
  process.exit(1);
});
