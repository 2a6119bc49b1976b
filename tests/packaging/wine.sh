#!/usr/bin/env bash
# The Windows build does what the Linux build does: run under Wine, it audits
# the shipped catalogue with the same exit code and a JSON report identical
# to the Linux binary's (paths aside: catalog\x.yaml on Windows).
#
# Usage: tests/packaging/wine.sh LINUX_BINARY WINDOWS_EXE
# Needs: wine64 (Wine 8, Debian), x86_64-w64-mingw32-gcc, python3.
#
# Wine 8 has no bcryptprimitives.dll, whose ProcessPrng Rust's standard
# library calls on Windows; a test-only stand-in built here from
# wine/bcryptprimitives.c is put beside the .exe (the first place Windows
# looks for a DLL). Real Windows has its own: the stand-in is never shipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
linux_bin="$(realpath "$1")"
windows_exe="$(realpath "$2")"

wine=""
for candidate in wine64 wine /usr/lib/wine/wine64; do
  if command -v "$candidate" > /dev/null; then wine="$(command -v "$candidate")"; break; fi
done
[ -n "$wine" ] || { echo "wine.sh: Wine not found (apt-get install wine64)" >&2; exit 2; }

wineserver="$(command -v wineserver || echo "$(dirname "$(realpath "$wine")")/wineserver")"

work="$(mktemp -d)"
cleanup() {
  # Wine leaves its server running for a while: stop this prefix's one.
  WINEPREFIX="$work/prefix" "$wineserver" -k > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/app"
cp "$windows_exe" "$work/app/horsligne.exe"
x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$work/app/bcryptprimitives.dll" \
  "$here/wine/bcryptprimitives.c" "$here/wine/bcryptprimitives.def" -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="bcryptprimitives=n;mscoree,mshtml="
export WINEARCH=win64
unset DISPLAY
echo "wine.sh: $("$wine" --version) at $wine"
"$wine" wineboot --init > "$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log" >&2; exit 1; }

cd "$root"
run_status() { # command... ; prints the exit code
  set +e
  "$@" > /dev/null 2>> "$work/stderr.log"
  local status=$?
  set -e
  echo "$status"
}
today=2026-11-23
linux_status=$(run_status env -u HORSLIGNE_LANG "$linux_bin" audit catalog --today "$today" --format json="$work/linux.json")
windows_status=$(run_status env -u HORSLIGNE_LANG "$wine" "$work/app/horsligne.exe" audit catalog --today "$today" --format json="$work/windows.json")
echo "wine.sh: exit code on catalog/: Linux $linux_status, Windows (Wine) $windows_status"
if [ "$linux_status" != "$windows_status" ] || [ ! -s "$work/windows.json" ]; then
  cat "$work/stderr.log" >&2
  echo "wine.sh: FAILED: the Windows build's exit code differs, or it wrote no report" >&2
  exit 1
fi
python3 "$here/compare_reports.py" "$work/linux.json" "$work/windows.json"
# The comparison can fail: one finding less on the Windows side is caught.
python3 - "$work/windows.json" "$work/windows-altered.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
report["findings"].pop()
json.dump(report, open(sys.argv[2], "w", encoding="utf-8"))
PY
if python3 "$here/compare_reports.py" "$work/linux.json" "$work/windows-altered.json" 2> /dev/null; then
  echo "wine.sh: FAILED: compare_reports.py does not see a missing finding" >&2
  exit 1
fi

# A usage error is exit 2 on both, and the words are the same.
linux_usage=$(run_status "$linux_bin" audit catalog --fail-on sometimes)
windows_usage=$(run_status "$wine" "$work/app/horsligne.exe" audit catalog --fail-on sometimes)
[ "$linux_usage" = 2 ] && [ "$windows_usage" = 2 ] \
  || { echo "wine.sh: FAILED: usage error exit codes: Linux $linux_usage, Windows $windows_usage" >&2; exit 1; }
"$wine" "$work/app/horsligne.exe" --version | tr -d '\r' | grep -qx "horsligne $("$linux_bin" --version | cut -d' ' -f2)" \
  || { echo "wine.sh: FAILED: --version differs" >&2; exit 1; }
echo "wine.sh: 3 passed, 0 failed"
