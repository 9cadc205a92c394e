#!/usr/bin/env bash
# Installs every tool that building, testing and deploying Cyberfolio needs.
#
# Idempotent and quick when everything is already present: each tool is
# checked first and prints one line, "ok <tool> <version>" or
# "installing <tool> <version>". Works on a fresh Debian 12 machine (as root,
# or through sudo when it exists) and on GitHub's Ubuntu runners.
#
# This script exports nothing (it runs as a subprocess). At the end it writes
# scripts/env.sh, which the other scripts source to get the tools on PATH.
#
# Environment:
#   CYBERFOLIO_SKIP_BROWSER=1  skip Chromium/ChromeDriver (deploy-only builds).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

TRUNK_VERSION="0.22.1"
# The release wasm is built with this pinned nightly, which rebuilds the
# standard library for size (scripts/build.sh, README "Size"). Tests and the
# command-line tool use the stable toolchain.
RELEASE_TOOLCHAIN="nightly-2026-05-20"
CHECK_JSONSCHEMA_VERSION="0.39.0"
# geckodriver for the Firefox ESR test, from crates.io.
GECKODRIVER_VERSION="0.36.0"
WASM_TARGET="wasm32-unknown-unknown"
VENV="$REPO/.tools/venv"
NPM_STAMP="$REPO/node_modules/.cyberfolio-npm-stamp"

# Local to this process: lets the version checks below find installed tools.
PATH="$REPO/node_modules/.bin:$VENV/bin:$HOME/.cargo/bin:$PATH"

ok() { echo "ok $*"; }
installing() { echo "installing $*"; }
die() { echo "error: $*" >&2; exit 1; }

# Prints the version of package NAME recorded in a Cargo.lock (default: ./Cargo.lock).
cargo_lock_version() {
  awk -v want="\"$1\"" '
    /^\[\[package\]\]/ { name = "" }
    $1 == "name" { name = $3 }
    $1 == "version" && name == want { gsub(/"/, "", $3); print $3; exit }
  ' "${2:-Cargo.lock}"
}

# Runs "$@" in a subshell whose cargo builds the wasm with the pinned nightly:
# the standard library is rebuilt with the release profile (opt-level "z")
# and its size-optimised code paths, a panic traps without formatting a
# message, Debug formatting is compiled out, and LLVM inlines only calls
# whose inlining makes the code smaller (docs/size.md). RUSTFLAGS replaces the
# rustflags of .cargo/config.toml, so it repeats `--cfg erase_components`.
# Only target (wasm) crates see these flags: Trunk passes --target, so build
# scripts and proc macros are built as usual.
with_size_toolchain() (
  export RUSTUP_TOOLCHAIN="$CYBERFOLIO_RELEASE_TOOLCHAIN"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Cllvm-args=-inline-threshold=-10"
  exec "$@"
)

# Installs Debian packages. `apt-get update` runs at most once per invocation.
# Uses sudo when not root; without root or sudo, prints the command and exits.
APT_UPDATED=0
apt_install() {
  local -a root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      root=(sudo)
    else
      echo "error: these Debian packages are missing and installing them needs root: $*" >&2
      echo "run as root:  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $*" >&2
      echo "then run scripts/setup.sh again." >&2
      exit 1
    fi
  fi
  if [[ "$APT_UPDATED" -eq 0 ]]; then
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# --- Preconditions ---------------------------------------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found: install the Rust toolchain with rustup first"
command -v rustup >/dev/null 2>&1 || die "rustup not found: the $WASM_TARGET target is installed through rustup"
[[ -f Cargo.lock ]] || die "Cargo.lock not found in $REPO"
command -v gzip >/dev/null 2>&1 || apt_install gzip
ok "gzip"

# --- Rust target -----------------------------------------------------------
# Captured first: `rustup ... | grep -q` can fail under pipefail (SIGPIPE).
installed_targets="$(rustup target list --installed)"
if grep -qx "$WASM_TARGET" <<<"$installed_targets"; then
  ok "rust-target $WASM_TARGET"
else
  installing "rust-target $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi

# --- Release toolchain: pinned nightly with the standard library's source ---
if rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 &&
  [[ -d "$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]]; then
  ok "rust-toolchain $RELEASE_TOOLCHAIN (rust-src)"
else
  installing "rust-toolchain $RELEASE_TOOLCHAIN (rust-src)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src
fi

# --- Trunk -----------------------------------------------------------------
trunk_have="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$trunk_have" == "$TRUNK_VERSION" ]]; then
  ok "trunk $TRUNK_VERSION"
else
  installing "trunk $TRUNK_VERSION${trunk_have:+ (found $trunk_have)}"
  cargo install trunk --locked --version "$TRUNK_VERSION" --ignore-rust-version
fi

# --- wasm-bindgen-cli (same version as the wasm-bindgen crate in Cargo.lock) ---
WASM_BINDGEN_VERSION="$(cargo_lock_version wasm-bindgen)"
[[ -n "$WASM_BINDGEN_VERSION" ]] || die "no wasm-bindgen package in Cargo.lock"
wb_have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$wb_have" == "$WASM_BINDGEN_VERSION" ]]; then
  ok "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  installing "wasm-bindgen-cli $WASM_BINDGEN_VERSION${wb_have:+ (found $wb_have)}"
  # No --locked: the lock file shipped with wasm-bindgen-cli pins a crate
  # version that the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# --- npm tools: binaryen (wasm-opt), axe-core, @jsonresume/schema ------------
if ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm
fi
npm_hash="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [[ -x node_modules/.bin/wasm-opt && -f "$NPM_STAMP" && "$(cat "$NPM_STAMP")" == "$npm_hash" ]]; then
  ok "npm-tools (package-lock.json ${npm_hash:0:12})"
else
  installing "npm-tools (npm ci)"
  npm ci --no-audit --no-fund --no-update-notifier --loglevel=error
  echo "$npm_hash" >"$NPM_STAMP"
fi
# Debian's binaryen (108) produces broken wasm: only the npm wasm-opt is used,
# and scripts/env.sh puts node_modules/.bin first on PATH.
wasm_opt_have="$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}' || true)"
[[ -n "$wasm_opt_have" ]] || die "node_modules/.bin/wasm-opt does not run"
ok "wasm-opt version_$wasm_opt_have (npm binaryen)"

# --- Chromium + ChromeDriver (browser tests) --------------------------------
if [[ "${CYBERFOLIO_SKIP_BROWSER:-0}" == "1" ]]; then
  ok "chromium skipped (CYBERFOLIO_SKIP_BROWSER=1)"
elif [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  ok "chromium $(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2}')"
else
  installing "chromium chromium-driver (apt)"
  apt_install chromium chromium-driver
fi

# --- Firefox ESR + geckodriver (the offline copy's test in Firefox) --------
if [[ "${CYBERFOLIO_SKIP_BROWSER:-0}" == "1" ]]; then
  ok "firefox-esr skipped (CYBERFOLIO_SKIP_BROWSER=1)"
else
  if [[ -x /usr/bin/firefox-esr ]]; then
    ok "firefox-esr $(/usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}')"
  else
    installing "firefox-esr (apt)"
    apt_install firefox-esr
  fi
  gd_have="$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}' || true)"
  if [[ "$gd_have" == "$GECKODRIVER_VERSION" ]]; then
    ok "geckodriver $GECKODRIVER_VERSION"
  else
    # Mozilla's releases are on GitHub, out of reach here: the same source
    # from crates.io.
    installing "geckodriver $GECKODRIVER_VERSION${gd_have:+ (found $gd_have)}"
    cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
  fi
fi

# --- check-jsonschema in a venv ---------------------------------------------
cjs_have="$("$VENV/bin/check-jsonschema" --version 2>/dev/null | awk '{print $NF}' || true)"
if [[ "$cjs_have" == "$CHECK_JSONSCHEMA_VERSION" ]]; then
  ok "check-jsonschema $CHECK_JSONSCHEMA_VERSION"
else
  installing "check-jsonschema $CHECK_JSONSCHEMA_VERSION${cjs_have:+ (found $cjs_have)}"
  if [[ ! -x "$VENV/bin/python" ]]; then
    mkdir -p "$(dirname "$VENV")"
    if ! python3 -m venv --clear "$VENV" >/dev/null 2>&1; then
      # Debian's python3 ships venv/ensurepip separately.
      apt_install python3-venv
      python3 -m venv --clear "$VENV"
    fi
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    "check-jsonschema==$CHECK_JSONSCHEMA_VERSION"
fi

# --- Crates, so that later builds can run offline ---------------------------
cargo fetch --quiet
# The release toolchain rebuilds the standard library (-Z build-std), from
# its own workspace and lock file: its crates (libc, dlmalloc, wasip1…) are
# fetched here too, or the offline Trunk build cannot find them.
RELEASE_LIBRARY="$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
rustup run "$RELEASE_TOOLCHAIN" cargo fetch --quiet --manifest-path "$RELEASE_LIBRARY"
ok "crates (cargo fetch, and the standard library's for $RELEASE_TOOLCHAIN)"

# --- scripts/env.sh ------------------------------------------------------------
ENV_FILE="$REPO/scripts/env.sh"
{
  cat <<'ENV'
# shellcheck shell=bash
# Generated by scripts/setup.sh: do not edit. Source it, don't run it:
#   source scripts/env.sh
CYBERFOLIO_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CYBERFOLIO_REPO
# npm's wasm-opt comes first so that Debian's binaryen is never picked up.
export PATH="$CYBERFOLIO_REPO/node_modules/.bin:$CYBERFOLIO_REPO/.tools/venv/bin:$HOME/.cargo/bin:$PATH"
# Trunk must use the tools installed by setup.sh and never download any.
export TRUNK_OFFLINE=true
# Used by wasm-bindgen-test-runner for the browser tests.
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$CYBERFOLIO_REPO/scripts/webdriver.json"
# Builds go to the default target/ directory.
unset CARGO_TARGET_DIR
ENV
  echo
  echo "# The pinned nightly that builds the release wasm (see with_size_toolchain)."
  echo "export CYBERFOLIO_RELEASE_TOOLCHAIN=$RELEASE_TOOLCHAIN"
  echo
  echo "# Prints the version of package NAME recorded in a Cargo.lock (default: ./Cargo.lock)."
  declare -f cargo_lock_version
  echo
  echo "# Runs a command (trunk build or trunk serve) in a subshell set up for the"
  echo "# size-optimised release wasm; see docs/size.md."
  declare -f with_size_toolchain
} >"$ENV_FILE"
ok "env scripts/env.sh"
