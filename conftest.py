"""Project-wide test set-up: role fixtures, the browser, and CI's rule that nothing is skipped."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(autouse=True)
def _test_settings(settings: Any) -> None:
    # Background tasks run at once in tests; static files need no collectstatic manifest.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Two-step sign-in has its own tests (wapsi/accounts/tests/test_two_factor.py); elsewhere
    # force_login stands for a completed sign-in.
    settings.WAPSI_REQUIRE_2FA = False
    # Whole-page caching would hide what a view does; test_page_cache turns it back on.
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


@pytest.fixture(autouse=True)
def _clear_cache() -> Iterator[None]:
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _audit_triggers_around_flush(request: pytest.FixtureRequest) -> Iterator[None]:
    """Transactional tests end with a flush of every table; the audit log's append-only
    triggers would refuse it, so they are lifted for the flush and restored for the next test."""
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    transactional = bool(names & {"live_server", "transactional_db"})
    transactional = transactional or bool(marker and marker.kwargs.get("transaction"))
    if not (marker or transactional or "db" in names):
        yield
        return
    from django.db import connection

    from wapsi.audit.db import triggers_install, triggers_remove

    triggers_install(connection)  # a transactional test before this one may have lifted them
    yield
    if transactional:
        triggers_remove(connection)


@pytest.fixture
def demo(db: Any) -> Any:
    """The demo data, as `make run` loads it."""
    from wapsi.demo.loader import load_demo

    return load_demo()


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real headless Chromium (Debian's), driven by Playwright. Never downloads a browser."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-core")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made here
    # (fixtures, assertions) are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield instance
        finally:
            instance.close()


def tool_or_skip(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI=true a test skipped for a missing tool fails the run: CI must have every tool."""
    if os.environ.get("CI") != "true" or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        if reporter:
            reporter.write_line(
                f"CI=true: {len(skipped)} test(s) skipped; every tool must be present in CI.",
                red=True,
            )
        session.exitstatus = 1
