// The presentation mode (presentation.html, written by `cyberfolio build`):
// one slide at a time, the slide's number in the address
// (`?presentation=4`: a reload keeps it, Back and Forward move between
// slides), the keys and a swipe, and the time elapsed against the ten
// minutes of the épreuve E5. Without this script, the slides read one
// after the other. Inside the page, allowed by its hash.

const root = document.documentElement;
const deck = document.querySelector("[data-deck]");
const slides = [...document.querySelectorAll(".deck > .slide")];
const presenter = document.querySelector(".presenter");
const total = slides.length;
const leave = document.querySelector("[data-deck-leave]")?.getAttribute("href") ?? "./";

root.dataset.deckLive = "";
if (presenter) presenter.hidden = false;

// The slide the address names, from 1, kept within the deck.
function named() {
  const n = Number.parseInt(new URLSearchParams(location.search).get("presentation") ?? "", 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), total) : 1;
}
let current = 0;
function show(n, how) {
  current = n;
  slides.forEach((slide, i) => (slide.hidden = i !== n - 1));
  const count = document.querySelector("[data-deck-current]");
  if (count) count.textContent = String(n);
  for (const link of document.querySelectorAll("[data-deck-step]")) {
    const to = Math.min(Math.max(n + Number(link.dataset.deckStep), 1), total);
    link.setAttribute("href", "?presentation=" + to);
    link.toggleAttribute("aria-disabled", to === n);
  }
  const address = "?presentation=" + n;
  if (how === "push" && location.search !== address) history.pushState(null, "", address);
  if (how === "replace") history.replaceState(null, "", address + location.hash);
}
function go(n) {
  show(Math.min(Math.max(n, 1), total), "push");
}
show(named(), "replace");
addEventListener("popstate", () => show(named()));

// A réalisation's detail is the target of the address (`#r-<id>`), over
// its slide; Escape, or its link back, returns to the slide.
const detailOpen = () => document.querySelector(".written-detail:target") !== null;
let openedHere = false;
function openDetail() {
  const id = slides[current - 1]?.dataset.realisation;
  if (!id) return;
  openedHere = true;
  location.hash = "r-" + id;
}
function closeDetail() {
  if (!detailOpen()) return;
  if (openedHere) {
    openedHere = false;
    history.back();
  } else {
    location.replace("#diapo-" + current);
  }
}
document.addEventListener("click", (event) => {
  const link = event.target.closest?.("a[href]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (link.matches("[data-deck-step]")) {
    event.preventDefault();
    go(current + Number(link.dataset.deckStep));
  } else if (link.matches("[data-deck-detail]")) {
    event.preventDefault();
    openDetail();
  } else if (link.closest(".written-detail .back")) {
    event.preventDefault();
    closeDetail();
  }
});

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  // Typing in a field is not a command; on a button (« Remettre à zéro »)
  // the keys still move the slides.
  if (event.target.closest?.("input, textarea, select, [contenteditable]") && event.key !== "Escape") return;
  const inDetail = detailOpen();
  switch (event.key) {
    case "Escape":
      if (inDetail) closeDetail();
      else location.href = leave;
      break;
    case "d":
    case "D":
      if (!inDetail) openDetail();
      return;
    case "ArrowRight":
    case "PageDown":
    case " ":
      if (inDetail) return;
      go(current + 1);
      break;
    case "ArrowLeft":
    case "PageUp":
      if (inDetail) return;
      go(current - 1);
      break;
    case "Home":
      if (inDetail) return;
      go(1);
      break;
    case "End":
      if (inDetail) return;
      go(total);
      break;
    default:
      return;
  }
  event.preventDefault();
});

// A swipe on a tablet: left for the next slide, right for the previous.
let touch = null;
addEventListener("touchstart", (event) => {
  touch = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
}, { passive: true });
addEventListener("touchend", (event) => {
  if (!touch || detailOpen()) return;
  const dx = event.changedTouches[0].clientX - touch.x;
  const dy = event.changedTouches[0].clientY - touch.y;
  touch = null;
  if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return;
  go(current + (dx < 0 ? 1 : -1));
}, { passive: true });

// The time since the presentation started, against the ten minutes: amber
// from 8:00, red from 10:00. A reload, Back or Forward keeps it (for the
// tab); opening the presentation again (from the site, a link) restarts
// it, and so does « Remettre à zéro ».
const START_KEY = "cyberfolio-presentation-start";
const timer = document.querySelector("[data-deck-timer]");
let started = Date.now();
try {
  const how = performance.getEntriesByType("navigation")[0]?.type;
  const stored = Number(sessionStorage.getItem(START_KEY));
  if ((how === "reload" || how === "back_forward") && stored > 0 && stored <= started) started = stored;
  else sessionStorage.setItem(START_KEY, String(started));
} catch {
  // Storage refused: the time counts from this load.
}
function tick() {
  const seconds = Math.floor((Date.now() - started) / 1000);
  const text = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  const time = timer?.querySelector("time");
  if (time) {
    time.textContent = text;
    time.dateTime = "PT" + seconds + "S";
  }
  timer?.classList.toggle("late", seconds >= 480 && seconds < 600);
  timer?.classList.toggle("over", seconds >= 600);
}
tick();
setInterval(tick, 1000);
document.querySelector("[data-deck-restart]")?.addEventListener("click", (event) => {
  // The focus leaves the button: Space moves the slides again.
  event.currentTarget.blur();
  started = Date.now();
  try {
    sessionStorage.setItem(START_KEY, String(started));
  } catch {
    // The time counts from now, for this load.
  }
  tick();
});
