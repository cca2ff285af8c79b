#!/usr/bin/env python3
"""Restart PostgreSQL under load: the application recovers by itself, errors happen only during
the outage, and every write answered with success is in the database afterwards.

Starts a throwaway PostgreSQL cluster on 127.0.0.1 (initdb/pg_ctl as the postgres user, as
.ci/run does), migrates it, serves Wapsi with gunicorn against it, posts reader feedback (each
with a unique comment) from several threads, restarts the database half-way, then checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench

PORT, PG_PORT = 8767, 25498  # below the ephemeral range, so no closing connection holds it
SECONDS, RESTART_AT, THREADS = 20, 6, 4
GRACE = 3.0  # seconds after the database is back within which a failure still counts as outage


def pg(*args: str, bin_dir: str) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", f"{bin_dir}/{args[0]}", *args[1:]],
        check=True,
        capture_output=True,
    )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def main() -> None:
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        bench.fail("the fault test starts its own PostgreSQL as the postgres user: run it as root")
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not bins:
        bench.fail("PostgreSQL is not installed: apt-get install postgresql")
    bin_dir = str(bins[-1].parent)
    if not bench.port_free(PORT) or not bench.port_free(PG_PORT):
        bench.fail(f"port {PORT} or {PG_PORT} on 127.0.0.1 is in use")
    tmp = Path(tempfile.mkdtemp(prefix="wapsi-fault-"))
    shutil.chown(tmp, "postgres", "postgres")
    data = tmp / "data"
    pg("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", bin_dir=bin_dir)
    opts = f"-p {PG_PORT} -k {tmp} -c listen_addresses=127.0.0.1"
    pg(
        "pg_ctl",
        "-D",
        str(data),
        "-w",
        "-l",
        str(tmp / "log"),
        "-o",
        opts,
        "start",
        bin_dir=bin_dir,
    )
    subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            f"{bin_dir}/createdb",
            "-h",
            "127.0.0.1",
            "-p",
            str(PG_PORT),
            "wapsi",
        ],
        check=True,
    )
    env = {
        **bench.env_for(Path("/dev/null")),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/wapsi",
    }
    server = None
    try:
        print("Migrating and loading the demo data into a throwaway PostgreSQL...", flush=True)
        bench.manage(env, "migrate", "--noinput")
        bench.manage({**env, "DEBUG": "1"}, "load_demo", "--allow-production")
        bench.manage(env, "collectstatic", "--noinput")
        page_id = bench.manage(
            env,
            "shell",
            "-c",
            "from wapsi.hub.models import TopicPage; print(TopicPage.objects.live().first().pk)",
        ).split()[-1]
        gunicorn = str(bench.ROOT / ".venv" / "bin" / "gunicorn")
        server = subprocess.Popen(
            [
                gunicorn,
                "wapsi.wsgi",
                "-b",
                f"127.0.0.1:{PORT}",
                "-w",
                "2",
                "--log-level",
                "warning",
            ],
            cwd=bench.ROOT,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/__bench__/bare", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        opener = urllib.request.build_opener(NoRedirect)
        ok, failed, lock = [], [], threading.Lock()
        stop = time.time() + SECONDS

        def writer(n: int) -> None:
            i = 0
            while time.time() < stop:
                i += 1
                marker = f"fault-{n}-{i}"
                body = urllib.parse.urlencode(
                    {"useful": "yes", "comment": marker, "next": "/en/"}
                ).encode()
                req = urllib.request.Request(
                    f"http://127.0.0.1:{PORT}/en/feedback/{page_id}/",
                    data=body,
                    headers={"User-Agent": marker},
                )
                t, location = time.time(), ""
                try:
                    opener.open(req, timeout=5)
                    status = 200
                except urllib.error.HTTPError as exc:
                    status = exc.code
                    location = exc.headers.get("Location", "")
                except OSError:
                    status, location = 0, ""
                with lock:
                    (ok if status == 302 and "feedback=thanks" in location else failed).append(
                        (t, marker, status)
                    )
                time.sleep(0.02)

        print(
            f"Writing from {THREADS} threads for {SECONDS} s; restarting PostgreSQL at {RESTART_AT} s...",
            flush=True,
        )
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
        for th in threads:
            th.start()
        time.sleep(RESTART_AT)
        down = time.time()
        pg(
            "pg_ctl",
            "-D",
            str(data),
            "-w",
            "-m",
            "fast",
            "-l",
            str(tmp / "log"),
            "-o",
            opts,
            "restart",
            bin_dir=bin_dir,
        )
        up = time.time()
        for th in threads:
            th.join()
        markers = [m for _t, m, _s in ok]
        present = set(
            bench.manage(
                env,
                "shell",
                "-c",
                "from wapsi.hub.models import PageFeedback; print('\\n'.join(PageFeedback.objects.values_list('comment', flat=True)))",
            ).split()
        )
        lost = [m for m in markers if m not in present]
        outside = [
            (round(t - down, 2), s) for t, _m, s in failed if not (down - 0.5 <= t <= up + GRACE)
        ]
        after = [t for t, _m, _s in ok if t > up]
        print(
            f"writes answered with success: {len(ok)}; failed: {len(failed)} (outage {up - down:.1f} s)"
        )
        print(f"successful writes missing from the database: {len(lost)}")
        print(f"failures outside the outage window: {len(outside)} {outside[:5]}")
        print(f"successful writes after the restart: {len(after)}")
        passed = not lost and not outside and after
        print("fault test: PASSED" if passed else "fault test: FAILED")
        sys.exit(0 if passed else 1)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                f"{bin_dir}/pg_ctl",
                "-D",
                str(data),
                "-m",
                "fast",
                "stop",
            ],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
