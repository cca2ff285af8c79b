#!/usr/bin/env bash
# make bench-pg: the benchmark on PostgreSQL with Redis, both from Debian
# (apt-get install postgresql redis-server wrk). The cluster lives in bench/data/pg (kept, so
# the generated data is reused); both servers listen on 127.0.0.1 only and stop afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$PG_BIN" ] || { echo "bench-pg: PostgreSQL is not installed: apt-get install postgresql" >&2; exit 2; }
command -v redis-server >/dev/null || { echo "bench-pg: apt-get install redis-server" >&2; exit 2; }
PG_PORT="${BENCH_PG_PORT:-55432}"
REDIS_PORT="${BENCH_REDIS_PORT:-56379}"
DIR="$PWD/bench/data/pg"
mkdir -p "$DIR"
AS=()
if [ "$(id -u)" = 0 ]; then  # initdb refuses root: the cluster belongs to the postgres user
  chown postgres:postgres "$DIR"
  AS=(runuser -u postgres --)
fi
[ -f "$DIR/data/PG_VERSION" ] || "${AS[@]}" "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 >/dev/null
stop() {
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}
trap stop EXIT
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -w -l "$DIR/log" \
  -o "-p $PG_PORT -k $DIR -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB" start >/dev/null
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
  --logfile "$DIR/redis.log"
until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.2; done
REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0" .venv/bin/python bench/run.py \
  --database-url "postgres://postgres@127.0.0.1:$PG_PORT/wapsi_bench" "$@"
