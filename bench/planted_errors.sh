#!/usr/bin/env bash
# Benchmark (issue 23): import of a workbook of PROCEDURES procedures with
# MISTAKES mistakes planted in it (six kinds, spread over the whole sheet):
# every one reported in one run, median wall time and peak memory of RUNS
# runs (GNU time). Results: docs/benchmarks.md.
#
#   bash bench/planted_errors.sh [PROCEDURES] [MISTAKES] [RUNS]   (default: 100000 1000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
planted=${2:-1000}
runs=${3:-3}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --locked --quiet --bin horsligne --example gen-catalog --example plant-errors
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT
bin=target/release/horsligne
max=--max-file-size=1000000000
[ -e "$work/catalogue-$n.yaml" ] || target/release/examples/gen-catalog "$n" 1 "$work/catalogue-$n.yaml"
rm -rf "$work/csv"
"$bin" export "$work/catalogue-$n.yaml" --format csv --output "$work/csv" "$max" 2>/dev/null
target/release/examples/plant-errors "$work/csv" "$planted" "$work/planted.xlsx" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ts=() ms=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" import "$work/planted.xlsx" --output "$work/out" "$max" \
    >/dev/null 2>"$work/stderr"
  status=$?
  set -e
  [ "$status" -eq 2 ] || { echo "import exited $status, expected 2" >&2; tail "$work/stderr" >&2; exit 1; }
  [ ! -e "$work/out/catalogue.yaml" ] || { echo "a catalogue was written" >&2; exit 1; }
  # One line per error, each at its sheet, row and column.
  reported=$(grep -c "^erreur.*Démarches, ligne [0-9]*, colonne " "$work/stderr" || true)
  [ "$reported" -eq "$planted" ] || {
    echo "$reported errors reported, $planted planted" >&2
    grep "^erreur" "$work/stderr" | head -5 >&2
    exit 1
  }
  read -r t m < <(tail -1 "$work/time")
  ts+=("$t"); ms+=("$m")
done
echo "$n procedures, $planted mistakes planted, $reported reported in one run; median of $runs runs"
printf '%-22s %10s %10s\n' command seconds peak_MiB
printf '%-22s %10s %10s\n' "import (xlsx)" "$(printf '%s\n' "${ts[@]}" | median)" \
  "$(( $(printf '%s\n' "${ms[@]}" | median) / 1024 ))"
