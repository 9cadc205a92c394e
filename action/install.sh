#!/usr/bin/env bash
# Step 1 of action.yml: puts the released `cyberfolio` for this runner on
# the PATH, after checking it against the release's SHA-256SUMS. A file
# that does not match is refused, and nothing is installed.
#
# Environment (set by action.yml; crates/cli/tests/action.rs sets them too):
#   CYBERFOLIO_VERSION            the release (v0.1.0); by default the version
#                                 of the action itself (crates/cli/Cargo.toml)
#   CYBERFOLIO_ACTION_REPOSITORY  owner/name of the action's repository
#   CYBERFOLIO_RUNNER_OS, _ARCH   runner.os and runner.arch
#   CYBERFOLIO_DOWNLOAD_URL       where the release's files are (by default
#                                 the GitHub release of that version)
#   RUNNER_TEMP, GITHUB_PATH      the runner's
set -euo pipefail

ACTION="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "::error title=Cyberfolio::$*" >&2; exit 1; }

case "${CYBERFOLIO_RUNNER_OS:-Linux}/${CYBERFOLIO_RUNNER_ARCH:-X64}" in
  Linux/X64) asset=cyberfolio-x86_64-unknown-linux-musl ;;
  macOS/ARM64) asset=cyberfolio-aarch64-apple-darwin ;;
  Windows/X64) asset=cyberfolio-x86_64-pc-windows-msvc.exe ;;
  *) fail "no cyberfolio binary for a ${CYBERFOLIO_RUNNER_OS:-?} ${CYBERFOLIO_RUNNER_ARCH:-?} runner: use ubuntu-latest, macos-14 or windows-latest" ;;
esac

version="${CYBERFOLIO_VERSION:-}"
if [[ -z "$version" ]]; then
  version="v$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ACTION/crates/cli/Cargo.toml" | head -n 1)"
fi
[[ "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]] || fail "version \"$version\": expected a release tag such as v0.1.0"

repository="${CYBERFOLIO_ACTION_REPOSITORY:-}"
if [[ -z "$repository" ]]; then
  # The runner checks an action out under _actions/<owner>/<name>/<ref>.
  repository="$(basename "$(dirname "$(dirname "$ACTION")")")/$(basename "$(dirname "$ACTION")")"
fi
url="${CYBERFOLIO_DOWNLOAD_URL:-https://github.com/$repository/releases/download/$version}"

bin="${RUNNER_TEMP:?the runner sets RUNNER_TEMP}/cyberfolio-bin"
download="$(mktemp -d "${RUNNER_TEMP}/cyberfolio-download.XXXXXX")"
echo "cyberfolio $version: $url/$asset"
curl --fail --silent --show-error --location --retry 3 --output "$download/$asset" "$url/$asset" \
  || fail "could not download $url/$asset"
curl --fail --silent --show-error --location --retry 3 --output "$download/SHA256SUMS" "$url/SHA256SUMS" \
  || fail "could not download $url/SHA256SUMS"

expected="$(awk -v asset="$asset" '$2 == asset || $2 == "*" asset { print $1 }' "$download/SHA256SUMS")"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || fail "SHA256SUMS of $version has no checksum for $asset"
# From standard input: with a path holding a backslash (Windows runners'
# RUNNER_TEMP), sha256sum escapes its line with a leading "\".
if command -v sha256sum >/dev/null; then
  actual="$(sha256sum < "$download/$asset" | awk '{print $1}')"
else
  actual="$(shasum -a 256 < "$download/$asset" | awk '{print $1}')"
fi
[[ "$actual" == "$expected" ]] || fail "$asset does not match its SHA-256 in SHA256SUMS (expected $expected, got $actual): not installed"

mkdir -p "$bin"
name=cyberfolio
[[ "$asset" == *.exe ]] && name=cyberfolio.exe
mv "$download/$asset" "$bin/$name"
chmod +x "$bin/$name"
rm -rf "$download"
echo "$bin" >> "${GITHUB_PATH:?the runner sets GITHUB_PATH}"
"$bin/$name" --version
