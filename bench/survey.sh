#!/usr/bin/env bash
# Survey speed and memory on generated folders of authorities (40 procedures
# each, the size of a commune's catalogue).
#
#   bash bench/survey.sh [authorities...]      (default: 1000 10000)
#
# For each size K it generates K one-file catalogues, then runs
# `horsligne survey DIR --format json=...` RUNS times (default 3) and prints
# the median wall time, the median peak memory and the CPU use (over 100 %
# means both cores worked). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=${*:-1000 10000}
PROCEDURES=${PROCEDURES:-40}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --quiet --bin horsligne --example gen-catalog
BIN=target/release

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-12s %10s %12s %8s\n' authorities seconds peak_MiB cpu
for k in $SIZES; do
  dir="$WORK/survey-$k"
  [ -d "$dir" ] || "$BIN/examples/gen-catalog" "$PROCEDURES" "authorities=$k" "$dir"
  ts=() ms=() cs=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M %P" -o "$WORK/time" "$BIN/horsligne" survey "$dir" \
      --format "json=$WORK/survey.json" --today 2026-11-27 >/dev/null 2>&1 || true
    read -r t m c < <(tail -1 "$WORK/time")
    ts+=("$t"); ms+=("$m"); cs+=("${c%\%}")
  done
  printf '%-12s %10s %12s %7s%%\n' "$k" "$(printf '%s\n' "${ts[@]}" | median)" \
    "$(( $(printf '%s\n' "${ms[@]}" | median) / 1024 ))" "$(printf '%s\n' "${cs[@]}" | median)"
done
