#!/usr/bin/env bash
# Benchmark of `horsligne verify` (not a test): pages per second and peak memory
# when verifying N locally served pages at several concurrency levels; the median
# of RUNS runs each. Memory must stay flat as the page count grows: the crawler
# keeps no page body once read.
#
#   bench/verify.sh                 # N = 1000 and 10000, concurrency 4 16 64, 3 runs
#   PAGES="10000" LEVELS="16" RUNS=5 bench/verify.sh
#
# Needs /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${PAGES:-"1000 10000"}
LEVELS=${LEVELS:-"4 16 64"}
RUNS=${RUNS:-3}

if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is missing: apt-get install time" >&2
  exit 2
fi
cargo build --release --quiet --example verify_bench
bin=target/release/examples/verify_bench

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-8s %-12s %-14s %-14s %-16s\n' pages concurrency pages/second peak_RSS_MiB baseline_RSS_MiB
for n in $PAGES; do
  # The catalogue and the local server alone, without verifying: the crawler's
  # own memory is the difference.
  base=$( { BENCH_BASELINE=1 /usr/bin/time -f '%M' "$bin" "$n" 1 > /dev/null; } 2>&1 | tail -1 )
  for c in $LEVELS; do
    rates=(); rss=()
    for _ in $(seq "$RUNS"); do
      out=$( { /usr/bin/time -v "$bin" "$n" "$c" > /tmp/verify_bench.$$ ; } 2>&1 )
      rates+=("$(sed -n 's/.*pages_per_second=\([0-9]*\).*/\1/p' /tmp/verify_bench.$$)")
      rss+=("$(printf '%s\n' "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')")
    done
    rate=$(printf '%s\n' "${rates[@]}" | median)
    kb=$(printf '%s\n' "${rss[@]}" | median)
    printf '%-8s %-12s %-14s %-14s %-16s\n' "$n" "$c" "$rate" "$((kb / 1024))" "$((base / 1024))"
  done
done
rm -f /tmp/verify_bench.$$
