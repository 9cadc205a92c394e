#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): `cyberfolio-build page` on the page Trunk
# just built, so that `trunk serve` and `trunk build` give the same page as
# the deployed one: title, link preview, and the content written at build
# time (every section, the réalisations included), into which
# the app mounts its live parts.
#
# When the portfolio has errors, meta prints them and writes them into the
# page in place of the portfolio: the hook still succeeds, so that `trunk
# serve` keeps serving, and the browser shows the same diagnostics.
# scripts/build-app.sh sets CYBERFOLIO_SKIP_META_HOOK=1: the deployed page
# is written by `cyberfolio build`, which fails on errors.
set -uo pipefail

[[ "${CYBERFOLIO_SKIP_META_HOOK:-0}" == 1 ]] && exit 0
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
# The hook inherits the release toolchain's settings (with_size_toolchain in
# scripts/env.sh), which are for the wasm: the command line is a host
# program, built with the stable toolchain like every other use of it.
unset RUSTUP_TOOLCHAIN CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES RUSTFLAGS
if ! cargo run --quiet -p cyberfolio-build -- page "${TRUNK_STAGING_DIR:?run by Trunk}"; then
  echo "scripts/trunk-meta.sh : la construction continue, pour que la page affiche ce qu'il faut corriger." >&2
fi
exit 0
