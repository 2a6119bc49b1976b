#!/usr/bin/env bash
# Builds what a release ships, into target/dist-out/:
#   horsligne-VERSION-x86_64-linux        static Linux binary (musl)
#   horsligne-VERSION-x86_64-windows.exe  Windows binary (MinGW)
#   horsligne_VERSION-1_amd64.deb         Debian package (the static binary,
#                                         manual pages, shell completions)
#   SHA256SUMS                            sha256sum -c checks them all
# Run by .ci/run (which then tests them, tests/packaging/) and by the release
# workflow (.github/workflows/release.yml): the same commands in both places.
# Needs: rustup, musl-tools, gcc-mingw-w64-x86-64, cargo-deb (--install-tools
# installs the missing ones: .ci/packaging-tools.sh).
#
# DIST_PROFILE picks the Cargo profile: `dist` (the default: optimised and
# stripped, what a release ships) or `cross-check` (not optimised, about a
# third of the compile time), which .ci/run uses to check on every run that
# the same commands still build, package and run on both systems.
set -euo pipefail
cd "$(dirname "$0")/.."

linux_target=x86_64-unknown-linux-musl
windows_target=x86_64-pc-windows-gnu
profile="${DIST_PROFILE:-dist}"

if [ "${1:-}" = "--install-tools" ]; then
  bash .ci/packaging-tools.sh
fi

timed() { # label command...
  local start=$SECONDS
  "$@"
  echo "dist: $1 $2 ... took $((SECONDS - start)) s" >&2
}

# mimalloc is C: musl-gcc compiles it against musl.
export CC_x86_64_unknown_linux_musl=musl-gcc
echo "== dist: static Linux binary ($linux_target)"
timed cargo build --locked --profile "$profile" --target "$linux_target"
echo "== dist: Windows binary ($windows_target)"
timed cargo build --locked --profile "$profile" --target "$windows_target"

linux_bin="target/$linux_target/$profile/horsligne"
windows_exe="target/$windows_target/$profile/horsligne.exe"
version="$("$linux_bin" --version | cut -d' ' -f2)"

echo "== dist: manual pages and completions (French, the package's language)"
assets=target/dist-assets
rm -rf "$assets"
mkdir -p "$assets/man" "$assets/completions"
"$linux_bin" manpage --lang fr --dir "$assets/man" 2> /dev/null
gzip -9 -n "$assets"/man/*.1
"$linux_bin" completions bash > "$assets/completions/horsligne"
"$linux_bin" completions zsh > "$assets/completions/_horsligne"
"$linux_bin" completions fish > "$assets/completions/horsligne.fish"

echo "== dist: Debian package"
out=target/dist-out
rm -rf "$out"
mkdir -p "$out"
cargo deb --no-build --no-strip --target "$linux_target" --profile "$profile" --output "$out/" > /dev/null
cp "$linux_bin" "$out/horsligne-$version-x86_64-linux"
cp "$windows_exe" "$out/horsligne-$version-x86_64-windows.exe"
(cd "$out" && sha256sum -- horsligne* > SHA256SUMS && cat SHA256SUMS)
