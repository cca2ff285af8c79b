"""A partner key's rate limit holds across app servers: two real gunicorn processes on one
database and one shared cache (the file cache, or Redis when REDIS_URL is set), hit at the
same time with the same key, let through exactly the limit between them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from wapsi.partners.tests.receiver import free_port

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 7


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    base = {k: v for k, v in os.environ.items() if k != "PYTEST_VERSION"}
    base |= {
        "DEBUG": "1",
        "PYTHONPATH": str(ROOT),
        "WAPSI_VAR_DIR": str(tmp_path_factory.mktemp("partners-var")),
        "PARTNERS_KEY_RATE_LIMIT": str(LIMIT),
        "PARTNERS_ANON_RATE_LIMIT": "3",
    }
    server = os.environ.get("DATABASE_URL", "")
    name = f"wapsi_partners_{uuid.uuid4().hex[:8]}"
    if server.startswith("postgres"):
        import psycopg

        admin_url = server.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base["DATABASE_URL"] = server.rsplit("/", 1)[0] + f"/{name}"
    else:
        db = tmp_path_factory.mktemp("partners-db") / "p.sqlite3"
        base["DATABASE_URL"] = f"sqlite:///{db}"
    _manage(base, "migrate", "--noinput", "--verbosity", "0")
    yield base
    if server.startswith("postgres"):
        import psycopg

        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _make_key(env: dict[str, str]) -> str:
    code = (
        "import datetime; from django.utils import timezone; "
        "from wapsi.cases.tests.factories import staff; "
        "from wapsi.partners.services import partner_key_create; "
        "made = partner_key_create(actor=staff('administrator', username='admin-' + "
        "timezone.now().strftime('%H%M%S%f')), name='Two servers', "
        "contact_email='p@example.org', scopes=['events'], "
        "expires_at=timezone.now() + datetime.timedelta(days=1)); print(made.token)"
    )
    return _manage(env, "shell", "-c", code).strip().splitlines()[-1]


@pytest.fixture(scope="module")
def two_servers(server_env: dict[str, str]) -> Iterator[list[str]]:
    processes, urls = [], []
    for _ in range(2):
        port = free_port()
        log = open(Path(server_env["WAPSI_VAR_DIR"]) / f"gunicorn-{port}.log", "w")  # noqa: SIM115
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--threads",
                    "4",
                    "wapsi.wsgi",
                ],
                env=server_env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            _wait_up(url)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _wait_up(url: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            requests.get(f"{url}/robots.txt", timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not start")


def _status(url: str, token: str | None) -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(url, headers=headers, timeout=30).status_code


def test_a_keys_limit_holds_across_two_server_processes(
    two_servers: list[str], server_env: dict[str, str]
) -> None:
    token = _make_key(server_env)
    targets = [f"{two_servers[n % 2]}/api/v1/partner/usage" for n in range(LIMIT * 3)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda url: _status(url, token), targets))
    assert sorted(set(statuses)) == [200, 429]
    assert statuses.count(200) == LIMIT
    # Per-process counters would have let 2 x LIMIT through.
    # A second key has a limit of its own.
    other = _make_key(server_env)
    assert _status(f"{two_servers[1]}/api/v1/partner/usage", other) == 200
    code = (
        "import json; from wapsi.partners.models import PartnerUsageDay as U; "
        "print(json.dumps([[u.requests, u.limited] for u in U.objects.order_by('key_id')]))"
    )
    usage = json.loads(_manage(server_env, "shell", "-c", code).strip().splitlines()[-1])
    assert usage == [[LIMIT, LIMIT * 2], [1, 0]]
