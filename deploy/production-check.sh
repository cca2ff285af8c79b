#!/usr/bin/env bash
# Follow the README's "Running in production" section on this machine, from a clean copy of the
# checkout, and check that the site then works on two app servers (issue #15).
#
#   sudo deploy/production-check.sh        (or: make production-check; CI runs it from .ci/run)
#
# What it does, in the README's order, with nothing in the processes' environment but the env file:
#   1. PostgreSQL from Debian (/usr/lib/postgresql/*/bin): initdb as the postgres user, started on
#      127.0.0.1, a role `wapsi` (not a superuser) owning a database `wapsi`, password over TCP
#      (fsync off, as in .ci/run: the cluster is thrown away, and it saves minutes on a busy disk);
#   2. Debian's redis-server on 127.0.0.1;
#   3. the object-store server: moto's S3 server (a stand-in for MinIO, Garage or S3), in a
#      virtualenv of its own, so the app's virtualenv holds production dependencies only; the two
#      buckets are made with boto3 (which the app's virtualenv has): public media with a
#      public-read policy, private testimony media with none;
#   4. the code: the checkout's files (tracked and untracked, not ignored ones) copied to
#      $WORK/srv/wapsi, as an operator's `git clone` to /srv/wapsi, and a fresh virtualenv there
#      with `pip install -c constraints.txt -e .` (no dev extras);
#   5. an env file like /etc/wapsi.env with exactly the README's variables;
#   6. manage.py check --deploy, migrate, the translations (msgfmt), collectstatic, the first
#      administrator (createsuperuser), the site's home pages and Site (site_setup, twice: the
#      second run must find everything in place);
#   7. two gunicorn app servers and one db_worker, started with the README's commands;
# then checks both servers through a pretend load balancer (Host, X-Forwarded-Proto: https,
# X-Forwarded-For), the static files' cache headers, Redis holding the shared caches, a session
# begun on one server valid on the other, a file in the object store, a task done by the worker,
# and the daily cron command. Prints PASS/FAIL per check; exits non-zero on any failure.
#
# Needs root (to run initdb and the server as the postgres user) and Debian's postgresql,
# redis-server, gettext and python3-venv. Ports (127.0.0.1 only) can be changed:
# PC_PG_PORT (57432), PC_REDIS_PORT (57379), PC_S3_PORT (57900), PC_APP_PORTS ("57901 57902").
# KEEP=1 keeps the work directory (logs, env file) for a look afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PC_PG_PORT:-57432}"
REDIS_PORT="${PC_REDIS_PORT:-57379}"
S3_PORT="${PC_S3_PORT:-57900}"
read -r -a APP_PORTS <<<"${PC_APP_PORTS:-57901 57902}"
HOST_NAME="wapsi.example.org" # the site's public name, as the load balancer sends it
PYTHON="${PYTHON:-python3}"
START=$(date +%s)

WORK="$(mktemp -d /tmp/wapsi-prodcheck.XXXXXX)"
chmod 755 "$WORK"
SRV="$WORK/srv/wapsi"
LOGS="$WORK/logs"
mkdir -p "$SRV" "$LOGS"
PIDS=()
APP_PIDS=()
PG_BIN=""

say() { printf '[%4ss] %s\n' "$(($(date +%s) - START))" "$*"; }

cleanup() {
  local rc=$?
  set +e
  local pid child t0=$SECONDS
  for pid in "${APP_PIDS[@]}"; do kill -INT "$pid" 2>/dev/null; done # gunicorn: quick shutdown
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    local t1=$SECONDS
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then # still there after 20 s: its workers, then itself
      for child in $(ps -o pid= --ppid "$pid"); do kill -9 "$child" 2>/dev/null; done
      kill -9 "$pid" 2>/dev/null
    fi
    ((SECONDS - t1 < 3)) || say "  $(ps -o comm= -p "$pid" 2>/dev/null || echo "process") $pid took $((SECONDS - t1)) s to stop"
  done
  say "stopped the app servers, the worker and the object store in $((SECONDS - t0)) s"
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  if [[ -n "$PG_BIN" && -d "$WORK/pg/data" ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  fi
  if [[ $rc -ne 0 ]]; then
    echo "production-check: FAILED (exit $rc). Last lines of each log:"
    for log in "$LOGS"/*.log; do
      [[ -s "$log" ]] && { echo "--- $log"; tail -n 15 "$log"; }
    done
  fi
  say "stopped redis-server and PostgreSQL at $((SECONDS - t0)) s"
  if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  say "cleaned up in $((SECONDS - t0)) s"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Run one step; its output goes to a log, shown if it fails. In a subshell outside any `if`,
# so that `set -e` holds inside the step's function.
step() {
  local name="$1" t0=$SECONDS rc
  shift
  set +e
  (set -e; "$@") >"$LOGS/$name.log" 2>&1
  rc=$?
  set -e
  ((rc == 0)) || { say "FAIL $name: $*"; exit 1; }
  say "ok   $name ($((SECONDS - t0)) s)"
}
# Two steps that do not depend on each other run side by side: `step_bg NAME CMD...`, later
# `step_wait NAME`.
declare -A BG_PID BG_T0
step_bg() {
  local name="$1"
  shift
  BG_T0[$name]=$SECONDS
  (set -e; "$@"; echo "step took $((SECONDS - BG_T0[$name])) s") >"$LOGS/$name.log" 2>&1 &
  BG_PID[$name]=$!
  PIDS+=("$!")
}
step_wait() {
  local name="$1" rc=0
  wait "${BG_PID[$name]}" || rc=$?
  ((rc == 0)) || { say "FAIL $name (see its log below)"; exit 1; }
  say "ok   $name ($(tail -n 1 "$LOGS/$name.log" | grep -o '[0-9]* s$'))"
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds="$1" what="$2"
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { say "FAIL $what did not come up within $seconds s"; exit 1; }
    sleep 0.3
  done
}

[[ $EUID -eq 0 ]] || { echo "production-check: run as root (initdb runs as the postgres user)"; exit 2; }
for tool in redis-server redis-cli msgfmt curl runuser; do
  command -v "$tool" >/dev/null || { echo "production-check: $tool is missing (see .ci/run's apt-get line)"; exit 2; }
done
for port in "$PG_PORT" "$REDIS_PORT" "$S3_PORT" "${APP_PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "production-check: port $port on 127.0.0.1 is in use; stop what listens there or set PC_*_PORT"
    exit 2
  fi
done
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$PG_BIN/initdb" ]] || { echo "production-check: Debian's postgresql is not installed"; exit 2; }

say "work directory $WORK; PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $(redis-server --version | awk '{print $3}')"

# --- 1. PostgreSQL -----------------------------------------------------------------------------
DB_PASSWORD="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(16))')"
pg_setup() {
  mkdir -p "$WORK/pg"
  touch "$LOGS/postgresql-server.log"
  chown postgres:postgres "$WORK/pg" "$LOGS/postgresql-server.log"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -E UTF8 --locale C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 -U postgres
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -l "$LOGS/postgresql-server.log" \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off" start
  runuser -u postgres -- "$PG_BIN/psql" -h "$WORK/pg" -p "$PG_PORT" -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE wapsi LOGIN PASSWORD '$DB_PASSWORD'" \
    -c "CREATE DATABASE wapsi OWNER wapsi ENCODING 'UTF8'"
}
step postgresql pg_setup

# --- 2. Redis ----------------------------------------------------------------------------------
step redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
  --daemonize yes --dir "$WORK" --logfile "$LOGS/redis-server.log"
wait_for 20 "redis-server" redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping

# --- 3. the object-store server ----------------------------------------------------------------
s3_venv() {
  "$PYTHON" -m venv "$WORK/s3/venv"
  "$WORK/s3/venv/bin/pip" install --quiet -c "$ROOT/constraints.txt" 'moto[s3]' flask flask-cors
}
step_bg object-store-install s3_venv

# --- 4. the code and its virtualenv ------------------------------------------------------------
copy_checkout() {
  # What `git clone` would give, plus uncommitted changes; never the shared .venv/node_modules.
  (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard -- . ':!:.venv' ':!:node_modules' |
    tar --null -T - -cf - 2>/dev/null) | tar -xf - -C "$SRV"
  [[ ! -e "$SRV/.venv" && -f "$SRV/manage.py" ]]
}
step checkout copy_checkout
app_venv() {
  cd "$SRV"
  "$PYTHON" -m venv .venv
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -c constraints.txt -e .
}
step_bg app-install app_venv
step_wait object-store-install
env MOTO_ALLOW_NONEXISTENT_REGION=true "$WORK/s3/venv/bin/python" -m moto.server -H 127.0.0.1 \
  -p "$S3_PORT" >"$LOGS/object-store-server.log" 2>&1 &
PIDS+=($!)
wait_for 60 "the object-store server" curl -fsS "http://127.0.0.1:$S3_PORT/moto-api/"
step_wait app-install
if "$SRV/.venv/bin/python" -c 'import moto' 2>/dev/null; then
  say "FAIL the app's virtualenv has a dev dependency (moto)"; exit 1
fi

# --- 5. the environment file (/etc/wapsi.env) --------------------------------------------------
S3_KEY_ID="wapsi-$("$PYTHON" -c 'import secrets; print(secrets.token_hex(4))')"
S3_SECRET="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(20))')"
ENV_FILE="$WORK/wapsi.env"
cat >"$ENV_FILE" <<EOF
DATABASE_URL=postgres://wapsi:$DB_PASSWORD@127.0.0.1:$PG_PORT/wapsi
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
SECRET_KEY=$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')
FIELD_ENCRYPTION_KEYS=$("$SRV/.venv/bin/python" -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')
ALLOWED_HOSTS=$HOST_NAME
BEHIND_PROXY=1
S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
S3_BUCKET=wapsi-media
S3_PRIVATE_BUCKET=wapsi-voices
S3_ACCESS_KEY_ID=$S3_KEY_ID
S3_SECRET_ACCESS_KEY=$S3_SECRET
S3_REGION=us-east-1
EOF
chmod 600 "$ENV_FILE"
ENV_VARS=()
while IFS= read -r line; do ENV_VARS+=("$line"); done <"$ENV_FILE"

# A process as systemd would start it: in /srv/wapsi, with the env file and nothing else
# (in particular not the DEBUG=1 that the Makefile exports for development).
# Long-running ones are started as `"${SERVICE[@]}" CMD &`, so that $! is the process itself.
SERVICE=(env -i -C "$SRV" PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$WORK" "${ENV_VARS[@]}")
service() { "${SERVICE[@]}" "$@"; }
manage() { service .venv/bin/python manage.py "$@"; }

# The buckets, made with boto3 as an operator would (a MinIO or S3 console does the same).
buckets_create() {
  service .venv/bin/python - <<'EOF'
import json, os
import boto3
s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT_URL"], region_name=os.environ["S3_REGION"],
                  aws_access_key_id=os.environ["S3_ACCESS_KEY_ID"],
                  aws_secret_access_key=os.environ["S3_SECRET_ACCESS_KEY"])
public, private = os.environ["S3_BUCKET"], os.environ["S3_PRIVATE_BUCKET"]
s3.create_bucket(Bucket=public)
s3.create_bucket(Bucket=private)
s3.put_bucket_policy(Bucket=public, Policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
     "Resource": f"arn:aws:s3:::{public}/*"}]}))
print("buckets:", [b["Name"] for b in s3.list_buckets()["Buckets"]])
EOF
}
step buckets buckets_create

# --- 6. the one-off commands -------------------------------------------------------------------
step check-deploy manage check --deploy --fail-level WARNING
# collectstatic needs no database, so it runs beside migrate.
step translations make -C "$SRV" --no-print-directory translations
step_bg collectstatic manage collectstatic --noinput
step migrate manage migrate --noinput
step_wait collectstatic
ADMIN_PASSWORD="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(18))')"
step createsuperuser service DJANGO_SUPERUSER_PASSWORD="$ADMIN_PASSWORD" \
  .venv/bin/python manage.py createsuperuser --noinput --username operator --email operator@example.org
step site-setup manage site_setup --hostname "$HOST_NAME"
step site-setup-again manage site_setup --hostname "$HOST_NAME"

# --- 7. two app servers and a worker -----------------------------------------------------------
for port in "${APP_PORTS[@]}"; do
  "${SERVICE[@]}" .venv/bin/gunicorn wapsi.wsgi --bind "127.0.0.1:$port" --workers 4 \
    >"$LOGS/app-$port.log" 2>&1 &
  PIDS+=($!)
  APP_PIDS+=($!)
done
"${SERVICE[@]}" .venv/bin/python manage.py db_worker >"$LOGS/db_worker.log" 2>&1 &
WORKER_PID=$!
PIDS+=("$WORKER_PID")
for port in "${APP_PORTS[@]}"; do
  wait_for 120 "the app server on $port" curl -fsS -o /dev/null -H "Host: $HOST_NAME" \
    -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/robots.txt"
done
for pid in "${APP_PIDS[@]}"; do
  kill -0 "$pid" 2>/dev/null || { say "FAIL an app server exited (see its log below)"; exit 1; }
done
say "ok   two app servers (${APP_PORTS[*]}) and a worker are up"

# --- checks ------------------------------------------------------------------------------------
RESULTS=()
FAILED=0
result() { # result NAME OK?
  if [[ "$2" == 0 ]]; then RESULTS+=("PASS  $1"); else RESULTS+=("FAIL  $1"); FAILED=1; fi
}

set +e
grep -q "home pages and site already in place" "$LOGS/site-setup-again.log"
result "a second manage.py site_setup finds the home pages and the Site in place" $?
STATIC_PATH="/static/$("$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["paths"]["css/wapsi.css"])' "$SRV/staticfiles/staticfiles.json")"
"$PYTHON" "$ROOT/deploy/production_check.py" --host "$HOST_NAME" --static "$STATIC_PATH" \
  --user operator --password "$ADMIN_PASSWORD" \
  "${APP_PORTS[@]/#/http://127.0.0.1:}" >"$LOGS/http-checks.log" 2>&1
http_rc=$?
while IFS= read -r line; do RESULTS+=("$line"); done < <(grep -E '^(PASS|FAIL)  ' "$LOGS/http-checks.log")
((http_rc == 0)) || FAILED=1

keys_default=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n 0 dbsize)
keys_pages=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n 1 dbsize)
echo "redis db0 $keys_default keys, db1 $keys_pages keys" >"$LOGS/redis-keys.log"
result "Redis holds the shared cache (db 0: $keys_default keys) and the page cache (db 1: $keys_pages keys)" \
  "$( ((keys_default > 0 && keys_pages > 0)) && echo 0 || echo 1)"

manage shell -c '
import urllib.request
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
name = default_storage.save("production-check/hello.txt", ContentFile(b"hello from wapsi"))
url = default_storage.url(name)
assert urllib.request.urlopen(url, timeout=10).read() == b"hello from wapsi", url
voices = storages["voices"]
private = voices.save("production-check/secret.txt", ContentFile(b"private"))
try:
    voices.url(private)
except Exception:
    pass
else:
    raise SystemExit("the private storage gave a URL")
print("OBJECT-STORE-OK", url)
' >"$LOGS/object-store-check.log" 2>&1
grep -q OBJECT-STORE-OK "$LOGS/object-store-check.log"
result "media go to the object store: public bucket readable by URL, private storage gives none" $?

manage shell -c '
import time
from wapsi.stats.tasks import stats_refresh_task
r = stats_refresh_task.enqueue()
for _ in range(240):
    r.refresh()
    if r.is_finished:
        break
    time.sleep(0.5)
print("TASK", r.status, r.return_value if r.status == "SUCCESSFUL" else "")
' >"$LOGS/worker-check.log" 2>&1
grep -q 'TASK SUCCESSFUL' "$LOGS/worker-check.log"
result "the worker (db_worker) ran a queued task (stats_refresh_task) to success" $?
kill -0 "$WORKER_PID" 2>/dev/null
result "the worker is still running" $?

manage run_daily >"$LOGS/run_daily.log" 2>&1
result "the daily cron command (manage.py run_daily) succeeds" $?
set -e

echo
echo "== production check: $(($(date +%s) - START)) s"
printf '%s\n' "${RESULTS[@]}"
if ((FAILED)); then
  echo "RESULT: FAIL"
  exit 1
fi
echo "RESULT: PASS"
