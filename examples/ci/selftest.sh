#!/usr/bin/env bash
# Proves the CI examples work: runs the GitLab job's script lines and the
# pre-commit hooks, exactly as written in this folder, on a copy of the
# shipped catalog/ in a throw-away git repository, the way a council would
# use them. Run by the project's .ci/run. Needs: git, python3 with PyYAML
# and pre-commit, xmlschema (tests/validate_junit.py), and a built horsligne
# (HORSLIGNE_BIN, default target/release/horsligne).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${HORSLIGNE_BIN:-$root/target/release/horsligne}"
[ -x "$bin" ] || { echo "selftest: $bin not built (cargo build --release)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/council"
ln -s "$bin" "$work/bin/horsligne"
export PATH="$work/bin:$PATH"
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

cd "$work/council"
cp -r "$root/catalog" catalog
git init -q -b main
git -c commit.gpgsign=false commit -q --allow-empty -m "empty"
git add -A && git -c commit.gpgsign=false commit -q -m "Catalogue"
# A council's first step: accept today's findings.
horsligne baseline create catalog
git add -A && git -c commit.gpgsign=false commit -q -m "Baseline"

# The GitLab job's `script:` lines, as GitLab runs them (one bash session).
python3 - "$here/gitlab-ci.yml" > "$work/gitlab-job.sh" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["horsligne"]
print("\n".join(job["script"]))
PY
run_gitlab_job() {
  set +e
  (export HORSLIGNE_CATALOG=catalog; bash -eo pipefail "$work/gitlab-job.sh") > "$work/job.log" 2>&1
  local status=$?
  set -e
  echo "$status"
}

# 1. A merge request that changes nothing offline: the job passes.
status=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=HEAD run_gitlab_job)
cat "$work/job.log"
expect_status 0 "$status" "GitLab job on the unchanged catalogue"
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
horsligne baseline update catalog
git add -A && git -c commit.gpgsign=false commit -q -m "Démarche en ligne seulement"
status=$(CI_MERGE_REQUEST_DIFF_BASE_SHA=HEAD~1 run_gitlab_job)
expect_status 1 "$status" "GitLab job on a new online-only procedure"
grep -q "UNIQUEMENT EN LIGNE" horsligne-diff.md || fail "diff comment does not name the regression"
git reset -q --hard HEAD~1
rm -f horsligne-diff.md horsligne-junit.xml

# 3. The pre-commit hooks: pass on the catalogue, stop a commit that removes
#    the only offline channels of a procedure.
cp "$here/.pre-commit-config.yaml" .pre-commit-config.yaml
git add .pre-commit-config.yaml && git -c commit.gpgsign=false commit -q -m "pre-commit"
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
PY
echo "selftest: ok: GitHub workflow parses and runs validate, audit --baseline and diff"
echo "selftest: 5 passed, 0 failed"
