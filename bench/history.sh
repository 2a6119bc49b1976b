#!/usr/bin/env bash
# `history FILE -f json` on a large database: 10 runs × 1,000 authorities ×
# 100 procedures (1,000,000 procedure rows and 1,000,000 findings), made with
# sqlite3 in a database horsligne created (so it carries its application_id).
#
#   bash bench/history.sh [BINARY]     (default: target/release/horsligne)
#
# Prints each run's peak memory and wall time (RUNS, default 3). Needs GNU
# time (/usr/bin/time) and the sqlite3 command.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
BIN=${1:-target/release/horsligne}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3" >&2; exit 2; }

DB="$WORK/big.sqlite"
rm -f "$DB"
"$BIN" survey tests/fixtures/survey/communes -f json --accept-not-loaded --history "$DB" >/dev/null 2>&1
sqlite3 "$DB" <<'SQL'
DELETE FROM findings; DELETE FROM procedures; DELETE FROM authorities; DELETE FROM runs;
WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r WHERE i<10)
INSERT INTO runs SELECT i, 'd'||i, printf('2026-%02d-01', i), '2026-01-01', '0.1.0', 'run '||i FROM r;
WITH RECURSIVE a(j) AS (SELECT 1 UNION ALL SELECT j+1 FROM a WHERE j<1000)
INSERT INTO authorities SELECT runs.id, printf('fr-%05d', j), 'Commune '||j, 'FR', NULL, 'commune', 100, 90, 10, 0, 5, 3, 1, 'fr-crpa' FROM runs, a;
WITH RECURSIVE p(k) AS (SELECT 1 UNION ALL SELECT k+1 FROM p WHERE k<100)
INSERT INTO procedures SELECT a.run_id, a.authority_id, printf('demarche-%03d', k), 'Démarche '||k, NULL,
  CASE WHEN (k + a.run_id) % 7 = 0 THEN 'online_only' ELSE 'offline' END FROM authorities a, p;
INSERT INTO findings SELECT run_id, authority_id, 'fp-'||procedure_id, 'NN-ONLINE-ONLY', 'error', procedure_id FROM procedures;
SQL
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%M KB peak, %e s" "$BIN" history "$DB" -f json -o "$WORK/evolution.json" 2>&1 | tail -1
done
ls -l "$WORK/evolution.json" | awk '{print $5 " bytes of JSON"}'
