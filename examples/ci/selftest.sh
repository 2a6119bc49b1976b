#!/usr/bin/env bash
# Proves the CI examples work: runs the GitLab job (its install template and
# its script lines), the GitHub action's install step and the pre-commit
# hooks, exactly as written in this folder, on a copy of the shipped
# catalog/ in a throw-away git repository, the way a council would use them.
# The "release" they download is the locally built binary, served with its
# SHA256SUMS from 127.0.0.1 at the version the examples pin. Run by the
# project's .ci/run. Needs: git, curl, python3 with PyYAML and pre-commit,
# xmlschema (tests/validate_junit.py), and a built horsligne (HORSLIGNE_BIN,
# default target/release/horsligne).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${HORSLIGNE_BIN:-$root/target/release/horsligne}"
[ -x "$bin" ] || { echo "selftest: $bin not built (cargo build --release)" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
trap '[ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/council" "$work/tmp"
# Only the pre-commit hooks find horsligne on PATH; the CI jobs install it.
ln -s "$bin" "$work/bin/horsligne"
export HORSLIGNE_LANG=fr
export GIT_AUTHOR_NAME=selftest GIT_AUTHOR_EMAIL=selftest@example.invalid
export GIT_COMMITTER_NAME=selftest GIT_COMMITTER_EMAIL=selftest@example.invalid
export PRE_COMMIT_HOME="$work/pre-commit-cache"
unset GITHUB_STEP_SUMMARY

fail() { echo "selftest: FAILED: $*" >&2; exit 1; }
expect_status() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
  echo "selftest: ok: $3 (exit $2)"
}

# The release the examples pin, served locally: the binary under its release
# name, and SHA256SUMS.
version="$("$bin" --version | cut -d' ' -f2)"
pinned="$(python3 - "$here" <<'PY'
import sys, yaml
here = sys.argv[1]
gitlab = yaml.safe_load(open(f"{here}/gitlab-ci.yml", encoding="utf-8"))[".horsligne-install"]
steps = yaml.safe_load(open(f"{here}/github-workflow.yml", encoding="utf-8"))["jobs"]["gate"]["steps"]
install = [s for s in steps if "examples/ci@" in s.get("uses", "")]
assert len(install) == 1, "the GitHub workflow does not install with the action"
print(gitlab["variables"]["HORSLIGNE_VERSION"], install[0]["with"]["version"], install[0]["uses"].rsplit("@v", 1)[1])
PY
)"
[ "$pinned" = "$version $version $version" ] \
  || fail "the examples pin horsligne '$pinned' (GitLab, GitHub with:, GitHub @tag), the crate is $version: update them together"
echo "selftest: ok: both CI examples pin horsligne $version"
release="$work/releases/v$version"
mkdir -p "$release"
cp "$bin" "$release/horsligne-$version-x86_64-linux"
(cd "$release" && sha256sum "horsligne-$version-x86_64-linux" > SHA256SUMS)
python3 -u -c '
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
handler.log_message = lambda *args: None
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
server.serve_forever()
' "$work/releases" > "$work/port" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
releases="http://127.0.0.1:$(cat "$work/port")"

cd "$work/council"
cp -r "$root/catalog" catalog
git init -q -b main
git -c commit.gpgsign=false commit -q --allow-empty -m "empty"
git add -A && git -c commit.gpgsign=false commit -q -m "Catalogue"
# A council's first step: accept today's findings.
"$bin" baseline create catalog
git add -A && git -c commit.gpgsign=false commit -q -m "Baseline"

# The GitLab job as GitLab runs it (one shell session): the install
# template's variables and `before_script:`, then the job's `script:`; with
# horsligne nowhere on PATH until the template installs it.
python3 - "$here/gitlab-ci.yml" > "$work/gitlab-job.sh" <<'PY'
import shlex, sys, yaml
jobs = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
job = jobs["horsligne"]
assert job["extends"] == ".horsligne-install", job.get("extends")
template = jobs[".horsligne-install"]
for name, value in {**template["variables"], **job["variables"]}.items():
    print(f": ${{{name}:={shlex.quote(str(value))}}}; export {name}")
print("\n".join(template["before_script"] + job["script"]))
PY
run_gitlab_job() { # extra environment assignments...
  set +e
  (env HORSLIGNE_RELEASES="$releases" TMPDIR="$work/tmp" HORSLIGNE_CATALOG=catalog "$@" \
    bash -eo pipefail "$work/gitlab-job.sh") > "$work/job.log" 2>&1
  local status=$?
  set -e
  echo "$status"
}

# 1. A merge request that changes nothing offline: the job passes.
status=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=HEAD run_gitlab_job)
cat "$work/job.log"
expect_status 0 "$status" "GitLab job on the unchanged catalogue"
grep -q "^horsligne $version" "$work/job.log" || fail "the GitLab template did not install horsligne $version"
[ -s horsligne-junit.xml ] || fail "GitLab job wrote no JUnit report"
python3 "$root/tests/validate_junit.py" horsligne-junit.xml
grep -q "Aucun changement" horsligne-diff.md || fail "diff comment does not say 'no change'"

# 2. A merge request that adds an online-only procedure, its finding even
#    accepted in the baseline: the audit passes, the diff fails the job.
cat > catalog/zz-selftest.yaml <<'YAML'
procedures:
  - id: selftest-uniquement-en-ligne
    title: Démarche d'essai uniquement en ligne
    channels:
      online:
        url: https://example.invalid/essai
YAML
"$bin" baseline update catalog
git add -A && git -c commit.gpgsign=false commit -q -m "Démarche en ligne seulement"
status=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=HEAD~1 run_gitlab_job)
expect_status 1 "$status" "GitLab job on a new online-only procedure"
grep -q "UNIQUEMENT EN LIGNE" horsligne-diff.md || fail "diff comment does not name the regression"
git reset -q --hard HEAD~1
rm -f horsligne-diff.md horsligne-junit.xml

# 3. A binary that is not the pinned one is not installed, and the job fails
#    before running anything.
rm -rf "$work/tmp"/horsligne-*
status=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=HEAD run_gitlab_job HORSLIGNE_SHA256="$(printf '0%.0s' $(seq 64))")
grep -q "not the pinned SHA-256" "$work/job.log" || { cat "$work/job.log"; fail "a wrong pinned SHA-256 was not reported"; }
[ ! -e "$work/tmp/horsligne-$version/horsligne" ] || fail "a binary with the wrong SHA-256 was installed"
expect_status 1 "$status" "GitLab job with a wrong pinned SHA-256"
rm -f horsligne-diff.md horsligne-junit.xml

# 4. The GitHub action's install step, as the runner runs it: on a Linux
#    runner it installs the binary and adds its folder to GITHUB_PATH; a
#    release whose SHA256SUMS does not match is refused.
python3 - "$here/action.yml" > "$work/action-step.sh" <<'PY'
import re, shlex, sys, yaml
action = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
assert action["runs"]["using"] == "composite"
step = action["runs"]["steps"][0]
assert step["shell"] == "bash"
def value(expression):
    name = expression.group(1).strip()
    if name.startswith("inputs."):
        return "${INPUT_" + name[len("inputs."):].upper().replace("-", "_") + "}"
    return {"runner.os": "Linux", "runner.arch": "X64"}[name]
for name, template in step["env"].items():
    print(f'export {name}="{re.sub(r"[$][{][{](.*?)[}][}]", value, template)}"')
for name, spec in action["inputs"].items():
    variable = "INPUT_" + name.upper().replace("-", "_")
    print(f': "${{{variable}:={spec.get("default", "")}}}"')
print(step["run"])
PY
run_action() { # runner temp dir, extra environment assignments...
  local temp="$1"; shift
  mkdir -p "$temp"; : > "$temp/path"; : > "$temp/output"
  set +e
  env RUNNER_TEMP="$temp" GITHUB_PATH="$temp/path" GITHUB_OUTPUT="$temp/output" \
    INPUT_VERSION="$version" INPUT_BASE_URL="$releases" "$@" \
    bash -e "$work/action-step.sh" > "$work/action.log" 2>&1
  local status=$?
  set -e
  echo "$status"
}
status=$(run_action "$work/runner")
cat "$work/action.log"
expect_status 0 "$status" "GitHub action installs horsligne $version"
installed="$(sed -n 's/^path=//p' "$work/runner/output")"
[ "$(PATH="$(cat "$work/runner/path"):/usr/bin:/bin" command -v horsligne)" = "$installed" ] \
  || fail "the action's GITHUB_PATH does not lead to $installed"
cmp -s "$installed" "$bin" || fail "the action installed another binary than the release's"
cp "$release/SHA256SUMS" "$work/SHA256SUMS.good"
echo "$(printf 'f%.0s' $(seq 64))  horsligne-$version-x86_64-linux" > "$release/SHA256SUMS"
status=$(run_action "$work/runner-tampered")
grep -q "does not match the release's SHA256SUMS" "$work/action.log" || { cat "$work/action.log"; fail "a mismatching SHA256SUMS was not reported"; }
[ ! -s "$work/runner-tampered/path" ] || fail "the action put a mismatching binary on PATH"
expect_status 1 "$status" "GitHub action refuses a binary that does not match SHA256SUMS"
cp "$work/SHA256SUMS.good" "$release/SHA256SUMS"

# 5. The pre-commit hooks: pass on the catalogue, stop a commit that removes
#    the only offline channels of a procedure.
cp "$here/.pre-commit-config.yaml" .pre-commit-config.yaml
git add .pre-commit-config.yaml && git -c commit.gpgsign=false commit -q -m "pre-commit"
export PATH="$work/bin:$PATH"
set +e; pre-commit run --all-files > "$work/pre-commit.log" 2>&1; status=$?; set -e
cat "$work/pre-commit.log"
expect_status 0 "$status" "pre-commit hooks on the catalogue"
cat > catalog/zz-selftest.yaml <<'YAML'
procedures:
  - id: selftest-uniquement-en-ligne
    title: Démarche d'essai uniquement en ligne
    channels:
      online:
        url: https://example.invalid/essai
YAML
git add catalog/zz-selftest.yaml
set +e; pre-commit run > "$work/pre-commit.log" 2>&1; status=$?; set -e
grep -Eq "^horsligne diff .*Failed" "$work/pre-commit.log" || { cat "$work/pre-commit.log"; fail "the diff hook did not stop the commit"; }
expect_status 1 "$status" "pre-commit hooks on a staged online-only procedure"

# The GitHub workflow cannot run here; at least it must be valid YAML whose
# steps call the same commands.
python3 - "$here/github-workflow.yml" <<'PY'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["jobs"]["gate"]["steps"]
runs = " ".join(s.get("run", "") for s in steps)
for command in ("horsligne validate", "horsligne audit", "--baseline", "horsligne diff --git-base"):
    assert command in runs, command
assert "cargo" not in runs, "the workflow must not compile horsligne"
PY
echo "selftest: ok: GitHub workflow parses, installs with the action and runs validate, audit --baseline and diff"

# The observatory (issue 26): the GitLab Pages job as GitLab runs it (the
# install template, then its script) on a folder of catalogues, twice (the
# second run updates the site and the history); the GitHub Pages workflow
# parses, pins the same release and publishes what `survey --site` wrote.
mkdir -p "$work/observatory" && cd "$work/observatory"
cp -r "$root/tests/fixtures/survey/communes" catalogues
cp "$root/tests/fixtures/survey/communes.geojson" boundaries.geojson
python3 - "$here/gitlab-ci.yml" "$here/observatory-gitlab-ci.yml" > "$work/pages-job.sh" <<'PY'
import shlex, sys, yaml
template = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))[".horsligne-install"]
pages = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
assert pages["include"] == [{"local": "gitlab-ci.yml"}], pages["include"]
job = pages["pages"]
assert job["extends"] == ".horsligne-install" and job["artifacts"]["paths"] == ["public"]
for name, value in {**template["variables"], **job["variables"]}.items():
    print(f": ${{{name}:={shlex.quote(str(value))}}}; export {name}")
print("\n".join(template["before_script"] + job["script"]))
PY
for run in 1 2; do
  set +e
  (env HORSLIGNE_RELEASES="$releases" TMPDIR="$work/tmp" bash -eo pipefail "$work/pages-job.sh") > "$work/pages.log" 2>&1
  status=$?
  set -e
  [ "$status" = 0 ] || cat "$work/pages.log"
  expect_status 0 "$status" "GitLab Pages job, run $run"
done
for page in index.html departement/90.html collectivite/fr-90001/rapport.html evolution.html horsligne-site.json; do
  [ -s "public/$page" ] || fail "the GitLab Pages job wrote no public/$page"
done
grep -q "de 10 à 20 h" public/departement/90.html || fail "the département page has no map coloured by counter hours"
python3 - "$here/observatory-github-pages.yml" "$version" <<'PY'
import sys, yaml
workflow = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
steps = workflow["jobs"]["build"]["steps"]
install = [s for s in steps if "examples/ci@" in s.get("uses", "")]
assert len(install) == 1 and install[0]["with"]["version"] == sys.argv[2], install
assert install[0]["uses"].rsplit("@v", 1)[1] == sys.argv[2]
runs = " ".join(s.get("run", "") for s in steps)
assert "horsligne survey catalogues" in runs and "--site public" in runs, runs
assert "cargo" not in runs, "the workflow must not compile horsligne"
upload = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact")]
assert upload and upload[0]["with"]["path"] == "public", upload
assert workflow["permissions"]["pages"] == "write"
PY
echo "selftest: ok: GitHub Pages workflow parses, pins horsligne $version and publishes survey --site"
echo "selftest: 12 passed, 0 failed"
