#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server for the shared-database tests:
# initdb into a temporary directory, listening on loopback only, trust auth for
# local test roles except `hyoka_password`, which must give its password. Works as root (runs the server as the `postgres` user).
#   tools/pg-test-server.sh start   → prints HYOKA_TEST_PG_URL=… and HYOKA_TEST_PG_DIR=…
#   tools/pg-test-server.sh stop DIR
#   tools/pg-test-server.sh restart DIR   (pg_ctl restart -m fast: every session is cut)
#   tools/pg-test-server.sh halt DIR      (stopped, the data kept) / resume DIR (the same port)
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/hyoka-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    as_server_user "$pgbin/initdb" -D "$dir/data" -U hyoka --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    # One role must give a password (the tests create it): the window's password prompt.
    as_server_user sed -i '1i host all hyoka_password 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    # A free loopback port: let the kernel pick one.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" >"$dir/options"
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(cat "$dir/options")" start >/dev/null
    "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U hyoka hyoka_test
    echo "HYOKA_TEST_PG_URL=postgresql://hyoka@127.0.0.1:$port/hyoka_test"
    echo "HYOKA_TEST_PG_DIR=$dir"
    ;;
stop)
    dir=${2:?directory}
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
restart)
    dir=${2:?directory}
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 \
        -o "$(cat "$dir/options")" restart >/dev/null
    ;;
halt)
    dir=${2:?directory}
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    ;;
resume)
    dir=${2:?directory}
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 && exit 0
    as_server_user "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(cat "$dir/options")" start >/dev/null
    ;;
*)
    echo "usage: $0 start | stop DIR | restart DIR | halt DIR | resume DIR" >&2
    exit 2
    ;;
esac
