#!/usr/bin/env bash
# The release build of the site, as deployed: the app (scripts/build-app.sh:
# Trunk's size-optimised release build, its wasm reordered to compress
# better), then `cyberfolio build`, the student's command, compiled with
# that app inside, which writes the portfolio's page (its title, link
# preview, every section, the inlined stylesheet and start script, the CSP)
# and copies its documents, under PUBLIC_URL.
#   bash scripts/build.sh /cyberfolio/ target/e2e-dist
#   bash scripts/build.sh "/<repository>/" dist        # the Pages workflow
# Needs scripts/env.sh (run scripts/setup.sh once). Used by scripts/bench.sh
# and .github/workflows/pages.yml.
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

export CYBERFOLIO_APP="$REPO/target/cyberfolio-app"
bash scripts/build-app.sh "$CYBERFOLIO_APP" >/dev/null
# Fails on a portfolio with errors, with the validator's located messages.
cargo run --quiet -p cyberfolio-cli -- build data/portfolio.json --output "$DIST" --base "$PUBLIC_URL"
