"""Every list endpoint runs the same number of queries whatever the number of rows, and pages
in the database: its SELECT of rows has a LIMIT, at 10 rows and at many more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.api.tests.world import LISTS, bulk, make_world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _voices_media_root(settings: Any, tmp_path: Path) -> None:
    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"


def run(url: str) -> tuple[int, list[str], int]:
    with CaptureQueriesContext(connection) as ctx:
        response = HttpClient().get(url)
    assert response.status_code == 200, (url, response.content[:300])
    body = response.json()
    return len(ctx.captured_queries), [q["sql"] for q in ctx.captured_queries], body["count"]


def limited(sqls: list[str]) -> bool:
    return any(" LIMIT " in sql.upper() for sql in sqls)


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_a_list_runs_constant_queries_with_a_limit(kind: str) -> None:
    world = make_world()
    url = (
        LISTS[kind].format(version=world["version"].number)
        + ("&" if "?" in LISTS[kind] else "?")
        + "per_page=5"
    )
    bulk(kind, world, 10 if kind != "hub" else 6)
    run(url)  # warm per-process caches (content types, locales)
    small, sqls, count_small = run(url)
    assert limited(sqls), kind
    bulk(kind, world, 40 if kind != "hub" else 6)
    large, sqls, count_large = run(url)
    assert count_large > count_small, kind  # the rows really were added to what is listed
    assert limited(sqls), kind
    assert large == small, kind


@pytest.mark.parametrize("kind", ["services", "findings"])
def test_ten_thousand_rows_page_in_the_database(kind: str) -> None:
    world = make_world()
    url = LISTS[kind] + "?per_page=100"
    bulk(kind, world, 10)
    run(url)
    small, _sqls, _count = run(url)
    bulk(kind, world, 10_000)
    large, sqls, count = run(url)
    assert count > 10_000
    assert large == small
    assert limited(sqls)
