#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and CI: `start` initialises a cluster in a new temporary
# folder (trust authentication, localhost only, a free port) and prints its URL on stdout;
# `stop FOLDER` stops it and removes the folder. Runs the server as the `postgres` user when
# started as root (PostgreSQL refuses root). Exit code 3 from `start`: no PostgreSQL on this machine.
set -euo pipefail

bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    if [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return; fi
    return 1
  fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

vrije_poort() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

als_eigenaar() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "${1:-}" in
  start)
    BIN=$(bindir) || { echo "Geen PostgreSQL gevonden (initdb ontbreekt)" >&2; exit 3; }
    MAP=$(mktemp -d /tmp/werktmee-pg.XXXXXX)
    if [ "$(id -u)" = "0" ]; then chown postgres "$MAP"; fi
    POORT=${PG_PORT:-$(vrije_poort)}
    als_eigenaar "'$BIN/initdb' -D '$MAP/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$MAP/initdb.log' 2>&1" \
      || { cat "$MAP/initdb.log" >&2; exit 1; }
    als_eigenaar "'$BIN/pg_ctl' -D '$MAP/data' -l '$MAP/server.log' -w -t 60 \
      -o \"-c listen_addresses=localhost -p $POORT -k '$MAP' -c fsync=on -c max_connections=200\" start >/dev/null" \
      || { cat "$MAP/server.log" >&2; exit 1; }
    echo "$POORT" >"$MAP/poort"
    echo "$MAP" >"${PG_MAP_BESTAND:-/dev/null}"
    echo "postgresql://postgres@localhost:$POORT/postgres"
    ;;
  herstart)
    # Stops the server (fast: open connections are cut), waits SECONDS, starts it again on its port
    # (the reliability benchmark, bench/duurtest.ts).
    MAP=${2:?map}
    BIN=$(bindir)
    POORT=$(cat "$MAP/poort")
    als_eigenaar "'$BIN/pg_ctl' -D '$MAP/data' -m fast -w stop >/dev/null"
    sleep "${3:-10}"
    als_eigenaar "'$BIN/pg_ctl' -D '$MAP/data' -l '$MAP/server.log' -w -t 60 \
      -o \"-c listen_addresses=localhost -p $POORT -k '$MAP' -c fsync=on -c max_connections=200\" start >/dev/null"
    ;;
  stop)
    MAP=${2:?map}
    BIN=$(bindir)
    als_eigenaar "'$BIN/pg_ctl' -D '$MAP/data' -m fast -w stop >/dev/null" || true
    rm -rf "$MAP"
    ;;
  *)
    echo "gebruik: $0 start | herstart MAP [SECONDEN] | stop MAP" >&2
    exit 2
    ;;
esac
