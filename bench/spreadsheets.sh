#!/usr/bin/env bash
# Benchmark (issue 12): export and import of a large generated catalogue in
# xlsx, ods and csv, median wall time and median peak memory of RUNS runs
# (GNU time). Results: docs/benchmarks.md.
#
#   bash bench/spreadsheets.sh [PROCEDURES] [RUNS]      (default: 100000 3)
#   FORMATS="xlsx csv" bash bench/spreadsheets.sh        (a subset)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-3}
formats=${FORMATS:-xlsx ods csv}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
cargo build --release --locked --quiet --bin horsligne --example gen-catalog
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT
[ -e "$work/catalogue-$n.yaml" ] || target/release/examples/gen-catalog "$n" 1 "$work/catalogue-$n.yaml"
bin=target/release/horsligne
max=--max-file-size=1000000000

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure <label> <command...>: RUNS runs, prints the median seconds and MiB.
# Each import writes into a fresh folder (import never writes over one).
measure() {
  local label=$1 ts=() ms=() t m
  shift
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
      || { echo "$label failed:" >&2; cat "$work/stderr" >&2; exit 1; }
    read -r t m < <(tail -1 "$work/time")
    ts+=("$t"); ms+=("$m")
  done
  printf '%-14s %10s %10s\n' "$label" "$(printf '%s\n' "${ts[@]}" | median)" \
    "$(( $(printf '%s\n' "${ms[@]}" | median) / 1024 ))"
}

echo "$n procedures, median of $runs runs"
printf '%-14s %10s %10s\n' command seconds peak_MiB
for format in $formats; do
  out="$work/demarches.$format"
  [ "$format" = csv ] && out="$work/csv"
  rm -rf "$out"
  measure "export $format" "$bin" export "$work/catalogue-$n.yaml" --format "$format" --output "$out" "$max"
  # The last export stays for the import.
  # Without --into: the template holds every field (issue 23).
  measure "import $format" "$bin" import "$out" --output "$work/out" "$max"
done
