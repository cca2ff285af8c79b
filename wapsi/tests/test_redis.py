"""With REDIS_URL, what must be shared between app servers lives in a real Redis.

The tests start their own redis-server (Debian's, installed by .ci/run) on a free loopback
port, so they run on both passes of CI; nothing about Redis is imitated.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wapsi.infra.ratelimit import rate_allow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _settings_with(redis_url: str, expression: str) -> str:
    env = {**os.environ, "REDIS_URL": redis_url, "DEBUG": "1"}
    env.pop("PAGES_REDIS_URL", None)
    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'wapsi.settings'); "
        f"django.setup(); from django.conf import settings; print({expression})"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_redis_url_moves_cache_pages_and_sessions_to_redis(redis_url: str) -> None:
    got = _settings_with(
        redis_url,
        "settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'], "
        "settings.CACHES['pages']['LOCATION'], settings.SESSION_ENGINE",
    )
    port = redis_url.rsplit(":", 1)[1].split("/")[0]
    assert got == (
        f"django.core.cache.backends.redis.RedisCache redis://127.0.0.1:{port}/0 "
        f"redis://127.0.0.1:{port}/1 django.contrib.sessions.backends.cached_db"
    )


@pytest.fixture
def on_redis(settings: Any, redis_url: str) -> str:
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url.rsplit("/", 1)[0] + "/1",
        },
    }
    caches["default"].clear()
    return redis_url


def _count_allowed(key: str, tries: int, start: Any, results: Any) -> None:
    start.wait()
    results.put(sum(rate_allow(key, limit=10) for _ in range(tries)))


def test_a_rate_limit_counts_exactly_across_processes_on_redis(on_redis: str) -> None:
    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    workers = [
        context.Process(target=_count_allowed, args=("t:redis-two", 100, start, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    allowed = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert sum(allowed) == 10, allowed


def test_purging_the_page_cache_keeps_sessions_and_limits(on_redis: str) -> None:
    from django.core.cache import caches

    from wapsi.infra.pagecache import page_cache_clear

    caches["pages"].set("page:/en/", "cached page")
    caches["default"].set("limit:198.51.100.1", 3)
    page_cache_clear()
    assert caches["pages"].get("page:/en/") is None
    assert caches["default"].get("limit:198.51.100.1") == 3


@pytest.mark.django_db
def test_a_session_is_read_through_redis(on_redis: str, django_user_model: Any) -> None:
    from django.contrib.sessions.backends.cached_db import SessionStore
    from django.core.cache import caches

    store = SessionStore()
    store["who"] = "counsellor"
    store.create()
    key = store.session_key
    assert key is not None
    # The session is in Redis, where any app server reads it, and in the database behind it.
    assert any(k for k in caches["default"]._cache.get_client().keys("*") if key.encode() in k)
    assert SessionStore(session_key=key)["who"] == "counsellor"


def test_the_unix_socket_form_is_accepted(tmp_path: Path) -> None:
    from wapsi.lib.env import redis_next_database

    assert redis_next_database("unix:///run/redis.sock?db=2") == "unix:///run/redis.sock?db=3"
    assert redis_next_database("redis://h:6379") == "redis://h:6379/1"
    assert redis_next_database("rediss://u:p@h:6380/4?ssl_cert_reqs=none") == (
        "rediss://u:p@h:6380/5?ssl_cert_reqs=none"
    )
