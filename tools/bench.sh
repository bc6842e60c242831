#!/usr/bin/env bash
# The benchmark of issue 7: builds Release into build-bench/, generates synthetic data
# (tools/gen_evaluations) under $BENCH_DATA (default /tmp/hyoka-bench), and prints every
# figure after the command that made it, then a summary against the targets.
#
#   tools/bench.sh            10k, 100k and 1M records (about 15-20 minutes)
#   tools/bench.sh --quick    10k and 100k only (a few minutes)
#
# Figures, never pass/fail: the exit status is 0 whether targets are met or not.
# Timings on a shared machine are noisy; compare ratios taken in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
case "${1:-}" in
--quick) QUICK=1 ;;
"") ;;
*) echo "usage: tools/bench.sh [--quick]" >&2; exit 2 ;;
esac

BUILD_DIR=${BENCH_BUILD_DIR:-build-bench}
DATA=${BENCH_DATA:-/tmp/hyoka-bench}
SEED=${BENCH_SEED:-1}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] && jobs=2
mkdir -p "$DATA"
FIGURES="$DATA/figures.txt"
: > "$FIGURES"

BENCH="$BUILD_DIR/hyoka-bench"
GEN="$BUILD_DIR/gen_evaluations"
HYOKA="$BUILD_DIR/hyoka"

section() { printf '\n== %s\n' "$*"; }

# run LABEL CMD...: prints the command, runs it, keeps its FIGURE lines as LABEL.<name>.
run() {
    local label=$1
    shift
    printf '\n$ %s\n' "$*"
    "$@" 2>&1 | grep -v 'XDG_RUNTIME_DIR' | sed "s/^FIGURE /FIGURE $label./" | tee -a "$FIGURES.raw"
    grep '^FIGURE ' "$FIGURES.raw" >> "$FIGURES" || true
    : > "$FIGURES.raw"
}

# figure NAME VALUE UNIT: a figure measured by this script itself.
figure() {
    printf 'FIGURE %-52s %12.3f %s\n' "$1" "$2" "$3" | tee -a "$FIGURES"
}

# seconds CMD...: runs CMD, prints its wall time in seconds (stdout of CMD discarded).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

# walltime_cpu CMD...: runs CMD, prints "wall_seconds cpu_seconds" (user + system).
walltime_cpu() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" > /dev/null 2>&1; } 2> "$DATA/time.out"
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$DATA/time.out"
}

# ratio A B: A / B.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f\n", (b > 0 ? a / b : 0) }'; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

value() { awk -v n="$1" '$2 == n { print $3; exit }' "$FIGURES"; }

section "Machine"
echo "cores: $(nproc)   CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)   Qt: $(qtpaths6 --qt-version 2>/dev/null || echo '?')"

section "Build (Release, $BUILD_DIR)"
printf '$ cmake -S . -B %s -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build %s -j%s --target hyoka bench gen_evaluations\n' \
    "$BUILD_DIR" "$BUILD_DIR" "$jobs"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$BUILD_DIR" -j"$jobs" --target hyoka bench gen_evaluations | tail -1

SIZES="10000 100000"
[ "$QUICK" = 0 ] && SIZES="$SIZES 1000000"

section "Data (tools/gen_evaluations, seed $SEED, in $DATA)"
gen_stamp=$(md5sum "$GEN" | cut -c1-12)
for n in 1000 $SIZES; do
    md="$DATA/gen$n.md"
    csv="$DATA/gen$n.csv"
    stamp="$DATA/gen$n.stamp"
    if [ ! -f "$md" ] || [ ! -f "$csv" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$gen_stamp-$SEED" ]; then
        printf '$ %s --count %s --seed %s --md %s --csv %s\n' "$GEN" "$n" "$SEED" "$md" "$csv"
        "$GEN" --count "$n" --seed "$SEED" --md "$md" --csv "$csv"
        echo "$gen_stamp-$SEED" > "$stamp"
    fi
    printf '%9s records: %s MB markdown, %s MB CSV\n' "$n" \
        "$(( $(stat -c %s "$md") / 1000000 ))" "$(( $(stat -c %s "$csv") / 1000000 ))"
done

section "Parse throughput, one core, records counted not stored"
run 100k "$BENCH" parse "$DATA/gen100000.md" --repeat 3
run 100k "$BENCH" parse "$DATA/gen100000.csv" --repeat 3
run seed "$BENCH" pdf tests/pdfreader/data/kawasaki_lo_landscape.pdf --repeat 5

section "hyoka check: streams (records counted, not kept), against the reader alone"
for n in $SIZES; do
    [ "$n" = 10000 ] && continue
    label=$([ "$n" = 100000 ] && echo 100k || echo 1m)
    [ "$label" = 1m ] && run 1m "$BENCH" parse "$DATA/gen$n.md" --repeat 1
    walls=""
    rss=0
    for i in 1 2 3; do
        printf '\n$ /usr/bin/time %s check %s\n' "$HYOKA" "$DATA/gen$n.md"
        /usr/bin/time -f '%e %M' -o "$DATA/time.out" "$HYOKA" check "$DATA/gen$n.md" > /dev/null 2>&1 || true
        read -r wall kb < "$DATA/time.out"
        echo "  $wall s, peak RSS $((kb / 1024)) MB"
        walls="$walls $wall"
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    wall=$(echo $walls | median)
    figure "$label.check.md.seconds_median" "$wall" s
    figure "$label.check.md.peak_rss_mb" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" MB
    figure "$label.check_over_parse_ratio" "$(ratio "$wall" "$(value "$label.parse.md.seconds_median")")" x
    printf '\n$ /usr/bin/time %s export %s --format json -o %s\n' "$HYOKA" "$DATA/gen$n.md" "$DATA/export.json"
    /usr/bin/time -f '%e %M' -o "$DATA/time.out" "$HYOKA" export "$DATA/gen$n.md" --format json \
        -o "$DATA/export.json" > /dev/null 2>&1 || true
    read -r wall kb < "$DATA/time.out"
    rm -f "$DATA/export.json"
    echo "  $wall s, peak RSS $((kb / 1024)) MB"
    figure "$label.export.json.peak_rss_mb" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" MB
done

section "Import into SQLite (RecordStore::importFile) against sqlite3 .import of the same CSV"
for n in $SIZES; do
    [ "$n" = 10000 ] && continue
    label=$([ "$n" = 100000 ] && echo 100k || echo 1m)
    run "$label" "$BENCH" import "$DATA/gen$n.csv" "$DATA/db$n.sqlite"
    plain="$DATA/plain$n.sqlite"
    walls=""
    cpus=""
    for i in 1 2 3; do
        rm -f "$plain"
        printf '\n$ sqlite3 %s ".import --csv %s plain"\n' "$plain" "$DATA/gen$n.csv"
        read -r wall cpu < <(walltime_cpu sqlite3 "$plain" ".import --csv $DATA/gen$n.csv plain")
        echo "  $wall s wall, $cpu s CPU"
        walls="$walls $wall"
        cpus="$cpus $cpu"
    done
    rm -f "$plain"
    wall=$(echo $walls | median)
    cpu=$(echo $cpus | median)
    figure "$label.sqlite3_import.csv.seconds_median" "$wall" s
    figure "$label.sqlite3_import.csv.cpu_seconds_median" "$cpu" s
    figure "$label.import_over_sqlite3_ratio" "$(ratio "$(value "$label.import.csv.seconds")" "$wall")" x
    # CPU of the thread that writes (the critical path; reading and hashing run beside
    # it) against sqlite3's CPU: steadier than wall time on a busy machine.
    figure "$label.import_over_sqlite3_cpu_ratio" \
        "$(ratio "$(value "$label.import.csv.cpu_seconds_writing_thread")" "$cpu")" x
done

section "Import against the same work in sqlite3: .import plus an FTS5 trigram index (issue 19)"
# sqlite3's own shell: the CSV into a plain table, then an FTS5 trigram index over the
# three text columns Hyoka searches (name, summary, achievements; external content, as
# Hyoka's), in WAL mode with a 256 MiB cache. Hyoka's database against its CSV, too.
for n in $SIZES; do
    [ "$n" = 10000 ] && continue
    label=$([ "$n" = 100000 ] && echo 100k || echo 1m)
    plain="$DATA/samework$n.sqlite"
    script="$DATA/samework.sql"
    cat > "$script" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA cache_size=-262144;
.import --csv $DATA/gen$n.csv plain
CREATE VIRTUAL TABLE plain_fts USING fts5("事務事業名", "事務事業の概要", "主な取組の実績",
    content='plain', content_rowid='rowid', tokenize='trigram');
INSERT INTO plain_fts (plain_fts) VALUES ('rebuild');
SQL
    walls=""
    for i in 1 2 3; do
        rm -f "$plain" "$plain-wal" "$plain-shm"
        printf '\n$ sqlite3 %s < %s   (.import, FTS5 trigram over 3 columns, WAL, 256 MiB cache)\n' "$plain" "$script"
        read -r wall cpu < <(walltime_cpu sh -c "sqlite3 '$plain' < '$script'")
        echo "  $wall s wall, $cpu s CPU"
        walls="$walls $wall"
    done
    rm -f "$plain" "$plain-wal" "$plain-shm" "$script"
    wall=$(echo $walls | median)
    figure "$label.sqlite3_same_work.seconds_median" "$wall" s
    figure "$label.import_over_sqlite3_same_work_ratio" "$(ratio "$(value "$label.import.csv.seconds")" "$wall")" x
    db_mb=$(awk -v b="$(stat -c %s "$DATA/db$n.sqlite")" 'BEGIN { print b / 1e6 }')
    csv_mb=$(awk -v b="$(stat -c %s "$DATA/gen$n.csv")" 'BEGIN { print b / 1e6 }')
    echo "  Hyoka's database $db_mb MB, the CSV $csv_mb MB"
    figure "$label.database_mb" "$db_mb" MB
    figure "$label.database_over_csv_ratio" "$(ratio "$db_mb" "$csv_mb")" x
done

section "Import on the window's worker thread: how long the GUI thread is blocked"
run 100k "$BENCH" importjob "$DATA/gen100000.csv" "$DATA/dbjob100000.sqlite"
rm -f "$DATA"/dbjob100000.sqlite*

section "Grid: open to first painted rows, sort by budget, search keystrokes, memory"
# grid: the model alone, synchronous; browser: with facets and totals, synchronous;
# window: the window's asynchronous browser (queries on a worker thread).
for n in $SIZES; do
    [ "$n" = 10000 ] && continue
    label=$([ "$n" = 100000 ] && echo 100k || echo 1m)
    run "$label" "$BENCH" grid "$DATA/db$n.sqlite"
    run "$label" "$BENCH" grid "$DATA/db$n.sqlite" --browser
    run "$label" "$BENCH" grid "$DATA/db$n.sqlite" --window
done

section "Ratings on three scales: facets, review part, sort, rating mix (issue 14)"
# A third each on levels, letters A–D and direction words (bench/scalesbench.cpp).
for n in $SIZES; do
    [ "$n" = 10000 ] && continue
    label=$([ "$n" = 100000 ] && echo 100k || echo 1m)
    run "$label" "$BENCH" scales "$n" "$DATA/scales$n.sqlite"
    rm -f "$DATA/scales$n.sqlite"*
done

section "PDF report for 1,000 records (hyoka report)"
rm -f "$DATA"/db1000.sqlite*
"$HYOKA" import "$DATA/gen1000.md" --db "$DATA/db1000.sqlite" > /dev/null 2>&1 || true
pdf="$DATA/report1000.pdf"
printf '\n$ %s report --db %s --pdf %s\n' "$HYOKA" "$DATA/db1000.sqlite" "$pdf"
if "$HYOKA" report --db "$DATA/db1000.sqlite" --pdf "$pdf" > "$DATA/report.log" 2>&1; then
    times=""
    for i in 1 2 3; do
        times="$times $(seconds "$HYOKA" report --db "$DATA/db1000.sqlite" --pdf "$pdf")"
    done
    echo "  runs:$times s; $(stat -c %s "$pdf") bytes"
    figure "1k.report.pdf.seconds_median" "$(echo $times | median)" s
else
    echo "  not available: $(grep -v XDG_RUNTIME "$DATA/report.log" | head -1)"
fi

section "Summary against the targets of issue 7"
check() { # check NAME OP LIMIT TEXT
    local v
    v=$(value "$1")
    if [ -z "$v" ]; then
        printf '  %-62s %12s\n' "$4" "not measured"
        return
    fi
    if awk -v v="$v" -v l="$3" -v op="$2" 'BEGIN { exit !((op == "<=") ? v <= l : v >= l) }'; then
        verdict=met
    else
        verdict=MISSED
    fi
    printf '  %-62s %12.1f  (target %s %s) %s\n' "$4" "$v" "$2" "$3" "$verdict"
}
check 100k.parse.md.mb_per_s_median '>=' 100 "markdown parsing, MB/s"
check 100k.parse.csv.mb_per_s_median '>=' 100 "CSV parsing, MB/s (no target; for comparison)"
check 100k.check.md.peak_rss_mb '<=' 64 "hyoka check of the 100k markdown, peak RSS MB"
check 100k.check_over_parse_ratio '<=' 1.5 "hyoka check of the 100k markdown / the reader alone, wall-time ratio"
check 1m.check.md.peak_rss_mb '<=' 64 "hyoka check of the 1M markdown, peak RSS MB"
check 1m.check_over_parse_ratio '<=' 1.5 "hyoka check of the 1M markdown / the reader alone, wall-time ratio"
check 1m.export.json.peak_rss_mb '<=' 64 "hyoka export --format json of the 1M markdown, peak RSS MB"
check 100k.import_over_sqlite3_ratio '<=' 2 "import 100k / sqlite3 .import, wall-time ratio"
check 100k.import_over_sqlite3_cpu_ratio '<=' 2 "import 100k / sqlite3 .import, CPU ratio (writing thread)"
check 1m.import_over_sqlite3_ratio '<=' 2 "import 1M / sqlite3 .import, wall-time ratio"
check 1m.import_over_sqlite3_cpu_ratio '<=' 2 "import 1M / sqlite3 .import, CPU ratio (writing thread)"
check 100k.importjob.csv.gui_max_blocked_ms '<=' 100 "GUI thread blocked during a 100k import, max ms"
for who in window grid browser; do
    check "1m.$who.open_to_first_paint_ms" '<=' 1000 "1M open to first paint ($who), ms"
    check "1m.$who.peak_rss_mb" '<=' 300 "1M peak RSS ($who), MB"
    check "1m.$who.sort_budget_ascending_ms" '<=' 500 "1M sort by budget ($who), ms"
    check "1m.$who.search_worst_keystroke_ms" '<=' 100 "1M worst search keystroke ($who), ms"
    check "100k.$who.search_worst_keystroke_ms" '<=' 30 "100k worst search keystroke ($who), ms"
done
check 1m.window.gui_thread_longest_block_ms '<=' 100 "1M window: GUI thread blocked during sorts and searches, max ms"
check 1m.window.search_rare_one_character_ms '<=' 100 "1M window: a one-character term no record has, ms"
check 1k.report.pdf.seconds_median '<=' 5 "PDF report for 1,000 records, s"

section "Summary against the targets of issue 19"
for size in 100k 1m; do
    first=$([ $size = 100k ] && echo 30 || echo 50)
    complete=$([ $size = 100k ] && echo 100 || echo 300)
    check "$size.window.search_worst_keystroke_ms" '<=' "$first" "$size window: worst keystroke to its first rows, ms"
    check "$size.window.search_worst_complete_ms" '<=' "$complete" "$size window: worst keystroke to the whole answer, ms"
    check "$size.window.search_rare_one_character_ms" '<=' "$complete" "$size window: a one-character term no record has, ms"
    check "$size.import_over_sqlite3_same_work_ratio" '<=' 0.8 "$size import / sqlite3 (.import + FTS5 trigram), wall-time ratio"
    check "$size.database_over_csv_ratio" '<=' 2.5 "$size database size / CSV size"
done
echo
echo "All figures: $FIGURES"
