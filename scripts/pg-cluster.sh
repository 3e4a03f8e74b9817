#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks: Debian's binaries, run as the
# unprivileged `postgres` user (PostgreSQL refuses to run as root), listening on 127.0.0.1 and a
# private socket folder only, trusting local connections. Prints the URL to use.
#   scripts/pg-cluster.sh start DIR [PORT]   → SAMMANTRADE_TEST_DATABASE_URL=postgres://…
#   scripts/pg-cluster.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?a folder for the cluster}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bin/initdb" ] || { echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
user=postgres
as_user() { if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    if [ "$(id -u)" = 0 ]; then
      id "$user" >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /usr/sbin/nologin "$user"
      mkdir -p "$dir" && chown "$user" "$dir"
    else
      mkdir -p "$dir"
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "pg-cluster: start|stop" >&2; exit 2 ;;
esac
