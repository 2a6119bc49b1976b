#!/usr/bin/env bash
# Time to render the readable reports and the residents' guide of a synthetic
# 100,000-procedure catalogue (release build). Prints the median of RUNS runs
# (default 5) of each command, in seconds.
#   bench/reports.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --locked --quiet --bin horsligne --example gen-catalog
target/release/examples/gen-catalog "$n" 1 "$work/catalog.yaml"
bin=target/release/horsligne
# The generated file is larger than the default 32 MiB limit.
max=1000000000
"$bin" audit "$work/catalog.yaml" --today 2026-11-23 --format "json=$work/audit.json" --fail-on never --max-file-size "$max"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() {
  local label=$1; shift
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
  done | median | xargs printf "%-40s %ss (median of $runs)\n" "$label"
}
measure "audit + html ($n procedures)" "$bin" audit "$work/catalog.yaml" --today 2026-11-23 --format "html=$work/r.html" --max-file-size "$max"
for format in html markdown csv; do
  measure "report --format $format (from JSON)" "$bin" report "$work/audit.json" --format "$format" --output "$work/out.$format"
done
measure "guide ($n procedures)" "$bin" guide "$work/catalog.yaml" --output "$work/guide.html" --max-file-size "$max"
ls -la "$work"/r.html "$work"/guide.html | awk '{ print $5, $9 }'
