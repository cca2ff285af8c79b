#!/usr/bin/env python3
"""make bench: data at scale, gunicorn with production settings on loopback, wrk for load.

Prints one table and writes it as JSON under bench/results/. Throughput is a ratio to a bare
Django view measured in the same run; page weights are compressed bytes as sent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
PY = str(ROOT / ".venv" / "bin" / "python")

PAGES = {
    "bare": "/__bench__/bare",
    "home_en": "/en/",
    "home_ur": "/ur/",
    "guide_ur": "/ur/pakistan/",
    "topic_en": "/en/after-return/",
    "faq_en": "/en/questions/",
    "help_list": "/en/help/",
    "stories_ar": "/ar/stories/",
    "roadmap_en": "/en/roadmap/",
    "search_ur": "/ur/search/?q=%D9%88%DB%8C%D8%B2%D8%A7",
    "staff_clients": "/staff/clients/",
    "staff_sessions": "/staff/sessions/",
    # Statistics over the rollups of every session (a signed-in government viewer), and the
    # public figures.
    "stats_dashboard": "/staff/statistics/sessions/?breakdown=district&grain=quarter",
    "stats_public": "/en/statistics/pk/",
}
STAFF = {"staff_clients", "staff_sessions"}
GOVERNMENT = {"stats_dashboard"}  # signed in as the demo's government viewer
WEIGHT_PAGES = [
    "home_en",
    "home_ur",
    "guide_ur",
    "topic_en",
    "faq_en",
    "help_list",
    "stories_ar",
    "roadmap_en",
    "search_ur",
]
TARGETS = {
    "guide_bytes": 20 * 1024,
    "html_bytes": 14 * 1024,
    "ratio": 0.5,
    "public_p95_ms": 100,
    "staff_p95_ms": 300,
    "search_p95_ms": 50,
}
SEARCH_WORDS = [
    "ویزا",
    "کام",
    "خلیج",
    "visa",
    "work",
    "gulf",
    "ভিসা",
    "কাজ",
    "عمل",
    "تأشيرة",
    "کار",
    "مرکز",
]

LUA_STATS = """
done = function(summary, latency, requests)
  io.write(string.format("WAPSI p50=%d p95=%d p99=%d requests=%d errors=%d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
"""


def fail(message: str) -> None:
    sys.stderr.write(f"bench: {message}\n")
    sys.exit(2)


def env_for(db: str) -> dict[str, str]:
    """The production-like environment for one database URL (sqlite:///… or postgres://…)."""
    return {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HTTPS": "0",
        "DATABASE_URL": db,
        "STATIC_ROOT": str(DATA / "static"),
        "MEDIA_ROOT": str(DATA / "media"),
        "WAPSI_VAR_DIR": str(DATA / "var"),  # its own page cache, apart from `make run`'s
        "FIELD_ENCRYPTION_KEYS": "k3S8Qn1m4bZL7x2cV9pT0yR5wE6uJ8hG1fD3sA7qW0o=",
        "WAPSI_BENCH": "1",
        "LOG_LEVEL": "WARNING",
    }


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def pg_database(url: str, name: str, *, fresh: bool) -> str:
    """The URL of database `name` on the PostgreSQL server of `url`, created if it is absent
    (and dropped first when `fresh`)."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    server = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def prepare(pages: int, sessions: int, referrals: int, database_url: str) -> tuple[str, dict]:
    """The benchmark database (generated on the first run, cached after) and query counts."""
    DATA.mkdir(parents=True, exist_ok=True)
    stem = f"bench-{pages}-{sessions}-{referrals}"
    if database_url:
        base = urllib.parse.urlsplit(database_url).path.strip("/") or "wapsi_bench"
        report = DATA / f"pg-{base}-{stem}.ready.json"
        name = f"{base}_{pages}_{sessions}_{referrals}"
        db = pg_database(database_url, name, fresh=not report.exists())
        small_name = f"{base}_small"
        small_ready = DATA / f"pg-{small_name}.ready"
        small = pg_database(database_url, small_name, fresh=not small_ready.exists())
    else:
        path = DATA / f"{stem}.sqlite3"
        report = path.with_suffix(".ready.json")
        db = sqlite_url(path)
        if not report.exists():  # cached between runs: delete bench/data/ to rebuild
            for stale in DATA.glob(path.name + "*"):
                stale.unlink()
        small_path = DATA / "bench-small.sqlite3"
        small_ready = small_path.with_suffix(".ready")
        if not small_ready.exists():
            small_path.unlink(missing_ok=True)
        small = sqlite_url(small_path)
    env = env_for(db)
    if not report.exists():
        print(
            f"Generating {pages} pages, {sessions} sessions, {referrals} referrals (first run only)...",
            flush=True,
        )
        started = time.time()
        manage(env, "migrate", "--noinput")
        gen_env = {**env, "DEBUG": "1"}
        result = subprocess.run(
            [PY, "bench/data.py", "--pages", str(pages), "--sessions", str(sessions), "--referrals", str(referrals), "--report", str(report)],
            cwd=ROOT, env=gen_env, text=True,
        )  # fmt: skip
        if result.returncode:
            fail("bench/data.py failed (see above)")
        print(f"  generated in {time.time() - started:.0f} s", flush=True)
    manage(env, "migrate", "--noinput")
    # A database cached from before the search index (hub migration 0008) has every page but an
    # empty index: fill it once, so search is measured on the engine (a no-op afterwards).
    started = time.time()
    print("  " + manage(env, "search_rebuild", "--if-empty").strip(), flush=True)
    print(f"  search index checked in {time.time() - started:.0f} s", flush=True)
    started = time.time()
    manage(env, "stats_refresh")  # incremental: the first run counts every session, later ones none
    print(f"  statistics refreshed in {time.time() - started:.0f} s", flush=True)
    manage(env, "collectstatic", "--noinput")
    # Queries per page, measured on every run with the whole-page cache off: on a database with
    # only the demo data (small) and on the generated one (large).
    small_env = {**env_for(small), "DEBUG": "1"}
    if not small_ready.exists():
        manage(small_env, "migrate", "--noinput")
        manage(small_env, "load_demo")
        small_ready.write_text("demo loaded\n")
    manage(small_env, "migrate", "--noinput")
    manage(small_env, "search_rebuild", "--if-empty")
    counts = {}
    for size, size_env in (("small", small_env), ("large", {**env, "DEBUG": "1"})):
        out = DATA / f"queries-{size}.json"
        counted = subprocess.run(
            [PY, "bench/data.py", "--only-count", "--report", str(out)],
            cwd=ROOT, env=size_env, capture_output=True, text=True,
        )  # fmt: skip
        if counted.returncode:
            fail(f"bench/data.py --only-count failed:\n{counted.stderr[-2000:]}")
        counts[size] = json.loads(out.read_text())
    return db, counts


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        # As servers do: a port held only by closing connections (TIME_WAIT) counts as free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_server(db: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
    proc = subprocess.Popen(
        [gunicorn, "wapsi.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env_for(db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/__bench__/bare", timeout=1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    fail("gunicorn did not start: " + (proc.stderr.read().decode()[-1500:] if proc.stderr else ""))
    raise AssertionError


def staff_cookie(db: str, username: str = "counsellor") -> str:
    """A signed-in staff member's session that has passed the second sign-in step."""
    script = (
        "from django.contrib.auth import get_user_model; from django.test import Client;"
        "from django_otp.plugins.otp_totp.models import TOTPDevice;"
        f"u = get_user_model().objects.get(username='{username}');"
        "d = TOTPDevice.objects.get_or_create(user=u, name='bench', defaults={'confirmed': True})[0];"
        "c = Client(); c.force_login(u); s = c.session; s['otp_device_id'] = d.persistent_id; s.save();"
        "print(s.session_key)"
    )
    return manage(env_for(db), "shell", "-c", script).strip().splitlines()[-1]


def wrk(
    url: str, connections: int, seconds: int, headers: list[str], script: Path
) -> dict[str, float]:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", str(script)]
    for header in headers:
        cmd += ["-H", header]
    out = subprocess.run([*cmd, url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    stats = dict(re.findall(r"(\w+)=(\d+)", out.split("WAPSI", 1)[1]))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": int(stats["p50"]) / 1000,
        "p95_ms": int(stats["p95"]) / 1000,
        "p99_ms": int(stats["p99"]) / 1000,
        "errors": int(stats["errors"]) + (int(non2xx.group(1)) if non2xx else 0),
    }


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def check_ok(url: str, headers: list[str]) -> None:
    """wrk counts redirects as successes: make sure the page itself answers 200 first."""
    req = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))
    try:
        status = urllib.request.build_opener(_NoRedirect).open(req, timeout=30).status
    except urllib.error.HTTPError as exc:
        status = exc.code
    if status != 200:
        fail(f"{url} answered {status}, not 200: the benchmark would measure the wrong thing")


def weight(port: int, path: str) -> tuple[int, int]:
    """(compressed HTML bytes, compressed bytes in all: HTML + CSS + JS)."""

    def get(p: str) -> bytes:
        req = urllib.request.Request(
            f"http://127.0.0.1:{port}{p}", headers={"Accept-Encoding": "gzip"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.read()

    html = get(path)
    text = gzip.decompress(html).decode() if html[:2] == b"\x1f\x8b" else html.decode()
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text) + re.findall(
        r'<script[^>]+src="([^"]+)"', text
    )
    return len(html), len(html) + sum(len(get(a)) for a in assets)


def search_script(base: Path) -> Path:
    words = ", ".join(f'"{urllib.parse.quote(w)}"' for w in SEARCH_WORDS)
    script = base / "search.lua"
    script.write_text(
        f"local words = {{{words}}}\n"
        "local langs = {'en', 'ur', 'ar', 'bn', 'ps', 'fa-af', 'ckb'}\n"
        "request = function()\n"
        # A unique parameter per request: every search is answered, none comes from the page cache.
        "  local path = '/' .. langs[math.random(#langs)] .. '/search/?q=' .. words[math.random(#words)] .. '&n=' .. math.random(1e9)\n"
        "  return wrk.format('GET', path)\nend\n" + LUA_STATS
    )
    return script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--pages", default=",".join(PAGES), help="comma-separated page names: " + ", ".join(PAGES)
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seconds", type=int, default=8, help="per load run")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--hub-pages", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--referrals", type=int, default=50_000)
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL server to benchmark on, e.g. postgres://postgres@127.0.0.1:55432/wapsi_bench"
        " (databases named after it are created and filled on the first run); default SQLite",
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.pages.split(",") if n.strip()]
    unknown = [n for n in names if n not in PAGES]
    if unknown:
        fail(f"unknown page name(s): {', '.join(unknown)}; known: {', '.join(PAGES)}")
    if "bare" not in names:
        names.insert(0, "bare")
    if not 1 <= args.port <= 65535:
        fail(f"port {args.port} is not a port number")
    if not port_free(args.port):
        fail(f"port {args.port} on 127.0.0.1 is in use; choose another with --port")
    if shutil.which("wrk") is None:
        fail("wrk is not installed: apt-get install wrk")

    if args.database_url and not args.database_url.startswith(("postgres://", "postgresql://")):
        fail("--database-url must be a postgres:// URL (SQLite is the default)")
    db, queries = prepare(args.hub_pages, args.sessions, args.referrals, args.database_url)
    server = start_server(db, args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    stats_script = DATA / "stats.lua"
    stats_script.write_text(LUA_STATS)
    rows: dict[str, dict] = {}
    try:
        cookie = [f"Cookie: sessionid={staff_cookie(db)}"]
        government = (
            [f"Cookie: sessionid={staff_cookie(db, 'government_viewer')}"]
            if GOVERNMENT & set(names)
            else []
        )
        for name in names:
            headers = cookie if name in STAFF else government if name in GOVERNMENT else []
            check_ok(base + PAGES[name], headers)
            row = {"path": PAGES[name]}
            for conns in (16, 64):
                res = wrk(base + PAGES[name], conns, args.seconds, headers, stats_script)
                row.update({f"c{conns}_{k}": v for k, v in res.items()})
            if name in WEIGHT_PAGES:
                row["html_bytes"], row["total_bytes"] = weight(args.port, PAGES[name])
            rows[name] = row
            print(
                f"  {name:15} {row['c16_rps']:8.0f} req/s  p95 {row['c16_p95_ms']:6.1f} ms (16)  {row['c64_p95_ms']:6.1f} ms (64)",
                flush=True,
            )
        search = wrk(base + "/", 16, args.seconds, [], search_script(DATA))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    bare_rps = rows["bare"]["c16_rps"]
    for name, row in rows.items():
        if name != "bare":
            row["throughput_ratio"] = round(row["c16_rps"] / bare_rps, 3) if bare_rps else None
    result = {
        "machine": {
            "kind": "python",
            "cores": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "run_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "data": {
            "hub_pages": args.hub_pages,
            "sessions": args.sessions,
            "referrals": args.referrals,
            "database": "postgresql" if args.database_url else "sqlite",
            "redis": bool(os.environ.get("REDIS_URL")),
        },
        "server": {"gunicorn_workers": args.workers, "load_seconds": args.seconds},
        "pages": rows,
        "queries_small": queries["small"],
        "queries_large": queries["large"],
        "search_p95_ms": search["p95_ms"],
        "search_rps": search["rps"],
        "search_errors": search["errors"],
        "dashboard_p95_ms": {
            name: rows[name]["c16_p95_ms"]
            for name in ("stats_dashboard", "stats_public")
            if name in rows
        },
        "errors_total": sum(r["c16_errors"] + r["c64_errors"] for r in rows.values())
        + search["errors"],
        "targets": TARGETS,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print_table(result)
    print(f"\nWritten {out.relative_to(ROOT)}")


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_table(r: dict) -> None:
    t = r["targets"]
    print(
        f"\nWapsi benchmark, {r['run_at']} — {r['machine']['cores']} cores, {r['machine']['platform']}"
    )
    print(
        f"data: {r['data']['hub_pages']} hub pages, {r['data']['sessions']} sessions, {r['data']['referrals']} referrals"
        f" ({'PostgreSQL' if r['data']['database'] == 'postgresql' else 'SQLite'}{', Redis' if r['data'].get('redis') else ''})\n"
    )
    print(
        "| page | req/s (16) | ratio to bare | p50/p95/p99 ms (16) | p50/p95/p99 ms (64) | html B | total B | queries small/large | verdict |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, row in r["pages"].items():
        staff = name in STAFF | GOVERNMENT  # the dashboard: under 300 ms at p95
        ratio = row.get("throughput_ratio")
        p95_target = t["staff_p95_ms"] if staff else t["public_p95_ms"]
        checks = [row["c16_p95_ms"] <= p95_target]
        if ratio is not None and not staff:
            checks.append(ratio >= t["ratio"])
        if "html_bytes" in row:
            checks += [row["html_bytes"] <= t["html_bytes"], row["total_bytes"] <= t["guide_bytes"]]
        q = f"{r['queries_small'].get(name, '-')}/{r['queries_large'].get(name, '-')}"
        print(
            f"| {name} | {row['c16_rps']:.0f} | {ratio if ratio is not None else '1.0'} | "
            f"{row['c16_p50_ms']:.1f}/{row['c16_p95_ms']:.1f}/{row['c16_p99_ms']:.1f} | "
            f"{row['c64_p50_ms']:.1f}/{row['c64_p95_ms']:.1f}/{row['c64_p99_ms']:.1f} | "
            f"{row.get('html_bytes', '-')} | {row.get('total_bytes', '-')} | {q} | {verdict(all(checks)) if name != 'bare' else '-'} |"
        )
    print(
        f"\nsearch p95 over {r['data']['hub_pages']} pages, 7 languages: {r['search_p95_ms']:.1f} ms "
        f"({verdict(r['search_p95_ms'] <= t['search_p95_ms'])}, target {t['search_p95_ms']} ms)"
    )
    for name, p95 in r["dashboard_p95_ms"].items():
        print(
            f"{name} p95 over {r['data']['sessions']} sessions: {p95:.1f} ms "
            f"({verdict(p95 <= t['staff_p95_ms'])}, target {t['staff_p95_ms']} ms)"
        )
    print(f"errors: {r['errors_total']}")


if __name__ == "__main__":
    main()
