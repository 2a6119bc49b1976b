#!/usr/bin/env bash
# Benchmark of `horsligne scan` (not a test): pages read per second on the
# fictional test web (tests/fixtures/scan-web, four commune sites, 56 pages)
# served on 127.0.0.1, politeness interval off (--interval-ms 0, 8 requests
# per host) so that the crawler and the reader are measured, not the waits.
# The median of RUNS runs, and the precision / recall table of
# the drafts (examples/scan_metrics.rs).
#
#   bench/scan.sh            # 5 runs
#   RUNS=9 bench/scan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet --example scan_metrics
bin=target/release/examples/scan_metrics
out=$(mktemp)
trap 'rm -f "$out"' EXIT

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# One warm-up run (not counted), then RUNS runs.
for _ in $(seq "$((RUNS + 1))"); do "$bin" >> "$out" 2>&1; done
# The warm-up run is the first line; the runs counted follow.
rates=$(sed -n 's/.*pages_per_second=\([0-9]*\).*/\1/p' "$out" | tail -n "$RUNS")
echo "pages per second (median of $RUNS runs): $(printf '%s\n' $rates | median)"
echo "runs: $(echo $rates)"
"$bin" | sed -n '/^|/p'
