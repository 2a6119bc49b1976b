#!/usr/bin/env bash
# Real-browser checks of the HTML report and the residents' guide, made from
# the shipped catalogue in French and English, and of the verify report (its
# evidence section) of the shipped catalogue and of the tests' town site:
#   - valid HTML5 (Nu HTML Checker, vnu-jar from npm, on Java),
#   - no WCAG 2.1 A/AA violation reported by axe-core in headless Chromium,
#     no request outside the page, a screenshot and an A4 PDF printed by Chromium.
# Installs what it needs when missing (Debian packages, npm ci); idempotent.
# Output: target/browser-checks/.
set -euo pipefail
cd "$(dirname "$0")/../.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "installing ${need_apt[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# The lock file pins the exact versions; install scripts are not needed (Java is
# the system's) and would try to download a runtime.
(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)

out=target/browser-checks
rm -rf "$out"
mkdir -p "$out"
# CI passes the binary its test build already made (HORSLIGNE_BIN); run alone,
# the script builds its own.
bin="${HORSLIGNE_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --release --locked --quiet
  bin=target/release/horsligne
fi
for lang in fr en; do
  # Exit 1 means findings (expected on the shipped catalogue), not a failure.
  set +e
  "$bin" --lang "$lang" audit catalog/ --today 2026-11-23 \
    --format "html=$out/report-$lang.html" --format "json=$out/audit-$lang.json" 2>/dev/null
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "audit for the HTML report failed with exit code $status" >&2
    exit 1
  fi
  "$bin" --lang "$lang" report "$out/audit-$lang.json" --format html \
    --output "$out/report-from-json-$lang.html" --fail-on never 2>/dev/null
  cmp "$out/report-$lang.html" "$out/report-from-json-$lang.html"
  "$bin" --lang "$lang" guide catalog/ --output "$out/guide-$lang.html"
  # The verify report with its evidence section: the shipped catalogue's pages
  # are on .example, nothing resolves, every page is inconclusive (no network).
  set +e
  "$bin" --lang "$lang" verify catalog/ --today 2026-11-23 \
    --format "html=$out/verify-$lang.html" --format "json=$out/verify-$lang.json" 2>/dev/null
  status=$?
  set -e
  if [ "$status" -gt 1 ]; then
    echo "verify for the HTML report failed with exit code $status" >&2
    exit 1
  fi
  "$bin" --lang "$lang" report "$out/verify-$lang.json" --format html \
    --output "$out/verify-from-json-$lang.html" --fail-on never 2>/dev/null
  cmp "$out/verify-$lang.html" "$out/verify-from-json-$lang.html"
done
# Confirmed, contradicted and not-found verdicts: the verify report of the
# town site the tests serve on 127.0.0.1 (tests/verify.rs), in both languages.
HORSLIGNE_SAMPLE_REPORTS="$PWD/$out" cargo test --locked --quiet --test verify \
  readable_reports_show_the_evidence >/dev/null

pages=("$out/report-fr.html" "$out/report-en.html" "$out/guide-fr.html" "$out/guide-en.html"
  "$out/verify-fr.html" "$out/verify-en.html" "$out/verify-town-fr.html" "$out/verify-town-en.html")
echo "Nu HTML Checker"
java -jar tests/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only "${pages[@]}"
echo "axe-core in Chromium, screenshots and PDF"
node tests/browser/check.mjs "$out" "${pages[@]}"
