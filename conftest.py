"""Project-wide test set-up: the demo data, compiled catalogues, the browser, and CI's rule that
nothing is skipped.

The demo data is loaded once per run, not once per test. Tests that request the `demo` fixture
are moved, in their order, to just after the other non-transactional database tests. The first
of them opens one transaction around all of them (`SharedDemo`), loads the demo inside it, and
each demo test then runs in its usual transaction, a savepoint on top, rolled back at its end.
After the last of them the outer transaction is rolled back too, so the transactional tests that
follow (and every test that does not ask for `demo`) see the database exactly as the migrations
left it. Nothing of the demo is ever committed, so nothing needs a flush, the audit log's
append-only triggers are never in the way, and on-commit callbacks behave as they did when each
test loaded the demo itself (they never run). Transactional tests (`live_server`,
`transactional_db`) cannot see an uncommitted demo: they call `load_demo()` themselves, and
asking for `demo` in one is refused at collection.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "test-artifacts"
LOCALE_DIR = ROOT / "locale"
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


class CatalogueError(Exception):
    """The gettext catalogues cannot be compiled; the message is one line for the reader."""


def catalogues_compile(locale_dir: Path, msgfmt: str | None) -> list[Path]:
    """Compile each `django.po` under `locale_dir` whose `.mo` is missing or older than it.

    Without compiled catalogues Django does not recognise the project's languages, and tests
    fail far from the cause (on a redirect to English). Returns the catalogues compiled.
    """
    stale = [
        po
        for po in sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    if stale and msgfmt is None:
        raise CatalogueError(
            f"{len(stale)} translation catalogue(s) are not compiled and msgfmt is missing: "
            "install gettext, then run `make test` (it compiles them)."
        )
    for po in stale:
        # Written beside the target and renamed, so a concurrent reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=po.parent, suffix=".mo.tmp")
        os.close(fd)
        result = subprocess.run(  # noqa: S603 - msgfmt found on PATH, fixed arguments
            [str(msgfmt), "--check", "-o", tmp, str(po)], capture_output=True, text=True
        )
        if result.returncode:
            Path(tmp).unlink(missing_ok=True)
            first = (result.stderr.strip().splitlines() or ["failed"])[0]
            raise CatalogueError(f"msgfmt refused {po}: {first} (fix it, then run `make test`).")
        os.replace(tmp, po.with_suffix(".mo"))
    return stale


_COMPILED = pytest.StashKey[list[Path]]()


def pytest_configure(config: pytest.Config) -> None:
    try:
        compiled = catalogues_compile(LOCALE_DIR, shutil.which("msgfmt"))
    except CatalogueError as error:
        raise pytest.UsageError(str(error)) from None
    config.stash[_COMPILED] = compiled


def pytest_report_header(config: pytest.Config) -> str | None:
    compiled = config.stash.get(_COMPILED, [])
    return f"compiled {len(compiled)} translation catalogue(s) with msgfmt" if compiled else None


def settings_for_tests() -> dict[str, Any]:
    """Settings every test runs with (and the shared demo is loaded with)."""
    from django.conf import settings

    return {
        # Background tasks run at once in tests; static files need no collectstatic manifest.
        "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        "STORAGES": {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        # Two-step sign-in has its own tests (wapsi/accounts/tests/test_two_factor.py);
        # elsewhere force_login stands for a completed sign-in.
        "WAPSI_REQUIRE_2FA": False,
        # Whole-page caching would hide what a view does; test_page_cache turns it back on.
        "CACHES": {
            **settings.CACHES,
            "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        },
    }


@pytest.fixture(autouse=True)
def _test_settings(settings: Any) -> None:
    for name, value in settings_for_tests().items():
        setattr(settings, name, value)


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
    if not uses_db(request.node):
        yield
        return
    transactional = is_transactional(request.node)
    # Autouse fixtures come before the ones a test asks for: open its database first.
    request.getfixturevalue("transactional_db" if transactional else "db")
    from django.db import connection

    from wapsi.audit.db import triggers_install, triggers_remove

    triggers_install(connection)  # a transactional test before this one may have lifted them
    yield
    if transactional:
        triggers_remove(connection)


def is_transactional(item: pytest.Item) -> bool:
    """A test whose database changes are committed, then flushed at its end."""
    marker = item.get_closest_marker("django_db")
    names = set(getattr(item, "fixturenames", ()))
    if names & {"live_server", "transactional_db", "django_db_reset_sequences"}:
        return True
    return bool(
        marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    )


def uses_db(item: pytest.Item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    marked = item.get_closest_marker("django_db") is not None
    return marked or "db" in names or is_transactional(item)


def shares_demo(item: pytest.Item) -> bool:
    return "demo" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering (database tests first)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Demo tests run together, in their order, after the other non-transactional database
    tests and before the transactional ones (see the module's docstring)."""
    for item in items:
        if shares_demo(item) and is_transactional(item):
            raise pytest.UsageError(
                f"{item.nodeid}: a transactional test cannot use the shared `demo` fixture; "
                "call wapsi.demo.loader.load_demo() in the test instead."
            )

    def group(item: pytest.Item) -> int:
        if is_transactional(item) or not uses_db(item):
            return 2
        return 1 if shares_demo(item) else 0

    items[:] = sorted(items, key=group)  # sorted() is stable: each group keeps its order


class SharedDemo:
    """One transaction around every demo test: opened and loaded once, rolled back once."""

    def __init__(self, blocker: Any) -> None:
        self._blocker = blocker
        self._atomic: Any = None
        self.logins: Any = None
        self.done = False

    def open(self) -> None:
        from django.core.cache import cache
        from django.db import transaction
        from django.test import override_settings

        from wapsi.demo.loader import load_demo

        with self._blocker.unblock():
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            try:
                with override_settings(**settings_for_tests()):
                    cache.clear()
                    self.logins = load_demo()
                    cache.clear()
            except BaseException:
                self.close()
                raise

    def close(self) -> None:
        if self._atomic is None:
            return
        from django.db import transaction

        atomic, self._atomic, self.done = self._atomic, None, True
        with self._blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


_SHARED = pytest.StashKey[SharedDemo]()


@pytest.fixture(scope="session")
def _demo_shared(
    request: pytest.FixtureRequest, django_db_setup: None, django_db_blocker: Any
) -> Iterator[SharedDemo]:
    # Session-scoped, so it is set up before any function-scoped fixture of the first demo
    # test, and the per-test transaction opened by `db` nests inside it.
    shared = SharedDemo(django_db_blocker)
    request.config.stash[_SHARED] = shared
    shared.open()
    yield shared
    shared.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After the last demo test of the run, the demo is rolled back (its test's own transaction
    has been rolled back by then: function fixtures are torn down inside the yield)."""
    try:
        return (yield)
    finally:
        shared = item.config.stash.get(_SHARED, None)
        if shared is not None and (nextitem is None or not shares_demo(nextitem)):
            shared.close()


@pytest.fixture
def demo(_demo_shared: SharedDemo, db: Any) -> Any:
    """The demo data, as `make run` loads it; returns `load_demo()`'s sign-in list."""
    if _demo_shared.done:
        # Only if another plugin reordered the demo tests apart: load inside this test's own
        # transaction, as before (slow, but the same data).
        from wapsi.demo.loader import load_demo

        return load_demo()
    return _demo_shared.logins


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
