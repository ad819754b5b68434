#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: a temp data folder, 127.0.0.1 only, a free port.
# Source it, then: postgres_start (exports PORTAL_TEST_POSTGRES and PORTAL_TEST_PG_BIN) ... postgres_stop.
# Runs the server as the "postgres" user when started as root (PostgreSQL refuses to run as root).

postgres_bin() {
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo 55432
}

postgres_start() {
  local bin
  if ! bin=$(postgres_bin); then
    echo "== installing postgresql"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    bin=$(postgres_bin) || return 1
  fi
  PG_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
  PG_PORT=$(postgres_free_port)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
  export PG_DIR PG_PORT PG_RUN="${run[*]}"
  export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PORTAL_TEST_PG_BIN="$bin"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

postgres_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
  $PG_RUN "$(postgres_bin)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
