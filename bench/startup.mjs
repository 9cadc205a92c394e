// What the page's start-up spends its main thread on, task by task, in a
// Chromium trace with the CPU slowed down as Lighthouse's mobile run does.
// Not part of scripts/bench.sh: a diagnostic for start-up work (TBT).
//
// Usage: node bench/startup.mjs --url URL [--runs 3] [--cpu-throttle 4]
//          [--js-flags "--no-wasm-lazy-compilation"] [--chrome /usr/bin/chromium]
//
// For each load it prints the main-thread tasks longer than 30 ms that
// start after the first contentful paint (the ones Total Blocking Time
// counts beyond 50 ms), each with its longest trace events: script
// (FunctionCall), WebAssembly compiled on first call (wasm.CompileLazy:
// V8 compiles each function with Liftoff when it is first called, on the
// main thread), style (UpdateLayoutTree) and Layout. Then, per load, the
// sums: all script, lazy compilation, layout, and sum(task - 50 ms).
//
// The app starts when the visitor needs it (public/init.js): give a URL
// that names a view, such as `…/cyberfolio/#realisations`, to trace its
// start-up; the bare page runs no wasm.
//
// `--js-flags` passes V8 flags to the browser, to compare against, for
// example, eager compilation; a visitor's browser has none of them.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

import { CHROME_FLAGS } from "./chrome.mjs";

const args = process.argv.slice(2);
// `--name value` or `--name=value`.
const option = (name, fallback) => {
  const joined = args.find((a) => a.startsWith(`${name}=`));
  if (joined) return joined.slice(name.length + 1);
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const url = option("--url");
if (!url) {
  console.error("usage: node bench/startup.mjs --url URL [--runs 3] [--cpu-throttle 4] [--js-flags FLAGS]");
  process.exit(2);
}
const runs = Number(option("--runs", "3"));
const throttle = Number(option("--cpu-throttle", "4"));
const jsFlags = option("--js-flags", "");
const chrome = option("--chrome", process.env.CHROME_PATH || "/usr/bin/chromium");

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.wasm",
  "loading",
];

/// The trace of one cold load (fresh profile, so nothing is cached).
async function trace() {
  const profile = mkdtempSync(join(tmpdir(), "cyberfolio-startup-"));
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    userDataDir: profile,
    args: [...CHROME_FLAGS, ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
  try {
    const page = await browser.newPage();
    // Lighthouse's mobile screen.
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: "networkidle0" });
    await new Promise((done) => setTimeout(done, 1500));
    return JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function report(events, run) {
  const parse = events.find((e) => e.name === "ParseHTML" && JSON.stringify(e.args).includes(new URL(url).host));
  if (!parse) throw new Error("no ParseHTML event for the page");
  const { pid, tid, ts: start } = parse;
  const ms = (us) => (us / 1000).toFixed(0);
  const fcp = events.find((e) => e.pid === pid && e.name === "firstContentfulPaint");
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
  const tasks = main.filter((e) => e.name === "RunTask" && e.dur > 30000 && (!fcp || e.ts >= fcp.ts));
  const inside = (t, name) =>
    main.filter((e) => e.name === name && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).reduce((sum, e) => sum + e.dur, 0);
  console.log(`load ${run}: first contentful paint at ${fcp ? ms(fcp.ts - start) : "?"} ms`);
  let script = 0, lazy = 0, layout = 0, blocking = 0;
  for (const t of tasks) {
    const parts = {
      script: inside(t, "FunctionCall") + inside(t, "v8.evaluateModule"),
      "wasm.CompileLazy": inside(t, "wasm.CompileLazy"),
      style: inside(t, "UpdateLayoutTree"),
      layout: inside(t, "Layout"),
    };
    script += parts.script;
    lazy += parts["wasm.CompileLazy"];
    layout += parts.layout;
    blocking += Math.max(0, t.dur - 50000);
    const shown = Object.entries(parts).filter(([, us]) => us >= 1000).map(([k, us]) => `${k} ${ms(us)}`).join(", ");
    console.log(`  ${ms(t.ts - start).padStart(5)} ms  task ${ms(t.dur).padStart(4)} ms  ${shown}`);
  }
  console.log(`  sums: script ${ms(script)} ms, of which wasm.CompileLazy ${ms(lazy)} ms; layout ${ms(layout)} ms; sum(task - 50 ms) ${ms(blocking)} ms`);
  return { script, lazy, layout, blocking };
}

const totals = [];
for (let run = 1; run <= runs; run++) totals.push(report(await trace(), run));
const median = (key) => {
  const values = totals.map((t) => t[key]).sort((a, b) => a - b);
  return (values[Math.floor(values.length / 2)] / 1000).toFixed(0);
};
console.log(
  `median of ${runs}: script ${median("script")} ms, wasm.CompileLazy ${median("lazy")} ms, layout ${median("layout")} ms, sum(task - 50 ms) ${median("blocking")} ms (CPU ×${throttle}${jsFlags ? `, --js-flags=${jsFlags}` : ""})`,
);
