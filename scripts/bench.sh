#!/usr/bin/env bash
# Performance benchmark of Cyberfolio. Not part of the tests: run it by hand
# on a quiet machine, then commit the docs/performance.md it writes.
#
# Usage: scripts/bench.sh [options]
#
#   --dist DIR        benchmark an existing release build instead of building
#                     one (it must have been built with --public-url /cyberfolio/)
#   --no-build        run neither trunk nor cargo (needs --dist, and
#                     target/release/cyberfolio and cyberfolio-build)
#   --runs N          Lighthouse runs per form factor, and of the static
#                     twin (default 5)
#   --scale N         réalisations of the scale test (default 1000; 0 skips it)
#   --loads N         page loads for the first-render time (default 5)
#   --cpu-throttle R  also run the scale test with the CPU slowed down R times
#   --out FILE        Markdown report to write (default docs/performance.md)
#   --no-doc          print the report only
#
# Steps: (1) `bash scripts/build.sh /cyberfolio/ target/bench-dist` (the
# deployed build), (2) serve it under /cyberfolio/ with gzip, as GitHub
# Pages does, on 127.0.0.1, with its static twin (the same dist without any
# <script> or preload), (3) Lighthouse 12.2.3 (bench/package.json), on
# mobile, alternated with the twin, and on desktop, --runs times each, (4)
# the sizes of the wasm, JS, CSS, HTML and JSON files, raw and gzip -9, (5)
# the scale test: a copy of the dist whose data/portfolio.json has --scale
# réalisations (scripts/make-scale-portfolio.py, checked by `cyberfolio
# validate`), measured in headless Chromium (bench/scale.mjs): time to first
# render, and for a competency filter change the time to update the list
# and to the next paint, beside the plain-JS floor of the same change. The
# medians and tables are printed and written
# to --out; raw results stay in target/bench/<date>/.
#
# Needs Node 20 (Lighthouse is installed by `npm ci --prefix bench` on first run); Chromium at CHROME_PATH
# (default /usr/bin/chromium); python3, gzip and curl.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CALLER_DIR="$PWD"
cd "$REPO"

BASE=/cyberfolio/
DIST=""
BUILD=1
RUNS=5
SCALE=1000
LOADS=5
CPU_THROTTLE=1
OUT="$REPO/docs/performance.md"
WRITE_DOC=1
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
COMMAND="scripts/bench.sh${*:+ }$*"

die() { echo "bench: error: $*" >&2; exit 2; }
step() { printf '\n==> %s\n' "$*" >&2; }
usage() { sed -n '5,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
need_value() { [[ $# -ge 2 && -n "$2" ]] || die "$1 needs a value"; }
is_int() { [[ "$1" =~ ^[0-9]+$ ]]; }
positive() { [[ "$1" =~ ^[1-9][0-9]*$ ]]; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dist) need_value "$@"; DIST="${2%/}"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --runs) need_value "$@"; RUNS="$2"; shift 2 ;;
    --scale) need_value "$@"; SCALE="$2"; shift 2 ;;
    --loads) need_value "$@"; LOADS="$2"; shift 2 ;;
    --cpu-throttle) need_value "$@"; CPU_THROTTLE="$2"; shift 2 ;;
    --out) need_value "$@"; OUT="$2"; shift 2 ;;
    --no-doc) WRITE_DOC=0; shift ;;
    -h|--help) usage ;;
    *) echo "bench: unknown option $1" >&2; usage ;;
  esac
done
positive "$RUNS" || die "--runs needs a positive integer"
is_int "$SCALE" || die "--scale needs an integer"
positive "$LOADS" || die "--loads needs a positive integer"
positive "$CPU_THROTTLE" || die "--cpu-throttle needs a positive integer"
[[ "$BUILD" -eq 1 || -n "$DIST" ]] || die "--no-build needs --dist"
# Paths given on the command line are relative to the caller's directory.
if [[ -n "$DIST" && "$DIST" != /* ]]; then DIST="$CALLER_DIR/$DIST"; fi
if [[ "$OUT" != /* ]]; then OUT="$CALLER_DIR/$OUT"; fi

for tool in node python3 gzip curl; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[[ -x "$CHROME" ]] || die "Chromium not found at $CHROME (set CHROME_PATH)"
LIGHTHOUSE="$REPO/bench/node_modules/.bin/lighthouse"
if [[ ! -x "$LIGHTHOUSE" ]]; then
  echo "installing Lighthouse 12.2.3 (npm ci --prefix bench)"
  npm ci --prefix "$REPO/bench" --no-audit --no-fund >/dev/null
fi
lh_version="$("$LIGHTHOUSE" --version)"
[[ "$lh_version" == 12.2.3 ]] || die "Lighthouse 12.2.3 expected, found $lh_version: run npm ci --prefix bench"

DATE="$(date -u +%F)"
RUN_DIR="$REPO/target/bench/$(date -u +%Y%m%dT%H%M%SZ)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/cyberfolio-bench.XXXXXX")"
SERVER_PIDS=()
cleanup() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$TMP"
}
trap cleanup EXIT
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# On a virtual machine the hypervisor can take CPU time from the guest
# ("steal"): Lighthouse's TBT then varies from run to run far more than any
# change being measured. Ticks (USER_HZ) of all CPUs, total and stolen, from
# the first line of /proc/stat (user nice system idle iowait irq softirq
# steal; guest time is already counted in user and nice).
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9; exit }' /proc/stat; }

# The source tree the report belongs to; a dist given with --dist may have
# been built from another one.
SOURCE="$(git describe --always --dirty 2>/dev/null || echo unknown)"
if [[ -z "$DIST" ]]; then
  BUILT_FROM="built from this tree"
else
  BUILT_FROM="the dist given with \`--dist\`, not rebuilt"
fi

# --- build ------------------------------------------------------------------
if [[ -z "$DIST" ]]; then
  step "Release build (scripts/build.sh $BASE: the app, then cyberfolio build)"
  [[ -f scripts/env.sh ]] || die "scripts/env.sh is missing: run scripts/setup.sh"
  # shellcheck source=/dev/null
  source scripts/env.sh
  # The deployed build: the size-optimised app, then `cyberfolio build`.
  bash scripts/build.sh "$BASE" target/bench-dist
  DIST=target/bench-dist
fi
[[ -f "$DIST/index.html" ]] || die "$DIST/index.html not found"
[[ -f "$DIST/data/portfolio.json" ]] || die "$DIST/data/portfolio.json not found"
grep -q "$BASE" "$DIST/index.html" ||
  echo "bench: warning: $DIST/index.html does not mention $BASE; was it built with --public-url $BASE?" >&2

CLI="$REPO/target/release/cyberfolio"
BUILDER="$REPO/target/release/cyberfolio-build"
# The command line serves the site (`cyberfolio preview`, the one emulation
# of GitHub Pages that the tests use too) and checks the scale test's
# portfolio (`cyberfolio validate`); the build step writes its page
# (`cyberfolio-build page`).
if [[ "$BUILD" -eq 1 ]]; then
  step "Command line and build step (cargo build --release -p cyberfolio-cli -p cyberfolio-build)"
  if [[ -f scripts/env.sh ]]; then
    # shellcheck source=/dev/null
    source scripts/env.sh
  fi
  cargo build --release -p cyberfolio-cli -p cyberfolio-build
fi
[[ -x "$CLI" ]] || die "$CLI not found: build it (cargo build --release -p cyberfolio-cli)"
[[ -x "$BUILDER" ]] || die "$BUILDER not found: build it (cargo build --release -p cyberfolio-build)"

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# start_server DIR NAME: serves DIR under $BASE in the background and sets
# STARTED_URL (not run in a subshell, so that cleanup knows the pid).
STARTED_URL=""
start_server() {
  local dir="$1" name="$2" port url pid i
  port="$(free_port)"
  url="http://127.0.0.1:$port$BASE"
  "$CLI" preview "$dir" --base "$BASE" --port "$port" >"$RUN_DIR/server-$name.log" 2>&1 &
  pid=$!
  SERVER_PIDS+=("$pid")
  for ((i = 0; i < 150; i++)); do
    if curl -sf -o /dev/null "$url"; then
      STARTED_URL="$url"
      echo "serving $dir at $url (pid $pid)" >&2
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  cat "$RUN_DIR/server-$name.log" >&2
  die "cyberfolio preview did not answer at $url"
}

# Lighthouse checks the gzip that the server applies, so check it too.
check_gzip() {
  local url="$1" encoding
  encoding="$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$url" | tr -d '\r' |
    awk -F': *' 'tolower($1) == "content-encoding" { print $2 }')"
  [[ "$encoding" == gzip ]] || echo "bench: warning: $url is not served gzipped" >&2
}

CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

# --- Lighthouse -------------------------------------------------------------
# The steal is counted from here to the end of the scale test: the build
# before is not measured.
CPU_BEFORE="$(cpu_ticks)"
mkdir -p "$RUN_DIR"
step "Serving $DIST"
start_server "$DIST" dist
URL="$STARTED_URL"
check_gzip "$URL"
# The static twin: the same dist with every <script> and preload removed,
# served the same way. Its LCP is the page's without any of its scripts:
# the site's LCP over the twin's is what they cost the first paint.
step "The static twin"
cp -r "$DIST" "$TMP/twin-dist"
chmod -R u+w "$TMP/twin-dist"
python3 - "$TMP/twin-dist/index.html" <<'PY'
import re, sys
path = sys.argv[1]
page = open(path, encoding="utf-8").read()
page = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S | re.I)
page = re.sub(r"<link\b[^>]*\brel=[\"']?(?:module)?preload\b[^>]*>", "", page, flags=re.I)
# A twin that kept a script would measure the site against itself.
if re.search(r"<script\b", page, flags=re.I):
    sys.exit("bench: the static twin still has a <script>")
open(path, "w", encoding="utf-8").write(page)
PY
start_server "$TMP/twin-dist" twin
TWIN_URL="$STARTED_URL"

# lighthouse NAME URL FORM RUN: one Lighthouse run, written to lh-NAME-RUN.json.
lighthouse() {
  local name="$1" url="$2" form="$3" run="$4" profile
  local preset=()
  if [[ "$form" == desktop ]]; then preset=(--preset=desktop); fi
  step "Lighthouse $name, run $run/$RUNS"
  profile="$(mktemp -d "$TMP/chrome-XXXXXX")"
  if ! CHROME_PATH="$CHROME" "$LIGHTHOUSE" "$url" "${preset[@]}" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$RUN_DIR/lh-$name-$run.json" \
    --chrome-flags="$CHROME_FLAGS --user-data-dir=$profile" 2>"$RUN_DIR/lh-$name-$run.log"; then
    echo "bench: Lighthouse $name run $run failed:" >&2
    tail -n 20 "$RUN_DIR/lh-$name-$run.log" >&2
  fi
  rm -rf "$profile"
}
# Mobile runs alternate between the site and its twin, so that both see
# the same machine.
for ((run = 1; run <= RUNS; run++)); do
  lighthouse mobile "$URL" mobile "$run"
  lighthouse twin-mobile "$TWIN_URL" mobile "$run"
done
for ((run = 1; run <= RUNS; run++)); do
  lighthouse desktop "$URL" desktop "$run"
done

# --- scale ------------------------------------------------------------------
if [[ "$SCALE" -gt 0 ]]; then
  step "Scale test: $SCALE réalisations"
  cp -r "$DIST" "$TMP/scale-dist"
  chmod -R u+w "$TMP/scale-dist"
  python3 scripts/make-scale-portfolio.py "$SCALE" "$DIST/data/portfolio.json" "$TMP/scale-dist/data/portfolio.json" >&2
  # The E5 rules are the validator's: a generated portfolio with an error stops here.
  "$CLI" validate "$TMP/scale-dist/data/portfolio.json" >"$RUN_DIR/scale-validate.log" ||
    { tail -n 20 "$RUN_DIR/scale-validate.log" >&2; die "the scale portfolio is not valid"; }
  # Its page, as a build of that portfolio writes it.
  "$BUILDER" page "$TMP/scale-dist" >&2
  start_server "$TMP/scale-dist" scale
  SCALE_URL="$STARTED_URL"
  step "Scale test: the dist as built"
  node bench/scale.mjs --url "$URL" --chrome "$CHROME" --loads "$LOADS" --out "$RUN_DIR/scale-1-dist.json"
  step "Scale test: $SCALE réalisations"
  node bench/scale.mjs --url "$SCALE_URL" --chrome "$CHROME" --loads "$LOADS" --out "$RUN_DIR/scale-2-$SCALE.json"
  if [[ "$CPU_THROTTLE" -gt 1 ]]; then
    step "Scale test: $SCALE réalisations, CPU slowed down $CPU_THROTTLE times"
    node bench/scale.mjs --url "$SCALE_URL" --chrome "$CHROME" --loads "$LOADS" --cpu-throttle "$CPU_THROTTLE" \
      --out "$RUN_DIR/scale-3-$SCALE-cpu$CPU_THROTTLE.json"
  fi
fi
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
STEAL="$(printf '%s %s\n' "$CPU_BEFORE" "$(cpu_ticks)" |
  awk '{ total = $3 - $1; printf "%.1f %%", (total > 0 ? 100 * ($4 - $2) / total : 0) }')"

# --- report -----------------------------------------------------------------
step "Report"
summary() { node bench/summarise.mjs "$1" --run "$RUN_DIR" --dist "$DIST"; }
SERVED_BY="\`cyberfolio preview\` (gzip, under $BASE, like GitHub Pages)"
CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
MEM="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
# shellcheck source=/dev/null
OS="$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}")"
CHROMIUM_VERSION="$("$CHROME" --version 2>/dev/null | head -n1)"
if [[ "$SCALE" -gt 0 ]]; then
  SCALE_SECTION="$(cat <<EOF
## Scale: $SCALE réalisations

\`scripts/make-scale-portfolio.py $SCALE\` turns the example portfolio into
one with $SCALE réalisations (varied cadres, competencies, names and
texts); the dist is copied with that \`data/portfolio.json\` and opened in
headless Chromium by \`bench/scale.mjs\`, $LOADS page loads each.
*First render* is the time from navigation start until the cards of
\`#realisations ul.cards\` are in the DOM (a MutationObserver injected before
the page's scripts), then until the end of the frame that paints them. A
*filter change* is a click on a competency checkbox of \`form.filters\`;
the list is updated at the last mutation of \`ul.cards\` it causes, and
painted at the end of the first frame that starts after that mutation.
Each competency is turned on then off, then a chain of on/off changes
(four changes per competency, 24 for the six of bloc 1), each of which
changes the list. The dist as built is measured the same way, for
comparison.

$(summary scale)
EOF
)"
else
  SCALE_SECTION=$'## Scale\n\nSkipped (`--scale 0`).'
fi

cat >"$RUN_DIR/performance.md" <<EOF
# Performance

Measured on $DATE (UTC) with:

\`\`\`sh
$COMMAND
\`\`\`

Source tree: \`$SOURCE\` (\`git describe --always --dirty\`); the site measured: $BUILT_FROM.
The site was served by $SERVED_BY.

\`scripts/bench.sh\` rewrites this file; its raw results (Lighthouse JSON reports, scale measurements) stay in
\`target/bench/\`. It is not part of the tests.

| Machine | |
|---|---|
| CPU | $(nproc) cores (\`nproc\`), ${CPU_MODEL:-unknown} |
| Memory | $MEM |
| System | $OS |
| Browser | $CHROMIUM_VERSION, headless |
| Lighthouse | $lh_version, Node $(node --version) |
| Load average (1, 5, 15 min) | $LOAD_BEFORE before, $LOAD_AFTER after |
| CPU time taken by the hypervisor (steal), during Lighthouse and the scale test | $STEAL |

Times depend on the machine and on what else runs on it: compare runs
made on the same machine, and rerun when the load average exceeds the
number of cores or when the hypervisor took more than a few percent of
the CPU time.

## Targets

$(summary targets)

## Lighthouse

$RUNS runs on mobile and $RUNS on desktop of \`$BASE\`, categories
performance, accessibility, best practices and SEO.

$(summary lighthouse)

### Against a static twin

The same \`dist/\` with every \`<script>\` and preload removed, served the
same way; its $RUNS Lighthouse mobile runs alternated with the site's.

$(summary twin)

### Audits that cost points

Weighted audits scored below 1 in at least one run, with their values per
run, and the unweighted diagnostics that Lighthouse flags.

$(summary audits)

## Bytes

Files of the dist, raw and \`gzip -9\`.

$(summary bytes)

$SCALE_SECTION
EOF

cat "$RUN_DIR/performance.md"
if [[ "$WRITE_DOC" -eq 1 ]]; then
  mkdir -p "$(dirname "$OUT")"
  cp "$RUN_DIR/performance.md" "$OUT"
  echo >&2
  echo "bench: wrote ${OUT#"$REPO"/} (raw results in ${RUN_DIR#"$REPO"/})" >&2
fi
