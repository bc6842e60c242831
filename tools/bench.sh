#!/usr/bin/env bash
# The benchmark of issue 7: builds Release into build-bench/, generates synthetic data
# (tools/gen_evaluations) under $BENCH_DATA (default /tmp/hyoka-bench), and prints every
# figure after the command that made it, then a summary against the targets.
#
#   tools/bench.sh            10k, 100k and 1M records (about 15-20 minutes)
#   tools/bench.sh --quick    10k and 100k only (a few minutes)
#   tools/bench.sh --pg-only  only the PostgreSQL section (issue 19); --no-pg skips it
#
# The PostgreSQL section starts a throw-away server (tools/pg-test-server.sh) and
# measures BENCH_PG_SIZES records (default 100000 with --quick, "100000 1000000"
# otherwise); the server and its data are removed at the end unless BENCH_PG_KEEP=1.
#
# Figures, never pass/fail: the exit status is 0 whether targets are met or not.
# Timings on a shared machine are noisy; compare ratios taken in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
SQLITE_PART=1 # everything but the PostgreSQL section
PG_PART=1
for arg in "$@"; do
    case "$arg" in
    --quick) QUICK=1 ;;
    --pg-only) SQLITE_PART=0 ;;
    --no-pg) PG_PART=0 ;;
    *) echo "usage: tools/bench.sh [--quick] [--pg-only | --no-pg]" >&2; exit 2 ;;
    esac
done
if [ "$SQLITE_PART" = 0 ] && [ "$PG_PART" = 0 ]; then
    echo "tools/bench.sh: --pg-only and --no-pg leave nothing to measure" >&2
    exit 2
fi

BUILD_DIR=${BENCH_BUILD_DIR:-build-bench}
# RelWithDebInfo with BENCH_BUILD_DIR=build reuses the development build (-O2 instead
# of -O3): for the PostgreSQL section, where the server's time dominates.
BUILD_TYPE=${BENCH_BUILD_TYPE:-Release}
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

section "Build ($BUILD_TYPE, $BUILD_DIR)"
printf '$ cmake -S . -B %s -G Ninja -DCMAKE_BUILD_TYPE=%s && cmake --build %s -j%s --target hyoka bench gen_evaluations\n' \
    "$BUILD_DIR" "$BUILD_TYPE" "$BUILD_DIR" "$jobs"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" > /dev/null
cmake --build "$BUILD_DIR" -j"$jobs" --target hyoka bench gen_evaluations | tail -1

SIZES="10000 100000"
[ "$QUICK" = 0 ] && SIZES="$SIZES 1000000"
# The sizes the timed runs use: all but 10,000 (size_label() names them).
LARGE_SIZES=$(echo $SIZES | tr ' ' '\n' | grep -vx 10000 | tr '\n' ' ')
PG_SIZES=${BENCH_PG_SIZES:-$([ "$QUICK" = 1 ] && echo 100000 || echo "100000 1000000")}
GEN_SIZES=""
[ "$SQLITE_PART" = 1 ] && GEN_SIZES="1000 $SIZES"
[ "$PG_PART" = 1 ] && GEN_SIZES="$GEN_SIZES $PG_SIZES"
GEN_SIZES=$(echo $GEN_SIZES | tr ' ' '\n' | sort -nu | tr '\n' ' ')

# size_label N: 100000 → 100k, 1000000 → 1m (the figures' prefixes).
size_label() {
    if [ $(($1 % 1000000)) = 0 ]; then echo "$(($1 / 1000000))m"
    elif [ $(($1 % 1000)) = 0 ]; then echo "$(($1 / 1000))k"
    else echo "$1"; fi
}

section "Data (tools/gen_evaluations, seed $SEED, in $DATA)"
gen_stamp=$(md5sum "$GEN" | cut -c1-12)
for n in $GEN_SIZES; do
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

if [ "$SQLITE_PART" = 1 ]; then
    section "Parse throughput, one core, records counted not stored"
    run 100k "$BENCH" parse "$DATA/gen100000.md" --repeat 3
    run 100k "$BENCH" parse "$DATA/gen100000.csv" --repeat 3
    run seed "$BENCH" pdf tests/pdfreader/data/kawasaki_lo_landscape.pdf --repeat 5

    section "hyoka check: streams (records counted, not kept), against the reader alone"
    for n in $LARGE_SIZES; do
        label=$(size_label "$n")
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
    for n in $LARGE_SIZES; do
        label=$(size_label "$n")
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
    for n in $LARGE_SIZES; do
        label=$(size_label "$n")
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
    # grid: the window's browser (queries on its worker thread) without the charts;
    # window: with the charts dock following the filter.
    for n in $LARGE_SIZES; do
        label=$(size_label "$n")
        run "$label" "$BENCH" grid "$DATA/db$n.sqlite"
        run "$label" "$BENCH" grid "$DATA/db$n.sqlite" --window
    done

    section "Ratings on three scales: facets, review part, sort, rating mix (issue 14)"
    # A third each on levels, letters A–D and direction words (bench/scalesbench.cpp).
    for n in $LARGE_SIZES; do
        label=$(size_label "$n")
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
fi

# The PostgreSQL section (issue 19): `hyoka import` of the same CSV into a fresh
# database against `psql \copy` into a plain table, then the window's worker on it.
pg_cleanup() {
    [ -n "${PG_DIR:-}" ] || return 0
    if [ "${BENCH_PG_KEEP:-0}" = 1 ]; then
        echo "PostgreSQL kept (BENCH_PG_KEEP=1): $PG_URL_BASE, data in $PG_DIR;" \
            "stop with: tools/pg-test-server.sh stop $PG_DIR"
    else
        tools/pg-test-server.sh stop "$PG_DIR" || true
    fi
    PG_DIR=""
}

# server_cpu: CPU seconds (user + system) of the server so far: the postmaster's own
# and that of its children that have exited (each connection's backend), from
# /proc/PID/stat; read before and after a command, the difference is the server's
# share of it once its connections are closed.
server_cpu() {
    local pid
    pid=$(head -1 "$PG_DIR/data/postmaster.pid")
    awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15 + $16 + $17) / tck }' "/proc/$pid/stat"
}

# timed CMD...: runs CMD (output to $DATA/pg-cmd.log); prints "wall client_cpu server_cpu
# peak_rss_kb exit_status".
timed() {
    local before after status=0
    before=$(server_cpu)
    /usr/bin/time -f '%e %U %S %M' -o "$DATA/time.out" "$@" > "$DATA/pg-cmd.log" 2>&1 || status=$?
    sleep 0.2 # the backend's exit, so that the postmaster has counted its CPU
    after=$(server_cpu)
    awk -v b="$before" -v a="$after" -v s="$status" \
        '{ printf "%s %.2f %.2f %s %s\n", $1, $2 + $3, a - b, $4, s }' "$DATA/time.out"
}

pg_section() {
    section "PostgreSQL (issue 19): hyoka import against psql \\copy; the window's worker"
    local pgbin
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || [ ! -x "$pgbin/pg_ctl" ] || [ ! -x "$pgbin/psql" ]; then
        echo "SKIPPED: no PostgreSQL (no initdb, pg_ctl and psql under /usr/lib/postgresql/*/bin)"
        PG_SKIPPED=1
        return 0
    fi
    echo "server: $("$pgbin/postgres" --version)"
    printf '\n$ tools/pg-test-server.sh start\n'
    local out
    if ! out=$(tools/pg-test-server.sh start 2>&1); then
        echo "$out"
        echo "SKIPPED: no PostgreSQL (the test server did not start)"
        PG_SKIPPED=1
        return 0
    fi
    PG_DIR=$(echo "$out" | sed -n 's/^HYOKA_TEST_PG_DIR=//p')
    PG_URL_BASE=$(echo "$out" | sed -n 's/^HYOKA_TEST_PG_URL=//p')
    PG_URL_BASE=${PG_URL_BASE%/*} # postgresql://hyoka@127.0.0.1:PORT
    trap pg_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    echo "  $PG_URL_BASE, data in $PG_DIR/data ($(cat "$PG_DIR/options"))"
    local host port
    host=127.0.0.1
    port=${PG_URL_BASE##*:}
    local psql=(env PGOPTIONS='-c client_min_messages=warning' "$pgbin/psql" -X -q -v ON_ERROR_STOP=1
        -h "$host" -p "$port" -U hyoka)
    local n label csv url plaindb columns
    for n in $PG_SIZES; do
        label=pg.$(size_label "$n")
        csv="$DATA/gen$n.csv"
        url="$PG_URL_BASE/bench_$n"
        plaindb=plain_$n

        # psql \copy into a plain table with the CSV's columns (all text), no index, in a
        # database of its own; three times, the median.
        "$pgbin/createdb" -h "$host" -p "$port" -U hyoka "$plaindb"
        columns=$(python3 -c 'import csv, sys
header = next(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
print(", ".join("\"" + h.replace("\"", "\"\"") + "\" text" for h in header))' "$csv")
        local walls="" cpus="" servers="" wall cpu server kb status
        for i in 1 2 3; do
            "${psql[@]}" -d "$plaindb" -c "DROP TABLE IF EXISTS plain_table" -c "CREATE TABLE plain_table ($columns)"
            printf '\n$ psql -d %s -c "\\copy plain_table FROM %s CSV HEADER"\n' "$plaindb" "$csv"
            read -r wall cpu server kb status < <(timed "${psql[@]}" -d "$plaindb" \
                -c "\\copy plain_table FROM '$csv' CSV HEADER")
            [ "$status" = 0 ] || { cat "$DATA/pg-cmd.log"; echo "  \\copy failed (exit $status)"; }
            echo "  $wall s wall, $cpu s CPU (psql), $server s CPU (server)"
            walls="$walls $wall"
            cpus="$cpus $cpu"
            servers="$servers $server"
        done
        figure "$label.copy.csv.seconds_median" "$(echo $walls | median)" s
        figure "$label.copy.csv.server_cpu_seconds_median" "$(echo $servers | median)" s
        figure "$label.copy.table_mb" "$("${psql[@]}" -d "$plaindb" -A -t \
            -c "SELECT pg_total_relation_size('plain_table') / 1e6")" MB
        "$pgbin/dropdb" -h "$host" -p "$port" -U hyoka "$plaindb"

        # hyoka import into a new database (created and migrated by hyoka itself). Its
        # automatic backup goes to $DATA/pg-xdg, not to the user's backups.
        "$pgbin/createdb" -h "$host" -p "$port" -U hyoka "bench_$n"
        printf '\n$ %s import %s --db %s\n' "$HYOKA" "$csv" "$url"
        read -r wall cpu server kb status < <(timed env XDG_DATA_HOME="$DATA/pg-xdg" "$HYOKA" import "$csv" \
            --db "$url")
        grep -v XDG_RUNTIME_DIR "$DATA/pg-cmd.log" | sed -n 1,3p || true
        echo "  ($(wc -l < "$DATA/pg-cmd.log") lines of output; exit status $status)"
        echo "  $wall s wall, $cpu s CPU (hyoka), $server s CPU (server), peak RSS $((kb / 1024)) MB"
        if [ "$status" -gt 1 ]; then # 1: input warnings, the records are in
            echo "  hyoka import failed: no further figures at $n records"
            continue
        fi
        figure "$label.import.csv.seconds" "$wall" s
        figure "$label.import.csv.client_cpu_seconds" "$cpu" s
        figure "$label.import.csv.server_cpu_seconds" "$server" s
        figure "$label.import.csv.peak_rss_mb" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" MB
        figure "$label.import_over_copy_ratio" "$(ratio "$wall" "$(value "$label.copy.csv.seconds_median")")" x
        figure "$label.import_over_copy_server_cpu_ratio" \
            "$(ratio "$server" "$(value "$label.copy.csv.server_cpu_seconds_median")")" x

        printf '\n$ psql -d %s -c "VACUUM ANALYZE"\n' "bench_$n"
        read -r wall cpu server kb status < <(timed "${psql[@]}" -d "bench_$n" -c "VACUUM ANALYZE")
        echo "  $wall s"
        figure "$label.vacuum_analyze.seconds" "$wall" s
        figure "$label.database_mb" "$("${psql[@]}" -d "bench_$n" -A -t \
            -c "SELECT pg_database_size(current_database()) / 1e6")" MB

        run "$label" "$BENCH" grid "$url" --window || echo "  hyoka-bench grid failed"
    done
    pg_cleanup
    trap - EXIT INT TERM
}

if [ "$PG_PART" = 1 ]; then
    pg_section
fi

section "Summary against the targets"
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

if [ "$SQLITE_PART" = 1 ]; then
    echo "Issue 7:"
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
    for who in window grid; do
        check "1m.$who.open_to_first_paint_ms" '<=' 1000 "1M open to first paint ($who), ms"
        check "1m.$who.peak_rss_mb" '<=' 300 "1M peak RSS ($who), MB"
        check "1m.$who.sort_budget_ascending_ms" '<=' 500 "1M sort by budget ($who), ms"
        check "1m.$who.search_worst_keystroke_ms" '<=' 100 "1M worst search keystroke ($who), ms"
        check "100k.$who.search_worst_keystroke_ms" '<=' 30 "100k worst search keystroke ($who), ms"
    done
    check 1m.window.gui_thread_longest_block_ms '<=' 100 "1M window: GUI thread blocked during sorts and searches, max ms"
    check 1m.window.search_rare_one_character_ms '<=' 100 "1M window: a one-character term no record has, ms"
    check 1k.report.pdf.seconds_median '<=' 5 "PDF report for 1,000 records, s"
    echo "Issue 19 (SQLite):"
    for size in 100k 1m; do
        first=$([ $size = 100k ] && echo 30 || echo 50)
        complete=$([ $size = 100k ] && echo 100 || echo 300)
        check "$size.window.search_worst_keystroke_ms" '<=' "$first" "$size window: worst keystroke to its first rows, ms"
        check "$size.window.search_worst_complete_ms" '<=' "$complete" "$size window: worst keystroke to the whole answer, ms"
        check "$size.window.search_rare_one_character_ms" '<=' "$complete" "$size window: a one-character term no record has, ms"
        check "$size.import_over_sqlite3_same_work_ratio" '<=' 0.8 "$size import / sqlite3 (.import + FTS5 trigram), wall-time ratio"
        check "$size.database_over_csv_ratio" '<=' 2.5 "$size database size / CSV size"
    done
fi
if [ "$PG_PART" = 1 ] && [ "${PG_SKIPPED:-0}" = 1 ]; then
    echo "PostgreSQL (issue 19): SKIPPED: no PostgreSQL"
elif [ "$PG_PART" = 1 ]; then
    echo "PostgreSQL (issue 19):"
    for n in $PG_SIZES; do
        l=$(size_label "$n")
        check "pg.$l.import_over_copy_ratio" '<=' 3 "PostgreSQL $l: hyoka import / psql \\copy, wall-time ratio"
        check "pg.$l.window.open_to_first_paint_ms" '<=' 1000 "PostgreSQL $l: open to first paint (window), ms"
        check "pg.$l.window.sort_budget_ascending_ms" '<=' 500 "PostgreSQL $l: sort by budget, ascending (window), ms"
        check "pg.$l.window.sort_budget_descending_ms" '<=' 500 "PostgreSQL $l: sort by budget, descending (window), ms"
        check "pg.$l.window.sort_name_ascending_ms" '<=' 500 "PostgreSQL $l: sort by name (window), ms"
        check "pg.$l.window.search_worst_keystroke_ms" '<=' 100 "PostgreSQL $l: worst keystroke to its first rows (window), ms"
        check "pg.$l.window.search_rare_one_character_ms" '<=' 100 "PostgreSQL $l: a one-character term no record has, ms"
    done
fi
echo
echo "All figures: $FIGURES"
