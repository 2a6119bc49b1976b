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

# run <command...>: prints "seconds peak_kib" of one run
run() {
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>&1 || true
  tail -1 "$WORK/time"
}

# The parse and the audit run in turns, so that whatever else the machine does
# weighs on both alike; each figure is the median of its RUNS runs.
compare() {
  local target=$1 pt=() pm=() at=() am=() out
  for _ in $(seq "$RUNS"); do
    out=$(run "$BIN/examples/parse-yaml-value" "$target"); pt+=("${out% *}"); pm+=("${out#* }")
    out=$(run "$BIN/horsligne" audit "$target" --format json --output "$WORK/out.json" \
        --fail-on never --max-file-size 1000000000 --today 2026-11-23)
    at+=("${out% *}"); am+=("${out#* }")
  done
  printf '%s %s %s %s\n' "$(printf '%s\n' "${pt[@]}" | median)" "$(printf '%s\n' "${pm[@]}" | median)" \
    "$(printf '%s\n' "${at[@]}" | median)" "$(printf '%s\n' "${am[@]}" | median)"
}

printf '%-10s %-6s %9s %12s %9s %12s %7s\n' procedures files "parse s" "parse MiB" "audit s" "audit MiB" ratio
for n in $SIZES; do
  for files in 1 50; do
    target="$WORK/c-$n-$files"; [ "$files" = 1 ] && target="$target.yaml"
    [ -e "$target" ] || "$BIN/examples/gen-catalog" "$n" "$files" "$target"
    read -r pt pm at am < <(compare "$target")
    printf '%-10s %-6s %9s %12.1f %9s %12.1f %7.2f\n' "$n" "$files" "$pt" "$(echo "$pm/1024" | bc -l)" \
        "$at" "$(echo "$am/1024" | bc -l)" "$(echo "$at/$pt" | bc -l)"
  done
done
