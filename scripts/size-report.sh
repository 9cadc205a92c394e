#!/usr/bin/env bash
# Usage: scripts/size-report.sh DIST MAX_WASM_GZIP_BYTES
#
# Prints raw and gzip -9 sizes of every .wasm, .js, .css, .html and .json file
# in DIST, then fails if the .wasm files together exceed MAX_WASM_GZIP_BYTES
# once gzipped.
set -euo pipefail

if [[ $# -ne 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 DIST MAX_WASM_GZIP_BYTES" >&2
  exit 2
fi
DIST="${1%/}"
MAX_WASM_GZIP="$2"
[[ -d "$DIST" ]] || { echo "error: $DIST is not a directory" >&2; exit 2; }

total_raw=0
total_gzip=0
wasm_gzip=0
wasm_count=0

printf '%-60s %12s %12s\n' "FILE" "RAW" "GZIP -9"
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  printf '%-60s %12d %12d\n' "${file#"$DIST"/}" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
  if [[ "$file" == *.wasm ]]; then
    wasm_gzip=$((wasm_gzip + gz))
    wasm_count=$((wasm_count + 1))
  fi
done < <(find "$DIST" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \
  -o -name '*.html' -o -name '*.json' \) -not -path '*/.stage/*' -print0 | LC_ALL=C sort -z)
printf '%-60s %12d %12d\n' "TOTAL" "$total_raw" "$total_gzip"
echo

if [[ "$wasm_count" -eq 0 ]]; then
  echo "error: no .wasm file in $DIST" >&2
  exit 1
fi
if [[ "$wasm_gzip" -gt "$MAX_WASM_GZIP" ]]; then
  echo "error: wasm size budget exceeded: $wasm_gzip bytes gzipped > $MAX_WASM_GZIP bytes allowed" >&2
  exit 1
fi
echo "wasm size budget ok: $wasm_gzip bytes gzipped <= $MAX_WASM_GZIP bytes allowed"
