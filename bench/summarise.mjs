// Turns the raw results of scripts/bench.sh into Markdown.
//
// Usage: node bench/summarise.mjs SECTION --run DIR [--dist DIST]
//
// SECTION is one of:
//   lighthouse  medians of the Lighthouse runs (DIR/lh-mobile-*.json, DIR/lh-desktop-*.json)
//   audits      the audits that cost points, per form factor and category
//   bytes       raw and gzip -9 sizes of the files of DIST, by type
//   scale       first render and filter-change times (DIR/scale-*.json)
//   targets     the targets of the performance issue, met or not
//
// Medians are taken metric by metric over the runs. Sizes are in bytes;
// 1 kB = 1000 bytes; gzip sizes come from `gzip -9 -c FILE`, as in
// scripts/size-report.sh.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { execFileSync } from "node:child_process";

const CATEGORIES = [
  ["performance", "Performance"],
  ["accessibility", "Accessibility"],
  ["best-practices", "Best practices"],
  ["seo", "SEO"],
];
const FORM_FACTORS = [
  ["mobile", "Mobile"],
  ["desktop", "Desktop"],
];
const TARGET_FIRST_LOAD = 20_000;
// With every réalisation's detail written into the page (issue 24), for the
// example.
const TARGET_FIRST_LOAD_WITH_DETAILS = 40_000;
// A filter change at 1,000 réalisations, click → next paint (issue 26).
const PAINT_MEDIAN_MS = 25;
const PAINT_P95_MS = 50;
const FRAME_MS = 16;

function parseArgs(argv) {
  const opts = { section: argv[0], run: null, dist: null };
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === "--run") opts.run = argv[++i];
    else if (argv[i] === "--dist") opts.dist = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

// --- statistics --------------------------------------------------------------

function median(values) {
  const v = values.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function percentile(values, p) {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}

const ms = (x) => (x === null || x === undefined ? "–" : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 100 ? 1 : 0)} ms`);
const kb = (x) => (x === null || x === undefined ? "–" : `${(x / 1000).toFixed(1)} kB`);
const cls = (x) => (x === null || x === undefined ? "–" : x === 0 ? "0" : x < 0.001 ? x.toPrecision(2) : x.toFixed(3));
const int = (x) => (x === null || x === undefined ? "–" : Math.round(x).toLocaleString("en-US"));
const metOrNot = (ok) => (ok === null ? "not measured" : ok ? "**met**" : "**not met**");

// --- Lighthouse --------------------------------------------------------------

function lighthouseRuns(dir, formFactor) {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`lh-${formFactor}-`) && f.endsWith(".json"))
    .sort();
  const runs = [];
  const failed = [];
  for (const f of files) {
    let lhr;
    try {
      lhr = JSON.parse(readFileSync(join(dir, f), "utf8"));
    } catch (e) {
      failed.push(`${f}: ${e.message}`);
      continue;
    }
    if (lhr.runtimeError) {
      failed.push(`${f}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      continue;
    }
    runs.push(lhr);
  }
  return { runs, failed };
}

function isImage(item) {
  return item.resourceType === "Image" || /^image\//.test(item.mimeType || "");
}

function runFigures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const firstLoad = requests.length ? requests.filter((r) => !isImage(r)).reduce((s, r) => s + (r.transferSize || 0), 0) : null;
  const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
  return {
    scores,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes: audit("total-byte-weight"),
    domSize: audit("dom-size"),
    firstLoad,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    longestTask: Math.max(0, ...(lhr.audits["long-tasks"]?.details?.items ?? []).map((t) => t.duration)),
  };
}

function lighthouseMedians(dir) {
  const out = {};
  for (const [ff] of FORM_FACTORS) {
    const { runs, failed } = lighthouseRuns(dir, ff);
    const figures = runs.map(runFigures);
    const pick = (f) => median(figures.map(f));
    out[ff] = {
      runs,
      failed,
      figures,
      scores: Object.fromEntries(CATEGORIES.map(([id]) => [id, pick((x) => x.scores[id])])),
      fcp: pick((x) => x.fcp),
      lcp: pick((x) => x.lcp),
      tbt: pick((x) => x.tbt),
      cls: pick((x) => x.cls),
      bytes: pick((x) => x.bytes),
      firstLoad: pick((x) => x.firstLoad),
      benchmarkIndex: pick((x) => x.benchmarkIndex),
      longestTask: pick((x) => x.longestTask),
      maxCls: figures.length ? Math.max(...figures.map((x) => x.cls ?? 0)) : null,
    };
  }
  return out;
}

function sectionLighthouse(opts) {
  const m = lighthouseMedians(opts.run);
  const lines = [];
  const counts = FORM_FACTORS.map(([ff, label]) => `${label.toLowerCase()} ${m[ff].runs.length}`).join(", ");
  lines.push(`Medians, metric by metric, of the valid runs (${counts}). Mobile is Lighthouse's default (Moto G Power, simulated slow 4G and 4× CPU slowdown); desktop is \`--preset=desktop\`.`);
  lines.push("");
  lines.push("| | Mobile | Desktop |");
  lines.push("|---|---:|---:|");
  for (const [id, label] of CATEGORIES) {
    const cell = (ff) => {
      const per = m[ff].figures.map((x) => x.scores[id]).join(", ");
      return m[ff].scores[id] === null ? "–" : `${m[ff].scores[id]} (${per})`;
    };
    lines.push(`| ${label} (runs) | ${cell("mobile")} | ${cell("desktop")} |`);
  }
  const row = (label, f) => lines.push(`| ${label} | ${f(m.mobile)} | ${f(m.desktop)} |`);
  row("First Contentful Paint", (x) => ms(x.fcp));
  row("Largest Contentful Paint", (x) => ms(x.lcp));
  row("Total Blocking Time", (x) => ms(x.tbt));
  row("Longest main-thread task (`long-tasks`)", (x) => ms(x.longestTask));
  row("Cumulative Layout Shift", (x) => cls(x.cls));
  row("Transferred, all (`total-byte-weight`)", (x) => `${kb(x.bytes)} (${int(x.bytes)} B)`);
  row("Transferred, first load without images", (x) => `${kb(x.firstLoad)} (${int(x.firstLoad)} B)`);
  row("Lighthouse `benchmarkIndex` of the machine", (x) => int(x.benchmarkIndex));
  for (const [ff, label] of FORM_FACTORS) {
    for (const f of m[ff].failed) lines.push("", `${label} run failed: ${f}`);
  }
  lines.push("");
  lines.push("“First load without images” sums the transfer sizes of the `network-requests` audit, leaving out image requests (photo, favicon). `benchmarkIndex` is Lighthouse's measure of the CPU at the time of the runs (higher is faster); a low or varying value means a busy machine.");
  return lines.join("\n");
}

// The page against its "static twin": the same dist with every <script>
// and preload removed, served the same way, its Lighthouse mobile runs
// alternated with the site's (scripts/bench.sh). The ratio of their median
// LCP is what the page's scripts cost its first paint.
function sectionTwin(opts) {
  const site = lighthouseRuns(opts.run, "mobile").runs.map(runFigures);
  const twin = lighthouseRuns(opts.run, "twin-mobile").runs.map(runFigures);
  if (twin.length === 0) return "Not measured.";
  const lcp = (list) => median(list.map((x) => x.lcp));
  const lines = ["| Lighthouse mobile | The site | The static twin |", "|---|---:|---:|"];
  lines.push(`| Runs (alternated) | ${site.length} | ${twin.length} |`);
  lines.push(`| LCP, each run | ${site.map((x) => ms(x.lcp)).join(", ")} | ${twin.map((x) => ms(x.lcp)).join(", ")} |`);
  lines.push(`| **LCP, median** | ${ms(lcp(site))} | ${ms(lcp(twin))} |`);
  lines.push(`| FCP, median | ${ms(median(site.map((x) => x.fcp)))} | ${ms(median(twin.map((x) => x.fcp)))} |`);
  lines.push(`| Transferred, first load without images, median | ${kb(median(site.map((x) => x.firstLoad)))} | ${kb(median(twin.map((x) => x.firstLoad)))} |`);
  const ratio = lcp(site) != null && lcp(twin) ? lcp(site) / lcp(twin) : null;
  lines.push("", `**LCP ratio site / twin: ${ratio === null ? "–" : ratio.toFixed(3)}** (target ≤ 1.05: ${metOrNot(ratio === null ? null : ratio <= 1.05)}).`);
  return lines.join("\n");
}

// The audits that lower a category: weighted audits scored below 1 in at
// least one run; for performance, also the diagnostics Lighthouse flags.
function sectionAudits(opts) {
  const m = lighthouseMedians(opts.run);
  const lines = [];
  for (const [ff, ffLabel] of FORM_FACTORS) {
    const runs = m[ff].runs;
    if (runs.length === 0) continue;
    lines.push(`**${ffLabel}**`, "");
    let any = false;
    for (const [cat, catLabel] of CATEGORIES) {
      const failing = new Map();
      const diagnostics = new Map();
      for (const lhr of runs) {
        for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (!a || a.score === null || a.score >= 1) continue;
          if (["notApplicable", "manual", "informative", "error"].includes(a.scoreDisplayMode)) continue;
          const target = ref.weight > 0 ? failing : a.score < 0.9 ? diagnostics : null;
          if (!target) continue;
          const entry = target.get(ref.id) ?? { title: a.title, weight: ref.weight, scores: [], values: [] };
          entry.scores.push(a.score);
          if (a.displayValue) entry.values.push(a.displayValue);
          target.set(ref.id, entry);
        }
      }
      const score = m[ff].scores[cat];
      if (failing.size === 0 && diagnostics.size === 0) continue;
      any = true;
      lines.push(`- ${catLabel} (median ${score}):`);
      for (const [id, e] of [...failing].sort((a, b) => b[1].weight - a[1].weight)) {
        const value = e.values.length ? ` (${e.values.join(", ")})` : "";
        lines.push(`  - ${e.title} (\`${id}\`, weight ${e.weight}): score ${median(e.scores).toFixed(2)}${value}; below 1 in ${e.scores.length}/${runs.length} runs`);
      }
      if (diagnostics.size) {
        const list = [...diagnostics].map(([id, e]) => `${e.title} (\`${id}\`${e.values.length ? `, ${e.values[0]}` : ""})`);
        lines.push(`  - unweighted diagnostics flagged: ${list.join("; ")}`);
      }
    }
    if (!any) lines.push("- every audit passes");
    lines.push("");
  }
  // Audits that crashed (for instance on a newer Chromium than Lighthouse
  // knows); errored audits count for nothing in the scores.
  const errored = new Map();
  for (const [ff] of FORM_FACTORS) {
    for (const lhr of m[ff].runs) {
      for (const [id, a] of Object.entries(lhr.audits)) {
        if (a.scoreDisplayMode === "error") errored.set(id, (a.errorMessage || "").split("\n")[0]);
      }
    }
  }
  if (errored.size) {
    lines.push("Audits that failed to run (they count for nothing in the scores):", "");
    for (const [id, message] of errored) lines.push(`- \`${id}\`: ${message}`);
  }
  return lines.join("\n").trimEnd();
}

// --- bytes -------------------------------------------------------------------

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === ".stage") continue;
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

function distBytes(dist) {
  const types = { wasm: "wasm", js: "JS", css: "CSS", html: "HTML", json: "JSON" };
  const files = walk(dist)
    .map((full) => {
      const ext = full.split(".").pop().toLowerCase();
      if (!(ext in types)) return null;
      const body = readFileSync(full);
      // Same command as scripts/size-report.sh.
      const gzip = execFileSync("gzip", ["-9", "-c", full], { maxBuffer: 1 << 30 }).length;
      return { path: relative(dist, full), type: types[ext], raw: body.length, gzip };
    })
    .filter(Boolean)
    .sort((a, b) => a.path.localeCompare(b.path));
  // Fetched on every visit: the page and the build's files that its
  // <script src> and <link href> name (a stylesheet or script that
  // `cyberfolio-build page` put inside the page is not fetched). The app's glue,
  // wasm and the portfolio are fetched when the app starts, on the
  // visitor's first interaction or when the réalisations come near the
  // screen (public/init.js).
  const page = readFileSync(join(dist, "index.html"), "utf8");
  const loaded = new Set();
  for (const tag of page.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = tag.match(/\b(?:src|href)=["']?([^"' >]+)/)?.[1];
    if (url) loaded.add(url.split("/").pop());
  }
  const atLoad = (f) => !f.path.includes("/") && loaded.has(f.path);
  const firstLoad = files.filter((f) => f.path === "index.html" || atLoad(f));
  const named = (f) => !f.path.includes("/") && page.includes(f.path);
  // The app's glue and wasm, which the page names (on the app's marker)
  // without loading them, and the portfolio.
  const appStart = files.filter(
    (f) => f.path === "data/portfolio.json" || ((f.type === "wasm" || f.type === "JS") && named(f) && !atLoad(f)),
  );
  return { files, types: Object.values(types), firstLoad, appStart };
}

function sectionBytes(opts) {
  const { files, types, firstLoad, appStart } = distBytes(opts.dist);
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  const lines = ["| Type | Files | Raw | gzip -9 |", "|---|---:|---:|---:|"];
  for (const t of types) {
    const list = files.filter((f) => f.type === t);
    lines.push(`| ${t} | ${list.length} | ${int(sum(list, "raw"))} | ${int(sum(list, "gzip"))} |`);
  }
  lines.push(`| **Total** | ${files.length} | ${int(sum(files, "raw"))} | ${int(sum(files, "gzip"))} |`);
  lines.push(`| **First load** (${firstLoad.map((f) => f.path.replace(/-[0-9a-f]{12,16}(?=[._])/, "")).join(", ")}) | ${firstLoad.length} | ${int(sum(firstLoad, "raw"))} | ${int(sum(firstLoad, "gzip"))} |`);
  lines.push(`| **When the app starts** (${appStart.map((f) => f.path.replace(/-[0-9a-f]{12,16}(?=[._])/, "")).join(", ")}) | ${appStart.length} | ${int(sum(appStart, "raw"))} | ${int(sum(appStart, "gzip"))} |`);
  const visit = [...firstLoad, ...appStart];
  lines.push(`| **A jury's whole visit** (the first load, then the app) | ${visit.length} | ${int(sum(visit, "raw"))} | ${int(sum(visit, "gzip"))} |`);
  lines.push("", "Per file:", "", "| File | Raw | gzip -9 |", "|---|---:|---:|");
  for (const f of files) lines.push(`| \`${f.path}\` | ${int(f.raw)} | ${int(f.gzip)} |`);
  lines.push("", "Bytes; hashed file names as built. Images, PDFs and other documents are not counted.");
  return lines.join("\n");
}

// --- scale -------------------------------------------------------------------

function scaleResults(dir) {
  return readdirSync(dir)
    .filter((f) => f.startsWith("scale-") && f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, ...JSON.parse(readFileSync(join(dir, f), "utf8")) }));
}

function scaleFigures(r) {
  const loads = r.loads.filter((l) => !l.error);
  const changes = (r.changes ?? []).filter((c) => !c.error && c.update !== null);
  const measures = (r.changes ?? []).flatMap((c) => c.measures ?? []);
  const stats = (values) => ({ median: median(values), p95: percentile(values, 95), max: values.length ? Math.max(...values) : null });
  return {
    cards: median(loads.map((l) => l.cardsTotal)),
    jsonBytes: median(loads.map((l) => l.jsonBytes)),
    loads: loads.length,
    fcp: median(loads.map((l) => l.fcp)),
    shiftSum: loads.some((l) => Array.isArray(l.shifts)) ? median(loads.map((l) => (l.shifts ?? []).reduce((s, e) => s + e.value, 0))) : null,
    shiftSources: [...new Set(loads.flatMap((l) => (l.shifts ?? []).flatMap((e) => e.sources.map((src) => `\`${src.node}\` (${src.from.join(",")} → ${src.to.join(",")})`))))],
    jsonEnd: median(loads.map((l) => l.jsonEnd)),
    firstCard: median(loads.map((l) => l.firstCard)),
    painted: median(loads.map((l) => l.painted)),
    startToLive: median(loads.filter((l) => l.live !== null && l.started !== null).map((l) => l.live - l.started)),
    changes: changes.length,
    unchanged: (r.changes ?? []).length - changes.length,
    shown: changes.length ? [Math.min(...changes.map((c) => c.after)), Math.max(...changes.map((c) => c.after))] : null,
    handler: stats(changes.map((c) => c.handler)),
    update: stats(changes.map((c) => c.update)),
    nextFrameStart: stats(changes.map((c) => c.nextFrameStart)),
    paintedFrameEnd: stats(changes.map((c) => c.paintedFrameEnd)),
    floorFrameEnd: stats(changes.filter((c) => c.floorFrameEnd != null).map((c) => c.floorFrameEnd)),
    withinFrame: changes.filter((c) => c.update <= FRAME_MS).length,
    paintedWithinFrame: changes.filter((c) => c.paintedFrameEnd !== null && c.paintedFrameEnd <= FRAME_MS).length,
    measures: stats(measures),
    measureCount: measures.length,
  };
}

function sectionScale(opts) {
  const results = scaleResults(opts.run);
  if (results.length === 0) return "Not measured (`--scale 0`).";
  const lines = [];
  const figs = results.map((r) => ({ r, f: scaleFigures(r) }));
  const label = ({ r, f }) => `${int(f.cards)} réalisations${r.cpuThrottle > 1 ? `, CPU ×${r.cpuThrottle}` : ""}`;
  lines.push(`Headless ${results[0].browser}, 1350×940 viewport, no network throttling, cache disabled; times from navigation start (first render) or from the click (filter change).`);
  lines.push("");
  lines.push(`| | ${figs.map(label).join(" | ")} |`);
  lines.push(`|---|${figs.map(() => "---:").join("|")}|`);
  const row = (name, f) => lines.push(`| ${name} | ${figs.map((x) => f(x.f)).join(" | ")} |`);
  row("`data/portfolio.json` (transferred)", (f) => kb(f.jsonBytes));
  row("Page loads (medians below)", (f) => int(f.loads));
  row("First Contentful Paint", (f) => ms(f.fcp));
  row("`portfolio.json` received (the app started after the load)", (f) => ms(f.jsonEnd));
  row("**First render**: cards in the DOM", (f) => ms(f.firstCard));
  row("First render: end of the frame that paints them", (f) => ms(f.painted));
  row("App started after the load: live (filters work) after", (f) => ms(f.startToLive));
  row("Layout shifts during load (sum, before any click)", (f) => cls(f.shiftSum));
  row("Filter changes measured", (f) => `${f.changes}${f.unchanged ? ` (+${f.unchanged} without list change)` : ""}`);
  row("Cards shown after the changes (min–max)", (f) => (f.shown ? `${f.shown[0]}–${f.shown[1]}` : "–"));
  for (const [key, name] of [
    ["handler", "Click handler returns"],
    ["update", "**Filter change**: list updated in the DOM"],
    ["paintedFrameEnd", "**Filter change: click → next paint** (end of the frame that paints it)"],
    ["floorFrameEnd", "Plain-JS floor: the same `hidden` changes set by a script → next paint"],
  ]) {
    row(`${name}, median / p95 / max`, (f) => `${ms(f[key].median)} / ${ms(f[key].p95)} / ${ms(f[key].max)}`);
  }
  const ratio = (a, b) => (a == null || b == null || b === 0 ? "–" : `${(a / b).toFixed(2)}×`);
  row("Click → next paint ÷ plain-JS floor, median / p95", (f) => `${ratio(f.paintedFrameEnd.median, f.floorFrameEnd.median)} / ${ratio(f.paintedFrameEnd.p95, f.floorFrameEnd.p95)}`);
  row(`Changes with the list updated within ${FRAME_MS} ms`, (f) => `${f.withinFrame}/${f.changes}`);
  row(`Changes painted within ${FRAME_MS} ms`, (f) => `${f.paintedWithinFrame}/${f.changes}`);
  row("`cyberfolio:filter` measures, median / p95 / max", (f) => (f.measureCount ? `${ms(f.measures.median)} / ${ms(f.measures.p95)} / ${ms(f.measures.max)} (${f.measureCount})` : "none emitted"));
  for (const x of figs) {
    if (x.f.shiftSources.length) lines.push("", `Elements that shifted during load (${label(x)}; x,y,width,height before → after): ${x.f.shiftSources.slice(0, 10).join("; ")}.`);
  }
  const traced = figs.filter(({ r }) => r.trace?.length);
  if (traced.length) {
    lines.push("", "Where the time of one filter change goes (Chromium trace, main thread, milliseconds):", "");
    const names = Object.keys(traced[0].r.traceLabels);
    const columns = traced.flatMap(({ r, f }) => r.trace.map((t) => ({ title: `${label({ r, f })}: ${t.code} ${t.checked ? "on" : "off"} (${t.before}→${t.after})`, t })));
    lines.push(`| Event | ${columns.map((c) => c.title).join(" | ")} |`);
    lines.push(`|---|${columns.map(() => "---:").join("|")}|`);
    for (const n of names) lines.push(`| ${traced[0].r.traceLabels[n]} (\`${n}\`) | ${columns.map((c) => (c.t.events[n] ?? 0).toFixed(1)).join(" | ")} |`);
  }
  return lines.join("\n");
}

// --- targets -----------------------------------------------------------------

function sectionTargets(opts) {
  const m = lighthouseMedians(opts.run);
  const lines = ["| Target | Measured | |", "|---|---|---|"];
  const mobile = m.mobile;
  if (mobile.runs.length) {
    const scores = CATEGORIES.map(([id]) => mobile.scores[id]);
    lines.push(`| 100/100/100/100 on mobile (median) | ${scores.join("/")} | ${metOrNot(scores.every((s) => s === 100))} |`);
    lines.push(`| CLS 0 (every run, mobile and desktop) | max ${cls(Math.max(m.mobile.maxCls ?? 0, m.desktop.maxCls ?? 0))} | ${metOrNot(m.mobile.maxCls === 0 && (m.desktop.runs.length === 0 || m.desktop.maxCls === 0))} |`);
    lines.push(`| First load ≤ 20 kB gzip without images (Lighthouse mobile, transferred) | ${kb(mobile.firstLoad)} | ${metOrNot(mobile.firstLoad === null ? null : mobile.firstLoad <= TARGET_FIRST_LOAD)} |`);
    const dom = median(mobile.figures.map((x) => x.domSize));
    lines.push(`| DOM size of the page, every réalisation's detail included (Lighthouse mobile \`dom-size\`, median) | ${dom === null ? "–" : int(dom) + " elements"} | reported |`);
    const site = mobile.figures.map((x) => x.lcp);
    const twin = lighthouseRuns(opts.run, "twin-mobile").runs.map((r) => runFigures(r).lcp);
    const ratio = median(site) != null && median(twin) ? median(site) / median(twin) : null;
    lines.push(`| LCP ≤ 1.05 × the static twin's (mobile, medians of alternated runs) | ${ratio === null ? "–" : ratio.toFixed(3)} | ${metOrNot(ratio === null ? null : ratio <= 1.05)} |`);
  } else {
    lines.push("| Lighthouse targets | no valid run | not measured |");
  }
  if (opts.dist) {
    const { firstLoad } = distBytes(opts.dist);
    const gz = firstLoad.reduce((s, f) => s + f.gzip, 0);
    lines.push(`| First load ≤ 20 kB gzip (dist files, gzip -9) | ${kb(gz)} | ${metOrNot(gz <= TARGET_FIRST_LOAD)} |`);
    lines.push(`| First load ≤ 40 kB gzip with every réalisation's detail in the page (dist files, gzip -9) | ${kb(gz)} | ${metOrNot(gz <= TARGET_FIRST_LOAD_WITH_DETAILS)} |`);
  }
  const scale = opts.run ? scaleResults(opts.run).filter((r) => r.cpuThrottle <= 1) : [];
  const big = scale.map((r) => ({ r, f: scaleFigures(r) })).sort((a, b) => b.f.cards - a.f.cards)[0];
  if (big && big.f.cards >= 1000) {
    lines.push(`| Filter change ≤ ${FRAME_MS} ms at ${int(big.f.cards)} réalisations (list updated, p95 over ${big.f.changes}) | median ${ms(big.f.update.median)}, p95 ${ms(big.f.update.p95)} | ${metOrNot(big.f.update.p95 <= FRAME_MS)} |`);
    const painted = big.f.paintedFrameEnd;
    lines.push(`| Filter change at ${int(big.f.cards)} réalisations, click → next paint ≤ ${PAINT_MEDIAN_MS} ms median, ≤ ${PAINT_P95_MS} ms p95 | median ${ms(painted.median)}, p95 ${ms(painted.p95)} (plain-JS floor ${ms(big.f.floorFrameEnd.median)}, ${ms(big.f.floorFrameEnd.p95)}) | ${metOrNot(painted.median <= PAINT_MEDIAN_MS && painted.p95 <= PAINT_P95_MS)} |`);
  } else {
    lines.push(`| Filter change ≤ ${FRAME_MS} ms at 1,000 réalisations | – | not measured |`);
  }
  return lines.join("\n");
}

const opts = parseArgs(process.argv.slice(2));
const sections = { lighthouse: sectionLighthouse, twin: sectionTwin, audits: sectionAudits, bytes: sectionBytes, scale: sectionScale, targets: sectionTargets };
if (!(opts.section in sections)) {
  console.error(`usage: node bench/summarise.mjs (${Object.keys(sections).join("|")}) --run DIR [--dist DIST]`);
  process.exit(2);
}
if ((opts.section === "bytes" && !opts.dist) || (opts.section !== "bytes" && !opts.run)) {
  console.error(`summarise: ${opts.section} needs ${opts.section === "bytes" ? "--dist" : "--run"}`);
  process.exit(2);
}
console.log(sections[opts.section](opts));
