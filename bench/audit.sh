#!/usr/bin/env bash
# Audit speed and memory on synthetic catalogues, against serde_yaml alone.
#
#   bash bench/audit.sh [sizes...]        (default: 1000 10000 100000)
#
# For each size N it generates one file and a 50-file directory, then runs,
# RUNS times each (default 5), `parse-yaml-value` (serde_yaml into Value: the
# reference) and `horsligne audit --format json` (load, resolve, all rules,
# JSON written to a file). It prints the median wall time, the median peak
# memory and the ratio audit / parse. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${*:-1000 10000 100000}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --quiet --bin horsligne --example gen-catalog --example parse-yaml-value
BIN=target/release

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure <label> <command...>: prints "median_seconds median_peak_kib"
measure() {
  shift
  local times=() mems=() out
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>&1
    out=$(tail -1 "$WORK/time")
    times+=("${out% *}"); mems+=("${out#* }")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${mems[@]}" | median)"
}

printf '%-10s %-6s %9s %12s %9s %12s %7s\n' procedures files "parse s" "parse MiB" "audit s" "audit MiB" ratio
for n in $SIZES; do
  for files in 1 50; do
    target="$WORK/c-$n-$files"; [ "$files" = 1 ] && target="$target.yaml"
    [ -e "$target" ] || "$BIN/examples/gen-catalog" "$n" "$files" "$target"
    read -r pt pm < <(measure parse "$BIN/examples/parse-yaml-value" "$target")
    read -r at am < <(measure audit "$BIN/horsligne" audit "$target" --format json --output "$WORK/out.json" \
        --fail-on never --max-file-size 1000000000 --today 2026-11-23)
    printf '%-10s %-6s %9s %12.1f %9s %12.1f %7.2f\n' "$n" "$files" "$pt" "$(echo "$pm/1024" | bc -l)" \
        "$at" "$(echo "$am/1024" | bc -l)" "$(echo "$at/$pt" | bc -l)"
  done
done
