// Runs before the app, and starts it when the visitor needs it. `cyberfolio
// meta` puts this module inside the built page, allowed by its SHA-256 in the
// Content-Security-Policy (no 'unsafe-inline'): the page's first load is the
// page alone.
//
// Trunk replaces <link data-trunk rel="rust"> with the marker element of
// `pattern_script` (Trunk.toml), which carries the hashed file names, and
// still injects <link rel="modulepreload"> and <link rel="preload"> with their
// integrity hashes; `cyberfolio-build page` moves those hashes to the marker and
// removes the preloads. This module reads the marker.

// The presentation mode has a page of its own, beside this one
// (presentation.html, written by the build): `?presentation=4` here opens
// its slide 4.
const presenting = new URLSearchParams(location.search).has("presentation");
if (presenting) location.replace("presentation.html" + location.search + location.hash);

const marker = document.querySelector('meta[name="cyberfolio-app"]');
// The offline copy (`portfolio-hors-ligne.zip`, opened from a folder): no
// app to start, its filters are CSS over the written form, and the links
// to views stay inside the page (crates/build/src/offline.rs).
const offline = document.documentElement.hasAttribute("data-offline");
const absolute = (url) => new URL(url, document.baseURI).href;

function preloadFor(url) {
  for (const link of document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')) {
    if (link.href === url) return link;
  }
  return null;
}

function fail(error) {
  console.error("Cyberfolio could not start:", error);
  window.cyberfolioFailed = true; // view links are plain links again
  // What to say is written in the page (the static shell of index.html,
  // or the written filters, from the table of texts of the build).
  const shell = document.querySelector("#app .shell[data-start-failed]");
  if (shell) {
    shell.querySelector("p").textContent = shell.dataset.startFailed;
    return;
  }
  // The page written at build time stays readable, the réalisations
  // included: say what they lack, in place of the filters that cannot work.
  const filters = document.querySelector("#realisations form[data-written]");
  if (!filters) return;
  const notice = document.createElement("p");
  notice.className = "start-failed";
  notice.setAttribute("role", "alert");
  notice.textContent = filters.dataset.startFailed;
  filters.before(notice);
  filters.hidden = true;
}

// The light/dark switch, here rather than in the app: it works from the
// first click, before the app has started (the first click is often this
// one), and shows the right state at once. Without a choice from the
// visitor, the page follows the portfolio's default (`data-default-theme`,
// written by `cyberfolio-build page`), then the system's preference as it
// changes. A choice equal to what the page would show anyway is forgotten
// rather than stored: switching back is how a visitor returns to following
// them. The choice is kept under the key that the page's first script
// reads (`THEME_STORAGE_KEY` in crates/model/src/meta.rs; a test of
// crates/cli checks that they match); where storage is refused, it lasts
// as long as the page.
const THEME_KEY = "cyberfolio-theme";
const root = document.documentElement;
const systemDark = matchMedia("(prefers-color-scheme: dark)");
const defaultDark = () => {
  const theme = root.dataset.defaultTheme;
  return theme === "dark" || (theme !== "light" && systemDark.matches);
};
let themeChoice = null;
try {
  const stored = localStorage.getItem(THEME_KEY);
  if (stored === "dark" || stored === "light") themeChoice = stored;
} catch {
  // Storage refused: no stored choice.
}
function showTheme() {
  const dark = themeChoice ? themeChoice === "dark" : defaultDark();
  root.dataset.theme = dark ? "dark" : "light";
  for (const button of document.querySelectorAll(".theme-switch")) {
    button.setAttribute("aria-pressed", String(dark));
    const icon = button.querySelector("[aria-hidden]");
    if (icon) icon.textContent = dark ? "☾" : "☀";
  }
}
showTheme();
systemDark.addEventListener("change", showTheme);
document.addEventListener("click", (event) => {
  if (!event.target.closest?.(".theme-switch")) return;
  const dark = root.dataset.theme !== "dark";
  themeChoice = dark === defaultDark() ? null : dark ? "dark" : "light";
  try {
    if (themeChoice) localStorage.setItem(THEME_KEY, themeChoice);
    else localStorage.removeItem(THEME_KEY);
  } catch {
    // Storage refused: the choice lasts as long as the page.
  }
  showTheme();
});

// A printout shows what closed <details> hold (sub-competencies, mentions
// légales): print CSS cannot open them. They close again afterwards. Plain
// script rather than app code: it needs nothing from the app, and costs the
// wasm nothing.
let openedForPrint = [];
addEventListener("beforeprint", () => {
  openedForPrint = [...document.querySelectorAll("details:not([open])")];
  for (const details of openedForPrint) details.open = true;
});
addEventListener("afterprint", () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
});

// The tableau's two controls, in the page that `cyberfolio-build page` writes:
// print the tableau alone, and show its sub-competencies. They need nothing
// from the portfolio, so they work before the app has started, and without
// it; the wasm carries none of this.
const subsBox = 'input[data-tableau="subs"]';
const showSubs = (box) =>
  document.querySelector("table.tableau")?.classList.toggle("with-subs", box.checked);
document.addEventListener("change", (event) => {
  if (event.target.matches?.(subsBox)) showSubs(event.target);
});
// A reload or Back may give the box back its state.
addEventListener("pageshow", () => {
  const box = document.querySelector(subsBox);
  if (box) showSubs(box);
});
document.addEventListener("click", (event) => {
  if (!event.target.closest?.('[data-tableau="print"]')) return;
  document.body.classList.add("print-tableau");
  print();
});
// Not when print() returns: on phones it returns before the page is laid
// out for printing.
addEventListener("afterprint", () => document.body.classList.remove("print-tableau"));

// A link to a view (`?r=…`, `?c=…`, written into the page by `cyberfolio
// meta`) clicked before the app has started: its address is taken in
// place, without reloading the page at its top, and the app shows that
// view when it starts (it reads the address). Once started, the app
// follows these links itself (src/view_links.rs).
document.addEventListener("click", (event) => {
  if (offline) return followInPage(event);
  if (window.cyberfolioFollowsLinks || window.cyberfolioFailed) return;
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const href = event.target.closest?.("a[href]")?.getAttribute("href");
  if (!href?.startsWith("?")) return;
  event.preventDefault();
  // As the app does, a link without an anchor keeps the page's, and a
  // link with one (a competency's réalisations) leads there. A
  // réalisation's anchor (`#r-<id>`) is its detail written into the page,
  // for a visitor without the app: the app shows it in its dialog instead.
  let anchor = href.includes("#") ? href.slice(href.indexOf("#") + 1) : "";
  const view = anchor.startsWith("r-") ? href.slice(0, href.indexOf("#")) : href;
  if (anchor.startsWith("r-")) anchor = "";
  history.pushState(null, "", anchor ? view : view + location.hash);
  showAddressInForm();
  if (anchor) document.getElementById(anchor)?.scrollIntoView();
});

// In the offline copy, a link to a view shows it in the page, without
// loading the page again from its folder: a réalisation's link goes to its
// written detail (`#r-<id>`), a competency's ticks it alone in the form,
// whose CSS filters the cards, and goes to the réalisations.
function followInPage(event) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const href = event.target.closest?.("a[href]")?.getAttribute("href");
  if (!href?.startsWith("?")) return;
  event.preventDefault();
  const hash = href.indexOf("#");
  const anchor = hash < 0 ? "" : href.slice(hash + 1);
  if (anchor.startsWith("r-")) {
    location.hash = anchor;
    return;
  }
  showInForm(new URLSearchParams(hash < 0 ? href : href.slice(0, hash)));
  const target = anchor || "realisations";
  if (location.hash === "#" + target) document.getElementById(target)?.scrollIntoView();
  else location.hash = target;
}

// Whether the visitor has moved in the page (wheel, touch, keys) before the
// app has mounted its parts: the app then leaves the reading position
// alone rather than going back to the address's anchor.
for (const type of ["wheel", "touchstart", "keydown"]) {
  addEventListener(type, () => (window.cyberfolioMoved = true), { capture: true, passive: true, once: true });
}

// The header's height, for the stylesheet (scroll-padding-top: a section a
// link leads to clears the sticky header) and the app's scroll spy. The
// header wraps to two rows on narrow screens or with a long name.
function measureHeader() {
  const height = Math.ceil(document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0);
  if (height > 0) root.style.setProperty("--header-height", height + "px");
}
measureHeader();
addEventListener("resize", measureHeader);

// The written réalisations' form (`data-written`), until the app's takes
// its place: it shows the filter the address names, and a filter chosen in
// it goes into the address, as the app writes it (`?c=B1.1,B1.4&m=toutes`…);
// the app reads the address when it starts, and shows that view. The
// address is read as the app reads it, in short: any case, and a
// sub-competency (`B1.1.4`) for its competency; the app's list is the
// authority once it has started.
const writtenForm = () => document.querySelector("#realisations form[data-written]");
const showAddressInForm = () => showInForm(new URLSearchParams(location.search));
function showInForm(query) {
  const form = writtenForm();
  if (!form) return;
  const codes = (query.get("c") ?? "").split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
  for (const box of form.querySelectorAll('input[name="c"]')) {
    box.checked = codes.some((code) => code === box.value || code.startsWith(box.value + "."));
  }
  const all = query.get("m") === "toutes";
  for (const radio of form.querySelectorAll('input[name="m"]')) radio.checked = (radio.value === "toutes") === all;
  const cadre = form.querySelector('select[name="cadre"]');
  if (cadre) cadre.value = [...cadre.options].some((o) => o.value === query.get("cadre")) ? query.get("cadre") : "";
  const search = form.querySelector('input[name="q"]');
  if (search) search.value = query.get("q") ?? "";
  showClearable(form);
}
// « Tout effacer » can be used when there is something to clear.
function showClearable(form) {
  const clear = form.querySelector("button.clear-filters");
  if (!clear) return;
  const data = new FormData(form);
  clear.disabled = !(data.getAll("c").length || data.get("m") === "toutes" || data.get("cadre") || data.get("q"));
}
showAddressInForm();
// Enter in the search box: the app's form does not submit either.
document.addEventListener("submit", (event) => {
  if (event.target.matches?.("#realisations form.filters")) event.preventDefault();
});
// « Tout effacer » and « Copier le lien » of the written form.
document.addEventListener("click", (event) => {
  const form = writtenForm();
  const button = form && event.target.closest?.("button");
  if (!button || !form.contains(button)) return;
  if (button.matches(".clear-filters")) {
    form.reset();
    filterChosen({ target: form });
    form.querySelector('input[name="c"]')?.focus();
  } else if (button.matches(".copy-link")) {
    const said = form.querySelector(".copied");
    const copied = navigator.clipboard?.writeText(location.href) ?? Promise.reject(new Error("no clipboard"));
    copied.then(
      () => (said.textContent = form.dataset.copied),
      () => (said.textContent = form.dataset.copyFailed),
    );
  }
});
// A value in the address, encoded as the model's `percent_encode` does
// (everything but letters, digits and `-_.~`), so that the address is the
// one the app would write for the same view (tests/e2e/identity.rs).
const encode = (value) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
function filterChosen(event) {
  const form = event.target.closest?.("#realisations form[data-written]");
  if (!form) return;
  showClearable(form);
  const said = form.querySelector(".copied");
  if (said) said.textContent = "";
  const data = new FormData(form);
  const parts = [];
  const codes = data.getAll("c");
  if (codes.length) parts.push("c=" + codes.map(encode).join(","));
  if (data.get("m") === "toutes") parts.push("m=toutes");
  if (data.get("cadre")) parts.push("cadre=" + encode(data.get("cadre")));
  if (data.get("q")) parts.push("q=" + encode(data.get("q")));
  // A copy opened from a folder has no address to share.
  if (offline) return;
  if (new URLSearchParams(location.search).has("verifier")) parts.push("verifier");
  const query = parts.length ? "?" + parts.join("&") : location.pathname;
  history.replaceState(null, "", query + "#realisations");
}
document.addEventListener("change", filterChosen);
document.addEventListener("input", filterChosen);

// The app (the wasm and the portfolio it reads) starts when the visitor
// needs it: everything else is in the page already. A reader of the
// accueil on a phone downloads neither; the app is there by the time the
// réalisations come near the screen, or from the visitor's first
// interaction (a click, a key, a touch, the wheel), or at once when the
// address names a view (`?c=…`, `?r=…`, `#realisations`).
// Not in a page where the build wrote the portfolio's errors in place of
// the site: there is nothing for the app to show.
const refused = document.querySelector("[data-build-errors]") !== null;
let started = false;
async function start() {
  if (started || refused || offline) return;
  started = true;
  // The portfolio downloads while the wasm does: the app takes this response
  // for its first load (src/loader.rs) instead of asking once it has started.
  // Same request as the app's: revalidated, and given up after 15 s.
  // The body is read as it arrives, so that the 15 s bound the download only:
  // left unread until the app starts, a body received long before would
  // still be aborted at 15 s on a connection where the wasm takes longer.
  const portfolio = "data/portfolio.json";
  const signal = AbortSignal.timeout(15000);
  const response = fetch(absolute(portfolio), { cache: "no-cache", signal }).then(async (r) => {
    const hasBody = r.ok && r.status !== 204 && r.status !== 205;
    const body = hasBody ? await r.arrayBuffer() : null;
    return new Response(body, { status: r.status, statusText: r.statusText, headers: r.headers });
  });
  response.catch(() => {}); // the app reports the failure, not the console
  window.cyberfolioPreload = { url: portfolio, response, signal };

  try {
    if (!marker) throw new Error('missing <meta name="cyberfolio-app">');
    const jsUrl = absolute(marker.dataset.js);
    const wasmUrl = absolute(marker.dataset.wasm);
    // The glue and the wasm download together, each checked against its
    // integrity hash, which `cyberfolio-build page` moves from Trunk's preloads
    // to the marker: preloaded from the head, they took bandwidth from the
    // page itself, which needs neither to paint.
    const integrityOf = (url, name) => marker.dataset[name] ?? preloadFor(url)?.integrity ?? "";
    const wasmIntegrity = integrityOf(wasmUrl, "wasmIntegrity");
    const wasmResponse = fetch(wasmUrl, wasmIntegrity ? { integrity: wasmIntegrity } : {});
    wasmResponse.catch(() => {}); // reported below, if the glue got that far
    await verifiedModule(jsUrl, integrityOf(jsUrl, "jsIntegrity"));
    const bindings = await import(jsUrl);
    const wasm = await bindings.default({ module_or_path: wasmResponse });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  } catch (error) {
    fail(error);
  }
}
// A module fetched and checked against its integrity hash by a
// <link rel=modulepreload integrity=…> made now: import() then takes it
// from the page's module map, checked, rather than fetching it unchecked.
// A browser without modulepreload (Safari before 17, Firefox before 115)
// would fire neither load nor error: there, the glue is imported as Trunk's
// own loader does, from the site's origin only (the CSP's script-src).
function verifiedModule(url, integrity) {
  const supported = document.createElement("link").relList?.supports?.("modulepreload");
  if (!integrity || !supported || preloadFor(url)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "anonymous";
    link.integrity = integrity;
    link.href = url;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${url} could not be loaded, or does not match its integrity hash`));
    document.head.append(link);
  });
}
// For the tests and the benchmark: start as a visitor's action would.
window.cyberfolioStart = start;

// The author view (`?verifier`): the warnings `cyberfolio-build page` wrote,
// hidden unless the address asks for them.
const verifier = document.getElementById("verifier");
const showVerifier = () => {
  if (verifier) verifier.hidden = !new URLSearchParams(location.search).has("verifier");
};
showVerifier();
// Back and Forward: the panel, and the written form until the app's takes
// its place, follow the address. Not in the offline copy, whose address
// never carries the form's state: a link's anchor changes it alone.
addEventListener("popstate", () => {
  showVerifier();
  if (!offline) showAddressInForm();
});

// An address that names a réalisation's written detail only (`#r-<id>`,
// copied from a page without the app): the app shows it in its dialog.
try {
  const query = new URLSearchParams(location.search);
  if (!offline && location.hash.startsWith("#r-") && !query.has("r")) {
    query.set("r", decodeURIComponent(location.hash.slice(3)));
    history.replaceState(null, "", "?" + query + location.hash);
  }
} catch {
  // A malformed escape: the written detail, if any, stays the target.
}

const section = document.getElementById("realisations");
const named = location.search.length > 1 || location.hash === "#realisations";
if (refused || offline || presenting) {
  // Nothing to start.
} else if (named || !section || !("IntersectionObserver" in window)) {
  start();
} else {
  for (const type of ["pointerdown", "keydown", "touchstart", "wheel"]) {
    addEventListener(type, start, { capture: true, passive: true, once: true });
  }
  // Within a screen's height of the réalisations, before the visitor is there.
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      start();
    },
    { rootMargin: "100% 0px" },
  );
  near.observe(section);
}
