#!/usr/bin/env bash
# The full load test of docs/robustness.md ("Many reviewers at once"): builds hyoka and
# hyoka-loadtest into build/, then runs
#   - 8 reviewers on one SQLite file and
#   - 20 reviewers on a throw-away PostgreSQL server (tools/pg-test-server.sh),
# each making CHANGES (default 300) flag changes with `hyoka flag --expect-version` on
# RECORDS (default 10) shared records while `hyoka import` re-imports the sample again
# and again; then checks the database and prints changes per second and the 95th
# percentile latency. Exit status 0 when every check passed.
#
#   tools/loadtest.sh [CHANGES] [RECORDS]
#   HYOKA_TEST_PG_URL=postgresql://… tools/loadtest.sh   (an existing, empty database)
set -euo pipefail
cd "$(dirname "$0")/.."

CHANGES=${1:-300}
RECORDS=${2:-10}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d /tmp/hyoka-load.XXXXXX)
# The imports' automatic backups go to the run's own data folder, not the user's.
export XDG_DATA_HOME="$work/data"
pgdir=
cleanup() {
    [ -n "$pgdir" ] && bash tools/pg-test-server.sh stop "$pgdir"
    rm -rf "$work"
}
trap cleanup EXIT

jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs" --target hyoka hyoka-loadtest >/dev/null

seed=resources/sample/kawasaki_r3_evaluation.md
status=0
run() { # label db reviewers
    echo "== $1: $3 reviewers x $CHANGES changes on $RECORDS records, imports alongside"
    build/hyoka import "$seed" --db "$2" >/dev/null 2>&1
    build/hyoka-loadtest --db "$2" --hyoka build/hyoka --import "$seed" \
        --reviewers "$3" --changes "$CHANGES" --records "$RECORDS" || status=1
}

run SQLite "$work/load.sqlite" 8

url=${HYOKA_TEST_PG_URL:-}
if [ -z "$url" ]; then
    out=$(bash tools/pg-test-server.sh start)
    url=$(sed -n 's/^HYOKA_TEST_PG_URL=//p' <<<"$out")
    pgdir=$(sed -n 's/^HYOKA_TEST_PG_DIR=//p' <<<"$out")
fi
run PostgreSQL "$url" 20
exit $status
