#!/usr/bin/env bash
# Takes the README screenshots from a real release build, with headless Chromium.
#   bash scripts/screenshots.sh [DIST_DIR] [OUT_DIR]
#
# DIST_DIR  a release build made with `--public-url /cyberfolio/`
#           (default: target/e2e-dist, which `bash scripts/test.sh` builds)
# OUT_DIR   where the PNGs go (default: docs/screenshots)
# CHROMIUM  environment variable: the browser to use (default: chromium,
#           chromium-browser, google-chrome-stable or google-chrome on PATH)
#
# Writes desktop.png (1280x800), mobile.png (375x812), filtered.png (the
# réalisations filtered on B1.4, 1280x800) and dark.png (1280x800, system
# dark mode). The build is served under /cyberfolio/ by Python's http.server
# on 127.0.0.1, on a free port, and the server is stopped on exit. PNGs are
# shrunk with pngquant and optipng when they are installed; without them they
# are written as Chromium makes them.
#
# Two facts about headless Chromium that this script relies on or works around:
# - With --screenshot, --window-size is the exact CSS viewport (375 px gives
#   innerWidth 375). Other modes (--dump-dom, --remote-debugging-port) keep a
#   500 px minimum window width, so they cannot measure a phone viewport. The
#   script checks every size with a probe page before taking the screenshots.
# - The site renders after fetching data/portfolio.json, so the browser's own
#   jump to a #fragment happens before the section exists and the page stays
#   at the top. And a page that scrolls itself comes out blank with
#   --screenshot. So a shot with a #fragment loads the unchanged page in a
#   full-window iframe of /frame.html (served next to /cyberfolio/, not from
#   DIST_DIR), which scrolls the iframe to the fragment once it is rendered.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() { echo "error: $*" >&2; exit 1; }

# name | width | height | path under the server root | extra Chromium flags
SHOTS=(
  "desktop|1280|800|/cyberfolio/|"
  "mobile|375|812|/cyberfolio/|"
  "filtered|1280|800|/cyberfolio/?c=B1.4#realisations|"
  "dark|1280|800|/cyberfolio/|--force-dark-mode"
)

DIST_ARG="${1:-$REPO/target/e2e-dist}"
OUT_ARG="${2:-$REPO/docs/screenshots}"

[[ -d "$DIST_ARG" ]] || die "no build at $DIST_ARG: run 'bash scripts/test.sh' (it builds target/e2e-dist) or pass a directory made with 'trunk build --release --public-url /cyberfolio/'"
DIST="$(cd "$DIST_ARG" && pwd)"
[[ -f "$DIST/index.html" ]] || die "$DIST/index.html is missing: DIST_DIR must be the output of 'trunk build --release --public-url /cyberfolio/'"
grep -q '/cyberfolio/' "$DIST/index.html" \
  || die "$DIST/index.html has no /cyberfolio/ asset URL: build it with 'trunk build --release --public-url /cyberfolio/'"
[[ -f "$DIST/data/portfolio.json" ]] || die "$DIST/data/portfolio.json is missing: the site would show its loading error"

if [[ -n "${CHROMIUM:-}" ]]; then
  command -v "$CHROMIUM" >/dev/null || die "CHROMIUM=$CHROMIUM is not an executable"
else
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null; then CHROMIUM="$candidate"; break; fi
  done
  [[ -n "${CHROMIUM:-}" ]] || die "chromium not found: install it ('apt-get install chromium', or 'bash scripts/setup.sh') or set CHROMIUM=/path/to/chrome"
fi
command -v python3 >/dev/null || die "python3 not found: it serves the build and reads the probe screenshots"

mkdir -p "$OUT_ARG"
OUT="$(cd "$OUT_ARG" && pwd)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cyberfolio-screenshots.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Server root: /cyberfolio/ is the build; /frame.html and /probe.html are the
# helpers described above.
ROOT="$WORK/root"
mkdir -p "$ROOT"
ln -s "$DIST" "$ROOT/cyberfolio"
cat >"$ROOT/frame.html" <<'EOF'
<!doctype html>
<style>
  html, body { margin: 0; height: 100%; overflow: hidden; }
  iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }
</style>
<iframe title="screenshot"></iframe>
<script>
// Shows ?src= (same origin) and, once the portfolio is rendered in it,
// scrolls it to the #fragment of src as a visitor would.
var src = new URLSearchParams(location.search).get("src");
var id = decodeURIComponent(new URL(src, location.href).hash.slice(1));
var frame = document.querySelector("iframe");
frame.src = src;
// The app also scrolls to the fragment once its sections are rendered:
// keep the target in place for a second so both agree.
var settled = 0;
(function scroll() {
  var doc = frame.contentDocument;
  var target = doc && doc.getElementById(id);
  if (target && !doc.querySelector(".shell")) {
    doc.documentElement.style.scrollBehavior = "auto";
    target.scrollIntoView({ behavior: "instant" });
    settled += 1;
  }
  if (settled < 20) setTimeout(scroll, 50);
})();
</script>
EOF
cat >"$ROOT/probe.html" <<'EOF'
<!doctype html>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>
// Green when the viewport is exactly ?w= by ?h= CSS pixels at scale 1, else red.
var q = new URLSearchParams(location.search);
function paint() {
  var ok = innerWidth === +q.get("w") && innerHeight === +q.get("h") && devicePixelRatio === 1;
  document.documentElement.style.background = ok ? "#00ff00" : "#ff0000";
}
paint();
addEventListener("resize", paint);
</script>
EOF

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 --directory "$ROOT" "$PORT" >"$WORK/http.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 50); do
  if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$BASE/cyberfolio/" 2>/dev/null; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || die "the HTTP server on port $PORT stopped: $(cat "$WORK/http.log")"
  sleep 0.2
done
python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$BASE/cyberfolio/" 2>/dev/null \
  || die "the HTTP server on $BASE did not answer"
echo "serving $DIST at $BASE/cyberfolio/"

CHROME_FLAGS=(
  --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic
  --no-first-run --disable-background-networking --disable-component-update
  --disable-sync --hide-scrollbars --force-device-scale-factor=1 --lang=fr-FR
  --virtual-time-budget=8000
)

# chrome ARGS...: one headless Chromium run with a fresh profile; its log goes
# to $WORK/chromium.log (shown when something fails).
chrome() {
  local profile
  profile="$(mktemp -d "$WORK/profile.XXXXXX")"
  timeout 120 "$CHROMIUM" "${CHROME_FLAGS[@]}" --user-data-dir="$profile" "$@" 2>>"$WORK/chromium.log"
}

chrome_failed() {
  echo "--- last lines of the Chromium log:" >&2
  tail -n 20 "$WORK/chromium.log" >&2 || true
  die "$*"
}

# png_info FILE: prints "WIDTH HEIGHT R G B" (size and top-left pixel).
png_info() {
  python3 - "$1" <<'EOF'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG: " + sys.argv[1])
pos, idat = 8, b""
while pos < len(data):
    (length,) = struct.unpack(">I", data[pos:pos + 4])
    kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
    pos += 12 + length
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    elif kind == b"IEND":
        break
if depth != 8 or colour not in (2, 6):
    sys.exit("unexpected PNG format (depth %d, colour type %d)" % (depth, colour))
# The first pixel of the first row is stored as is whatever its filter.
row = zlib.decompressobj().decompress(idat, 4)
print(width, height, row[1], row[2], row[3])
EOF
}

optimise() {
  local png="$1"
  if command -v pngquant >/dev/null; then
    # Exit 98/99: the result would be larger or too lossy; keep the original.
    if pngquant --quality=70-95 --speed 1 --strip --skip-if-larger --force --output "$png.q" -- "$png" 2>/dev/null; then
      mv "$png.q" "$png"
    fi
    rm -f "$png.q"
  fi
  if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$png"
  fi
}

# 1. Every size used gives exactly that CSS viewport.
declare -A checked=()
for shot in "${SHOTS[@]}"; do
  IFS='|' read -r _ width height _ _ <<<"$shot"
  [[ -n "${checked[${width}x$height]:-}" ]] && continue
  probe="$WORK/probe-${width}x$height.png"
  chrome --window-size="$width,$height" --screenshot="$probe" "$BASE/probe.html?w=$width&h=$height" >/dev/null \
    || chrome_failed "Chromium failed on the viewport probe ${width}x$height"
  read -r got_w got_h r g b <<<"$(png_info "$probe")"
  if [[ "$got_w $got_h" != "$width $height" || "$r $g $b" != "0 255 0" ]]; then
    die "headless Chromium did not give a ${width}x$height CSS viewport (screenshot ${got_w}x$got_h, probe colour $r,$g,$b): the shots would not show that size"
  fi
  checked[${width}x$height]=1
done
echo "viewports ok: ${!checked[*]}"

# 2. The shots: each page is checked rendered (not the loading shell nor an
# error) with --dump-dom, then photographed.
for shot in "${SHOTS[@]}"; do
  IFS='|' read -r name width height path extra <<<"$shot"
  read -r -a extra_flags <<<"$extra"
  url="$BASE$path"
  shot_url="$url"
  if [[ "$path" == *"#"* ]]; then
    shot_url="$BASE/frame.html?src=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$path")"
  fi
  dom="$WORK/$name.html"
  chrome "${extra_flags[@]}" --window-size="$width,$height" --dump-dom "$url" >"$dom" \
    || chrome_failed "Chromium failed to load $url"
  if grep -q 'Chargement du portfolio' "$dom" || ! grep -q 'id="contenu"' "$dom"; then
    die "$url did not render the portfolio (still loading, or a loading error): see $DIST/data/portfolio.json and the browser console"
  fi
  if [[ "$path" == *"#"* ]] && ! grep -q "id=\"${path##*#}\"" "$dom"; then
    die "$url has no element with id ${path##*#}"
  fi
  raw="$WORK/$name.png"
  chrome "${extra_flags[@]}" --window-size="$width,$height" --screenshot="$raw" "$shot_url" >/dev/null \
    || chrome_failed "Chromium failed to take $name.png"
  [[ -s "$raw" ]] || chrome_failed "Chromium wrote no screenshot for $shot_url"
  optimise "$raw"
  mv "$raw" "$OUT/$name.png"
  printf 'wrote %s (%sx%s, %s bytes) from %s\n' "$OUT/$name.png" "$width" "$height" "$(wc -c <"$OUT/$name.png" | tr -d ' ')" "$BASE$path"
done
