#!/usr/bin/env bash
# Benchmark (issue 12): export and import of a 100,000-procedure catalogue,
# median of several runs and peak memory with farm-bench. Results: docs/spreadsheets.md.
# Usage: bench/spreadsheets.sh [PROCEDURES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-5}
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example gen-catalog
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/gen-catalog "$n" 1 "$work/catalogue.yaml"
bin=target/release/horsligne
for format in xlsx ods; do
  echo "== export --format $format ($n procedures)"
  farm-bench -n "$runs" --timeout 3600 -- "$bin" export "$work/catalogue.yaml" --format "$format" \
    --output "$work/demarches.$format" --max-file-size 1000000000
  echo "== import $format ($n procedures)"
  farm-bench -n "$runs" --timeout 3600 -- sh -c "rm -rf '$work/out' && '$bin' import '$work/demarches.$format' --output '$work/out' --max-file-size 1000000000"
done
echo "== export --format csv ($n procedures)"
farm-bench -n "$runs" --timeout 3600 -- "$bin" export "$work/catalogue.yaml" --format csv --output "$work/csv" --max-file-size 1000000000
echo "== import csv ($n procedures)"
farm-bench -n "$runs" --timeout 3600 -- sh -c "rm -rf '$work/out' && '$bin' import '$work/csv' --output '$work/out'"
