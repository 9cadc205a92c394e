#!/usr/bin/env bash
# The release build of the site, as deployed: the size-optimised wasm, its
# functions reordered to compress better (`cyberfolio-build order-wasm`), then the
# title, link preview, accueil and inlined stylesheet that `cyberfolio-build page`
# writes into the page.
#   bash scripts/build.sh /cyberfolio/ target/e2e-dist
#   bash scripts/build.sh "/<repository>/" dist        # the Pages workflow
# Needs scripts/env.sh (run scripts/setup.sh once). Used by scripts/test.sh,
# scripts/bench.sh and .github/workflows/pages.yml.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

die() { echo "error: $*" >&2; exit 1; }

[[ $# -eq 2 ]] || die "usage: bash scripts/build.sh PUBLIC_URL DIST_DIR (for example /cyberfolio/ dist)"
PUBLIC_URL="$1"
DIST="$2"
[[ -f scripts/env.sh ]] || die "scripts/env.sh is missing: run 'bash scripts/setup.sh' first"
# shellcheck source=/dev/null
source scripts/env.sh

# meta runs below, after the wasm is reordered, and fails on errors: not
# from Trunk's hook (scripts/trunk-meta.sh), which lets a broken portfolio
# through to the site's error page.
CYBERFOLIO_SKIP_META_HOOK=1 with_size_toolchain trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"
cargo run --quiet -p cyberfolio-build -- order-wasm "$DIST"
cargo run --quiet -p cyberfolio-build -- page "$DIST"
