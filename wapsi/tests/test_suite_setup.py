"""The suite's own set-up (the root conftest.py): the shared demo and the compiled catalogues."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

import conftest as root_conftest
from wapsi.accounts.models import User
from wapsi.centres.models import Centre
from wapsi.demo import facts

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: ur\\n"

msgid "Home"
msgstr "ہوم"
"""


def _locale(tmp_path: Path) -> Path:
    po = tmp_path / "ur" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(PO, encoding="utf-8")
    return tmp_path


def test_missing_catalogues_are_compiled(tmp_path: Path) -> None:
    msgfmt = root_conftest.tool_or_skip("msgfmt")
    locale = _locale(tmp_path)
    mo = locale / "ur" / "LC_MESSAGES" / "django.mo"
    assert root_conftest.catalogues_compile(locale, msgfmt) == [mo.with_suffix(".po")]
    assert mo.read_bytes()[:4] in {b"\xde\x12\x04\x95", b"\x95\x04\x12\xde"}  # gettext magic
    assert root_conftest.catalogues_compile(locale, msgfmt) == []  # up to date: left alone
    assert not list(locale.rglob("*.tmp"))


def test_without_msgfmt_plain_pytest_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(root_conftest, "LOCALE_DIR", _locale(tmp_path))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.UsageError) as refused:
        root_conftest.pytest_configure(object())  # type: ignore[arg-type]
    message = str(refused.value)
    assert message == message.strip().splitlines()[0]
    assert "run `make test`" in message and "msgfmt" in message
    assert not list(tmp_path.rglob("*.mo"))


def test_a_broken_catalogue_is_named(tmp_path: Path) -> None:
    msgfmt = root_conftest.tool_or_skip("msgfmt")
    locale = _locale(tmp_path)
    (locale / "ur" / "LC_MESSAGES" / "django.po").write_text('msgid "x"\n', encoding="utf-8")
    with pytest.raises(root_conftest.CatalogueError, match=r"msgfmt refused .*django\.po"):
        root_conftest.catalogues_compile(locale, msgfmt)
    assert not list(locale.rglob("*.mo*"))


class FakeItem:
    def __init__(self, name: str, *fixtures: str, mark: Any = None) -> None:
        self.nodeid = name
        self.fixturenames = list(fixtures)
        self._mark = mark

    def get_closest_marker(self, name: str) -> Any:
        return self._mark if name == "django_db" else None


def test_demo_tests_run_together_after_the_other_database_tests() -> None:
    db, live = pytest.mark.django_db.mark, pytest.mark.django_db(transaction=True).mark
    items: list[Any] = [
        FakeItem("plain"),
        FakeItem("demo-1", "demo", "db", mark=db),
        FakeItem("db-1", mark=db),
        FakeItem("browser", "live_server", mark=live),
        FakeItem("demo-2", "client", "demo", "db"),
        FakeItem("db-2", "db"),
    ]
    root_conftest.pytest_collection_modifyitems(None, items)  # type: ignore[arg-type]
    assert [i.nodeid for i in items] == ["db-1", "db-2", "demo-1", "demo-2", "plain", "browser"]


def test_a_transactional_test_cannot_ask_for_the_shared_demo() -> None:
    items: list[Any] = [FakeItem("browser", "demo", "live_server")]
    with pytest.raises(pytest.UsageError, match=r"call wapsi\.demo\.loader\.load_demo"):
        root_conftest.pytest_collection_modifyitems(None, items)  # type: ignore[arg-type]


# The next three run in this order (demo tests keep their relative order), the third after the
# last demo test of the run: it is transactional.
SEEN: dict[str, Any] = {}


def test_the_demo_is_there_and_a_change_to_it_is_rolled_back(demo: Any) -> None:
    assert Centre.objects.count() == len(facts.CENTRES)
    assert {login.username for login in demo} >= {"counsellor", "content_editor"}
    User.objects.create(username="probe")
    Centre.objects.update(hotline="0000")
    SEEN["demo"] = demo


def test_the_next_demo_test_sees_the_demo_unchanged_and_not_reloaded(demo: Any) -> None:
    assert SEEN.get("demo") is demo  # the same load, shared
    assert not User.objects.filter(username="probe").exists()
    assert Centre.objects.get(slug="mrc-islamabad").hotline == "0304 1112123"
    assert connection.in_atomic_block  # this test's changes are rolled back in their turn


@pytest.mark.django_db(transaction=True)
def test_tests_after_the_demo_see_the_database_the_migrations_left() -> None:
    assert not connection.in_atomic_block  # the demo's transaction is over (rolled back)
    assert not Centre.objects.exists()
    assert not User.objects.filter(username="counsellor").exists()
