#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang into build-fuzz/ and runs each
# for SECONDS (default 60): first over its committed regression inputs, then fuzzing
# from the seed corpus with its dictionary. Exits non-zero when any target crashes,
# leaks, hits UBSan, exceeds 512 MB or hangs; the input is left in
# build-fuzz/artifacts/<target>/ — copy it to tests/fuzz/regressions/<target>/ and
# add a unit test when you fix it.
#
#   tools/fuzz.sh [SECONDS]            every target
#   FUZZ_TARGETS="fuzz_csv" tools/fuzz.sh 600
#   FUZZ_ARGS="-max_len=4096" tools/fuzz.sh 600     extra libFuzzer flags (last wins)
# New corpus entries found while fuzzing go to build-fuzz/corpus/<target>/, never
# into the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=${FUZZ_TARGETS:-fuzz_markdown fuzz_csv fuzz_xlsx fuzz_indicators fuzz_pdfreader}

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is missing (tools/install-deps.sh installs clang and libclang-rt-14-dev)" >&2
    exit 2
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DHYOKA_FUZZ=ON >/dev/null
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" -j2 --target $TARGETS

max_len() {
    case "$1" in
        fuzz_csv) echo 70000 ;;        # past the reader's 64 KiB encoding-detection chunk
        fuzz_indicators) echo 4096 ;;
        *) echo 65536 ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=64}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in $TARGETS; do
    binary="$BUILD_DIR/fuzz/$target"
    corpus="$BUILD_DIR/corpus/$target"
    artifacts="$BUILD_DIR/artifacts/$target"
    regressions="tests/fuzz/regressions/$target"
    mkdir -p "$corpus" "$artifacts"
    common=(-rss_limit_mb=512 -malloc_limit_mb=512 -timeout=20
            -artifact_prefix="$artifacts/" -dict="tests/fuzz/$target.dict")

    # Every input that once crashed must still pass.
    if compgen -G "$regressions/*" >/dev/null; then
        if ! "$binary" "${common[@]}" "$regressions"/* >"$artifacts/regressions.log" 2>&1; then
            echo "fuzz.sh: $target fails on a regression input; see $artifacts/regressions.log" >&2
            tail -40 "$artifacts/regressions.log" >&2
            failed+=("$target")
            continue
        fi
    fi
    echo "== $target: ${SECONDS_PER_TARGET}s"
    if ! "$binary" "${common[@]}" -max_len="$(max_len "$target")" \
            -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 ${FUZZ_ARGS:-} \
            "$corpus" "tests/fuzz/corpus/$target" >"$artifacts/fuzz.log" 2>&1; then
        echo "fuzz.sh: $target found a problem; see $artifacts/fuzz.log" >&2
        tail -60 "$artifacts/fuzz.log" >&2
        failed+=("$target")
        continue
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$artifacts/fuzz.log" || true
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]}" >&2
    exit 1
fi
