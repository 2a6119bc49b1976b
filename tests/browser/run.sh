#!/usr/bin/env bash
# Real-browser checks of the HTML report and the residents' guide, made from
# the shipped catalogue in French, English and Dutch, the bilingual guide of a
# Brussels commune (French and Dutch in one document), and of the verify report (its
# evidence section) of the shipped catalogue and of the tests' town site:
#   - valid HTML5 (Nu HTML Checker, vnu-jar from npm, on Java),
#   - no WCAG 2.1 A/AA violation reported by axe-core in headless Chromium,
#     no request outside the page, a screenshot and an A4 PDF printed by Chromium,
#     no word broken over two lines in print except after a hyphen, nothing wider
#     than the A4 page (the check is itself checked on a page that breaks words).
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
for lang in fr en nl; do
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

# The observatory (survey --site, issue 26): its national, département and
# authority pages, with the map, in French and English; their stylesheet is
# the site's own file (check.mjs allows a site's pages to read it).
for lang in fr en; do
  "$bin" --lang "$lang" survey tests/fixtures/survey/communes --today 2026-11-23 \
    --accept-not-loaded --format json="$out/survey-$lang.json" \
    --map tests/fixtures/survey/communes.geojson --site "$out/site-$lang" 2>/dev/null
done

# A Brussels commune's guide without --lang: French and Dutch in one document.
env -u HORSLIGNE_LANG -u LC_ALL -u LC_MESSAGES LANG=C \
  "$bin" guide tests/fixtures/reports/bruxelles.yaml --output "$out/guide-bruxelles.html"

pages=("$out/report-fr.html" "$out/report-en.html" "$out/report-nl.html"
  "$out/guide-fr.html" "$out/guide-en.html" "$out/guide-nl.html" "$out/guide-bruxelles.html"
  "$out/verify-fr.html" "$out/verify-en.html" "$out/verify-nl.html"
  "$out/verify-town-fr.html" "$out/verify-town-en.html"
  "$out/site-fr/index.html" "$out/site-fr/departement/90.html" "$out/site-fr/region/wallonie.html"
  "$out/site-fr/collectivite/fr-90001/index.html" "$out/site-fr/collectivites/liste.html"
  "$out/site-en/index.html" "$out/site-en/departement/90.html")
echo "Nu HTML Checker"
java -jar tests/browser/node_modules/vnu-jar/build/dist/vnu.jar --errors-only "${pages[@]}"
echo "axe-core in Chromium, screenshots and PDF"
node tests/browser/check.mjs "$out" "${pages[@]}"

# The printed bilingual guide has both languages, the Dutch from a new page.
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$out/guide-bruxelles.pdf" "$out/guide-bruxelles.txt"
  grep -q "Faire ses démarches sans internet" "$out/guide-bruxelles.txt"
  grep -q "Uw procedures zonder internet" "$out/guide-bruxelles.txt"
fi

# The broken-word check fails where it must: a narrow table that cuts words.
echo "the print check on a page that breaks words (must fail)"
if node tests/browser/check.mjs "$out/self-test" tests/browser/broken-words.html 2>"$out/self-test.log"; then
  echo "the broken-word check passed a page that breaks words" >&2
  exit 1
fi
grep -q "broken word in print" "$out/self-test.log"
echo "print check fails on broken words, as it should"
