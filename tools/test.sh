#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, runs every test.
# Widget tests run on the offscreen platform; the shared-database tests start their
# own PostgreSQL server (tools/pg-test-server.sh, started by the test itself) on
# loopback in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j1 "$@"
