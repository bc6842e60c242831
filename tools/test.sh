#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, runs every test.
# Widget tests run on the offscreen platform; the shared-database tests start their
# own PostgreSQL server (tools/pg-test-server.sh, started by the test itself) on
# loopback in a temporary directory.
#
# Then the Debian package from that build/ (tools/test-package.sh: cpack -G DEB, the
# desktop-entry and AppStream validators, an install into a throw-away root, the
# installed hyoka run), the same suite again in the sanitizer build (CMakePresets.json
# "asan": AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer, build-asan/), and a
# short run of each libFuzzer target (tools/fuzz.sh, build-fuzz/). Every stage runs;
# the script exits non-zero when any of them failed.
#   HYOKA_SKIP_PACKAGE=1, HYOKA_SKIP_ASAN=1, HYOKA_SKIP_FUZZ=1
#                                          leave a stage out (local runs)
#   HYOKA_FUZZ_SECONDS=N                   seconds per fuzz target (default 15)
# Extra arguments go to every ctest run (e.g. -R tst_cli).
set -uo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh || exit 1
export QT_QPA_PLATFORM=offscreen
# A compiler cache when the machine has one (CMake reads the launcher from the
# environment when it configures a new build directory): paths are hashed relative to
# the clone, so a fresh clone compiles from the cache what an earlier one compiled.
if command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
fi

failed=()
stage() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== $name"
    if "$@"; then
        echo "== $name: passed in $((SECONDS - start)) s"
    else
        echo "== $name: FAILED after $((SECONDS - start)) s"
        failed+=("$name")
    fi
}

build_and_test() {
    tools/build.sh && ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j1 "$@"
}
stage "build and tests" build_and_test "$@"

[ -z "${HYOKA_SKIP_PACKAGE:-}" ] && stage "package (cpack -G DEB, validators, install, run)" \
    tools/test-package.sh

asan_build_and_test() {
    cmake --preset asan >/dev/null && cmake --build --preset asan \
        && ctest --preset asan "$@"
}
[ -z "${HYOKA_SKIP_ASAN:-}" ] && stage "sanitizer build and tests (build-asan)" asan_build_and_test "$@"

[ -z "${HYOKA_SKIP_FUZZ:-}" ] && stage "fuzz targets, ${HYOKA_FUZZ_SECONDS:-15} s each" \
    tools/fuzz.sh "${HYOKA_FUZZ_SECONDS:-15}"

if [ ${#failed[@]} -gt 0 ]; then
    echo "test.sh: failed: ${failed[*]}" >&2
    exit 1
fi
echo "test.sh: all passed in $SECONDS s"
