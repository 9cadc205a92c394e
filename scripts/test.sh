#!/usr/bin/env bash
# README command 2: every test layer, failing fast. `.ci/run` calls this.
#   bash scripts/test.sh
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# Gzipped size allowed for all .wasm files of the release build together.
# Issue 2's target was 150000 bytes gzip (146927 measured on 2026-12-07);
# the English interface (issue 23, allowed 6 kB) took it to 150901: its
# table's texts the wasm shows, the English référentiel and the language
# choice. The budget keeps 1.1 kB of room above that; see docs/size.md.
MAX_WASM_GZIP_BYTES=152000
E2E_DIST="$REPO/target/e2e-dist"

step() { printf '\n==> %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

# Prints the value of KEY in the [tools] table of Trunk.toml.
trunk_tool_version() {
  awk -v key="$1" '
    /^[[:space:]]*\[/ { section = $0; gsub(/[[:space:]]/, "", section) }
    section == "[tools]" && $1 == key {
      value = $0
      sub(/^[^=]*=[[:space:]]*"/, "", value)
      sub(/".*$/, "", value)
      print value
      exit
    }
  ' Trunk.toml
}

step "1/7 Tools (scripts/setup.sh)"
bash scripts/setup.sh
# shellcheck source=/dev/null
source scripts/env.sh

step "2/7 Tool versions pinned in Trunk.toml"
lock_wb="$(cargo_lock_version wasm-bindgen)"
toml_wb="$(trunk_tool_version wasm_bindgen)"
if [[ -z "$lock_wb" || "$toml_wb" != "$lock_wb" ]]; then
  die "Trunk.toml [tools] wasm_bindgen = \"$toml_wb\" but Cargo.lock has wasm-bindgen $lock_wb: set wasm_bindgen = \"$lock_wb\" in Trunk.toml"
fi
echo "wasm_bindgen $toml_wb matches Cargo.lock"
toml_wo="$(trunk_tool_version wasm_opt)"
have_wo="version_$(wasm-opt --version | awk '{print $3}')"
if [[ "$toml_wo" != "$have_wo" ]]; then
  die "Trunk.toml [tools] wasm_opt = \"$toml_wo\" but $(command -v wasm-opt) is $have_wo (pinned by package.json)"
fi
echo "wasm_opt $toml_wo matches $(command -v wasm-opt)"

step "3/7 Formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings

step "4/7 Host tests"
# Unit tests of every package, then the integration tests of the model and
# of the command line (not their unit tests again). The root package's
# tests/e2e needs a built site and runs in step 6.
cargo test --workspace --lib --bins
cargo test -p cyberfolio-model --test "*"
cargo test -p cyberfolio-cli --test cli
cargo test -p cyberfolio-cli --test english
cargo test -p cyberfolio-build --test build
cargo test -p cyberfolio-ui --test written_page
cargo test -p cyberfolio-ui --test languages

step "5/7 Browser component tests (wasm32, headless Chromium)"
cargo test -p cyberfolio --target wasm32-unknown-unknown

step "6/7 Release build, size budget and end-to-end tests"
# The deployed build (size-optimised wasm, `cyberfolio-build order-wasm`, `cyberfolio-build page`), under a sub-path.
bash scripts/build.sh /cyberfolio/ "$E2E_DIST"
bash scripts/size-report.sh "$E2E_DIST" "$MAX_WASM_GZIP_BYTES"
# The end-to-end tests are marked #[ignore] with their reason, so that a
# plain `cargo test --workspace` passes without a built site.
CYBERFOLIO_DIST="$E2E_DIST" cargo test -p cyberfolio --test e2e -- --include-ignored --test-threads=1

step "7/7 GitHub workflow validation"
check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/pages.yml

echo
echo "All test layers passed."
