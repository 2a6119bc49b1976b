#!/usr/bin/env bash
# The Linux binary is whole: statically linked (no shared library, not even
# the C library), it runs with an empty environment and inside an empty
# root directory that holds nothing but itself and a catalogue.
#
# Usage: tests/packaging/static.sh LINUX_BINARY
# Needs: file, ldd. The empty-root run needs root (chroot); without it, that
# part says so and only the empty-environment run is done.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$(realpath "$1")"
fail() { echo "static.sh: FAILED: $*" >&2; exit 1; }
passed=0

description="$(file -b "$bin")"
echo "static.sh: file: $description"
case "$description" in
  *"statically linked"* | *"static-pie linked"*) ;;
  *) fail "file does not call $bin static" ;;
esac
case "$description" in *"interpreter"*) fail "$bin asks for a dynamic loader" ;; esac
ldd_output="$(ldd "$bin" 2>&1 || true)"
echo "static.sh: ldd: $ldd_output"
echo "$ldd_output" | grep -Eq "not a dynamic executable|statically linked" \
  || fail "ldd lists shared libraries"
passed=$((passed + 1))

# An empty environment: no PATH, no HOME, no LANG.
set +e
env -i "$bin" audit "$root/catalog" --format json > /tmp/static-env-$$.json 2> /dev/null
status=$?
set -e
[ "$status" = 1 ] || fail "with env -i: exit $status, expected 1 (the catalogue has findings)"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["summary"]["procedures"] > 0, r["summary"]' /tmp/static-env-$$.json \
  || fail "with env -i: no report"
rm -f /tmp/static-env-$$.json
echo "static.sh: ok: runs with an empty environment (exit $status)"
passed=$((passed + 1))

if [ "$(id -u)" = 0 ]; then
  jail="$(mktemp -d)"
  trap 'rm -rf "$jail"' EXIT
  cp "$bin" "$jail/horsligne"
  cp -r "$root/catalog" "$jail/catalog"
  echo "static.sh: empty root holds: $(cd "$jail" && find . -maxdepth 1 | sort | tr '\n' ' ')"
  set +e
  env -i "$(command -v chroot)" "$jail" /horsligne audit /catalog --lang en --format json=/report.json > /dev/null 2>&1
  status=$?
  set -e
  [ "$status" = 1 ] || fail "in an empty root: exit $status, expected 1"
  grep -q '"report_version"' "$jail/report.json" || fail "in an empty root: no report written"
  echo "static.sh: ok: audits in an empty root (no /lib, /etc, /proc, /dev; exit $status)"
  passed=$((passed + 1))
else
  echo "static.sh: not root: the empty-root run (chroot) is left out"
fi
echo "static.sh: $passed passed, 0 failed"
