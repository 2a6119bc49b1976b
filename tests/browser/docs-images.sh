#!/usr/bin/env bash
# Makes docs/img/report.png and docs/img/guide-page.png again from the shipped
# catalogue (run tests/browser/run.sh first: it installs Chromium and npm packages).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/browser-checks
mkdir -p "$out" docs/img
cargo build --release --locked --quiet
target/release/horsligne audit catalog/ --today 2026-11-23 --format "html=$out/docs-report.html" 2>/dev/null || [ $? -eq 1 ]
target/release/horsligne guide catalog/ --output "$out/docs-guide.html"
node tests/browser/docs-images.mjs "$out/docs-report.html" "$out/docs-guide.html" docs/img
