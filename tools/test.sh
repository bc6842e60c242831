#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, runs every test.
# Widget tests run on the offscreen platform; the shared-database tests start their
# own PostgreSQL server (tools/pg-test-server.sh) on loopback in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
export QT_QPA_PLATFORM=offscreen
cleanup() { [ -n "${PG_STOP:-}" ] && eval "$PG_STOP" || true; }
trap cleanup EXIT
if [ -x tools/pg-test-server.sh ]; then
    # Prints export lines for HYOKA_TEST_PG_URL and PG_STOP.
    eval "$(tools/pg-test-server.sh start)"
fi
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j1 "$@"
