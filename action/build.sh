#!/usr/bin/env bash
# Step 3 of action.yml: `cyberfolio build` under the site's path, then the
# folder and path as the step's outputs (the upload step takes the folder).
#
# Environment (set by action.yml; crates/cli/tests/action.rs sets them too):
#   CYBERFOLIO_PORTFOLIO        the portfolio file (data/portfolio.json)
#   CYBERFOLIO_OUTPUT           the site's folder (_site)
#   CYBERFOLIO_BASE             the path asked for, if any
#   CYBERFOLIO_PAGES_CONFIGURED "true" when actions/configure-pages ran, and
#   CYBERFOLIO_PAGES_BASE_PATH  the path it gives (/name, or empty at the
#                               root of a host or of a custom domain)
#   GITHUB_REPOSITORY, GITHUB_OUTPUT   the runner's
set -euo pipefail

portfolio="${CYBERFOLIO_PORTFOLIO:-data/portfolio.json}"
output="${CYBERFOLIO_OUTPUT:-_site}"
base="${CYBERFOLIO_BASE:-}"
if [[ -z "$base" && "${CYBERFOLIO_PAGES_CONFIGURED:-false}" == true ]]; then
  base="${CYBERFOLIO_PAGES_BASE_PATH:-}"
  base="${base%/}/"
fi
if [[ -z "$base" ]]; then
  # Without Pages' answer: a repository named <user>.github.io is served at
  # the root of its host, any other at /<repository name>/.
  name="${GITHUB_REPOSITORY:?the runner sets GITHUB_REPOSITORY}"
  name="${name#*/}"
  lower="$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')"
  if [[ "$lower" == *.github.io ]]; then base=/; else base="/$name/"; fi
fi

# Without its leading "/": Git Bash on Windows runners rewrites an argument
# that starts with one into a Windows path. `--base` puts it back.
cyberfolio build "$portfolio" --output "$output" --base "${base#/}"
{
  echo "site=$output"
  echo "base=$base"
} >> "${GITHUB_OUTPUT:?the runner sets GITHUB_OUTPUT}"
