#!/usr/bin/env bash
# README command 1: serve the site locally with live reload.
#   bash scripts/dev.sh            # http://127.0.0.1:8080/
#   PORT=9000 bash scripts/dev.sh  # http://127.0.0.1:9000/
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

bash scripts/setup.sh
# shellcheck source=/dev/null
source scripts/env.sh

PORT="${PORT:-8080}"
echo
echo "Cyberfolio will be served at http://127.0.0.1:${PORT}/ once the first build finishes (Ctrl+C to stop)."
echo
# The release wasm as deployed (see with_size_toolchain in scripts/env.sh).
with_size_toolchain trunk serve --release --address 127.0.0.1 --port "$PORT"
