#!/usr/bin/env bash
# The app, built once for every portfolio: Trunk's release build (the
# size-optimised wasm, its glue, the start script, the stylesheet, the page
# around them, every address relative), then `cyberfolio-build order-wasm`,
# which reorders the wasm's functions so that it compresses better. The
# `cyberfolio` binary carries this folder (crates/cli/build.rs, through
# CYBERFOLIO_APP), and `cyberfolio build` writes a portfolio's site from it.
#   bash scripts/build-app.sh                 # into target/cyberfolio-app
#   bash scripts/build-app.sh FOLDER
# Needs scripts/env.sh (run scripts/setup.sh once). Used by scripts/build.sh,
# scripts/build-cli.sh, scripts/test.sh and the release workflow.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

die() { echo "error: $*" >&2; exit 1; }

[[ $# -le 1 ]] || die "usage: bash scripts/build-app.sh [FOLDER] (default target/cyberfolio-app)"
APP="${1:-$REPO/target/cyberfolio-app}"
[[ -f scripts/env.sh ]] || die "scripts/env.sh is missing: run 'bash scripts/setup.sh' first"
# shellcheck source=/dev/null
source scripts/env.sh

# The page is written for each portfolio by `cyberfolio build`, not by
# Trunk's hook (scripts/trunk-meta.sh). Trunk.toml's public_url is "./":
# `cyberfolio build --base` puts the site's path in front of the app's two
# addresses.
CYBERFOLIO_SKIP_META_HOOK=1 with_size_toolchain trunk build --release --dist "$APP"
cargo run --quiet -p cyberfolio-build -- order-wasm "$APP"
echo "$APP"
