#!/usr/bin/env bash
# The Debian package installs and runs. It is installed with dpkg -i into a
# clean, empty root (dpkg --root: nothing is written to this machine's
# system), then checked: the binary, its manual pages, its shell
# completions; and the installed binary audits the shipped catalogue from
# inside that root (it is static: the root holds nothing else to run it).
#
# Usage: tests/packaging/deb.sh PACKAGE.deb
# Needs: dpkg; chroot (root) for the run inside the root; man and bash to
# read the page and parse the completion.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
deb="$(realpath "$1")"
fail() { echo "deb.sh: FAILED: $*" >&2; exit 1; }
passed=0

echo "deb.sh: $(dpkg-deb --field "$deb" Package Version Architecture Depends | tr '\n' ' ')"
depends="$(dpkg-deb --field "$deb" Depends)"
[ -z "$depends" ] || fail "the static binary needs no package, yet Depends: $depends"

target="$(mktemp -d)"
trap 'rm -rf "$target"' EXIT
mkdir -p "$target/var/lib/dpkg/info" "$target/var/lib/dpkg/updates"
touch "$target/var/lib/dpkg/status" "$target/var/lib/dpkg/available"
dpkg --root="$target" --force-script-chrootless --log=/dev/null -i "$deb" > "$target.log" 2>&1 \
  || { cat "$target.log" >&2; rm -f "$target.log"; fail "dpkg -i into a clean root"; }
rm -f "$target.log"
dpkg --root="$target" -s horsligne | grep -q "^Status: install ok installed" || fail "dpkg does not list it as installed"
echo "deb.sh: ok: dpkg -i into an empty root"
passed=$((passed + 1))

for file in \
  usr/bin/horsligne \
  usr/share/man/man1/horsligne.1.gz \
  usr/share/man/man1/horsligne-audit.1.gz \
  usr/share/man/man1/horsligne-rules-list.1.gz \
  usr/share/bash-completion/completions/horsligne \
  usr/share/zsh/vendor-completions/_horsligne \
  usr/share/fish/vendor_completions.d/horsligne.fish \
  usr/share/doc/horsligne/copyright; do
  [ -s "$target/$file" ] || fail "the package does not install /$file"
done
[ -x "$target/usr/bin/horsligne" ] || fail "/usr/bin/horsligne is not executable"
echo "deb.sh: ok: installs the binary, manual pages and bash, zsh, fish completions"
passed=$((passed + 1))

bash -n "$target/usr/share/bash-completion/completions/horsligne" || fail "the bash completion does not parse"
zcat "$target/usr/share/man/man1/horsligne.1.gz" | grep -q '^\.SH SOUS-COMMANDES' \
  || fail "the manual page is not the French one"
if command -v man > /dev/null; then
  page="$(MANWIDTH=100 man -l "$target/usr/share/man/man1/horsligne.1.gz" 2> /dev/null)"
  for word in NOM "CODES DE SORTIE" horsligne-audit horsligne-verify; do
    echo "$page" | grep -q "$word" || fail "man shows no $word"
  done
fi
echo "deb.sh: ok: the completion parses and man reads the (French) page"
passed=$((passed + 1))

"$target/usr/bin/horsligne" --version | grep -q "^horsligne " || fail "--version"
if [ "$(id -u)" = 0 ]; then
  cp -r "$root/catalog" "$target/catalog"
  set +e
  env -i "$(command -v chroot)" "$target" /usr/bin/horsligne audit /catalog --format json=/report.json > /dev/null 2>&1
  status=$?
  set -e
  [ "$status" = 1 ] && grep -q '"report_version"' "$target/report.json" \
    || fail "the installed binary, run inside the root: exit $status, expected 1 with a report"
  echo "deb.sh: ok: the installed horsligne audits catalog/ inside the root (exit $status)"
else
  set +e
  "$target/usr/bin/horsligne" audit "$root/catalog" > /dev/null 2>&1
  status=$?
  set -e
  [ "$status" = 1 ] || fail "the installed binary: exit $status, expected 1"
  echo "deb.sh: ok: the installed horsligne audits catalog/ (exit $status)"
fi
passed=$((passed + 1))
echo "deb.sh: $passed passed, 0 failed"
