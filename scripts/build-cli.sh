#!/usr/bin/env bash
# The complete `cyberfolio` binary: the app (scripts/build-app.sh), then the
# command line in release mode with the app inside. The result builds any
# portfolio's whole site (`cyberfolio build`) with nothing else installed.
#   bash scripts/build-cli.sh                    # target/release/cyberfolio
#   bash scripts/build-cli.sh --target aarch64-apple-darwin   # passed to cargo
# Needs scripts/env.sh (run scripts/setup.sh once). The release workflow
# builds the app once on Linux and passes it to each system's build.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

[[ -f scripts/env.sh ]] || { echo "error: scripts/env.sh is missing: run 'bash scripts/setup.sh' first" >&2; exit 1; }
# shellcheck source=/dev/null
source scripts/env.sh

export CYBERFOLIO_APP="$REPO/target/cyberfolio-app"
bash scripts/build-app.sh "$CYBERFOLIO_APP" >/dev/null
cargo build --release --locked -p cyberfolio-cli "$@"
ls -l "$REPO"/target/*release/cyberfolio "$REPO"/target/*/release/cyberfolio 2>/dev/null || true
