#!/usr/bin/env bash
# CI (issue 12): the exported xlsx opens in openpyxl with its validations intact;
# the xlsx audit has frozen headers and filters; the CPSV-AP export passes the shapes.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m pip install --quiet --disable-pip-version-check openpyxl pyshacl
bin="${HORSLIGNE_BIN:-target/release/horsligne}"
[ -x "$bin" ] || cargo build --release --locked --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" export catalog --format xlsx --output "$out/demarches.xlsx" 2>/dev/null
"$bin" --lang nl export catalog --format xlsx --output "$out/procedures.xlsx" 2>/dev/null
set +e
"$bin" audit catalog --format xlsx="$out/audit.xlsx" >/dev/null
status=$?
set -e
[ "$status" -le 1 ] || { echo "audit --format xlsx failed ($status)" >&2; exit 1; }
python3 tests/spreadsheets/check_xlsx.py "$out/demarches.xlsx" "$out/audit.xlsx" "$out/procedures.xlsx"
for catalogue in catalog examples/catalogues/wallonie; do
  "$bin" export "$catalogue" --format cpsv-ap --output "$out/cpsv.jsonld" 2>/dev/null
  python3 tests/cpsv/validate.py "$out/cpsv.jsonld"
done
# The shapes can fail: a service without its title must be refused.
python3 - "$out/cpsv.jsonld" "$out/broken.jsonld" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
next(n for n in doc["@graph"] if n["@type"] == "cpsv:PublicService").pop("dct:title")
json.dump(doc, open(sys.argv[2], "w"))
PY
if python3 tests/cpsv/validate.py "$out/broken.jsonld" >/dev/null; then
  echo "the CPSV-AP shapes accepted a service without a title" >&2
  exit 1
fi
echo "spreadsheets and CPSV-AP: OK"
